package org.yanxun;

import org.yanxun.internal.Checks;

/**
 * The identifier of a person (a teacher, principal, research-trainer, trainer or cadre), such as {@code syn-teacher-0001}.
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
public record PersonId(String value) implements Identifier, Comparable<PersonId> {

    /**
     * Creates a person id, checking its invariants.
     *
     * @param value the identifier, 1 to 64 ASCII characters: a letter or digit, then letters, digits and
     *     {@code . _ : -}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is outside what its parameter allows
     */
    public PersonId {
        Checks.identifier(value, "PersonId", "人员标识", "Person identifier");
    }

    /**
     * Obtains an identifier from its text.
     *
     * @param value the identifier, not null
     * @return the identifier
     * @throws IllegalArgumentException if {@code value} is not a valid identifier
     */
    public static PersonId of(String value) {
        return new PersonId(value);
    }

    @Override
    public int compareTo(PersonId other) {
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
