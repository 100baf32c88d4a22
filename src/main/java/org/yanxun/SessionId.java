package org.yanxun;

import org.yanxun.internal.Checks;

/**
 * The identifier of a joint session (联合研修) of an alliance, such as {@code qiyingen-2022-11}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <p>Serializable only so that it can cross the shuffle of a distributed engine; the serialized form
 * is not a published format (the JSON documents are).
 *
 * @param value the identifier, 1 to 64 ASCII characters: a letter or digit, then letters, digits and
 *     {@code . _ : -}
 * @serial exclude
 */
public record SessionId(String value) implements Identifier, Comparable<SessionId> {

    /**
     * Creates a session id, checking its invariants.
     *
     * @param value the identifier, 1 to 64 ASCII characters: a letter or digit, then letters, digits and
     *     {@code . _ : -}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is outside what its parameter allows
     */
    public SessionId {
        Checks.identifier(value, "SessionId", "联合研修标识", "Session identifier");
    }

    /**
     * Obtains an identifier from its text.
     *
     * @param value the identifier, not null
     * @return the identifier
     * @throws IllegalArgumentException if {@code value} is not a valid identifier
     */
    public static SessionId of(String value) {
        return new SessionId(value);
    }

    @Override
    public int compareTo(SessionId other) {
        return value.compareTo(other.value);
    }

    /**
     * Returns the identifier as text.
     *
     * @return the identifier
     */
    @Override
    public String toString() {
        return value;
    }
}
