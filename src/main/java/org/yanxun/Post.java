package org.yanxun;

/**
 * A post (岗位) a person holds, such as {@link #RESEARCH_TRAINER} (研训员).
 */
public enum Post implements Labelled {

    /** 教师: a classroom teacher. */
    TEACHER("教师", "teacher"),

    /** 校长: a school principal or kindergarten director. */
    PRINCIPAL("校长", "principal"),

    /** 书记: a school party secretary. */
    PARTY_SECRETARY("书记", "party secretary"),

    /** 研训员: staff of a training institution who lead research and training. */
    RESEARCH_TRAINER("研训员", "research-trainer"),

    /** 培训者: a person who delivers teacher training. */
    TRAINER("培训者", "trainer"),

    /** 管理干部: management staff. */
    CADRE("管理干部", "cadre");

    private final String zh;
    private final String en;

    Post(String zh, String en) {
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
