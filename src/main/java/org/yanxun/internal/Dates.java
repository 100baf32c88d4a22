package org.yanxun.internal;

import java.time.LocalDate;

/** Periods of whole years, as cycles and plans run them. */
public final class Dates {

    private Dates() {
    }

    /**
     * Returns the first day after a period of whole years: the same month and day that many years on,
     * or 1 March where the period starts on 29 February and ends in a common year. The period's last day
     * is then 28 February, the last day of that month, as for a start on 28 February, and a year from 29
     * February is never a day short ({@code LocalDate.plusYears} alone gives 28 February, which would end
     * the period on the 27th).
     *
     * @param start the first day of the period, not null
     * @param years the number of years, not negative
     * @return the end of the period, exclusive
     */
    public static LocalDate yearsOn(LocalDate start, long years) {
        LocalDate on = start.plusYears(years);
        return on.getDayOfMonth() < start.getDayOfMonth() ? on.plusDays(1) : on;
    }
}
