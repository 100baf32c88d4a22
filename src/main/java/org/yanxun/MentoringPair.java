package org.yanxun;

import java.util.Objects;

/**
 * A master–apprentice pair in a studio (师带徒): a mentor and an apprentice, both of the studio.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param mentor the mentor, not null
 * @param apprentice the apprentice, not null and not the mentor
 */
public record MentoringPair(PersonId mentor, PersonId apprentice) {

    /**
     * Creates a mentoring pair, checking its invariants.
     *
     * @param mentor the mentor, not null
     * @param apprentice the apprentice, not null and not the mentor
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is outside what its parameter allows
     */
    public MentoringPair {
        Objects.requireNonNull(mentor, "mentor");
        Objects.requireNonNull(apprentice, "apprentice");
        if (mentor.equals(apprentice)) {
            throw new InvalidValueException("师徒结对的导师与徒弟须为不同的人，实为同一人 " + mentor,
                    "Mentoring pair must join two people, was " + mentor + " twice");
        }
    }

    /**
     * Obtains a mentoring pair.
     *
     * @param mentor the mentor, not null
     * @param apprentice the apprentice, not null
     * @return the pair
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is outside what its parameter allows
     */
    public static MentoringPair of(PersonId mentor, PersonId apprentice) {
        return new MentoringPair(mentor, apprentice);
    }
}
