package org.yanxun.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No message template of the library evaluates anything: no Expression Language ({@code ${...}},
 * {@code #{...}}) in any {@code ContributorValidationMessages*.properties}, and only the message
 * parameters the constraints set. That data in a message stays literal through Hibernate Validator
 * with the Expression Language enabled is proved by {@link MessageInjectionTest}.
 */
class MessageTemplateTest {

    private static final Set<String> PARAMETERS = Set.of("policy", "messageEn", "messageZh", "reason", "reasonZh",
            "years", "expected", "expectedZh");
    private static final Pattern BRACES = Pattern.compile("\\{([^}]*)}");

    private static List<Path> bundles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
            return files.filter(f -> f.getFileName().toString().matches("ContributorValidationMessages.*\\.properties"))
                    .sorted().toList();
        }
    }

    private static Properties load(Path bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void bundles_areFoundInBothLanguages() throws IOException {
        assertThat(bundles()).extracting(p -> p.getFileName().toString()).contains(
                "ContributorValidationMessages.properties", "ContributorValidationMessages_en.properties",
                "ContributorValidationMessages_zh.properties");
    }

    /** EngineCheck tells a declaration's own message from the default by this convention. */
    @ParameterizedTest
    @ValueSource(classes = {ValidStudio.class, ValidCluster.class, ValidAlliance.class, ValidDataset.class})
    void classLevelConstraint_defaultMessage_isItsOwnKey(Class<?> constraint) throws NoSuchMethodException {
        assertThat(constraint.getMethod("message").getDefaultValue())
                .isEqualTo("{org.yanxun.validation." + constraint.getSimpleName() + ".message}");
    }

    @Test
    void everyTemplate_hasNoExpressionLanguage() throws IOException {
        for (Path bundle : bundles()) {
            String text = Files.readString(bundle, StandardCharsets.UTF_8);
            assertThat(text).as(bundle.toString()).doesNotContain("${", "#{", "$\\{", "#\\{");
            load(bundle).forEach((key, value) -> assertThat(value.toString()).as("%s in %s", key, bundle)
                    .doesNotContain("${", "#{"));
        }
    }

    @Test
    void everyTemplate_usesOnlyTheKnownMessageParameters() throws IOException {
        for (Path bundle : bundles()) {
            load(bundle).forEach((key, value) -> {
                Matcher braces = BRACES.matcher(value.toString());
                while (braces.find()) {
                    assertThat(braces.group(1)).as("%s in %s", key, bundle).isIn(PARAMETERS);
                }
            });
        }
    }
}
