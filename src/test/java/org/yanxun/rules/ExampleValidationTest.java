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
    void qiyingen_underItsPreset_warnsOnceAndInformsTwice() {
        Report report = RuleEngine.of(Presets.chengyuQiyingen2023())
                .validate(Mutations.QIYINGEN, ExampleCommunities.QIYINGEN_AS_OF);
        assertThat(report.countsByCode()).containsExactly(entry("SESSION_EXPERT_EXTERNAL", 1), entry("SESSION_OUTSIDE_PLAN", 2));
    }

    @Test
    void qiyingen_firstSession_hasNoExternalExpert() {
        Report report = RuleEngine.of(Presets.chengyuQiyingen2023())
                .validate(Mutations.QIYINGEN, ExampleCommunities.QIYINGEN_AS_OF);
        assertThat(report.withCode("SESSION_EXPERT_EXTERNAL").findings().get(0).messageEn())
                .isEqualTo("session '三地首次联合研修' invites 0 external experts; the policy requires at least 1");
    }
}
