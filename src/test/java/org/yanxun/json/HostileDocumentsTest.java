package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yanxun.Dataset;
import org.yanxun.policy.Presets;
import org.yanxun.policy.Severity;
import org.yanxun.rules.Finding;
import org.yanxun.rules.Report;
import org.yanxun.rules.RuleEngine;

/**
 * Hostile documents that are well-formed JSON and match the schema, so the reader lets them in, but
 * that the rule engine must stop: the corpus in {@code src/test/resources/hostile/findings.properties}
 * and a generated document with 100,000 persons that share one identifier.
 */
class HostileDocumentsTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 10, 8);
    private static final RuleEngine ENGINE = RuleEngine.of(Presets.chengyuQiyingen2023());
    private static final int COPIES = 100_000;

    static Stream<Arguments> corpus() throws IOException {
        Properties expected = new Properties();
        try (InputStream in = HostileDocumentsTest.class.getResourceAsStream("/hostile/findings.properties")) {
            expected.load(in);
        }
        return expected.stringPropertyNames().stream().sorted()
                .map(file -> Arguments.of(file, Arrays.stream(expected.getProperty(file).split(","))
                        .map(String::trim).toList()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("corpus")
    void corpusFile_readsAndMatchesTheSchema_butFailsWithItsFindings(String file, List<String> findings)
            throws Exception {
        Path path = Path.of(HostileDocumentsTest.class.getResource("/hostile/" + file).toURI());

        Dataset dataset = DatasetReader.create().read(path).orElseThrow();
        Report report = ENGINE.validate(dataset, AS_OF);

        assertThat(BundledSchemas.validate("dataset", Files.readString(path))).isEmpty();
        assertThat(report.isSuccessful()).isFalse();
        for (String expected : findings) {
            String code = expected.substring(0, expected.indexOf('@'));
            String pointer = expected.substring(expected.indexOf('@') + 1);
            assertThat(report.findings()).as(expected)
                    .anySatisfy(f -> {
                        assertThat(f.code()).isEqualTo(code);
                        assertThat(f.pointer()).isEqualTo(pointer);
                        assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    });
        }
    }

    @Test
    @Timeout(60)
    void document_100000PersonsWithOneId_readsAndReportsEveryDuplicateOnce() {
        StringBuilder json = new StringBuilder("{\"schemaVersion\":\"1.0\",\"kind\":\"dataset\",\"persons\":[");
        for (int i = 0; i < COPIES; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":\"syn-dup\",\"name\":\"同名").append(i)
                    .append("\",\"synthetic\":true}");
        }
        json.append("]}");

        Dataset dataset = DatasetReader.create()
                .read(new ByteArrayInputStream(json.toString().getBytes(StandardCharsets.UTF_8))).orElseThrow();
        Report report = ENGINE.validate(dataset, AS_OF);

        assertThat(dataset.persons()).hasSize(COPIES);
        assertThat(report.countsByCode()).containsEntry("ID_DUPLICATE", COPIES - 1);
        List<Finding> duplicates = report.withCode("ID_DUPLICATE").findings();
        assertThat(duplicates.get(0).pointer()).isEqualTo("/persons/1/id");
        assertThat(duplicates.get(COPIES - 2).pointer()).isEqualTo("/persons/" + (COPIES - 1) + "/id");
    }

    @Test
    @Timeout(60)
    void jsonLines_100000PersonsWithOneId_readsAndReportsEveryDuplicateOnce() {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < COPIES; i++) {
            lines.append("{\"type\":\"person\",\"person\":{\"id\":\"syn-dup\",\"name\":\"n\",\"synthetic\":true}}\n");
        }

        Dataset dataset = JsonLinesReader.create().readDataset(lines.toString()).orElseThrow();

        assertThat(ENGINE.validate(dataset, AS_OF).withCode("ID_DUPLICATE").findings()).hasSize(COPIES - 1);
    }
}
