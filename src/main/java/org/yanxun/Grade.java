package org.yanxun;

/**
 * An evaluation grade (考核等级), from {@link #FAIL} (不合格) to {@link #EXCELLENT} (优秀).
 *
 * <p>Constants are declared in ascending order, so {@link #compareTo} orders the grades.
 */
public enum Grade implements Labelled {

    /** 不合格: not qualified. */
    FAIL("不合格", "fail"),

    /** 合格: qualified. */
    PASS("合格", "pass"),

    /** 良好: good. */
    GOOD("良好", "good"),

    /** 优秀: excellent. */
    EXCELLENT("优秀", "excellent");

    private final String zh;
    private final String en;

    Grade(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /**
     * Tells whether this value is at or above another on the ladder.
     *
     * @param other the value to compare with, not null
     * @return true if this value is the same as or higher than {@code other}
     */
    public boolean isAtLeast(Grade other) {
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
