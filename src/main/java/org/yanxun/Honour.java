package org.yanxun;

import java.time.LocalDate;
import java.util.Objects;
import org.yanxun.internal.Checks;

/**
 * An honour (荣誉) a person holds, such as a provincial special-grade teacher (省级特级教师) awarded on
 * {@code 2019-09-10}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind the kind of honour, not null
 * @param level the level that awarded it, not null
 * @param awardedOn the date it was awarded, not null
 */
public record Honour(HonourKind kind, Level level, LocalDate awardedOn) {

    /**
     * Creates an honour, checking its invariants.
     *
     * @param kind the kind of honour, not null
     * @param level the level that awarded it, not null
     * @param awardedOn the date it was awarded, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a date is outside the years 0000 to 9999
     */
    public Honour {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(level, "level");
        Checks.date(awardedOn, "awardedOn");
    }

    /**
     * Obtains an honour.
     *
     * @param kind the kind of honour, not null
     * @param level the level, not null
     * @param awardedOn the date awarded, not null
     * @return the honour
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is outside what its parameter allows
     */
    public static Honour of(HonourKind kind, Level level, LocalDate awardedOn) {
        return new Honour(kind, level, awardedOn);
    }

    /**
     * Tells whether the honour is held on a date: from the day it is awarded.
     *
     * @param date the date, not null
     * @return true if it was awarded on or before {@code date}
     */
    public boolean isHeldOn(LocalDate date) {
        return !awardedOn.isAfter(Objects.requireNonNull(date, "date"));
    }
}
