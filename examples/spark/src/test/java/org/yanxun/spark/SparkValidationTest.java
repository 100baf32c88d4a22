package org.yanxun.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yanxun.json.JsonLinesReport;
import org.yanxun.json.JsonLinesValidation;
import org.yanxun.policy.Policy;
import org.yanxun.policy.Presets;
import org.yanxun.rules.RuleEngine;
import org.yanxun.scale.NationalData;
import org.yanxun.scale.NationalManifest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spark and the in-process engine report exactly the same findings on a generated national-scale
 * file, and both report exactly the faults the generator injected.
 */
class SparkValidationTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @TempDir
    static Path dir;

    private static SparkSession spark;
    private static Path file;
    private static NationalManifest manifest;

    @BeforeAll
    static void setUp() {
        file = dir.resolve("national.jsonl");
        manifest = NationalData.of(2_000, 0.001, 11).write(file);
        spark = SparkSession.builder().appName("yanxun-test").master("local[2]")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
    }

    @AfterAll
    static void tearDown() {
        spark.stop();
    }

    private static Map<String, Long> countsByCode(List<String> findings) {
        Map<String, Long> counts = new TreeMap<>();
        findings.forEach(json -> counts.merge(MAPPER.readTree(json).get("code").asString(), 1L, Long::sum));
        return counts;
    }

    @Test
    void findings_nationalFile_sameAsInProcessAndAsInjected() {
        SparkValidation.Validation validation = SparkValidation.validate(spark, file.toString(), manifest.asOf(),
                NationalData.POLICY);
        List<String> distributed = validation.findings().collect().stream().sorted().toList();
        JsonLinesReport local = JsonLinesValidation.of(RuleEngine.of(NationalData.POLICY))
                .validate(file, manifest.asOf());
        List<String> inProcess = local.report().findings().stream().map(FindingJson::of).sorted().toList();

        assertThat(local.readErrors()).isEmpty();
        assertThat(validation.readErrors().collect()).isEmpty();
        assertThat(distributed).isEqualTo(inProcess);
        assertThat(countsByCode(distributed)).isEqualTo(manifest.expectedSorted());
        assertThat(countsByCode(inProcess)).isEqualTo(manifest.expectedSorted());
    }

    @Test
    void validate_customTypesUnreadableLinesAndReferenceLinesSpacedOrEscaped_sameAsInProcess() throws IOException {
        String type = "{\"type\":\"studioType\",\"studioType\":{\"code\":\"COUNTY_BACKBONE\",\"form\":\"STUDIO\","
                + "\"rung\":2,\"zh\":\"县级骨干教师工作室\",\"en\":\"county backbone studio\"}}";
        String studio = Files.readAllLines(file).stream().filter(line -> line.startsWith("{\"type\":\"studio\","))
                .findFirst().orElseThrow();
        String custom = studio.replaceFirst("\"studio\":\\{\"id\":\"([^\"]+)\"", "\"studio\":{\"id\":\"$1-custom\"")
                .replaceFirst("\"type\":\"[A-Z_]+\",\"level\"", "\"type\":\"COUNTY_BACKBONE\",\"level\"");
        assertThat(custom).contains("-custom\"", "COUNTY_BACKBONE");
        // Reference data written as a reader takes it but as this library does not write it: spaced, escaped.
        String spacedType = type.replace("{\"type\":\"studioType\",", "{ \"type\" : \"studioType\" ,");
        List<String> lines = new ArrayList<>(List.of(custom, spacedType, custom.replace("-custom\"", "-custom-2\"")));
        lines.addAll(Files.readAllLines(file).stream()
                .map(line -> line.replace("{\"type\":\"institution\",", "{\"type\":\"\\u0069nstitution\",")
                        .replace("{\"type\":\"alliance\",", "{\"type\" :\"alliance\",")).toList());
        assertThat(lines).anyMatch(line -> line.startsWith("{\"type\":\"\\u0069nstitution\","))
                .anyMatch(line -> line.startsWith("{\"type\" :\"alliance\","));
        lines.add("{\"type\":\"person\",");
        lines.add(type.replace("\"STUDIO\"", "\"WORKSHOP\""));
        lines.add(type);
        Path edited = dir.resolve("edited.jsonl");
        Files.write(edited, lines);

        SparkValidation.Validation validation = SparkValidation.validate(spark, edited.toString(), manifest.asOf(),
                Presets.guangzhouLiwan2026());
        JsonLinesReport local = JsonLinesValidation.of(RuleEngine.of(Presets.guangzhouLiwan2026()))
                .validate(edited, manifest.asOf());

        List<String> readErrors = local.readErrors().stream().map(FindingJson::of).sorted().toList();
        assertThat(readErrors).hasSize(4).anyMatch(e -> e.contains("\"line\":1,"))
                .anyMatch(e -> e.contains("\"line\":" + lines.size() + ",") && e.contains("studio type defined twice"));
        assertThat(validation.readErrors().collect().stream().sorted().toList()).isEqualTo(readErrors);
        assertThat(validation.findings().collect().stream().sorted().toList())
                .isEqualTo(local.report().findings().stream().map(FindingJson::of).sorted().toList())
                .anyMatch(f -> f.contains("\"line\":3,"));
    }

    @Test
    void validate_policyTheEngineRefuses_failsOnTheDriverBeforeAnyJob() {
        Policy refused = Presets.guangzhouLiwan2026().withDisabledRules(new TreeSet<>(Set.of("NO_SUCH_RULE")));
        long jobs = spark.sparkContext().statusTracker().getJobIdsForGroup(null).length;

        assertThatThrownBy(() -> SparkValidation.validate(spark, file.toString(), manifest.asOf(), refused))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NO_SUCH_RULE");
        assertThat(spark.sparkContext().statusTracker().getJobIdsForGroup(null)).hasSize((int) jobs);
    }

    @Test
    void validate_asOfBeyondTheYear9999_failsOnTheDriverBeforeAnyJob() {
        // Each executor's RuleContext refuses such a date; the driver should say so before a job runs.
        long jobs = spark.sparkContext().statusTracker().getJobIdsForGroup(null).length;

        assertThatThrownBy(() -> SparkValidation.validate(spark, file.toString(), LocalDate.of(10_000, 1, 1),
                Presets.guangzhouLiwan2026()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("asOf must be in the years 0000 to 9999");
        assertThat(spark.sparkContext().statusTracker().getJobIdsForGroup(null)).hasSize((int) jobs);
    }
}
