package org.yanxun.internal;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Dates as the data writes them, and periods of whole years, as cycles and plans run them. */
public final class Dates {

    private Dates() {
    }

    /**
     * Reads a date written exactly {@code yyyy-MM-dd}, as every date in the data and in the options
     * is: four digits of year, so no sign, no year beyond 9999 and no other separators, unlike
     * {@code LocalDate.parse}, which accepts {@code +10000-01-01}.
     *
     * @param text the text, not null
     * @return the date, or null where the text is not written so or names no real day
     */
    public static LocalDate parse(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The number the digits between the two indexes write, or -1 if one of them is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
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
