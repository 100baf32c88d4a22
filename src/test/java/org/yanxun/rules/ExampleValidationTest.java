package org.yanxun.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;
import org.yanxun.examples.ExampleCommunities;
import org.yanxun.policy.Presets;
import org.yanxun.policy.Severity;
import org.yanxun.rules.catalogue.Mutations;

/** The basic use: validate each built-in example under its own preset, as of its own date. */
class ExampleValidationTest {

    @Test
    void liwan2026_underItsPreset_isSuccessful() {
        Report report = RuleEngine.of(Presets.guangzhouLiwan2026())
                .validate(Mutations.LIWAN, ExampleCommunities.LIWAN_AS_OF);
        assertThat(report.isSuccessful()).isTrue();
    }

    @Test
    void liwan2026_underItsPreset_hasNoFinding() {
        Report report = RuleEngine.of(Presets.guangzhouLiwan2026())
                .validate(Mutations.LIWAN, ExampleCommunities.LIWAN_AS_OF);
        assertThat(report.countsBySeverity())
                .containsExactly(entry(Severity.INFO, 0), entry(Severity.WARNING, 0), entry(Severity.ERROR, 0));
    }

    @Test
    void qiyingen_underItsPreset_isSuccessful() {
        Report report = RuleEngine.of(Presets.chengyuQiyingen2023())
                .validate(Mutations.QIYINGEN, ExampleCommunities.QIYINGEN_AS_OF);
        assertThat(report.isSuccessful()).isTrue();
    }

    @Test
    void qiyingen_underItsPreset_informsOfTheTwoSessionsBeforeThePlan() {
        Report report = RuleEngine.of(Presets.chengyuQiyingen2023())
                .validate(Mutations.QIYINGEN, ExampleCommunities.QIYINGEN_AS_OF);
        assertThat(report.countsByCode()).containsExactly(entry("SESSION_OUTSIDE_PLAN", 2));
    }

    /** The report says every session invited experts (每次研修均邀请知名专家参与). */
    @Test
    void qiyingen_everySession_invitesAnExpert() {
        assertThat(Mutations.QIYINGEN.alliances().get(0).sessions()).allSatisfy(
                session -> assertThat(session.experts()).isNotEmpty());
    }
}
