package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yanxun.policy.Severity;
import org.yanxun.rules.Finding;
import org.yanxun.rules.Location;
import org.yanxun.rules.Report;
import tools.jackson.databind.JsonNode;

/** The title and detail of each problem, in each language. */
class ProblemDetailsWriterTest {

    private static final Report CLEAN = Report.of("p-1", LocalDate.of(2025, 1, 2), List.of());
    private static final Report FAILED = Report.of("p-1", LocalDate.of(2025, 1, 2), List.of(
            finding(Severity.ERROR), finding(Severity.ERROR), finding(Severity.INFO)));
    private static final ReadError ONE = new ReadError(ReadErrorCode.JSON_SYNTAX, "", 3, 1, "语法", "syntax");
    private static final ReadError TWO = new ReadError(ReadErrorCode.JSON_EMPTY, "", 4, 0, "空", "empty");

    private static Finding finding(Severity severity) {
        return new Finding("STUDIO_HOST_COUNT", severity, Location.of("/clusters/0/studios/0/memberships"), "主持人不符",
                "wrong hosts", "p-1");
    }

    private static JsonNode problem(String json) {
        return SafeJson.mapper().readTree(json);
    }

    @Test
    void unreadable_english_titleAndDetailCountOneError() {
        JsonNode problem = problem(ProblemDetailsWriter.english().writeToString(List.of(ONE)));

        assertThat(problem.get("title").asString()).isEqualTo("Unreadable input");
        assertThat(problem.get("detail").asString()).isEqualTo("The input has 1 read error");
    }

    @Test
    void unreadable_english_detailCountsSeveralErrors() {
        assertThat(problem(ProblemDetailsWriter.english().writeToString(List.of(ONE, TWO))).get("detail").asString())
                .isEqualTo("The input has 2 read errors");
    }

    @Test
    void unreadable_chinese_titleAndDetail() {
        JsonNode problem = problem(ProblemDetailsWriter.chinese().writeToString(List.of(ONE, TWO)));

        assertThat(problem.get("title").asString()).isEqualTo("输入无法读取");
        assertThat(problem.get("detail").asString()).isEqualTo("输入有 2 处无法读取");
    }

    @Test
    void unreadablePolicy_english_detailSaysThePolicyCouldNotBeRead() {
        JsonNode problem = problem(ProblemDetailsWriter.english().writeUnreadablePolicyToString(List.of(ONE)));

        assertThat(problem.get("type").asString()).isEqualTo(ProblemDetailsWriter.UNREADABLE_INPUT);
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asString()).isEqualTo("The policy document has 1 read error");
        assertThat(problem.get("readErrors")).hasSize(1);
    }

    @Test
    void unreadablePolicy_chinese_detailSaysThePolicyCouldNotBeRead() {
        assertThat(problem(ProblemDetailsWriter.chinese().writeUnreadablePolicyToString(List.of(ONE, TWO))).get("detail")
                .asString()).isEqualTo("政策文档有 2 处无法读取");
    }

    @Test
    void unreadablePolicy_noErrors_isRefused() {
        assertThatThrownBy(() -> ProblemDetailsWriter.english().writeUnreadablePolicyToString(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void linesWithReadErrors_english_detailAddsTheReadErrorsToTheCounts() {
        JsonLinesReport result = new JsonLinesReport(CLEAN, List.of(ONE), 5);

        assertThat(problem(ProblemDetailsWriter.english().writeToString(result)).get("detail").asString())
                .isEqualTo("0 errors, 0 warnings and 0 infos under policy p-1 as of 2025-01-02; 1 read error");
    }

    @Test
    void linesWithReadErrors_chinese_detailAddsTheReadErrorsToTheCounts() {
        JsonLinesReport result = new JsonLinesReport(CLEAN, List.of(ONE, TWO), 5);

        assertThat(problem(ProblemDetailsWriter.chinese().writeToString(result)).get("detail").asString())
                .isEqualTo("按政策 p-1（基准日期 2025-01-02）校验：错误 0 项，警告 0 项，提示 0 项；另有 2 处无法读取");
    }

    @Test
    void linesWithoutReadErrors_english_detailIsTheCountsAlone() {
        JsonLinesReport result = new JsonLinesReport(FAILED, List.of(), 5);

        assertThat(problem(ProblemDetailsWriter.english().writeToString(result)).get("detail").asString())
                .isEqualTo("2 errors, 0 warnings and 1 info under policy p-1 as of 2025-01-02");
    }

    @Test
    void linesWithoutReadErrors_successfulReport_isRefused() {
        JsonLinesReport result = new JsonLinesReport(CLEAN, List.of(), 5);

        assertThatThrownBy(() -> ProblemDetailsWriter.english().writeToString(result))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A successful report is not a problem; write it with ReportWriter");
    }
}
