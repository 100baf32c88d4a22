package org.yanxun;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.yanxun.internal.Checks;

/**
 * A person's place in a studio with a tier and dates, such as a member (成员) who joined on
 * {@code 2026-01-09}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param person the person, not null
 * @param tier the tier, not null
 * @param joinedOn the first day of membership, not null
 * @param leftOn the day the person left, if they left; not before {@code joinedOn}
 */
public record Membership(PersonId person, Tier tier, LocalDate joinedOn, Optional<LocalDate> leftOn) {

    /**
     * Creates a membership, checking its invariants.
     *
     * @param person the person, not null
     * @param tier the tier, not null
     * @param joinedOn the first day of membership, not null
     * @param leftOn the day the person left, if they left; not before {@code joinedOn}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is outside what its parameter allows
     */
    public Membership {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(tier, "tier");
        Checks.date(joinedOn, "joinedOn");
        Checks.date(leftOn, "leftOn");
        if (leftOn.isPresent() && leftOn.get().isBefore(joinedOn)) {
            throw new InvalidValueException(person + " 的成员身份结束日期不能早于加入日期，实为 " + joinedOn + " 至 "
                    + leftOn.get(), "Membership of " + person + " must not end before it starts, was " + joinedOn
                    + " to " + leftOn.get());
        }
    }

    /**
     * Obtains a membership that has not ended.
     *
     * @param person the person, not null
     * @param tier the tier, not null
     * @param joinedOn the first day, not null
     * @return the membership
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is outside what its parameter allows
     */
    public static Membership of(PersonId person, Tier tier, LocalDate joinedOn) {
        return new Membership(person, tier, joinedOn, Optional.empty());
    }

    /**
     * Returns a copy that ended on a day.
     *
     * @param day the day the person left, not before {@link #joinedOn()}
     * @return the ended membership
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is outside what its parameter allows
     */
    public Membership withLeftOn(LocalDate day) {
        return new Membership(person, tier, joinedOn, Optional.of(Objects.requireNonNull(day, "day")));
    }

    /**
     * Tells whether the membership holds on a date.
     *
     * @param date the date, not null
     * @return true if {@code joinedOn <= date} and the person had not left before {@code date}
     */
    public boolean isActiveOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(joinedOn) && (leftOn.isEmpty() || !date.isAfter(leftOn.get()));
    }
}
