package org.yanxun;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A range of dates from a first day to a last day, both included, such as a plan period
 * {@code 2022-07-01/2025-06-30}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param start the first day, not null
 * @param end the last day, not before {@code start}
 */
public record DateRange(LocalDate start, LocalDate end) {

    /**
     * Creates a date range, checking its invariants.
     *
     * @param start the first day, not null
     * @param end the last day, not before {@code start}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is outside what its parameter allows
     */
    public DateRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new InvalidValueException("日期范围的结束不能早于开始，实为 " + start + " 至 " + end,
                    "Date range must not end before it starts, was " + start + " to " + end);
        }
    }

    /**
     * Obtains a date range.
     *
     * @param start the first day, not null
     * @param end the last day, not before {@code start}
     * @return the range
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is outside what its parameter allows
     */
    public static DateRange of(LocalDate start, LocalDate end) {
        return new DateRange(start, end);
    }

    /**
     * Tells whether a date lies in this range.
     *
     * @param date the date, not null
     * @return true if {@code start <= date <= end}
     */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /**
     * Tells whether this range shares at least one day with another.
     *
     * @param other the other range, not null
     * @return true if the ranges overlap
     */
    public boolean overlaps(DateRange other) {
        Objects.requireNonNull(other, "other");
        return !other.end.isBefore(start) && !other.start.isAfter(end);
    }

    /**
     * Returns the number of days in the range, both ends included.
     *
     * @return the number of days, at least 1
     */
    public long days() {
        return end.toEpochDay() - start.toEpochDay() + 1;
    }

    /**
     * Returns the range as ISO-8601 text, such as {@code 2022-07-01/2025-06-30}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return start + "/" + end;
    }
}
