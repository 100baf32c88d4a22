package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yanxun.json.SchemaAgreementTest.mutate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yanxun.examples.ExampleCommunities;
import org.yanxun.policy.Presets;
import org.yanxun.policy.Severity;
import org.yanxun.rules.Dimensions;
import org.yanxun.rules.Finding;
import org.yanxun.rules.Location;
import org.yanxun.rules.Report;
import org.yanxun.rules.RuleEngine;
import org.yanxun.rules.catalogue.Mutations;
import tools.jackson.databind.JsonNode;

/** The report document and the RFC 9457 problem documents. */
class ReportDocumentTest {

    /** A report of every severity: the 綦营恩 data without its first session's expert, under its preset. */
    private static final Report QIYINGEN = RuleEngine.of(Presets.chengyuQiyingen2023())
            .validate(Mutations.qiyingenWithoutFirstExpert(), ExampleCommunities.QIYINGEN_AS_OF);

    /** The Qiyingen report with one ERROR added. */
    private static final Report FAILED = Report.of(QIYINGEN.policyId(), QIYINGEN.asOf(),
            Stream.concat(QIYINGEN.findings().stream(), Stream.of(new Finding("SESSION_HOST_UNIT", Severity.ERROR,
                    Location.of("/alliances/0/sessions/0/hosts"), "承办单位不是联盟成员", "a host unit is not a member",
                    QIYINGEN.policyId()))).toList());

    private static JsonLinesReport linesWithErrors() {
        String text = JsonLinesWriter.writeToString(Mutations.qiyingenWithoutFirstExpert()) + "not json\n";
        return JsonLinesValidation.of(RuleEngine.of(Presets.chengyuQiyingen2023())).validate(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Dimensions.of(Mutations.QIYINGEN),
                ExampleCommunities.QIYINGEN_AS_OF);
    }

    @Test
    void toString_givesCountsOnly() {
        assertThat(ReportDocument.of(linesWithErrors())).hasToString("ReportDocument[Report["
                + "policy=chengyu-qiyingen-2023, asOf=2025-10-08, ERROR=0, WARNING=1, INFO=2], readErrors=1]");
    }

    @Test
    void writeThenRead_messagesOfTheLongestLength_isEqual() {
        String longest = "长".repeat(Finding.MAX_MESSAGE_LENGTH);
        Report report = Report.of(QIYINGEN.policyId(), QIYINGEN.asOf(), List.of(new Finding("TEST_LONG", Severity.INFO,
                Location.of("/alliances/0"), longest, longest, QIYINGEN.policyId())));

        assertThat(ReportReader.create().read(ReportWriter.compact().writeToString(report)).orElseThrow())
                .isEqualTo(ReportDocument.of(report));
    }

    @Test
    void writeThenRead_report_isEqual() {
        String json = ReportWriter.pretty().writeToString(QIYINGEN);

        assertThat(ReportReader.create().read(json).orElseThrow()).isEqualTo(ReportDocument.of(QIYINGEN));
    }

    @Test
    void writeThenRead_linesReport_keepsLinesAndReadErrors() {
        JsonLinesReport result = linesWithErrors();
        String json = ReportWriter.compact().writeToString(result);

        ReportDocument read = ReportReader.create().read(json).orElseThrow();

        assertThat(read).isEqualTo(ReportDocument.of(result));
        assertThat(read.readErrors()).isNotEmpty();
        assertThat(read.report().findings()).allSatisfy(f -> assertThat(f.location().line()).isPresent());
    }

    @Test
    void read_badInputWithAnUnpairedSurrogate_isQuotedInTheReadErrorAsAnEscape() {
        List<ReadError> errors = DatasetReader.create().read("{\"schemaVersion\":\"1.0\",\"kind\":\"dataset\","
                + "\"persons\":[{\"id\":\"p\",\"name\":\"n\",\"synthetic\":\"a\\ud800\"}]}").errors();

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.en()).isEqualTo("expected a boolean, was the string 'a\\uD800'");
            assertThat(e.zh()).endsWith("“a\\uD800”");
        });
    }

    @Test
    void writeThenRead_readErrorWhoseMessageHoldsAnUnpairedSurrogate_isReadBackAsWritten() {
        ReadError error = new ReadError(ReadErrorCode.JSON_VALUE, "/a", 1, 2, "值 \uD800", "value \uD800");
        ReportDocument document = new ReportDocument(Report.of("p", QIYINGEN.asOf(), List.of()), List.of(error));

        assertThat(ReportReader.create().read(ReportWriter.compact().writeToString(document)).orElseThrow())
                .isEqualTo(document);
    }

    @Test
    void read_file_isTheDocumentWritten(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("report.json"), ReportWriter.pretty().writeToString(QIYINGEN));

        assertThat(ReportReader.create().read(file).orElseThrow()).isEqualTo(ReportDocument.of(QIYINGEN));
    }

    @Test
    void read_withLimits_appliesThem() {
        String json = ReportWriter.compact().writeToString(QIYINGEN);
        ReportReader reader = ReportReader.create().withLimits(JsonLimits.defaults().withMaxDocumentBytes(100));

        assertThat(reader.read(json).errors()).extracting(ReadError::code).containsExactly(ReadErrorCode.JSON_LIMIT);
        assertThat(ReportReader.create().read(json).isSuccessful()).isTrue();
    }

    @Test
    void create_nullReadErrors_throwsNamingThem() {
        assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> new ReportDocument(QIYINGEN, null))
                .withMessage("readErrors");
        assertThatExceptionOfType(NullPointerException.class)
                .isThrownBy(() -> new ReportDocument(QIYINGEN, Arrays.asList((ReadError) null)))
                .withMessage("readErrors must not contain null");
    }

    @Test
    void of_nullLinesReport_throwsNamingIt() {
        assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> ReportDocument.of((JsonLinesReport) null))
                .withMessage("result");
    }

    @Test
    void of_linesReport_keepsItsReadErrors() {
        JsonLinesReport result = linesWithErrors();

        assertThat(ReportDocument.of(result).readErrors()).isEqualTo(result.readErrors()).isNotEmpty();
    }

    @Test
    void write_report_hasTheDocumentedShape() {
        String json = ReportWriter.compact().writeToString(QIYINGEN);

        assertThat(json).startsWith("{\"schemaVersion\":\"1.0\",\"kind\":\"report\",\"policy\":\"chengyu-qiyingen-2023\","
                + "\"asOf\":\"" + ExampleCommunities.QIYINGEN_AS_OF + "\",\"successful\":true,"
                + "\"counts\":{\"ERROR\":0,\"WARNING\":1,\"INFO\":2},\"findings\":[{\"code\":");
        assertThat(json).doesNotContain("readErrors").doesNotContain("\"line\"");
    }

    @Test
    void write_twice_sameBytes() {
        assertThat(ReportWriter.compact().writeToString(QIYINGEN)).isEqualTo(ReportWriter.compact()
                .writeToString(ReportReader.create().read(ReportWriter.compact().writeToString(QIYINGEN)).orElseThrow()));
    }

    @Test
    void written_reports_areValidUnderTheSchema() {
        assertThat(BundledSchemas.validate("report", ReportWriter.compact().writeToString(QIYINGEN))).isEmpty();
        assertThat(BundledSchemas.validate("report", ReportWriter.compact().writeToString(linesWithErrors()))).isEmpty();
    }

    @Test
    void write_linesReportWithReadErrors_isNotSuccessful() {
        JsonLinesReport result = linesWithErrors();
        assertThat(result.report().isSuccessful()).isTrue();

        String json = ReportWriter.compact().writeToString(result);

        assertThat(json).contains("\"successful\":false");
        assertThat(ReportReader.create().read(json).orElseThrow().isSuccessful()).isFalse();
    }

    @Test
    void read_successfulWithReadErrors_isValueError() {
        String json = mutate(ReportWriter.compact().writeToString(linesWithErrors()), "", o -> o.put("successful", true));

        assertThat(ReportReader.create().read(json).errors()).extracting(ReadError::code)
                .containsExactly(ReadErrorCode.JSON_VALUE);
    }

    @Test
    void read_countsThatDisagree_isValueError() {
        String json = mutate(ReportWriter.compact().writeToString(QIYINGEN), "/counts", o -> o.put("WARNING", 5));

        assertThat(ReportReader.create().read(json).errors()).extracting(ReadError::code)
                .containsExactly(ReadErrorCode.JSON_VALUE);
    }

    @Test
    void read_numberOverTheLimitAsACount_isAtThatCountWhereItStarts() {
        String json = ReportWriter.compact().writeToString(QIYINGEN).replaceFirst("\"ERROR\":0",
                "\"ERROR\":1" + "0".repeat(100));

        ReadError error = onlyError(json);

        assertThat(error.code()).isEqualTo(ReadErrorCode.JSON_LIMIT);
        assertThat(error.pointer()).isEqualTo("/counts/ERROR");
        assertThat(error.column()).isEqualTo(json.indexOf("\"ERROR\":1") + "\"ERROR\":".length() + 1);
    }

    private static ReadError onlyError(String json) {
        List<ReadError> errors = ReportReader.create().read(json).errors();
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    @Test
    void read_successfulWithReadErrors_isSaidInBothLanguages() {
        ReadError error = onlyError(mutate(ReportWriter.compact().writeToString(linesWithErrors()), "",
                o -> o.put("successful", true)));

        assertThat(error.zh()).isEqualTo("报告的取值无效：successful 为 true，但 findings 和 readErrors 表明应为 false");
        assertThat(error.en()).isEqualTo("invalid report: successful is true but the findings and read errors say false");
    }

    @Test
    void read_countsThatDisagree_isSaidInBothLanguages() {
        ReadError error = onlyError(mutate(ReportWriter.compact().writeToString(QIYINGEN), "/counts",
                o -> o.put("WARNING", 5)));

        assertThat(error.zh()).isEqualTo("报告的取值无效：counts（ERROR=0、WARNING=5、INFO=2）与 findings 的计数"
                + "（ERROR=0、WARNING=1、INFO=2）不符");
        assertThat(error.en()).isEqualTo("invalid report: counts (ERROR=0, WARNING=5, INFO=2) differ from the counts of "
                + "the findings (ERROR=0, WARNING=1, INFO=2)");
    }

    @Test
    void read_findingsOutOfOrder_isSaidInBothLanguages() {
        ReadError error = onlyError(mutate(ReportWriter.compact().writeToString(QIYINGEN), "", o -> {
            tools.jackson.databind.node.ArrayNode findings = (tools.jackson.databind.node.ArrayNode) o.get("findings");
            findings.add(findings.remove(0));
        }));

        assertThat(error.zh()).isEqualTo("报告的取值无效：findings 须按文档顺序排列：/findings/2 应排在 /findings/1 之前");
        assertThat(error.en()).isEqualTo("invalid report: findings must be in document order: /findings/2 belongs "
                + "before /findings/1");
    }

    @Test
    void read_orderCountsAndSuccessfulAllWrong_namesEveryProblem() {
        ReadError error = onlyError(mutate(ReportWriter.compact().writeToString(QIYINGEN), "", o -> {
            tools.jackson.databind.node.ArrayNode findings = (tools.jackson.databind.node.ArrayNode) o.get("findings");
            findings.add(findings.remove(0));
            ((tools.jackson.databind.node.ObjectNode) o.get("counts")).put("ERROR", 7);
            o.put("successful", false);
        }));

        assertThat(error.pointer()).isEmpty();
        assertThat(error.zh()).isEqualTo("报告的取值无效：findings 须按文档顺序排列：/findings/2 应排在 /findings/1 之前；"
                + "counts（ERROR=7、WARNING=1、INFO=2）与 findings 的计数（ERROR=0、WARNING=1、INFO=2）不符；"
                + "successful 为 false，但 findings 和 readErrors 表明应为 true");
        assertThat(error.en()).isEqualTo("invalid report: findings must be in document order: /findings/2 belongs "
                + "before /findings/1; counts (ERROR=7, WARNING=1, INFO=2) differ from the counts of the findings "
                + "(ERROR=0, WARNING=1, INFO=2); successful is false but the findings and read errors say true");
    }

    @Test
    void read_findingsWithNumericAndOtherNames_onlyTheReportOrderIsRead() {
        Finding nine = new Finding("C", Severity.WARNING, Location.of("/x/9"), "m", "m", "p");
        Finding ten = new Finding("C", Severity.WARNING, Location.of("/x/10"), "m", "m", "p");
        Finding named = new Finding("C", Severity.WARNING, Location.of("/x/1a"), "m", "m", "p");
        Report report = Report.of("p", LocalDate.of(2026, 3, 1), List.of(named, ten, nine));
        String json = ReportWriter.compact().writeToString(report);

        assertThat(report.findings()).containsExactly(nine, ten, named);
        // The other two orders of the three, as indexes into the report's order.
        for (List<Integer> order : List.of(List.of(2, 0, 1), List.of(1, 2, 0))) {
            String listed = mutate(json, "", o -> {
                tools.jackson.databind.node.ArrayNode findings = (tools.jackson.databind.node.ArrayNode) o.get("findings");
                List<JsonNode> written = new ArrayList<>();
                findings.forEach(written::add);
                findings.removeAll();
                order.forEach(i -> findings.add(written.get(i)));
            });
            assertThat(ReportReader.create().read(listed).errors()).as("%s", order).extracting(ReadError::en)
                    .singleElement().asString().contains("findings must be in document order");
        }
        assertThat(ReportReader.create().read(json).orElseThrow().report()).isEqualTo(report);
    }

    @Test
    void read_countsWithoutASeverity_namesIt() {
        ReadError error = onlyError(mutate(ReportWriter.compact().writeToString(QIYINGEN), "/counts",
                o -> o.remove("INFO")));

        assertThat(error.zh()).isEqualTo("报告的取值无效：counts 缺少 INFO 的计数");
        assertThat(error.en()).isEqualTo("invalid report: counts lacks the count of INFO");
    }

    @Test
    void read_findingPointerWithoutASlash_isSaidInBothLanguages() {
        ReadError error = onlyError(mutate(ReportWriter.compact().writeToString(QIYINGEN), "/findings/0",
                o -> o.put("pointer", "alliances/0")));

        assertThat(error.pointer()).isEqualTo("/findings/0");
        assertThat(error.zh()).isEqualTo("校验发现的取值无效：JSON Pointer 须为空或以 / 开头，实为“alliances/0”");
        assertThat(error.en()).isEqualTo("invalid finding: JSON Pointer must be empty or start with /, was 'alliances/0'");
    }

    @Test
    void read_findingOnLineZero_isSaidInBothLanguages() {
        ReadError error = onlyError(mutate(ReportWriter.compact().writeToString(QIYINGEN), "/findings/0",
                o -> o.put("line", 0)));

        assertThat(error.zh()).isEqualTo("校验发现的取值无效：行号须至少为 1，实为 0");
        assertThat(error.en()).isEqualTo("invalid finding: line must be at least 1, was 0");
    }

    @Test
    void read_readErrorOnANegativeLine_isSaidInBothLanguages() {
        ReadError error = onlyError(mutate(ReportWriter.compact().writeToString(linesWithErrors()), "/readErrors/0",
                o -> o.put("line", -1)));

        assertThat(error.zh()).isEqualTo("读取错误的取值无效：行号和列号不能为负数，实为 -1:1");
        assertThat(error.en()).isEqualTo("invalid read error: line and column must not be negative, was -1:1");
    }

    @ParameterizedTest
    @CsvSource({"/readErrors/0, column, 2147483648", "/readErrors/0, line, 9223372036854775808",
            "/findings/0, line, 9223372036854775808", "/counts, INFO, 2147483648"})
    void read_integerBeyondItsJavaType_bothReaderAndSchemaReject(String at, String property, String value) {
        String json = mutate(ReportWriter.compact().writeToString(linesWithErrors()), at,
                o -> o.put(property, new BigInteger(value)));

        assertThat(ReportReader.create().read(json).errors()).extracting(ReadError::code).contains(ReadErrorCode.JSON_VALUE);
        assertThat(BundledSchemas.validate("report", json)).isNotEmpty();
    }

    @Test
    void read_badSeverity_bothReaderAndSchemaReject() {
        String json = mutate(ReportWriter.compact().writeToString(QIYINGEN), "/findings/0", o -> o.put("severity", "FATAL"));

        assertThat(ReportReader.create().read(json).errors()).extracting(ReadError::code).contains(ReadErrorCode.JSON_ENUM);
        assertThat(BundledSchemas.validate("report", json)).isNotEmpty();
    }

    @Test
    void read_messageLongerThanAFindingHolds_bothReaderAndSchemaReject() {
        String json = mutate(ReportWriter.compact().writeToString(QIYINGEN), "/findings/0",
                o -> o.put("messageEn", "x".repeat(Finding.MAX_MESSAGE_LENGTH + 1)));

        assertThat(ReportReader.create().read(json).errors()).extracting(ReadError::code)
                .containsExactly(ReadErrorCode.JSON_VALUE);
        assertThat(BundledSchemas.validate("report", json)).isNotEmpty();
    }

    @Test
    void read_emptyMessage_bothReaderAndSchemaReject() {
        String json = mutate(ReportWriter.compact().writeToString(QIYINGEN), "/findings/0",
                o -> o.put("messageZh", ""));

        assertThat(ReportReader.create().read(json).errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(ReadErrorCode.JSON_VALUE);
            assertThat(e.pointer()).isEqualTo("/findings/0");
        });
        assertThat(BundledSchemas.validate("report", json)).isNotEmpty();
    }

    @Test
    void read_messageOfOneCharacter_bothReaderAndSchemaAccept() {
        String json = mutate(ReportWriter.compact().writeToString(QIYINGEN), "/findings/0",
                o -> o.put("messageZh", "消"));

        assertThat(ReportReader.create().read(json).errors()).isEmpty();
        assertThat(BundledSchemas.validate("report", json)).isEmpty();
    }

    @Test
    void read_messageOfTheLongestLength_bothReaderAndSchemaAccept() {
        String json = mutate(ReportWriter.compact().writeToString(QIYINGEN), "/findings/0",
                o -> o.put("messageEn", "x".repeat(Finding.MAX_MESSAGE_LENGTH)));

        assertThat(ReportReader.create().read(json).errors()).isEmpty();
        assertThat(BundledSchemas.validate("report", json)).isEmpty();
    }

    @Test
    void written_pointersWithLineBreaksAndEscapes_areValidUnderTheSchemaAndReadBack() {
        Report report = Report.of("p", QIYINGEN.asOf(), Stream.of("a\nb", "a\rb", "a\u2028b", "a\u2029b", "~/", "")
                .map(name -> new Finding("X", Severity.INFO, Location.root().child(name), "消息", "message", "p"))
                .toList());
        String json = ReportWriter.compact().writeToString(report);

        assertThat(BundledSchemas.validate("report", json)).isEmpty();
        assertThat(ReportReader.create().read(json).value()).contains(ReportDocument.of(report));
    }

    @Test
    void read_pointerWithATildeNotFollowedBy0Or1_bothReaderAndSchemaReject() {
        for (String pointer : List.of("/a~2b", "/a~", "/~/b")) {
            String json = mutate(ReportWriter.compact().writeToString(QIYINGEN), "/findings/0", o -> o.put("pointer", pointer));

            ReadError error = onlyError(json);
            assertThat(error).extracting(ReadError::code, ReadError::pointer)
                    .containsExactly(ReadErrorCode.JSON_VALUE, "/findings/0");
            assertThat(error.en()).contains("JSON Pointer may hold ~ only as ~0 or ~1");
            assertThat(BundledSchemas.validate("report", json)).as(pointer).isNotEmpty();
        }
    }

    @Test
    void read_emptyCode_bothReaderAndSchemaReject() {
        String json = mutate(ReportWriter.compact().writeToString(QIYINGEN), "/findings/0", o -> o.put("code", ""));

        assertThat(onlyError(json)).extracting(ReadError::code, ReadError::pointer, ReadError::en)
                .containsExactly(ReadErrorCode.JSON_VALUE, "/findings/0", "invalid finding: code must not be empty");
        assertThat(BundledSchemas.validate("report", json)).isNotEmpty();
    }

    @Test
    void read_emptyPolicy_bothReaderAndSchemaReject() {
        String json = mutate(ReportWriter.compact().writeToString(Report.of("p", QIYINGEN.asOf(), List.of())), "",
                o -> o.put("policy", ""));

        ReadError error = onlyError(json);
        assertThat(error).extracting(ReadError::code, ReadError::pointer, ReadError::line, ReadError::en)
                .containsExactly(ReadErrorCode.JSON_VALUE, "", 1L, "invalid report: policyId must not be empty");
        assertThat(error.zh()).isEqualTo("报告的取值无效：属性“policyId”不能为空");
        assertThat(BundledSchemas.validate("report", json)).isNotEmpty();
    }

    @Test
    void read_escapedUnpairedSurrogateInAMessageOrPointer_isValueErrorAsInADataset() {
        String written = ReportWriter.compact().writeToString(Report.of("p", QIYINGEN.asOf(), List.of(
                new Finding("X", Severity.INFO, Location.of("/name"), "消息", "message", "p"))));
        for (String json : List.of(written.replace("\"message\"", "\"a\\uD800\""),
                written.replace("\"/name\"", "\"/name\\uDC00\""))) {
            ReadError error = onlyError(json);

            assertThat(error).as(json).extracting(ReadError::code, ReadError::pointer)
                    .containsExactly(ReadErrorCode.JSON_VALUE, "/findings/0");
            assertThat(error.en()).as(json).contains("must not contain an unpaired surrogate");
        }
    }

    @Test
    void read_extraProperty_bothReaderAndSchemaReject() {
        String json = mutate(ReportWriter.compact().writeToString(QIYINGEN), "/findings/0", o -> o.put("where", "x"));

        assertThat(ReportReader.create().read(json).errors()).extracting(ReadError::code)
                .contains(ReadErrorCode.JSON_UNKNOWN_PROPERTY);
        assertThat(BundledSchemas.validate("report", json)).isNotEmpty();
    }

    @Test
    void problem_failedReport_is422ValidationFailedWithFindings() {
        JsonNode problem = SafeJson.mapper().readTree(ProblemDetailsWriter.english().writeToString(FAILED));

        assertThat(problem.get("type").asString()).isEqualTo("https://yanxun.org/problems/validation-failed");
        assertThat(problem.get("title").asString()).isEqualTo("Validation failed");
        assertThat(problem.get("status").asInt()).isEqualTo(422);
        assertThat(problem.get("detail").asString())
                .isEqualTo("1 error, 1 warning and 2 infos under policy chengyu-qiyingen-2023 as of "
                        + ExampleCommunities.QIYINGEN_AS_OF);
        assertThat(problem.get("policy").asString()).isEqualTo("chengyu-qiyingen-2023");
        assertThat(problem.get("asOf").asString()).isEqualTo(ExampleCommunities.QIYINGEN_AS_OF.toString());
        assertThat(problem.get("findings")).hasSize(4);
    }

    @Test
    void problem_chinese_hasChineseTitleAndDetail() {
        JsonNode problem = SafeJson.mapper().readTree(ProblemDetailsWriter.chinese().writeToString(FAILED));

        assertThat(problem.get("title").asString()).isEqualTo("校验未通过");
        assertThat(problem.get("detail").asString()).contains("错误 1 项", "警告 1 项");
    }

    @Test
    void problem_successfulReport_isRefused() {
        assertThat(QIYINGEN.isSuccessful()).isTrue();
        assertThatThrownBy(() -> ProblemDetailsWriter.english().writeToString(QIYINGEN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a problem");
    }

    @Test
    void problem_linesAllReadWithAnError_is422() {
        JsonNode problem = SafeJson.mapper().readTree(ProblemDetailsWriter.english()
                .writeToString(new JsonLinesReport(FAILED, List.of(), 40)));

        assertThat(problem.get("status").asInt()).isEqualTo(422);
        assertThat(problem.has("readErrors")).isFalse();
    }

    @Test
    void problem_readErrors_is400UnreadableInput() {
        List<ReadError> errors = DatasetReader.create().read("{").errors();

        JsonNode problem = SafeJson.mapper().readTree(ProblemDetailsWriter.english().writeToString(errors));

        assertThat(problem.get("type").asString()).isEqualTo("https://yanxun.org/problems/unreadable-input");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("readErrors")).hasSize(errors.size());
        assertThat(problem.has("findings")).isFalse();
    }

    @Test
    void problem_linesWithReadErrors_is400WithFindingsAndReadErrors() {
        JsonNode problem = SafeJson.mapper().readTree(ProblemDetailsWriter.english().writeToString(linesWithErrors()));

        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("findings")).hasSize(3);
        assertThat(problem.get("readErrors")).hasSize(1);
    }

    @Test
    void problem_sameReport_sameBytes() {
        assertThat(ProblemDetailsWriter.english().writeToString(FAILED))
                .isEqualTo(ProblemDetailsWriter.english().writeToString(FAILED));
    }
}
