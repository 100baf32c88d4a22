package org.yanxun;

/**
 * One of the four reciprocal exchange kinds of the four mutual mechanism (四互), such as {@link #TRAINER_DISPATCH} (研训员互派).
 *
 * <p>Mutual means reciprocal: over an alliance's plan, flows of each kind should run both ways between partners.
 */
public enum ExchangeKind implements Labelled {

    /** 管理干部互挂: management cadres posted to the partner for a period. */
    CADRE_SECONDMENT("管理干部互挂", "cadre secondment"),

    /** 研训员互派: research-trainers dispatched to the partner. */
    TRAINER_DISPATCH("研训员互派", "research-trainer dispatch"),

    /** 培训者互学: trainers learning at the partner. */
    TRAINER_MUTUAL_LEARNING("培训者互学", "trainer mutual learning"),

    /** 参训教师互访: trainee teachers visiting the partner. */
    TEACHER_MUTUAL_VISIT("参训教师互访", "teacher mutual visit");

    private final String zh;
    private final String en;

    ExchangeKind(String zh, String en) {
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
