package org.yanxun;

/**
 * The role of an institution in an alliance: the {@link #LEAD} unit (牵头单位) or a {@link #PARTNER} unit (合作单位).
 */
public enum UnitRole implements Labelled {

    /** 牵头单位: leads the alliance. */
    LEAD("牵头单位", "lead unit"),

    /** 合作单位: cooperates in the alliance. */
    PARTNER("合作单位", "partner unit");

    private final String zh;
    private final String en;

    UnitRole(String zh, String en) {
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
