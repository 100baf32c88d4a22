package org.yanxun.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yanxun.ExchangeKind;
import org.yanxun.StudioType;
import org.yanxun.rules.RuleEngine;

/**
 * A policy with absurd values, as a hostile policy document would carry them, built with the
 * {@code with...} methods: {@link Policy#problems()} names every absurd field and {@link RuleEngine#of}
 * refuses the policy. {@code PolicyDocumentTest} reads such documents.
 */
class AbsurdPolicyTest {

    private static Policy absurd() {
        Policy preset = Presets.guangzhouLiwan2026();
        SortedMap<String, StudioTypePolicy> types = new TreeMap<>(preset.studios().types());
        String code = StudioType.FAMOUS_TEACHER_STUDIO.code();
        types.put(code, types.get(code).withCycleYears(99).withMinMembers(-5).withMaxMembers(-10)
                .withMinOnlineTrainees(Integer.MAX_VALUE).withHostCriteria(List.of()));
        SortedMap<ExchangeKind, ExchangeLimits> exchanges = new TreeMap<>(preset.alliances().exchanges());
        exchanges.put(ExchangeKind.TRAINER_DISPATCH, exchanges.get(ExchangeKind.TRAINER_DISPATCH)
                .withMinDays(0).withMaxDays(-1));
        return preset.withId("../../etc/passwd")
                .withNameEn(" ")
                .withEffectiveFrom(LocalDate.of(2030, 1, 1))
                .withEffectiveUntil(Optional.of(LocalDate.of(1970, 1, 1)))
                .withStudios(preset.studios().withTypes(types).withHostsPerStudio(0)
                        .withMaxHostedAtOnce(Integer.MIN_VALUE).withEvaluationWindowMonths(-1)
                        .withMidTermMinCycleYears(1000).withGrades(new TreeMap<>()))
                .withClusters(preset.clusters().withPlanCountTolerance(-1))
                .withAlliances(preset.alliances().withPlanYears(1000).withMemberKinds(java.util.Set.of())
                        .withExchanges(exchanges).withFreshnessMonths(0).withMaxConsecutiveHostings(0))
                .withSeverities(new TreeMap<>(java.util.Map.of("drop table", Severity.INFO)))
                .withDisabledRules(new TreeSet<>(List.of("${jndi:ldap://x}")));
    }

    @Test
    void problems_absurdPolicy_nameEveryAbsurdField() {
        assertThat(absurd().problems()).extracting(PolicyProblem::field).containsExactlyInAnyOrder(
                "id", "nameEn", "effectiveUntil",
                "studios.types.FAMOUS_TEACHER_STUDIO.cycleYears",
                "studios.types.FAMOUS_TEACHER_STUDIO.minMembers",
                "studios.types.FAMOUS_TEACHER_STUDIO.maxMembers",
                "studios.types.FAMOUS_TEACHER_STUDIO.minOnlineTrainees",
                "studios.types.FAMOUS_TEACHER_STUDIO.hostCriteria",
                "studios.hostsPerStudio", "studios.maxHostedAtOnce", "studios.grades",
                "studios.evaluationWindowMonths", "studios.midTermMinCycleYears",
                "clusters.planCountTolerance",
                "alliances.memberKinds", "alliances.planYears",
                "alliances.exchanges.TRAINER_DISPATCH.minDays",
                "alliances.exchanges.TRAINER_DISPATCH.maxDays",
                "alliances.maxConsecutiveHostings", "alliances.freshnessMonths",
                "severities.drop table", "disabledRules.${jndi:ldap://x}");
    }

    @Test
    void problems_absurdPolicy_quoteTheValuesInBothLanguages() {
        assertThat(absurd().problems()).filteredOn(p -> p.field().equals("studios.hostsPerStudio"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.en()).isEqualTo("must be 1 to 10, was 0");
                    assertThat(p.zh()).contains("0");
                });
    }

    @Test
    void ruleEngineOf_absurdPolicy_throwsNamingTheProblems() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> RuleEngine.of(absurd()))
                .withMessageContaining("../../etc/passwd")
                .withMessageContaining("studios.hostsPerStudio");
    }

    @Test
    void ruleEngineOf_wellFormedButUnknownRuleCode_throwsNamingIt() {
        Policy policy = Presets.guangzhouLiwan2026().withDisabledRules(new TreeSet<>(List.of("NO_SUCH_RULE")));

        assertThat(policy.problems()).isEmpty();
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> RuleEngine.of(policy))
                .withMessageContaining("NO_SUCH_RULE");
    }
}
