package org.yanxun;

/**
 * The kind of a joint session or major activity of an alliance, such as {@link #JOINT_RESEARCH} (联合研修).
 */
public enum SessionKind implements Labelled {

    /** 联合研修: a joint research-and-training session. */
    JOINT_RESEARCH("联合研修", "joint research"),

    /** 教学竞赛: a teaching competition. */
    TEACHING_COMPETITION("教学竞赛", "teaching competition"),

    /** 成果展示: a showcase of outcomes. */
    OUTCOME_SHOWCASE("成果展示", "outcome showcase"),

    /** 工作会议: a working meeting of the units. */
    WORKING_MEETING("工作会议", "working meeting");

    private final String zh;
    private final String en;

    SessionKind(String zh, String en) {
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
