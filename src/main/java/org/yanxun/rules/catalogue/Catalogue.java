package org.yanxun.rules.catalogue;

import java.util.ArrayList;
import java.util.List;
import org.yanxun.rules.Rule;

/**
 * The built-in rule catalogue. Codes are part of the public API: a code never changes meaning once
 * published.
 */
public final class Catalogue {

    private static final List<Rule> RULES = build();

    private Catalogue() {
    }

    /**
     * Returns every built-in rule, grouped by area: identifiers, studios, people, clusters,
     * alliances, sessions, exchanges, resources.
     *
     * @return the rules
     */
    public static List<Rule> rules() {
        return RULES;
    }

    private static List<Rule> build() {
        List<Rule> rules = new ArrayList<>();
        rules.addAll(IdentityRules.all());
        rules.addAll(StudioRules.all());
        rules.addAll(PersonRules.all());
        rules.addAll(ClusterRules.all());
        rules.addAll(AllianceRules.all());
        rules.addAll(SessionRules.all());
        rules.addAll(ExchangeRules.all());
        rules.addAll(ResourceRules.all());
        return List.copyOf(rules);
    }
}
