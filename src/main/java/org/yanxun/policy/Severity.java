package org.yanxun.policy;

/**
 * How serious a finding is, from {@link #INFO} to {@link #ERROR}.
 *
 * <p>A report is successful when it holds no {@link #ERROR}. Constants are declared in ascending
 * order, so {@link #compareTo} orders severities.
 */
public enum Severity {

    /** Worth knowing; nothing to fix. 提示. */
    INFO("提示", "info"),

    /** Should be looked at; does not block. 警告. */
    WARNING("警告", "warning"),

    /** Breaks a rule of the policy; blocks. 错误. */
    ERROR("错误", "error");

    private final String zh;
    private final String en;

    Severity(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /**
     * Tells whether this severity is at or above another.
     *
     * @param other the severity to compare with, not null
     * @return true if this severity is {@code other} or more serious
     */
    public boolean isAtLeast(Severity other) {
        return compareTo(java.util.Objects.requireNonNull(other, "other")) >= 0;
    }

    /**
     * Returns the label in simplified Chinese.
     *
     * @return the label, such as {@code 错误}
     */
    public String zh() {
        return zh;
    }

    /**
     * Returns the label in English.
     *
     * @return the label, such as {@code error}
     */
    public String en() {
        return en;
    }
}
