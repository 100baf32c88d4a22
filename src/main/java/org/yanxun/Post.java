package org.yanxun;

import java.util.Objects;

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

    /**
     * 研训员: staff of a training institution who lead research and training, and train teachers
     * (研训员（培训师）).
     */
    RESEARCH_TRAINER("研训员", "research-trainer"),

    /** 培训者: a person who delivers teacher training; a {@link #RESEARCH_TRAINER} is one too. */
    TRAINER("培训者", "trainer"),

    /** 管理干部: management staff. */
    CADRE("管理干部", "cadre");

    private final String zh;
    private final String en;

    Post(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /**
     * Tells whether holding this post is holding a required one: every post is itself, and a
     * research-trainer is a trainer too, since research-trainers are the trainers of a training
     * institution (研训员（培训师）). A trainer is not a research-trainer.
     *
     * @param required the post required, not null
     * @return true if a person holding this post holds {@code required}
     */
    public boolean fulfils(Post required) {
        return this == Objects.requireNonNull(required, "required")
                || this == RESEARCH_TRAINER && required == TRAINER;
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
