package org.yanxun;

import java.util.SortedMap;
import org.yanxun.internal.Checks;
import org.yanxun.internal.InvalidValueException;

/**
 * The published plan of a cluster: how many studios of each type it sets up, such as the Liwan 2026
 * counts 16 / 11 / 67 / 121 / 43.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param studioCounts the planned count per studio type code, each at least zero, in code order
 */
public record ClusterPlan(SortedMap<String, Integer> studioCounts) {

    /**
     * Creates a cluster plan, checking its invariants.
     *
     * @param studioCounts the planned count per studio type code, each at least zero, in code order
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is outside what its parameter allows
     */
    public ClusterPlan {
        studioCounts = Checks.sortedMap(studioCounts, "studioCounts");
        studioCounts.forEach((code, count) -> {
            if (count < 0) {
                throw new InvalidValueException(code + " 的计划数不能为负数，实为 " + count,
                        "Planned count of " + code + " must not be negative, was " + count);
            }
        });
    }

    /**
     * Obtains a plan from counts per studio type code.
     *
     * @param studioCounts the counts, not null
     * @return the plan
     */
    public static ClusterPlan of(java.util.Map<String, Integer> studioCounts) {
        return new ClusterPlan(Checks.sortedMap(studioCounts, "studioCounts"));
    }

    /**
     * Returns the total number of studios planned.
     *
     * @return the sum of the counts
     */
    public int total() {
        return studioCounts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
