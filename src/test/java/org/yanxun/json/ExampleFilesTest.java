package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yanxun.Dataset;
import org.yanxun.examples.ExampleCommunities;
import org.yanxun.policy.Policy;
import org.yanxun.samples.CustomDistrictPolicy;

/**
 * Keeps the shipped example files in step with the built-in example datasets and the schemas. Run with
 * {@code -Dyanxun.updateExamples=true} to rewrite them.
 */
class ExampleFilesTest {

    @ParameterizedTest
    @CsvSource({"liwan-2026.dataset.json, liwan", "qiyingen.dataset.json, qiyingen",
            "liwan-2026.jsonl, liwan-lines"})
    void exampleFile_isTheBuiltInExampleAndValidAgainstTheSchema(String file, String which) throws IOException {
        Path path = Path.of("examples", file);
        String expected = switch (which) {
            case "liwan" -> DatasetWriter.pretty().writeToString(ExampleCommunities.liwan2026());
            case "qiyingen" -> DatasetWriter.pretty().writeToString(ExampleCommunities.qiyingen());
            default -> JsonLinesWriter.writeToString(ExampleCommunities.liwan2026());
        };
        if (Boolean.getBoolean("yanxun.updateExamples")) {
            Files.writeString(path, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(path, StandardCharsets.UTF_8))
                .as("%s is stale: run ./mvnw test -Dtest=ExampleFilesTest -Dyanxun.updateExamples=true", path)
                .isEqualTo(expected);
        Dataset built = which.equals("qiyingen") ? ExampleCommunities.qiyingen() : ExampleCommunities.liwan2026();
        Function<Path, ReadResult<Dataset>> reader = file.endsWith(".jsonl")
                ? JsonLinesReader.create()::readDataset
                : DatasetReader.create()::read;
        assertThat(reader.apply(path).orElseThrow()).isEqualTo(built);
        if (!file.endsWith(".jsonl")) {
            assertThat(BundledSchemas.validate("dataset", expected)).isEmpty();
        }
    }

    @Test
    void examplePolicyFile_isTheSampleDistrictPolicyAndValidAgainstTheSchema() throws IOException {
        Path path = Path.of("examples", "sample-district-2027.policy.json");
        Policy policy = CustomDistrictPolicy.policy();
        String expected = PolicyWriter.pretty().writeToString(policy);
        if (Boolean.getBoolean("yanxun.updateExamples")) {
            Files.writeString(path, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(path, StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(PolicyReader.create().read(path).orElseThrow()).isEqualTo(policy);
        assertThat(BundledSchemas.validate("policy", expected)).isEmpty();
    }
}
