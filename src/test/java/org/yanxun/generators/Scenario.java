package org.yanxun.generators;

import java.time.LocalDate;
import java.util.Objects;
import org.yanxun.Dataset;
import org.yanxun.policy.Policy;
import org.yanxun.rules.Report;
import org.yanxun.rules.RuleEngine;

/**
 * A dataset together with the policy and the as-of date it is meant to be validated under, such as a
 * generated valid dataset and the preset under which it has no ERROR finding.
 *
 * @param dataset the dataset
 * @param policy the policy
 * @param asOf the as-of date
 */
public record Scenario(Dataset dataset, Policy policy, LocalDate asOf) {

    public Scenario {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(asOf, "asOf");
    }

    /**
     * Returns the same scenario with another dataset.
     *
     * @param replacement the dataset, not null
     * @return the copy
     */
    public Scenario withDataset(Dataset replacement) {
        return new Scenario(replacement, policy, asOf);
    }

    /**
     * Validates the dataset under the policy as of the date.
     *
     * @return the report
     */
    public Report validate() {
        return RuleEngine.of(policy).validate(dataset, asOf);
    }

    @Override
    public String toString() {
        return "Scenario[" + policy.id() + " as of " + asOf + ": " + dataset.persons().size() + " persons, "
                + dataset.institutions().size() + " institutions, " + dataset.studios().size() + " studios, "
                + dataset.alliances().size() + " alliances]";
    }
}
