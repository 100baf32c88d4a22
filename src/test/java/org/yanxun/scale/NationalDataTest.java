package org.yanxun.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yanxun.json.JsonLinesReport;
import org.yanxun.json.JsonLinesValidation;
import org.yanxun.json.PolicyReader;
import org.yanxun.json.SafeJson;
import org.yanxun.policy.Presets;
import org.yanxun.rules.Finding;
import org.yanxun.rules.RuleEngine;
import org.yanxun.rules.catalogue.Catalogue;
import tools.jackson.databind.JsonNode;

class NationalDataTest {

    @TempDir
    Path dir;

    private static Map<String, Long> counts(JsonLinesReport result) {
        Map<String, Long> counts = new TreeMap<>();
        for (Finding finding : result.report().findings()) {
            counts.merge(finding.code(), 1L, Long::sum);
        }
        return counts;
    }

    private static JsonLinesReport validate(Path file) {
        return JsonLinesValidation.of(RuleEngine.of(NationalData.POLICY)).validate(file, NationalData.AS_OF);
    }

    @Test
    void write_smallSet_reportsExactlyTheInjectedFaults() {
        Path file = dir.resolve("national.jsonl");
        NationalManifest manifest = NationalData.of(400, 0.001, 7).write(file);

        JsonLinesReport result = validate(file);

        assertThat(result.readErrors()).isEmpty();
        assertThat(result.lines()).isEqualTo(manifest.lines());
        assertThat(counts(result)).isEqualTo(manifest.expectedSorted());
        assertThat(NationalManifest.read(NationalManifest.pathOf(file))).isEqualTo(manifest);
    }

    @Test
    void write_underThePresetThePolicyDerivesFrom_reportsAllButTheTwoCodesItsValuesEnable() {
        Path file = dir.resolve("national.jsonl");
        NationalManifest manifest = NationalData.of(400, 0.001, 7).write(file);
        Map<String, Long> expected = new TreeMap<>(manifest.expected());
        expected.keySet().removeAll(Set.of("STUDIO_ONLINE_TRAINEES", "RESOURCE_KIND"));

        JsonLinesReport result = JsonLinesValidation.of(RuleEngine.of(Presets.guangzhouLiwan2026()))
                .validate(file, NationalData.AS_OF);

        assertThat(counts(result)).isEqualTo(expected);
    }

    @Test
    void write_policyFileBesideTheData_readsBackAsThePolicy() {
        Path file = dir.resolve("national.jsonl");
        NationalData.of(200, 0.001, 3).write(file);

        assertThat(PolicyReader.create().read(dir.resolve("national.policy.json")).orElseThrow())
                .isEqualTo(NationalData.POLICY);
    }

    @Test
    void of_tooFewPairsForEveryStudioCode_isRefused() {
        assertThatThrownBy(() -> NationalData.of(40, 0.001, 7)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 42");
        assertThat(NationalData.of(42, 0.001, 7).expected()).containsEntry("STUDIO_ONLINE_TRAINEES", 1L);
    }

    @Test
    void of_lastClusterTooSmallToCoverEveryStage_isRefused() {
        assertThatThrownBy(() -> NationalData.of(502, 0.001, 7)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fewer than 8");
    }

    @Test
    void write_twoClusters_theSecondOfEightStudios_reportsExactlyTheInjectedFaultsOfClustersToo() throws IOException {
        Path file = dir.resolve("national.jsonl");
        NationalManifest manifest = NationalData.of(508, 0.001, 7).write(file);

        JsonLinesReport result = validate(file);

        assertThat(manifest.expected()).containsEntry("CLUSTER_STAGE_COVERAGE", 1L)
                .containsEntry("CLUSTER_PLAN_COUNTS", 1L);
        assertThat(counts(result)).isEqualTo(manifest.expectedSorted());
        // Every code fires here: each finding points at a node of its own line, as in a whole document.
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(result.report().findings()).allSatisfy(finding -> {
            assertThat(finding.location().line()).as(finding.toString()).isPresent();
            JsonNode record = SafeJson.mapper().readTree(lines.get((int) finding.location().line().getAsLong() - 1));
            assertThat(record.at(finding.pointer()).isMissingNode()).as(finding.toString()).isFalse();
        });
    }

    @Test
    void faultPlan_injectsEveryCodeOfTheCatalogueOnce() {
        Set<String> catalogue = Catalogue.rules().stream().map(rule -> rule.info().code()).collect(Collectors.toSet());

        List<String> injected = Stream.of(FaultPlan.PAIR_CODES, FaultPlan.ALLIANCE_CODES, FaultPlan.UMBRELLA_CODES,
                FaultPlan.CLUSTER_CODES).flatMap(List::stream).toList();
        assertThat(injected).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(catalogue);
    }

    @Test
    void write_sameSeed_writesTheSameManifest() {
        NationalManifest first = NationalData.of(200, 0.001, 3).write(dir.resolve("a.jsonl"));
        NationalManifest second = NationalData.of(200, 0.001, 3).write(dir.resolve("b.jsonl"));

        assertThat(first).isEqualTo(second);
        assertThat(first.persons()).isGreaterThan(200 * 9);
    }
}
