package org.yanxun;

/**
 * The tier of a membership in a studio, such as {@link #HOST} (主持人) or {@link #ONLINE_TRAINEE} (网络学员).
 *
 * <p>The host, assistants, mentors and advisors are the <em>leading</em> tiers; members and online trainees are taught.
 */
public enum Tier implements Labelled {

    /** 主持人: leads the studio. */
    HOST("主持人", "host"),

    /** 助手: helps the host run the studio. */
    ASSISTANT("助手", "assistant"),

    /** 理论导师: a university mentor attached to the studio. */
    MENTOR("理论导师", "mentor"),

    /** 顾问: an adviser attached to the studio. */
    ADVISOR("顾问", "advisor"),

    /** 成员: an in-person member (入室学员). */
    MEMBER("成员", "member"),

    /** 网络学员: a member reached through the platform. */
    ONLINE_TRAINEE("网络学员", "online trainee");

    private final String zh;
    private final String en;

    Tier(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /**
     * Tells whether this tier leads the studio: host, assistant, mentor or advisor.
     *
     * @return true for a leading tier
     */
    public boolean isLeading() {
        return this == HOST || this == ASSISTANT || this == MENTOR || this == ADVISOR;
    }

    /**
     * Tells whether this tier counts as an in-person member: every tier but online trainee.
     *
     * @return true unless this is {@link #ONLINE_TRAINEE}
     */
    public boolean isInPerson() {
        return this != ONLINE_TRAINEE;
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
