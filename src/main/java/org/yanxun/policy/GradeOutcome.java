package org.yanxun.policy;

/**
 * What an end-of-cycle grade causes: the studio {@link #CONTINUES} or {@link #DISSOLVES} (撤销).
 */
public enum GradeOutcome {

    /** The studio may continue into its next cycle. */
    CONTINUES,

    /** The studio is dissolved and must not continue. */
    DISSOLVES
}
