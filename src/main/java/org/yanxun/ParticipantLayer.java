package org.yanxun;

/**
 * A layer of participants a session targets (分层研修), such as {@link #RESEARCH_TRAINERS} (研训员/培训师).
 */
public enum ParticipantLayer implements Labelled {

    /** 研训员: research-trainers and trainers. */
    RESEARCH_TRAINERS("研训员", "research-trainers"),

    /** 教师: teachers. */
    TEACHERS("教师", "teachers"),

    /** 管理干部: school cadres, management staff. */
    CADRES("管理干部", "cadres");

    private final String zh;
    private final String en;

    ParticipantLayer(String zh, String en) {
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
