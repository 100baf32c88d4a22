package org.yanxun;

/**
 * The kind of an institution, such as {@link #TEACHER_TRAINING_SCHOOL} (教师进修学校).
 */
public enum InstitutionKind implements Labelled {

    /** 教育局: a district or county education bureau. */
    EDUCATION_BUREAU("教育局", "education bureau"),

    /** 教研院: an education research or development institute. */
    RESEARCH_INSTITUTE("教研院", "research institute"),

    /** 教师进修学校: a county or district teacher-training school. */
    TEACHER_TRAINING_SCHOOL("教师进修学校", "teacher-training school"),

    /** 学校: a primary, secondary, vocational or special school. */
    SCHOOL("学校", "school"),

    /** 幼儿园: a kindergarten. */
    KINDERGARTEN("幼儿园", "kindergarten"),

    /** 高校: a university or college. */
    UNIVERSITY("高校", "university"),

    /** 其他: any other institution. */
    OTHER("其他", "other");

    private final String zh;
    private final String en;

    InstitutionKind(String zh, String en) {
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
