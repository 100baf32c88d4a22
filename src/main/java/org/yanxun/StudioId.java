package org.yanxun;

import org.yanxun.internal.Checks;

/**
 * The identifier of a studio or workshop (工作室/工作坊), such as {@code liwan-2026-s001}.
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
public record StudioId(String value) implements Identifier, Comparable<StudioId> {

    /**
     * Creates a studio id, checking its invariants.
     *
     * @param value the identifier, 1 to 64 ASCII characters: a letter or digit, then letters, digits and
     *     {@code . _ : -}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is outside what its parameter allows
     */
    public StudioId {
        Checks.identifier(value, "StudioId", "工作室标识", "Studio identifier");
    }

    /**
     * Obtains an identifier from its text.
     *
     * @param value the identifier, not null
     * @return the identifier
     * @throws IllegalArgumentException if {@code value} is not a valid identifier
     */
    public static StudioId of(String value) {
        return new StudioId(value);
    }

    @Override
    public int compareTo(StudioId other) {
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
