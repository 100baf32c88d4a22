package org.yanxun.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
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

    @Test
    void ruleInfo_malformedCode_isRefusedInBothLanguages() {
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> info("my-rule", Shape.LOCAL, ""))
                .withMessage("Rule code must be upper-case letters, digits and _, was 'my-rule'")
                .satisfies(e -> assertThat(e.zh()).isEqualTo("规则代码只能由大写字母、数字和 _ 组成，实为 'my-rule'"));
    }

    @Test
    void ruleInfo_keyThatDoesNotFitTheShape_isRefusedInBothLanguages() {
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> info("MY_RULE", Shape.KEYED, ""))
                .withMessage("Rule MY_RULE is KEYED and must name its key, key was ''")
                .satisfies(e -> assertThat(e.zh()).isEqualTo("规则 MY_RULE 是分组规则，必须写明其键，键为 ''"));
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> info("MY_RULE", Shape.LOCAL, "person"))
                .withMessage("Rule MY_RULE is LOCAL and must not name a key, key was 'person'")
                .satisfies(e -> assertThat(e.zh()).isEqualTo("规则 MY_RULE 是单记录规则，不能写键，键为 'person'"));
    }

    @Test
    void ruleInfo_blankTitle_isRefused() {
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new RuleInfo("MY_RULE", " ",
                "Test rule", Severity.INFO, Shape.LOCAL, "", List.of(), "A rule of the tests.")).withMessageContaining("titleZh");
    }
}
