package org.yanxun.policy;

import java.util.Objects;

/**
 * One inconsistency in a policy, such as {@code studios.types.BACKBONE_WORKSHOP.minMembers}: "the
 * minimum 12 is above the maximum 10".
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param field the dotted path of the field, such as {@code alliances.planYears}
 * @param zh what is wrong, in Chinese
 * @param en what is wrong, in English
 */
public record PolicyProblem(String field, String zh, String en) {

    /**
     * Creates a problem.
     *
     * @param field the dotted path of the field, not null
     * @param zh what is wrong, in Chinese, not null
     * @param en what is wrong, in English, not null
     * @throws NullPointerException if an argument is null
     */
    public PolicyProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    /**
     * Returns the problem in English with its field.
     *
     * @return such as {@code alliances.planYears: must be 1 to 10, was 0}
     */
    @Override
    public String toString() {
        return field + ": " + en;
    }
}
