package org.yanxun;

/**
 * The level (级别) of an honour or a studio, from {@link #SCHOOL} (校级) to {@link #NATIONAL} (国家级).
 *
 * <p>Constants are declared in ascending order, so {@link #compareTo} orders the levels.
 */
public enum Level implements Labelled {

    /** 校级: school level. */
    SCHOOL("校级", "school"),

    /** 区级: district or county level. */
    DISTRICT("区级", "district"),

    /** 市级: city level. */
    MUNICIPAL("市级", "municipal"),

    /** 省级: province level. */
    PROVINCIAL("省级", "provincial"),

    /** 国家级: national level. */
    NATIONAL("国家级", "national");

    private final String zh;
    private final String en;

    Level(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /**
     * Tells whether this value is at or above another on the ladder.
     *
     * @param other the value to compare with, not null
     * @return true if this value is the same as or higher than {@code other}
     */
    public boolean isAtLeast(Level other) {
        return compareTo(java.util.Objects.requireNonNull(other, "other")) >= 0;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }
}
