package org.yanxun;

/**
 * The kind of a shared training resource, such as {@link #LESSON_CASE} (优质课例).
 */
public enum ResourceKind implements Labelled {

    /** 教学设计: a teaching design. */
    TEACHING_DESIGN("教学设计", "teaching design"),

    /** 教学课件: courseware. */
    COURSEWARE("教学课件", "courseware"),

    /** 优质课例: a quality lesson case. */
    LESSON_CASE("优质课例", "lesson case"),

    /** 教研成果: a research outcome. */
    RESEARCH_OUTCOME("教研成果", "research outcome"),

    /** 培训方案: a training plan. */
    TRAINING_PLAN("培训方案", "training plan");

    private final String zh;
    private final String en;

    ResourceKind(String zh, String en) {
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
