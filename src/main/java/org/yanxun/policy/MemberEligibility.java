package org.yanxun.policy;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Who may join a studio type as a member (成员): a range of 教龄, an age cap, and whether members
 * must share the studio's stage and subject, such as "教龄 0 to 3 years" for a new-teacher workshop.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param minTeachingYears the least 教龄 on joining, if bounded
 * @param maxTeachingYears the greatest 教龄 on joining, if bounded
 * @param maxAge the greatest age on joining, if capped
 * @param sameStage true if members must teach a stage of the studio
 * @param sameSubject true if members must teach a subject of the studio
 */
public record MemberEligibility(
        OptionalInt minTeachingYears,
        OptionalInt maxTeachingYears,
        OptionalInt maxAge,
        boolean sameStage,
        boolean sameSubject) {

    /**
     * Creates the value; collections are copied.
     *
     * @param minTeachingYears the least 教龄 on joining, if bounded
     * @param maxTeachingYears the greatest 教龄 on joining, if bounded
     * @param maxAge the greatest age on joining, if capped
     * @param sameStage true if members must teach a stage of the studio
     * @param sameSubject true if members must teach a subject of the studio
     * @throws NullPointerException if an argument is null or a collection holds null
     */
    public MemberEligibility {
        Objects.requireNonNull(minTeachingYears, "minTeachingYears");
        Objects.requireNonNull(maxTeachingYears, "maxTeachingYears");
        Objects.requireNonNull(maxAge, "maxAge");
    }

    /**
     * Returns eligibility with no bounds and no stage or subject requirement.
     *
     * @return the open eligibility
     */
    public static MemberEligibility open() {
        return new MemberEligibility(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), false, false);
    }

    /**
     * Returns a copy with a different {@code minTeachingYears}.
     *
     * @param value the new value; see {@link #minTeachingYears()}
     * @return a copy of this value with {@code minTeachingYears} replaced
     */
    public MemberEligibility withMinTeachingYears(OptionalInt value) {
        return new MemberEligibility(value, maxTeachingYears, maxAge, sameStage, sameSubject);
    }

    /**
     * Returns a copy with a different {@code maxTeachingYears}.
     *
     * @param value the new value; see {@link #maxTeachingYears()}
     * @return a copy of this value with {@code maxTeachingYears} replaced
     */
    public MemberEligibility withMaxTeachingYears(OptionalInt value) {
        return new MemberEligibility(minTeachingYears, value, maxAge, sameStage, sameSubject);
    }

    /**
     * Returns a copy with a different {@code maxAge}.
     *
     * @param value the new value; see {@link #maxAge()}
     * @return a copy of this value with {@code maxAge} replaced
     */
    public MemberEligibility withMaxAge(OptionalInt value) {
        return new MemberEligibility(minTeachingYears, maxTeachingYears, value, sameStage, sameSubject);
    }

    /**
     * Returns a copy with a different {@code sameStage}.
     *
     * @param value the new value; see {@link #sameStage()}
     * @return a copy of this value with {@code sameStage} replaced
     */
    public MemberEligibility withSameStage(boolean value) {
        return new MemberEligibility(minTeachingYears, maxTeachingYears, maxAge, value, sameSubject);
    }

    /**
     * Returns a copy with a different {@code sameSubject}.
     *
     * @param value the new value; see {@link #sameSubject()}
     * @return a copy of this value with {@code sameSubject} replaced
     */
    public MemberEligibility withSameSubject(boolean value) {
        return new MemberEligibility(minTeachingYears, maxTeachingYears, maxAge, sameStage, value);
    }
}
