package org.yanxun.policy;

import java.util.Objects;
import org.yanxun.Province;

/**
 * How many members of an outermost umbrella alliance (one that other alliances name as parent and
 * that names none) must come from one province-level division, such as 10
 * from Chongqing in the Chengdu–Chongqing "10+20" community.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param province the province-level division, not null
 * @param min the least number of member institutions
 * @param max the greatest number of member institutions
 */
public record ProvinceQuota(
        Province province,
        int min,
        int max) {

    /**
     * Creates the value; collections are copied.
     *
     * @param province the province-level division, not null
     * @param min the least number of member institutions
     * @param max the greatest number of member institutions
     * @throws NullPointerException if an argument is null or a collection holds null
     */
    public ProvinceQuota {
        Objects.requireNonNull(province, "province");
    }

    /**
     * Returns a copy with a different {@code province}.
     *
     * @param value the new value; see {@link #province()}
     * @return a copy of this value with {@code province} replaced
     */
    public ProvinceQuota withProvince(Province value) {
        return new ProvinceQuota(value, min, max);
    }

    /**
     * Returns a copy with a different {@code min}.
     *
     * @param value the new value; see {@link #min()}
     * @return a copy of this value with {@code min} replaced
     */
    public ProvinceQuota withMin(int value) {
        return new ProvinceQuota(province, value, max);
    }

    /**
     * Returns a copy with a different {@code max}.
     *
     * @param value the new value; see {@link #max()}
     * @return a copy of this value with {@code max} replaced
     */
    public ProvinceQuota withMax(int value) {
        return new ProvinceQuota(province, min, value);
    }
}
