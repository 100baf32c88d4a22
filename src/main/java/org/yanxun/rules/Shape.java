package org.yanxun.rules;

/**
 * How a rule sees the data: one record at a time, or all records that share a key.
 */
public enum Shape {

    /** One record plus the policy and the reference data: runs as a map. */
    LOCAL,

    /** All records that share a key (a person, an alliance, an institution pair): runs as a group-by. */
    KEYED
}
