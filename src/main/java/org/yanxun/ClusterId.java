package org.yanxun;

import org.yanxun.internal.Checks;

/**
 * The identifier of a district cluster community (集群研训共同体), such as {@code liwan-2026}.
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
public record ClusterId(String value) implements Identifier, Comparable<ClusterId> {

    /**
     * Creates a cluster id, checking its invariants.
     *
     * @param value the identifier, 1 to 64 ASCII characters: a letter or digit, then letters, digits and
     *     {@code . _ : -}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is outside what its parameter allows
     */
    public ClusterId {
        Checks.identifier(value, "ClusterId", "集群标识", "Cluster identifier");
    }

    /**
     * Obtains an identifier from its text.
     *
     * @param value the identifier, not null
     * @return the identifier
     * @throws IllegalArgumentException if {@code value} is not a valid identifier
     */
    public static ClusterId of(String value) {
        return new ClusterId(value);
    }

    @Override
    public int compareTo(ClusterId other) {
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
