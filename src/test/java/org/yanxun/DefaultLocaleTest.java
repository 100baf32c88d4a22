package org.yanxun;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yanxun.examples.ExampleCommunities;
import org.yanxun.json.DatasetReader;
import org.yanxun.json.DatasetWriter;
import org.yanxun.json.ReadError;
import org.yanxun.policy.Presets;
import org.yanxun.rules.RuleEngine;

/**
 * What the library builds and says does not depend on the JVM's default locale, whose digits need not
 * be ASCII: under {@code ar-EG} {@code String.format("%03d", 1)} gives {@code ٠٠١}, which no identifier
 * admits.
 */
class DefaultLocaleTest {

    private static final Locale ARABIC_DIGITS = Locale.forLanguageTag("ar-EG");

    private Locale saved;

    @BeforeEach
    void useALocaleWithOtherDigits() {
        saved = Locale.getDefault();
        Locale.setDefault(ARABIC_DIGITS);
    }

    @AfterEach
    void restoreTheLocale() {
        Locale.setDefault(saved);
    }

    @Test
    void theLocale_formatsDigitsOtherThanAscii() {
        assertThat(String.format("%03d", 1)).isEqualTo("٠٠١");
    }

    @Test
    void examples_areTheShippedFiles_andValidateWithoutErrors() throws IOException {
        Dataset liwan = ExampleCommunities.liwan2026();
        Dataset qiyingen = ExampleCommunities.qiyingen();

        assertThat(DatasetWriter.pretty().writeToString(liwan))
                .isEqualTo(Files.readString(Path.of("examples", "liwan-2026.dataset.json"), StandardCharsets.UTF_8));
        assertThat(DatasetWriter.pretty().writeToString(qiyingen))
                .isEqualTo(Files.readString(Path.of("examples", "qiyingen.dataset.json"), StandardCharsets.UTF_8));
        assertThat(RuleEngine.of(Presets.guangzhouLiwan2026()).validate(liwan, ExampleCommunities.LIWAN_AS_OF)
                .isSuccessful()).isTrue();
        assertThat(RuleEngine.of(Presets.chengyuQiyingen2023()).validate(qiyingen, ExampleCommunities.QIYINGEN_AS_OF)
                .isSuccessful()).isTrue();
    }

    @Test
    void parserLimit_isSaidInAsciiDigits_inBothLanguages() {
        ReadError error = DatasetReader.create().read("{\"schemaVersion\":\"1.0\",\"x-n\":" + "1".repeat(5000) + "}")
                .errors().get(0);

        assertThat(error.zh()).isEqualTo("超出安全限制：数字长度 5000 超过上限 100");
        assertThat(error.en()).isEqualTo("safety limit exceeded: a number of 5000 digits exceeds the limit of 100");
    }
}
