package org.yanxun.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yanxun.examples.ExampleCommunities;
import org.yanxun.policy.Presets;

class ExampleValidationTest {

    @Test
    void liwan2026_underItsPreset_hasNoError() {
        Report report = RuleEngine.of(Presets.guangzhouLiwan2026())
                .validate(ExampleCommunities.liwan2026(), ExampleCommunities.LIWAN_AS_OF);
        report.findings().stream().limit(40).forEach(System.out::println);
        System.out.println(report + " " + report.countsByCode());
        assertThat(report.isSuccessful()).isTrue();
    }

    @Test
    void qiyingen_underItsPreset_hasNoError() {
        Report report = RuleEngine.of(Presets.chengyuQiyingen2023())
                .validate(ExampleCommunities.qiyingen(), ExampleCommunities.QIYINGEN_AS_OF);
        report.findings().forEach(System.out::println);
        System.out.println(report + " " + report.countsByCode());
        assertThat(report.isSuccessful()).isTrue();
    }
}
