package org.yanxun.rules;

/**
 * Where a rule reports what it finds. The engine adds the rule's code, the severity under the
 * policy and the policy identifier.
 */
@FunctionalInterface
public interface FindingSink {

    /**
     * Reports a problem.
     *
     * @param location where the problem is, not null
     * @param messageZh the message in simplified Chinese, quoting the values involved, not null
     * @param messageEn the message in English, quoting the values involved, not null
     */
    void add(Location location, String messageZh, String messageEn);
}
