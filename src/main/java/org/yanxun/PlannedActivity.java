package org.yanxun;

import java.time.LocalDate;
import java.util.Objects;
import org.yanxun.internal.Checks;

/**
 * An activity planned in a studio's cycle, tagged with the host responsibility it serves, such as
 * a demonstration lesson on {@code 2026-03-12} serving the {@link HostDuty#NAVIGATOR navigator}
 * role.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param title the title, not blank
 * @param duty the host responsibility it serves, not null
 * @param date the planned date, not null
 */
public record PlannedActivity(String title, HostDuty duty, LocalDate date) {

    /**
     * Creates a planned activity, checking its invariants.
     *
     * @param title the title, not blank
     * @param duty the host responsibility it serves, not null
     * @param date the planned date, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is outside what its parameter allows
     */
    public PlannedActivity {
        Checks.text(title, "title");
        Objects.requireNonNull(duty, "duty");
        Checks.date(date, "date");
    }

    /**
     * Obtains a planned activity.
     *
     * @param title the title, not blank
     * @param duty the responsibility, not null
     * @param date the date, not null
     * @return the activity
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is outside what its parameter allows
     */
    public static PlannedActivity of(String title, HostDuty duty, LocalDate date) {
        return new PlannedActivity(title, duty, date);
    }
}
