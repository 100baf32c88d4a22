package org.yanxun;

/**
 * The role of an institution in one session: {@link #HOST} (主办), {@link #ORGANISER} (承办) or {@link #CO_HOST} (协办).
 * A {@link Cluster}'s words differ: its {@code organiser} is its 主办 and its {@code undertaker} its 承办.
 */
public enum SessionRole implements Labelled {

    /** 主办: hosts the session and drafts its plan. */
    HOST("主办", "host"),

    /** 承办: undertakes the session. */
    ORGANISER("承办", "organiser"),

    /** 协办: supports the host. */
    CO_HOST("协办", "co-host");

    private final String zh;
    private final String en;

    SessionRole(String zh, String en) {
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
