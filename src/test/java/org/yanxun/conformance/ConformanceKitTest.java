package org.yanxun.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yanxun.Dataset;
import org.yanxun.json.DatasetReader;
import org.yanxun.json.PolicyWriter;
import org.yanxun.json.ReadResult;
import org.yanxun.json.SafeJson;
import org.yanxun.policy.Presets;
import org.yanxun.rules.RuleEngine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs the conformance kit in {@code docs/conformance} against this library: every case of the
 * manifest must produce exactly the findings or read errors it lists. Run with
 * {@code -Dyanxun.updateConformance=true} to regenerate the kit from {@link ConformanceCases}.
 */
class ConformanceKitTest {

    private static final Path KIT = Path.of("docs", "conformance");
    private static final JsonMapper JSON = SafeJson.mapper();

    static Stream<JsonNode> cases() {
        return stream(manifest().get("cases"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void kitCase_producesExactlyWhatTheManifestLists(JsonNode kase) throws IOException {
        String document = Files.readString(KIT.resolve(kase.get("document").asString()), StandardCharsets.UTF_8);

        assertThat(actual(document, kase.get("policy").asString(), LocalDate.parse(kase.get("asOf").asString())))
                .isEqualTo(kase.get("expected"));
    }

    @Test
    void kit_isUpToDateWithTheCases() throws IOException {
        List<ConformanceCases.Case> all = new ArrayList<>();
        ArrayNode cases = JSON.createArrayNode();
        add(cases, all, "valid", ConformanceCases.valid());
        add(cases, all, "invalid", ConformanceCases.invalid());
        add(cases, all, "unreadable", ConformanceCases.unreadable());
        ObjectNode manifest = JSON.createObjectNode().put("schemaVersion", "1.0").put("kind", "conformance-manifest");
        manifest.set("cases", cases);
        String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(manifest) + "\n";
        if (Boolean.getBoolean("yanxun.updateConformance")) {
            for (JsonNode kase : stream(cases).toList()) {
                Path file = KIT.resolve(kase.get("document").asString());
                Files.createDirectories(file.getParent());
                Files.writeString(file, all.stream().filter(c -> c.id().equals(kase.get("id").asString()))
                        .findFirst().orElseThrow().document(), StandardCharsets.UTF_8);
            }
            Files.writeString(KIT.resolve("manifest.json"), text, StandardCharsets.UTF_8);
            for (ConformanceCases.Case kase : all) {
                Path file = KIT.resolve(policyDocument(kase.policy()));
                Files.createDirectories(file.getParent());
                Files.writeString(file, presetDocument(kase.policy()), StandardCharsets.UTF_8);
            }
        }
        assertThat(Files.readString(KIT.resolve("manifest.json"), StandardCharsets.UTF_8))
                .as("the kit is stale: run ./mvnw test -Dtest=ConformanceKitTest -Dyanxun.updateConformance=true")
                .isEqualTo(text);
        for (ConformanceCases.Case kase : all) {
            String folder = folderOf(cases, kase.id());
            assertThat(Files.readString(KIT.resolve(folder), StandardCharsets.UTF_8)).isEqualTo(kase.document());
            assertThat(Files.readString(KIT.resolve(policyDocument(kase.policy())), StandardCharsets.UTF_8))
                    .isEqualTo(presetDocument(kase.policy()));
        }
    }

    /** The built-in codes no case can expect, as the kit's README explains: the kit's presets never fire them. */
    private static final Set<String> UNCOVERABLE = Set.of("STUDIO_ONLINE_TRAINEES", "RESOURCE_KIND");

    @Test
    void kit_expectsEveryBuiltInCodeItsPresetsCanFire() throws IOException {
        Set<String> expected = new TreeSet<>();
        stream(manifest().get("cases")).forEach(kase -> {
            JsonNode findings = kase.get("expected").get("findings");
            if (findings != null) {
                findings.forEach(f -> expected.add(f.get("code").asString()));
            }
        });
        Set<String> coverable = new TreeSet<>(RuleEngine.builtInCodes());
        coverable.removeAll(UNCOVERABLE);

        assertThat(expected).isEqualTo(coverable);
        assertThat(Files.readString(KIT.resolve("README.md"), StandardCharsets.UTF_8).replaceAll("\\s+", " "))
                .contains("hold " + expected.size() + " of the " + RuleEngine.builtInCodes().size() + " rule codes");
    }

    /** Where the kit holds a preset as a policy document, for implementations that cannot run this library. */
    private static String policyDocument(String preset) {
        return "policies/" + preset + ".policy.json";
    }

    private static String presetDocument(String preset) {
        return PolicyWriter.pretty().writeToString(Presets.byId(preset).orElseThrow()) + "\n";
    }

    private static void add(ArrayNode cases, List<ConformanceCases.Case> all, String kind,
            List<ConformanceCases.Case> some) {
        for (ConformanceCases.Case kase : some) {
            ObjectNode node = cases.addObject().put("id", kase.id()).put("kind", kind)
                    .put("description", kase.description())
                    .put("document", kind + "/" + kase.id() + ".json").put("form", "dataset")
                    .put("policy", kase.policy()).put("policyDocument", policyDocument(kase.policy()))
                    .put("asOf", kase.asOf().toString());
            node.set("expected", actual(kase.document(), kase.policy(), kase.asOf()));
            all.add(kase);
        }
    }

    private static String folderOf(ArrayNode cases, String id) {
        return stream(cases).filter(c -> c.get("id").asString().equals(id)).findFirst().orElseThrow()
                .get("document").asString();
    }

    /** What this library says of a document: its read errors, or its findings. */
    private static ObjectNode actual(String document, String policy, LocalDate asOf) {
        ObjectNode expected = JSON.createObjectNode();
        ReadResult<Dataset> read = DatasetReader.create().read(document);
        if (!read.isSuccessful()) {
            ArrayNode errors = expected.putArray("readErrors");
            read.errors().forEach(e -> errors.addObject().put("code", e.code().name()).put("pointer", e.pointer()));
            return expected;
        }
        ArrayNode findings = expected.putArray("findings");
        RuleEngine.of(Presets.byId(policy).orElseThrow()).validate(read.value().orElseThrow(), asOf).findings()
                .forEach(f -> findings.addObject().put("code", f.code()).put("severity", f.severity().name())
                        .put("pointer", f.pointer()));
        return expected;
    }

    private static JsonNode manifest() {
        try {
            return JSON.readTree(Files.readString(KIT.resolve("manifest.json"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes.stream();
    }
}
