package org.yanxun.rules;

import org.yanxun.InvalidValueException;

/**
 * How a rule sees the data: one record at a time, or all records that share a key.
 */
public enum Shape {

    /** One record plus the policy and the reference data: runs as a map. */
    LOCAL,

    /** All records that share a key (a person, an alliance, an institution pair): runs as a group-by. */
    KEYED;

    /**
     * Refuses the info of a rule of this shape that names the other shape.
     *
     * @throws InvalidValueException if it does
     */
    void requireOf(RuleInfo info) {
        if (info.shape() != this) {
            throw new InvalidValueException("规则 " + info.code() + " 的说明写明形态 " + info.shape() + "，但它是 "
                    + this + " 规则", "Rule " + info.code() + " says it is " + info.shape() + " but is a " + this
                    + " rule");
        }
    }
}
