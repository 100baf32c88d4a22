package org.yanxun.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.yanxun.policy.Presets;

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
    void value_unknownField_throwsNamingIt() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CatalogueDocument.value(Presets.guangzhouLiwan2026(), "studios.nope"))
                .withMessageContaining("'nope'");
    }
}
