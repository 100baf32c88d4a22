package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yanxun.HonourKind;
import org.yanxun.InvalidValueException;
import org.yanxun.policy.Policy;
import org.yanxun.policy.Presets;
import org.yanxun.policy.Severity;
import org.yanxun.rules.RuleEngine;

/** The policy document: every preset round-trips, output is deterministic, problems point at fields. */
class PolicyDocumentTest {

    @TempDir
    Path dir;

    static List<Policy> presets() {
        return Presets.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void writeThenRead_preset_isEqual(Policy preset) {
        String json = PolicyWriter.compact().writeToString(preset);

        assertThat(PolicyReader.create().read(json).orElseThrow()).isEqualTo(preset);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void write_prettyAndCompact_readTheSame(Policy preset) {
        String pretty = PolicyWriter.pretty().writeToString(preset);

        assertThat(PolicyReader.create().read(new StringReader(pretty)).orElseThrow()).isEqualTo(preset);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void write_twice_sameBytes(Policy preset) {
        assertThat(PolicyWriter.compact().writeToString(preset))
                .isEqualTo(PolicyWriter.compact().writeToString(PolicyReader.create()
                        .read(PolicyWriter.compact().writeToString(preset)).orElseThrow()));
    }

    @Test
    void read_fileAndStream_readTheSame() {
        Policy preset = Presets.guangzhouLiwan2026();
        Path file = dir.resolve("policy.json");
        PolicyWriter.pretty().write(preset, file);
        byte[] bytes = PolicyWriter.compact().writeToString(preset).getBytes(StandardCharsets.UTF_8);

        assertThat(PolicyReader.create().read(file).orElseThrow()).isEqualTo(preset);
        assertThat(PolicyReader.create().read(new ByteArrayInputStream(bytes)).orElseThrow()).isEqualTo(preset);
    }

    @Test
    void write_startsWithVersionAndKind_andNamesHostCriteriaByKind() {
        String json = PolicyWriter.compact().writeToString(Presets.guangzhouLiwan2026());

        assertThat(json).startsWith("{\"schemaVersion\":\"1.0\",\"kind\":\"policy\",\"id\":\"guangzhou-liwan-2026\"");
        assertThat(json).contains("{\"kind\":\"titleAtLeast\",\"title\":\"")
                .doesNotContain("org.yanxun").doesNotContain("null");
    }

    @Test
    void write_emptyOptional_isOmitted() {
        Policy policy = Presets.guangzhouLiwan2026().withId("open-ended").withEffectiveUntil(Optional.empty());
        assertThat(PolicyWriter.compact().writeToString(policy)).doesNotContain("effectiveUntil");
    }

    @Test
    void write_policyWithProblem_throwsNamingTheFieldAndWritesNothing() {
        Policy preset = Presets.guangzhouLiwan2026();
        Policy bad = preset.withAlliances(preset.alliances().withPlanYears(0));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> PolicyWriter.compact().write(bad, out))
                .withMessageContaining("alliances.planYears").withMessageContaining("was 0")
                .satisfies(e -> assertThat(e.zh()).contains("alliances.planYears"));
        assertThat(out.size()).isZero();
    }

    @Test
    void write_presetsIdOnOtherLimits_throwsAskingForAnIdOfItsOwnAndWritesNothing() {
        Policy preset = Presets.guangzhouLiwan2026();
        Policy derived = preset.withClusters(preset.clusters().withPlanCountTolerance(2));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> PolicyWriter.compact().write(derived, out))
                .withMessageContaining("the id 'guangzhou-liwan-2026' is that of a built-in preset")
                .withMessageContaining("withId")
                .satisfies(e -> assertThat(e.zh()).contains("请给这份政策一个自己的 id"));
        assertThat(out.size()).isZero();
        assertThat(PolicyWriter.compact().writeToString(derived.withId("liwan-tolerant"))).contains("liwan-tolerant");
    }

    @Test
    void read_presetsIdOnOtherLimits_reportsItAtTheId() {
        String written = PolicyWriter.pretty().writeToString(Presets.guangzhouLiwan2026());
        String json = written.replaceFirst("\"planCountTolerance\" : 0", "\"planCountTolerance\" : 2");
        assertThat(json).isNotEqualTo(written);

        ReadResult<Policy> result = PolicyReader.create().read(json);

        assertThat(result.value()).isEmpty();
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(ReadErrorCode.JSON_VALUE);
            assertThat(e.pointer()).isEqualTo("/id");
            assertThat(e.line()).isEqualTo(lineOf(json, "\"id\""));
            assertThat(e.en()).isEqualTo("the id 'guangzhou-liwan-2026' is that of a built-in preset, which this "
                    + "policy differs from, so its report would name the preset: give the policy an id of its own");
        });
        assertThat(PolicyReader.create().read(json.replace("\"guangzhou-liwan-2026\"", "\"liwan-tolerant\""))
                .errors()).isEmpty();
    }

    @Test
    void read_policyWithProblem_reportsItAtTheField() {
        String written = PolicyWriter.pretty().writeToString(Presets.guangzhouLiwan2026());
        String json = written.replaceFirst("\"planYears\" : \\d+", "\"planYears\" : 0");
        assertThat(json).isNotEqualTo(written);

        ReadResult<Policy> result = PolicyReader.create().read(json);

        assertThat(result.value()).isEmpty();
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(ReadErrorCode.JSON_VALUE);
            assertThat(e.pointer()).isEqualTo("/alliances/planYears");
            assertThat(e.line()).isEqualTo(lineOf(json, "\"planYears\""));
            assertThat(e.en()).contains("was 0");
        });
    }

    @Test
    void read_hostCriterionGivenTwice_reportsTheSecondCopyAtItsElement() {
        String written = PolicyWriter.compact().writeToString(Presets.guangzhouLiwan2026());
        int from = written.indexOf("\"hostCriteria\":[") + "\"hostCriteria\":[".length();
        String first = written.substring(from, written.indexOf('}', from) + 1);
        String json = written.substring(0, from) + first + "," + written.substring(from);
        String type = written.substring(written.lastIndexOf("\"code\":\"", from) + 8).split("\"", 2)[0];

        ReadResult<Policy> result = PolicyReader.create().read(json);

        assertThat(result.value()).isEmpty();
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(ReadErrorCode.JSON_VALUE);
            assertThat(e.pointer()).isEqualTo("/studios/types/" + type + "/hostCriteria/1");
            assertThat(e.en()).startsWith("repeats an earlier host criterion (");
            assertThat(e.zh()).startsWith("与前面一项主持人条件重复（");
        });
    }

    @Test
    void read_titleCriterionWithEmptyStagesBesideItselfWithout_isGivenTwice() {
        String written = PolicyWriter.compact().writeToString(Presets.guangzhouLiwan2026());
        String criterion = "{\"kind\":\"titleAtLeast\",\"title\":\"PROFESSOR\"}";
        int at = written.indexOf(criterion);
        assertThat(at).isPositive();
        String json = written.substring(0, at) + "{\"kind\":\"titleAtLeast\",\"title\":\"PROFESSOR\",\"stages\":[]},"
                + written.substring(at);

        ReadResult<Policy> result = PolicyReader.create().read(json);

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(ReadErrorCode.JSON_VALUE);
            assertThat(e.pointer()).endsWith("/hostCriteria/1");
            assertThat(e.en()).startsWith("repeats an earlier host criterion (");
        });
    }

    @Test
    void read_badDisabledRule_pointsAtItsElement() {
        ReadResult<Policy> result = PolicyReader.create().read(withDisabledRules("\"A_RULE\",\"bad code\""));

        assertThat(result.errors()).extracting(ReadError::pointer).containsExactly("/disabledRules/1");
    }

    @Test
    void read_badDisabledRuleInAnUnsortedArray_pointsAtItsElementInTheDocument() {
        String json = PolicyWriter.compact().writeToString(Presets.guangzhouLiwan2026())
                .replace("\"disabledRules\":[]", "\"disabledRules\":[\"STUDIO_HOST_COUNT\",\"${7*7}\",\"A_RULE\"]");

        ReadResult<Policy> result = PolicyReader.create().read(json);

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.pointer()).isEqualTo("/disabledRules/1");
            assertThat(e.en()).contains("${7*7}");
        });
    }

    @Test
    void read_withRuleCodes_reportsACodeNoRuleHasAtItsKeyAndElement() {
        String json = PolicyWriter.pretty().writeToString(Presets.guangzhouLiwan2026().withId("mine")
                .withSeverities(new TreeMap<>(Map.of("STUDIO_HOST_COUNTS", Severity.INFO, "SESSION_ROTATION",
                        Severity.INFO))))
                .replace("\"disabledRules\" : [ ]", "\"disabledRules\" : [ \"STUDIO_NAME_CONVENTION\", \"NAME_RULE\" ]");

        ReadResult<Policy> result = PolicyReader.create().withRuleCodes(RuleEngine.builtInCodes()).read(json);

        assertThat(result.value()).isEmpty();
        assertThat(result.errors()).extracting(ReadError::code, ReadError::pointer, ReadError::line, ReadError::en)
                .containsExactly(
                        tuple(ReadErrorCode.JSON_VALUE, "/severities/STUDIO_HOST_COUNTS",
                                lineOf(json, "\"STUDIO_HOST_COUNTS\""), "no rule has the code 'STUDIO_HOST_COUNTS'"),
                        tuple(ReadErrorCode.JSON_VALUE, "/disabledRules/1", lineOf(json, "\"NAME_RULE\""),
                                "no rule has the code 'NAME_RULE'"));
    }

    @Test
    void read_withRuleCodes_everyCodeARule_readsThePolicy() {
        Policy policy = Presets.guangzhouLiwan2026().withId("mine")
                .withSeverities(new TreeMap<>(Map.of("SESSION_ROTATION", Severity.INFO)))
                .withDisabledRules(new TreeSet<>(List.of("STUDIO_NAME_CONVENTION")));

        assertThat(PolicyReader.create().withRuleCodes(RuleEngine.builtInCodes())
                .read(PolicyWriter.compact().writeToString(policy)).value()).contains(policy);
    }

    @Test
    void withLimits_keepsTheRuleCodes_andWithRuleCodesKeepsTheLimits() {
        String json = PolicyWriter.compact().writeToString(Presets.guangzhouLiwan2026().withId("mine")
                .withDisabledRules(new TreeSet<>(List.of("MY_OWN_RULE"))));
        JsonLimits small = JsonLimits.defaults().withMaxDocumentBytes(json.length() - 1);

        assertThat(PolicyReader.create().withRuleCodes(RuleEngine.builtInCodes()).withLimits(JsonLimits.defaults())
                .read(json).errors()).extracting(ReadError::en).containsExactly("no rule has the code 'MY_OWN_RULE'");
        assertThat(PolicyReader.create().withLimits(small).withRuleCodes(RuleEngine.builtInCodes()).read(json).errors())
                .extracting(ReadError::code).containsExactly(ReadErrorCode.JSON_LIMIT);
    }

    @Test
    void read_withoutRuleCodes_readsACodeNoRuleHas() {
        Policy policy = Presets.guangzhouLiwan2026().withId("mine")
                .withDisabledRules(new TreeSet<>(List.of("MY_OWN_RULE")));

        assertThat(PolicyReader.create().read(PolicyWriter.compact().writeToString(policy)).value()).contains(policy);
    }

    @Test
    void read_withRuleCodes_malformedCode_isReportedOnceAsMalformed() {
        assertThat(PolicyReader.create().withRuleCodes(RuleEngine.builtInCodes())
                .read(withDisabledRules("\"bad code\"")).errors()).singleElement()
                .satisfies(e -> assertThat(e.en()).startsWith("rule code must be 1 to 64 upper-case"));
    }

    /** The Liwan preset as a document whose {@code disabledRules} are the given JSON array items. */
    private static String withDisabledRules(String items) {
        String written = PolicyWriter.compact().writeToString(Presets.guangzhouLiwan2026());
        assertThat(written).contains("\"disabledRules\":[]");
        return written.replace("\"disabledRules\":[]", "\"disabledRules\":[" + items + "]");
    }

    @Test
    void read_manyBadDisabledRules_stopsAtTheErrorLimit() {
        String codes = IntStream.range(0, 20_000).mapToObj(i -> "\"r" + i + "\"").collect(Collectors.joining(","));
        String json = PolicyWriter.compact().writeToString(Presets.guangzhouLiwan2026())
                .replace("\"disabledRules\":[]", "\"disabledRules\":[" + codes + "]");

        ReadResult<Policy> result = PolicyReader.create().withLimits(JsonLimits.defaults().withMaxErrors(50)).read(json);

        assertThat(result.errors()).hasSize(51);
        ReadError firstLeftOut = PolicyReader.create().withLimits(JsonLimits.defaults().withMaxErrors(100)).read(json)
                .errors().get(50);
        assertThat(result.errors().get(0).pointer()).startsWith("/disabledRules/");
        assertThat(result.errors().get(50)).satisfies(limit -> {
            assertThat(limit.code()).isEqualTo(ReadErrorCode.JSON_LIMIT);
            assertThat(limit.en()).isEqualTo("too many errors: reading stopped after 50");
            assertThat(limit.pointer()).isEqualTo(firstLeftOut.pointer()).startsWith("/disabledRules/");
            assertThat(limit.column()).isEqualTo(firstLeftOut.column()).isPositive();
        });
    }

    @Test
    void read_unknownHonourKindKey_isEnumAtTheKeyNamingEveryKind() {
        String json = PolicyWriter.compact().writeToString(Presets.guangzhouLiwan2026())
                .replace("\"honourRungs\":{", "\"honourRungs\":{\"MADE_UP\":3,");

        assertThat(PolicyReader.create().read(json).errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(ReadErrorCode.JSON_ENUM);
            assertThat(e.pointer()).isEqualTo("/studios/honourRungs/MADE_UP");
            assertThat(e.en()).isEqualTo("code 'MADE_UP' is not one of the honour kind codes: "
                    + Scalars.codesOf(HonourKind.class));
            assertThat(e.zh()).isEqualTo("代码“MADE_UP”不是荣誉类别的取值之一：" + Scalars.codesOf(HonourKind.class));
        });
    }

    @Test
    void read_unknownHostCriterionKind_isEnum() {
        String json = PolicyWriter.compact().writeToString(Presets.guangzhouLiwan2026())
                .replaceFirst("\"titleAtLeast\"", "\"org.yanxun.policy.HostCriterion\\$TitleAtLeast\"");

        assertThat(PolicyReader.create().read(json).errors()).extracting(ReadError::code)
                .containsExactly(ReadErrorCode.JSON_ENUM);
    }

    @Test
    void read_hostCriterionWithForeignProperty_isUnknownProperty() {
        String json = PolicyWriter.compact().writeToString(Presets.guangzhouLiwan2026())
                .replaceFirst("\"kind\":\"titleAtLeast\",", "\"kind\":\"titleAtLeast\",\"post\":\"PRINCIPAL\",");

        assertThat(PolicyReader.create().read(json).errors()).extracting(ReadError::code)
                .containsExactly(ReadErrorCode.JSON_UNKNOWN_PROPERTY);
    }

    @Test
    void read_parserStoppedInTheValueOfAProperty_isAtThatProperty() {
        String json = PolicyWriter.compact().writeToString(Presets.guangzhouLiwan2026());
        String badKind = json.replaceFirst("\"kind\":\"titleAtLeast\"", "\"kind\":nul");
        String longNumber = json.replaceFirst("\"cycleYears\":\\d+", "\"cycleYears\":1" + "0".repeat(100));

        assertThat(PolicyReader.create().read(badKind).errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(ReadErrorCode.JSON_SYNTAX);
            assertThat(e.pointer()).matches("/studios/types/[A-Z_]+/hostCriteria/\\d+/kind");
            assertThat(e.column()).isEqualTo(badKind.indexOf("nul") + 1);
        });
        assertThat(PolicyReader.create().read(new ByteArrayInputStream(longNumber.getBytes(StandardCharsets.UTF_8)))
                .errors()).singleElement().satisfies(e -> {
                    assertThat(e.code()).isEqualTo(ReadErrorCode.JSON_LIMIT);
                    assertThat(e.pointer()).matches("/studios/types/[A-Z_]+/cycleYears");
                    assertThat(e.column()).isEqualTo(longNumber.substring(0, longNumber.indexOf("\"cycleYears\":1"))
                            .getBytes(StandardCharsets.UTF_8).length + "\"cycleYears\":".length() + 1);
                });
    }

    @Test
    void read_extensionProperty_isIgnored() {
        Policy preset = Presets.chengyuQiyingen2023();
        String json = PolicyWriter.compact().writeToString(preset).replaceFirst("\\{", "{\"x-note\":[1,2],");

        assertThat(PolicyReader.create().read(json).orElseThrow()).isEqualTo(preset);
    }

    @Test
    void read_datasetDocument_isWrongKind() {
        assertThat(PolicyReader.create().read("{\"schemaVersion\":\"1.0\",\"kind\":\"dataset\"}").errors())
                .extracting(ReadError::code).contains(ReadErrorCode.JSON_VALUE);
    }

    private static long lineOf(String text, String part) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(part)) {
                return i + 1;
            }
        }
        throw new AssertionError(part);
    }
}
