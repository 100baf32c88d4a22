package org.yanxun.rules;

import java.time.LocalDate;
import java.util.Objects;
import org.yanxun.internal.Checks;
import org.yanxun.policy.Policy;

/**
 * What a rule may read besides its records: the policy, the date the validation runs as of, and the
 * reference data.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param policy the policy, not null
 * @param asOf the date the validation runs as of, not null
 * @param dimensions the reference data, not null
 */
public record RuleContext(Policy policy, LocalDate asOf, Dimensions dimensions) {

    /**
     * Creates a context.
     *
     * @param policy the policy, not null
     * @param asOf the date, not null, in the years 0000 to 9999 as the data's dates
     * @param dimensions the reference data, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code asOf} is outside the years 0000 to 9999
     */
    public RuleContext {
        Objects.requireNonNull(policy, "policy");
        Checks.date(asOf, "asOf");
        Objects.requireNonNull(dimensions, "dimensions");
    }
}
