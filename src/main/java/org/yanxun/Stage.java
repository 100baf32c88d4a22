package org.yanxun;

/**
 * A stage of schooling (学段), such as {@link #PRIMARY} (小学).
 */
public enum Stage implements Labelled {

    /** 学前: kindergarten. */
    PRESCHOOL("学前", "preschool"),

    /** 小学: primary school. */
    PRIMARY("小学", "primary school"),

    /** 初中: junior secondary school. */
    JUNIOR_SECONDARY("初中", "junior secondary school"),

    /** 高中: senior secondary school. */
    SENIOR_SECONDARY("高中", "senior secondary school"),

    /** 中职: secondary vocational school. */
    VOCATIONAL("中职", "secondary vocational school"),

    /** 特教: special education. */
    SPECIAL_EDUCATION("特教", "special education");

    private final String zh;
    private final String en;

    Stage(String zh, String en) {
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
