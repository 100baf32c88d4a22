package org.yanxun.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yanxun.InvalidValueException;
import org.yanxun.policy.Presets;
import org.yanxun.policy.Severity;

/**
 * Keeps {@code docs/rules.md} in step with the catalogue. Run with {@code -Dyanxun.updateDocs=true}
 * to rewrite it.
 */
class RulesDocumentTest {

    private static final Path DOCUMENT = Path.of("docs", "rules.md");

    @Test
    void docsRulesMd_matchesTheCatalogue() throws IOException {
        String generated = CatalogueDocument.markdown(RuleEngine.builtInRules(), Presets.all());
        if (Boolean.getBoolean("yanxun.updateDocs")) {
            Files.writeString(DOCUMENT, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DOCUMENT, StandardCharsets.UTF_8))
                .as("docs/rules.md is stale: run ./mvnw test -Dtest=RulesDocumentTest -Dyanxun.updateDocs=true")
                .isEqualTo(generated);
    }

    @Test
    void markdown_listsEveryCodeWithItsPolicyValues() {
        String generated = CatalogueDocument.markdown(RuleEngine.builtInRules(), Presets.all());
        RuleEngine.builtInRules().forEach(rule -> assertThat(generated).contains("## " + rule.info().code() + "\n"));
        assertThat(generated).contains("| `studios.types.*.cycleYears` |")
                .contains("SPECIAL_GRADE_STUDIO: 2")
                .contains("SPECIAL_GRADE_STUDIO: 3");
    }

    @Test
    void markdown_ruleNamingAFieldPoliciesLack_throwsNamingTheRuleAndFieldInBothLanguages() {
        Rule rule = LocalRule.of(RuleInfo.local("DISTRICT_FIRST_ACTIVITY", Severity.INFO, "首次活动", "First activity",
                "A studio holds an activity in its first months.", "studios.firstActivityMonths"),
                Entity.OfStudio.class, (studio, context, sink) -> { });

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> CatalogueDocument.markdown(List.of(rule), Presets.all()))
                .withMessage("Rule DISTRICT_FIRST_ACTIVITY names the policy field 'studios.firstActivityMonths': "
                        + "StudioPolicy has no field 'firstActivityMonths'")
                .satisfies(e -> assertThat(e.zh()).isEqualTo("规则 DISTRICT_FIRST_ACTIVITY 所列政策字段"
                        + "“studios.firstActivityMonths”：StudioPolicy 没有字段“firstActivityMonths”"));
    }

    @Test
    void markdown_keyAPolicyLacks_showsADash() {
        Rule rule = LocalRule.of(RuleInfo.local("DISTRICT_ROBOTICS", Severity.INFO, "机器人", "Robotics",
                "Robotics workshops.", "studios.types.ROBOTICS_WORKSHOP.cycleYears"),
                Entity.OfStudio.class, (studio, context, sink) -> { });

        assertThat(CatalogueDocument.markdown(List.of(rule), List.of(Presets.guangzhouLiwan2026())))
                .contains("| `studios.types.ROBOTICS_WORKSHOP.cycleYears` | — |");
    }

    @Test
    void value_fieldOfANumber_throwsNamingIt() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> CatalogueDocument.value(Presets.guangzhouLiwan2026(), "studios.hostsPerStudio.max"))
                .withMessage("the value before 'max' has no fields")
                .satisfies(e -> assertThat(e.zh()).isEqualTo("“max”之前的值没有字段"));
    }

    @Test
    void value_studioType_namesItInBothLanguages() {
        assertThat(CatalogueDocument.value(Presets.guangzhouLiwan2026(), "studios.types.NEW_TEACHER_WORKSHOP.type"))
                .isEqualTo("new-teacher workshop · 新教师培养工作坊");
    }

    @Test
    void value_unknownField_throwsNamingIt() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CatalogueDocument.value(Presets.guangzhouLiwan2026(), "studios.nope"))
                .withMessageContaining("'nope'");
    }
}
