package org.yanxun;

/**
 * A teacher's professional title (职称), from the lowest {@link #THIRD_GRADE} (三级) to the highest {@link #PROFESSOR} (正高级).
 *
 * <p>Constants are declared in ascending order, so {@link #compareTo} orders the ladder.
 */
public enum Title implements Labelled {

    /** 三级: 三级教师 (员级), post grade 13. */
    THIRD_GRADE("三级", "third-grade teacher"),

    /** 二级: 二级教师 (助理级), post grades 11 to 12. */
    SECOND_GRADE("二级", "second-grade teacher"),

    /** 一级: 一级教师 (中级), post grades 8 to 10. */
    FIRST_GRADE("一级", "first-grade teacher"),

    /** 高级: 高级教师 (副高级), post grades 5 to 7. */
    SENIOR("高级", "senior teacher"),

    /** 正高级: 正高级教师, a full senior teacher (the published code is PROFESSOR), post grades 1 to 4. */
    PROFESSOR("正高级", "full senior teacher");

    private final String zh;
    private final String en;

    Title(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /**
     * Tells whether this value is at or above another on the ladder.
     *
     * @param other the value to compare with, not null
     * @return true if this value is the same as or higher than {@code other}
     */
    public boolean isAtLeast(Title other) {
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
