package org.yanxun;

/**
 * How a session is held: {@link #ONLINE} (线上), {@link #OFFLINE} (线下) or {@link #HYBRID} (线上+线下).
 */
public enum SessionMode implements Labelled {

    /** 线上: online. */
    ONLINE("线上", "online"),

    /** 线下: in person. */
    OFFLINE("线下", "offline"),

    /** 线上+线下: online and in person. */
    HYBRID("线上+线下", "hybrid");

    private final String zh;
    private final String en;

    SessionMode(String zh, String en) {
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
