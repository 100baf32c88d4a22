package org.yanxun;

import org.yanxun.internal.Checks;

/**
 * The identifier of a cross-regional alliance (共同体/联盟), such as {@code qiyingen}.
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
public record AllianceId(String value) implements Identifier, Comparable<AllianceId> {

    /**
     * Creates an alliance id, checking its invariants.
     *
     * @param value the identifier, 1 to 64 ASCII characters: a letter or digit, then letters, digits and
     *     {@code . _ : -}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is outside what its parameter allows
     */
    public AllianceId {
        Checks.identifier(value, "AllianceId", "联盟标识", "Alliance identifier");
    }

    /**
     * Obtains an identifier from its text.
     *
     * @param value the identifier, not null
     * @return the identifier
     * @throws IllegalArgumentException if {@code value} is not a valid identifier
     */
    public static AllianceId of(String value) {
        return new AllianceId(value);
    }

    @Override
    public int compareTo(AllianceId other) {
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
