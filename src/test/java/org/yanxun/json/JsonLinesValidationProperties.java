package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;
import org.yanxun.Dataset;
import org.yanxun.generators.ModelArbitraries;
import org.yanxun.policy.Policy;
import org.yanxun.policy.Presets;
import org.yanxun.rules.Report;
import org.yanxun.rules.RuleEngine;

/**
 * For any dataset, validating its JSON Lines file gives the findings of validating the dataset: the
 * same codes, severities and messages, only located by line; on several threads, the same report as
 * on one.
 */
class JsonLinesValidationProperties {

    @Provide
    Arbitrary<Dataset> datasets() {
        return ModelArbitraries.datasets();
    }

    @Provide
    Arbitrary<Policy> policies() {
        return Arbitraries.of(Presets.all());
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Dates.dates().between(LocalDate.of(2015, 1, 1), LocalDate.of(2035, 12, 31));
    }

    @Property(tries = 15)
    void validate_anyDatasetAsLines_sameFindingsAsTheDataset(@ForAll("datasets") Dataset dataset,
            @ForAll("policies") Policy policy, @ForAll("dates") LocalDate asOf) {
        RuleEngine engine = RuleEngine.of(policy);
        Path file = temporaryFile();
        try {
            JsonLinesWriter.write(dataset, file);

            JsonLinesReport actual = JsonLinesValidation.of(engine).validate(file, asOf);

            assertThat(actual.readErrors()).isEmpty();
            assertThat(comparable(actual.report())).isEqualTo(comparable(engine.validate(dataset, asOf)));
            assertThat(actual.report().findings()).allSatisfy(f -> assertThat(f.location().line()).isPresent());
        } finally {
            delete(file);
        }
    }

    @Property(tries = 15)
    void validate_anyDatasetOnSeveralThreads_sameAsOnOne(@ForAll("datasets") Dataset dataset,
            @ForAll("policies") Policy policy, @ForAll("dates") LocalDate asOf,
            @ForAll @IntRange(min = 2, max = 9) int threads, @ForAll @IntRange(min = 0, max = 1000) int badLine) {
        JsonLinesValidation oneThread = JsonLinesValidation.of(RuleEngine.of(policy));
        List<String> lines = new ArrayList<>(List.of(JsonLinesWriter.writeToString(dataset).split("\n")));
        lines.add(badLine % (lines.size() + 1), "{\"type\":\"studio\"}");
        Path file = temporaryFile();
        try {
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);

            JsonLinesReport actual = oneThread.withThreads(threads).validate(file, asOf);

            assertThat(actual).isEqualTo(oneThread.validate(file, asOf));
            assertThat(actual.readErrors()).isNotEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(file);
        }
    }

    @Property(tries = 15)
    void validate_anyDatasetInSeveralPassesOverTheKeys_sameAsOnePass(@ForAll("datasets") Dataset dataset,
            @ForAll("policies") Policy policy, @ForAll("dates") LocalDate asOf,
            @ForAll @IntRange(min = 2, max = 7) int parts, @ForAll @IntRange(min = 1, max = 3) int threads,
            @ForAll @IntRange(min = 0, max = 1000) int badLine) {
        JsonLinesValidation onePass = JsonLinesValidation.of(RuleEngine.of(policy)).withThreads(threads);
        List<String> lines = new ArrayList<>(List.of(JsonLinesWriter.writeToString(dataset).split("\n")));
        lines.add(badLine % (lines.size() + 1), "{\"type\":\"studio\"}");
        Path file = temporaryFile();
        try {
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            long memory = lines.size() * JsonLinesValidation.STATE_BYTES_PER_LINE * (threads == 1 ? 1 : 2) / parts;

            JsonLinesReport actual = onePass.withStateMemory(Math.max(1, memory)).validate(file, asOf);

            assertThat(actual).isEqualTo(onePass.validate(file, asOf));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(file);
        }
    }

    /**
     * The findings without locations, sorted; {@code ID_DUPLICATE} quotes the location of the first
     * use in its message, so only its code and severity are compared.
     */
    private static List<String> comparable(Report report) {
        return report.findings().stream()
                .map(f -> f.code().equals("ID_DUPLICATE") ? f.code() + "|" + f.severity()
                        : String.join("|", f.code(), f.severity().name(), f.messageZh(), f.messageEn(), f.policyId()))
                .sorted()
                .toList();
    }

    private static Path temporaryFile() {
        try {
            return Files.createTempFile("yanxun-", ".jsonl");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
