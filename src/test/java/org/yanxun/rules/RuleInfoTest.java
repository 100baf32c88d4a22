package org.yanxun.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yanxun.InvalidValueException;
import org.yanxun.policy.Severity;

class RuleInfoTest {

    private static RuleInfo info(String code, Shape shape, String key) {
        return new RuleInfo(code, "测试规则", "Test rule", Severity.WARNING, shape, key, List.of(), "A rule of the tests.");
    }

    @Test
    void ruleInfo_wellFormed_keepsItsParts() {
        RuleInfo keyed = info("MY_RULE_2", Shape.KEYED, "person");

        assertThat(keyed.code()).isEqualTo("MY_RULE_2");
        assertThat(keyed.key()).isEqualTo("person");
        assertThat(info("MY_LOCAL", Shape.LOCAL, "").key()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"my-rule", "1ABC", "_ABC", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
    void ruleInfo_malformedCode_isRefusedInBothLanguages_sayingWhatACodeIs(String code) {
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> info(code, Shape.LOCAL, ""))
                .withMessage("Rule code must be 1 to 64 upper-case letters, digits and _, starting with a letter, was '"
                        + code + "'")
                .satisfies(e -> assertThat(e.zh()).isEqualTo("规则代码须为 1 至 64 个大写字母、数字和下划线，以字母开头，实为“"
                        + code + "”"));
    }

    @Test
    void ruleInfo_codeOf64Characters_isAccepted() {
        assertThat(info("A".repeat(64), Shape.LOCAL, "").code()).hasSize(64);
    }

    @Test
    void ruleInfo_keyThatDoesNotFitTheShape_isRefusedInBothLanguages() {
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> info("MY_RULE", Shape.KEYED, ""))
                .withMessage("Rule MY_RULE is KEYED and must name its key, key was ''")
                .satisfies(e -> assertThat(e.zh()).isEqualTo("规则 MY_RULE 是分组规则，必须写明其键，键为“”"));
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> info("MY_RULE", Shape.LOCAL, "person"))
                .withMessage("Rule MY_RULE is LOCAL and must not name a key, key was 'person'")
                .satisfies(e -> assertThat(e.zh()).isEqualTo("规则 MY_RULE 是单记录规则，不能写键，键为“person”"));
    }

    @Test
    void ruleInfo_blankTitle_isRefused() {
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new RuleInfo("MY_RULE", " ",
                "Test rule", Severity.INFO, Shape.LOCAL, "", List.of(), "A rule of the tests.")).withMessageContaining("titleZh");
    }

    @Test
    void local_makesTheInfoOfALocalRule_withItsPolicyFieldsInOrder() {
        assertThat(RuleInfo.local("MY_LOCAL", Severity.INFO, "测试规则", "Test rule", "A rule of the tests.",
                "studios.types", "alliances.planYears"))
                .isEqualTo(new RuleInfo("MY_LOCAL", "测试规则", "Test rule", Severity.INFO, Shape.LOCAL, "",
                        List.of("studios.types", "alliances.planYears"), "A rule of the tests."));
    }

    @Test
    void keyed_makesTheInfoOfAKeyedRule_andRefusesAnEmptyKey() {
        assertThat(RuleInfo.keyed("MY_KEYED", Severity.WARNING, "person", "测试规则", "Test rule", "A rule of the tests."))
                .isEqualTo(info("MY_KEYED", Shape.KEYED, "person"));
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> RuleInfo.keyed("MY_KEYED",
                Severity.WARNING, "", "测试规则", "Test rule", "A rule of the tests."))
                .withMessage("Rule MY_KEYED is KEYED and must name its key, key was ''");
    }
}
