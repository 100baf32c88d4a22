package org.yanxun;

import java.util.Map;
import java.util.SortedMap;
import org.yanxun.internal.Checks;

/**
 * The published plan of a cluster: how many studios of each type it sets up, such as Liwan 2026's 16
 * special-grade, 11 principal and 67 famous-teacher studios, 121 backbone and 43 new-teacher workshops.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param studioCounts the planned count per studio type code (the {@linkplain StudioType#code() code} of a
 *     built-in type or of one a policy declares), each at least zero, summing to at most
 *     {@link Integer#MAX_VALUE}, in code order
 */
public record ClusterPlan(SortedMap<String, Integer> studioCounts) {

    /**
     * Creates a cluster plan, checking its invariants.
     *
     * @param studioCounts the planned count per studio type code, each at least zero, summing to at most
     *     {@link Integer#MAX_VALUE}, in code order
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a key is not a studio type code (see {@link StudioType}), a count
     *     is negative, or the counts sum to more than {@link Integer#MAX_VALUE}
     */
    public ClusterPlan {
        studioCounts = Checks.sortedMap(studioCounts, "studioCounts");
        long total = 0;
        for (Map.Entry<String, Integer> entry : studioCounts.entrySet()) {
            String code = Checks.code(entry.getKey(), Checks.fieldZh("studioCounts") + "中的工作室类型代码",
                    "Studio type code in studioCounts");
            int count = entry.getValue();
            if (count < 0) {
                throw new InvalidValueException(code + " 的计划数不能为负数，实为 " + count,
                        "Planned count of " + code + " must not be negative, was " + count);
            }
            total += count;
        }
        // total() answers an int: a plan it could not count is refused here rather than wrapped there.
        if (total > Integer.MAX_VALUE) {
            throw new InvalidValueException("各类型计划数之和不能超过 " + Integer.MAX_VALUE + "，实为 " + total,
                    "Planned counts must sum to at most " + Integer.MAX_VALUE + ", was " + total);
        }
    }

    /**
     * Obtains a plan from counts per studio type code.
     *
     * @param studioCounts the counts per studio type code, not null
     * @return the plan
     * @throws NullPointerException if the map, a key or a count is null
     * @throws IllegalArgumentException if a key is not a studio type code, a count is negative, or the
     *     counts sum to more than {@link Integer#MAX_VALUE}
     */
    public static ClusterPlan of(Map<String, Integer> studioCounts) {
        return new ClusterPlan(Checks.sortedMap(studioCounts, "studioCounts"));
    }

    /**
     * Returns the total number of studios planned.
     *
     * @return the sum of the counts, which the constructor keeps within an {@code int}
     */
    public int total() {
        return studioCounts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
