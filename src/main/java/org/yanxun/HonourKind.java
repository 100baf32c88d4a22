package org.yanxun;

/**
 * The kind of an honour (荣誉) a teacher or school leader may hold, such as {@link #SPECIAL_GRADE_TEACHER} (特级教师).
 *
 * <p>An honour is not a title: 特级教师 requires the {@link Title#SENIOR} title, and each honour has a {@link Level}.
 */
public enum HonourKind implements Labelled {

    /** 特级教师: a provincial honour that requires the senior title. */
    SPECIAL_GRADE_TEACHER("特级教师", "special-grade teacher"),

    /** 名教师: 名教师 or 名师. */
    FAMOUS_TEACHER("名教师", "famous teacher"),

    /** 名校长: 名校长. */
    FAMOUS_PRINCIPAL("名校长", "famous principal"),

    /** 名书记: 名书记. */
    FAMOUS_PARTY_SECRETARY("名书记", "famous party secretary"),

    /** 名班主任: 名班主任. */
    FAMOUS_HEAD_TEACHER("名班主任", "famous head teacher"),

    /** 教育专家: 教育专家. */
    EDUCATION_EXPERT("教育专家", "education expert"),

    /** 学科带头人: 学科带头人. */
    SUBJECT_LEADER("学科带头人", "subject leader"),

    /** 骨干教师: 骨干教师. */
    BACKBONE_TEACHER("骨干教师", "backbone teacher"),

    /** 教坛新秀: 教坛新秀, the first rung of some ladders. */
    RISING_STAR("教坛新秀", "rising star");

    private final String zh;
    private final String en;

    HonourKind(String zh, String en) {
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
