package org.yanxun;

/**
 * The status of a studio: {@link #ACTIVE}, {@link #COMPLETED} or {@link #DISSOLVED} (撤销).
 */
public enum StudioStatus implements Labelled {

    /** 运行中: running its cycle. */
    ACTIVE("运行中", "active"),

    /** 已结业: finished its cycle. */
    COMPLETED("已结业", "completed"),

    /** 已撤销: dissolved, for example after a failing grade. */
    DISSOLVED("已撤销", "dissolved");

    private final String zh;
    private final String en;

    StudioStatus(String zh, String en) {
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
