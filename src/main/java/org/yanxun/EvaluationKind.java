package org.yanxun;

/**
 * The kind of a studio evaluation: {@link #MID_TERM} (中期) or {@link #FINAL} (终期).
 */
public enum EvaluationKind implements Labelled {

    /** 中期考核: the evaluation in the middle of a cycle. */
    MID_TERM("中期考核", "mid-term evaluation"),

    /** 终期考核: the evaluation at the end of a cycle. */
    FINAL("终期考核", "final evaluation");

    private final String zh;
    private final String en;

    EvaluationKind(String zh, String en) {
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
