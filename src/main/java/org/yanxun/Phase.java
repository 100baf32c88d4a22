package org.yanxun;

/**
 * A phase of a studio cycle with its own window: {@link #LAUNCH} (启动), {@link #MID_TERM} (中期) and {@link #FINAL} (终期).
 */
public enum Phase implements Labelled {

    /** 启动: the start of the cycle. */
    LAUNCH("启动", "launch"),

    /** 中期: the middle of the cycle. */
    MID_TERM("中期", "mid-term"),

    /** 终期: the end of the cycle. */
    FINAL("终期", "final");

    private final String zh;
    private final String en;

    Phase(String zh, String en) {
        this.zh = zh;
        this.en = en;
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
