package org.yanxun;

/**
 * One of the three responsibilities a host carries (主持人三种角色): navigator, inheritor and practitioner.
 */
public enum HostDuty implements Labelled {

    /** 领航者: leads by example and radiates expertise. */
    NAVIGATOR("领航者", "navigator"),

    /** 传承者: passes on teaching and management wisdom. */
    INHERITOR("传承者", "inheritor"),

    /** 实践者: joins research with practice. */
    PRACTITIONER("实践者", "practitioner");

    private final String zh;
    private final String en;

    HostDuty(String zh, String en) {
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
