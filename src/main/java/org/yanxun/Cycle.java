package org.yanxun;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import org.yanxun.internal.Checks;
import org.yanxun.internal.Dates;

/**
 * The term of a studio (周期), such as two years from {@code 2026-01-09}.
 *
 * <p>A cycle of {@code n} years starting on {@code start} ends on the same date {@code n} years on,
 * which is the first day after the cycle; a cycle starting on 29 February ends on 1 March of a common
 * year, so that its last day is 28 February, the last day of that month, and not the 27th. Its phases
 * have windows: the launch window is the first three months, the mid-term window the three months
 * either side of the midpoint, and the final window the three months either side of its last day. A
 * cycle starts in the years 0000 to 9999, as every date of the model does, so that every
 * date it gives, and every window of a margin of up to 24 months, is a date.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param start the first day, not null, in the years 0000 to 9999
 * @param years the length in years, 1 to {@value #MAX_YEARS}
 */
public record Cycle(LocalDate start, int years) {

    /** The longest cycle, in years. */
    public static final int MAX_YEARS = 5;

    private static final Period PHASE_MARGIN = Period.ofMonths(3);

    /**
     * Creates a cycle, checking its invariants.
     *
     * @param start the first day, not null
     * @param years the length in years, 1 to {@value #MAX_YEARS}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code years} is out of range, or {@code start} is outside the
     *     years 0000 to 9999
     */
    public Cycle {
        Checks.date(start, "start");
        if (years < 1 || years > MAX_YEARS) {
            throw new InvalidValueException("周期须为 1 至 " + MAX_YEARS + " 年，实为 " + years,
                    "Cycle length must be 1 to " + MAX_YEARS + " years, was " + years);
        }
    }

    /**
     * Obtains a cycle.
     *
     * @param start the first day, not null
     * @param years the length in years, 1 to 5
     * @return the cycle
     * @throws IllegalArgumentException if {@code years} is out of range, or {@code start} is outside the
     *     years 0000 to 9999
     */
    public static Cycle of(LocalDate start, int years) {
        return new Cycle(start, years);
    }

    /**
     * Returns the first day after the cycle: the same date {@code years} on, or 1 March of a common year
     * for a cycle that starts on 29 February. The cycle's own last day is {@link #lastDay()}, the end of
     * its {@link #range()}.
     *
     * @return the end, exclusive
     */
    public LocalDate endExclusive() {
        return Dates.yearsOn(start, years);
    }

    /**
     * Returns the last day of the cycle.
     *
     * @return the day before {@link #endExclusive()}
     */
    public LocalDate lastDay() {
        return endExclusive().minusDays(1);
    }

    /**
     * Returns the cycle as a range of days, both ends included.
     *
     * @return {@code start} to {@link #lastDay()}
     */
    public DateRange range() {
        return new DateRange(start, lastDay());
    }

    /**
     * Returns the midpoint: the day halfway between the start and the end.
     *
     * @return the midpoint
     */
    public LocalDate midpoint() {
        long startDay = start.toEpochDay();
        return LocalDate.ofEpochDay(startDay + (endExclusive().toEpochDay() - startDay) / 2);
    }

    /**
     * Tells whether a date lies in the cycle.
     *
     * @param date the date, not null
     * @return true if {@code start <= date < endExclusive()}
     */
    public boolean isActiveOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(start) && date.isBefore(endExclusive());
    }

    /**
     * Returns the window of a phase with the default margin of three months: the days in which its
     * activities or evaluation are due.
     *
     * @param phase the phase, not null
     * @return the window, both ends included
     */
    public DateRange window(Phase phase) {
        return window(phase, PHASE_MARGIN);
    }

    /**
     * Returns the window of a phase with a margin: the launch window runs from the start for the
     * margin, the mid-term window the margin either side of the midpoint, the final window the margin
     * either side of the cycle's last day (so with no margin, the last day alone). No window starts
     * before the cycle, and only the final window ends after it: a margin as long as the cycle gives a
     * mid-term window of the whole cycle, not one of days before the studio existed.
     *
     * @param phase the phase, not null
     * @param margin the margin, not null and not negative; up to 24 months always gives a window
     * @return the window, both ends included
     * @throws IllegalArgumentException if the margin is negative, or so long that the window passes the
     *     first or last date {@link LocalDate} supports
     */
    public DateRange window(Phase phase, Period margin) {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(margin, "margin");
        if (margin.isNegative()) {
            throw new InvalidValueException("阶段前后的时限不能为负，实为 " + margin,
                    "Phase margin must not be negative, was " + margin);
        }
        try {
            return switch (phase) {
                case LAUNCH -> new DateRange(start, margin.isZero() ? start : earlier(start.plus(margin).minusDays(1),
                        lastDay()));
                case MID_TERM -> new DateRange(later(midpoint().minus(margin), start),
                        earlier(midpoint().plus(margin), lastDay()));
                case FINAL -> new DateRange(later(lastDay().minus(margin), start), lastDay().plus(margin));
            };
        } catch (DateTimeException e) {
            throw new InvalidValueException("时限 " + margin + " 使周期的" + phase.zh() + "时段超出可表示的日期",
                    "Phase margin " + margin + " takes the " + phase.en()
                            + " window of the cycle past the supported dates");
        }
    }

    private static LocalDate earlier(LocalDate one, LocalDate other) {
        return one.isBefore(other) ? one : other;
    }

    private static LocalDate later(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }
}
