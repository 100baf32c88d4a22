package org.yanxun;

import java.util.Objects;
import org.yanxun.internal.Checks;

/**
 * An administrative division code (行政区划代码) of GB/T 2260, such as {@code 440103} for Liwan
 * District, Guangzhou, or {@code 500110} for Qijiang District, Chongqing.
 *
 * <p>The code has six digits: two for the province-level division, two for the prefecture-level
 * division and two for the county-level division. The province part must name one of the 34
 * province-level divisions; a code whose prefecture part is {@code 00} names a province-level
 * division and must then end in {@code 00} too. Whether a code is currently in force is not
 * checked: GB/T 2260 changes every year.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the six digits
 */
public record RegionCode(String value) implements Comparable<RegionCode> {

    /**
     * Creates a region code, checking its invariants.
     *
     * @param value the six digits
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is outside what its parameter allows
     */
    public RegionCode {
        Objects.requireNonNull(value, "value");
        InvalidValueException problem = problem(value);
        if (problem != null) {
            throw problem;
        }
    }

    /**
     * Obtains a region code from its six digits, such as {@code 440103}.
     *
     * @param text the six digits, not null
     * @return the region code
     * @throws IllegalArgumentException if {@code text} is not a valid division code
     */
    public static RegionCode parse(String text) {
        return new RegionCode(text);
    }

    /**
     * Tells whether a text is a valid division code.
     *
     * @param text the text, not null
     * @return true if {@link #parse(String)} would accept it
     */
    public static boolean isValid(String text) {
        return problem(Objects.requireNonNull(text, "text")) == null;
    }

    /** What is wrong with a text as a region code, or null if nothing is. */
    private static InvalidValueException problem(String text) {
        boolean digits = text.length() == 6;
        for (int i = 0; digits && i < 6; i++) {
            digits = text.charAt(i) >= '0' && text.charAt(i) <= '9';
        }
        if (!digits) {
            return new InvalidValueException("行政区划代码须为 6 位数字，实为" + Checks.quoteZh(text),
                    "Region code must be 6 digits, was " + Checks.quote(text));
        }
        if (Province.ofPrefix(text.substring(0, 2)).isEmpty()) {
            return new InvalidValueException("行政区划代码须以 GB/T 2260 的省级代码开头，实为" + Checks.quoteZh(text),
                    "Region code must start with a province-level prefix of GB/T 2260, was " + Checks.quote(text));
        }
        if (text.startsWith("00", 2) && !text.startsWith("00", 4)) {
            return new InvalidValueException("地级部分为 00 的行政区划代码须以 00 结尾，实为" + Checks.quoteZh(text),
                    "Region code with prefecture part 00 must end in 00, was " + Checks.quote(text));
        }
        return null;
    }

    /**
     * Returns the province-level division of this code.
     *
     * @return the province-level division
     */
    public Province province() {
        return Province.ofPrefix(value.substring(0, 2)).orElseThrow();
    }

    /**
     * Returns the code of the prefecture-level division that contains this one, such as
     * {@code 440100} for {@code 440103}.
     *
     * @return the prefecture-level code; for a province-level code, the code itself
     */
    public RegionCode prefecture() {
        return new RegionCode(value.substring(0, 4) + "00");
    }

    /**
     * Tells whether this code names a province-level division, such as {@code 440000}.
     *
     * @return true if the last four digits are zero
     */
    public boolean isProvinceLevel() {
        return value.endsWith("0000");
    }

    /**
     * Tells whether this code names a county-level division, such as {@code 440103}.
     *
     * @return true if the last two digits are not zero
     */
    public boolean isCountyLevel() {
        return !value.endsWith("00");
    }

    @Override
    public int compareTo(RegionCode other) {
        return value.compareTo(other.value);
    }

    /**
     * Returns the six digits.
     *
     * @return the code
     */
    @Override
    public String toString() {
        return value;
    }
}
