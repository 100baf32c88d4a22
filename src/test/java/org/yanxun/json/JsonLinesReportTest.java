package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yanxun.policy.Severity;
import org.yanxun.rules.Finding;
import org.yanxun.rules.Location;
import org.yanxun.rules.Report;

/** The result of validating a JSON Lines file: successful only with no read error and no ERROR finding. */
class JsonLinesReportTest {

    private static final Report CLEAN = Report.of("p-1", LocalDate.of(2025, 1, 2), List.of(finding(Severity.WARNING)));
    private static final Report FAILED = Report.of("p-1", LocalDate.of(2025, 1, 2), List.of(finding(Severity.ERROR)));
    private static final ReadError SYNTAX = new ReadError(ReadErrorCode.JSON_SYNTAX, "", 3, 1, "语法", "syntax");

    private static Finding finding(Severity severity) {
        return new Finding("STUDIO_HOST_COUNT", severity, Location.of("/clusters/0/studios/0/memberships"), "主持人不符",
                "wrong hosts", "p-1");
    }

    @Test
    void isSuccessful_noReadErrorAndNoErrorFinding_isTrue() {
        assertThat(new JsonLinesReport(CLEAN, List.of(), 5).isSuccessful()).isTrue();
    }

    @Test
    void isSuccessful_aReadError_isFalse() {
        assertThat(new JsonLinesReport(CLEAN, List.of(SYNTAX), 5).isSuccessful()).isFalse();
    }

    @Test
    void isSuccessful_anErrorFinding_isFalse() {
        assertThat(new JsonLinesReport(FAILED, List.of(), 5).isSuccessful()).isFalse();
    }

    @Test
    void toString_givesTheLinesAndTheCounts() {
        assertThat(new JsonLinesReport(CLEAN, List.of(SYNTAX), 1204))
                .hasToString("JsonLinesReport[lines=1204, ERROR=0, WARNING=1, INFO=0, readErrors=1]");
    }
}
