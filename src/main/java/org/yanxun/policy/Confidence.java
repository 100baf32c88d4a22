package org.yanxun.policy;

/**
 * How far the source of a policy can be trusted: {@link #HIGH} for official text, {@link #MEDIUM}
 * for a news report or faithful repost, {@link #LOW} for an aggregator or an unidentified
 * jurisdiction.
 */
public enum Confidence {

    /** Official text (H). */
    HIGH,

    /** A news report or a faithful repost (M). */
    MEDIUM,

    /** An aggregator or an unidentified jurisdiction (L). */
    LOW
}
