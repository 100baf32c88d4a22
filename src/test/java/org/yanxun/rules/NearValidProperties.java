package org.yanxun.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.yanxun.generators.ModelArbitraries;
import org.yanxun.generators.NearValid;
import org.yanxun.generators.Scenario;
import org.yanxun.policy.Severity;

/**
 * Valid datasets are valid, and every near-valid mutation of one is caught by the rule it targets.
 */
class NearValidProperties {

    @Provide
    Arbitrary<Scenario> valid() {
        return ModelArbitraries.validScenarios();
    }

    @Provide
    Arbitrary<NearValid> nearValid() {
        return ModelArbitraries.nearValid();
    }

    @Property(tries = 60)
    void validScenario_underItsPolicy_hasNoError(@ForAll("valid") Scenario scenario) {
        Report report = scenario.validate();

        assertThat(report.atLeast(Severity.ERROR).findings()).as(scenario.toString()).isEmpty();
        assertThat(report.isSuccessful()).isTrue();
    }

    @Property(tries = 200)
    void mutation_ofAValidScenario_isCaughtByTheRuleItTargets(@ForAll("nearValid") NearValid near) {
        Report before = near.valid().validate();
        Report after = near.mutated().validate();

        assertThat(before.withCode(near.mutation().code()).findings()).as(near.toString()).isEmpty();
        assertThat(after.withCode(near.mutation().code()).findings()).as(near.toString())
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        assertThat(after.isSuccessful()).isFalse();
    }

    @Test
    void everyMutation_isDrawn() {
        Set<NearValid.Mutation> drawn = EnumSet.noneOf(NearValid.Mutation.class);
        for (long seed = 0; seed < 400 && drawn.size() < NearValid.Mutation.values().length; seed++) {
            drawn.add(NearValid.draw(seed).mutation());
        }

        assertThat(drawn).containsExactlyInAnyOrder(NearValid.Mutation.values());
    }
}
