package org.yanxun;

/**
 * The form of a studio type: a {@link #STUDIO} (工作室) led over a longer cycle, or a {@link #WORKSHOP} (工作坊) run over a shorter one.
 */
public enum StudioForm implements Labelled {

    /** 工作室: a studio. */
    STUDIO("工作室", "studio"),

    /** 工作坊: a workshop. */
    WORKSHOP("工作坊", "workshop");

    private final String zh;
    private final String en;

    StudioForm(String zh, String en) {
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
