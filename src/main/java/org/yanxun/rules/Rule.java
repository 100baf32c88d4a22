package org.yanxun.rules;

/**
 * A check of community data against a policy, with a stable code.
 *
 * <p>A rule is either a {@link LocalRule}, which sees one record at a time, or a {@link KeyedRule},
 * which sees everything the records contribute to one key. Rules never throw for bad data: they
 * report findings. A rule that throws an exception anyway becomes an {@code ENGINE_RULE_FAILED} finding
 * for each record or key it fails on, and the other rules still run; an {@link Error} (such as
 * {@link OutOfMemoryError}) ends the validation.
 *
 * <p>Implementations must be immutable and thread-safe: one rule serves many validations at once.
 */
public sealed interface Rule permits LocalRule, KeyedRule {

    /**
     * Returns what the rule is.
     *
     * @return the code, titles, default severity, shape and policy fields
     */
    RuleInfo info();
}
