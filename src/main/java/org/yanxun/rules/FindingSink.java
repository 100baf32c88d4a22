package org.yanxun.rules;

/**
 * Where a rule reports what it finds. The engine adds the rule's code, the severity under the
 * policy and the policy identifier. A finding the engine cannot make (an empty message, or one longer
 * than {@link Finding#MAX_MESSAGE_LENGTH}) is reported as the rule's failure,
 * {@link RuleEngine#ENGINE_RULE_FAILED}, at the same record or key.
 */
@FunctionalInterface
public interface FindingSink {

    /**
     * Reports a problem.
     *
     * @param location where the problem is, not null
     * @param messageZh the message in simplified Chinese, quoting the values involved, not null, not empty
     * @param messageEn the message in English, quoting the values involved, not null, not empty
     */
    void add(Location location, String messageZh, String messageEn);
}
