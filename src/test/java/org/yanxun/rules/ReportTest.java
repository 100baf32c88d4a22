package org.yanxun.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yanxun.InvalidValueException;
import org.yanxun.policy.Severity;

class ReportTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

    private static Finding finding(String code, Severity severity, String pointer) {
        return new Finding(code, severity, Location.of(pointer), "消息", "message", "p");
    }

    private static final Finding PERSON_10 = finding("B_CODE", Severity.ERROR, "/persons/10");
    private static final Finding PERSON_9_B = finding("B_CODE", Severity.INFO, "/persons/9");
    private static final Finding PERSON_9_A = finding("A_CODE", Severity.WARNING, "/persons/9");
    private static final Finding STUDIO = finding("A_CODE", Severity.WARNING, "/clusters/0/studios/2");

    private static Report report(Finding... findings) {
        return Report.of("p", AS_OF, Arrays.asList(findings));
    }

    private static final Report MIXED = report(PERSON_10, PERSON_9_B, PERSON_9_A, STUDIO);

    @Test
    void findings_inDocumentOrderThenCode() {
        assertThat(MIXED.findings()).containsExactly(STUDIO, PERSON_9_A, PERSON_9_B, PERSON_10);
    }

    @Test
    void findings_areUnmodifiable() {
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> MIXED.findings().add(STUDIO));
    }

    @Test
    void findings_ofFilteredReport_areUnmodifiable() {
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> MIXED.withCode("A_CODE").findings().clear());
    }

    @Test
    void of_copiesTheCollection() {
        List<Finding> source = new ArrayList<>(List.of(STUDIO));
        Report report = Report.of("p", AS_OF, source);
        source.add(PERSON_10);
        assertThat(report.findings()).containsExactly(STUDIO);
    }

    @Test
    void of_asOfBeyondTheYear9999_isRefusedAsADocumentCouldNotHoldIt() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Report.of("p", LocalDate.of(10_000, 1, 1), List.of()))
                .satisfies(e -> assertThat(e.zh()).isEqualTo("属性“asOf”须在 0000 至 9999 年之间，实为 +10000-01-01"));
        assertThat(Report.of("p", LocalDate.of(0, 1, 1), List.of()).asOf()).hasYear(0);
    }

    @Test
    void of_nullFinding_throws() {
        assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> report(STUDIO, null));
    }

    @Test
    void of_nullFindings_throwsNamingThem() {
        assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> Report.of("p", AS_OF, null))
                .withMessage("findings");
    }

    @Test
    void of_onlyFindingNull_throwsSayingSo() {
        assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> report((Finding) null))
                .withMessage("findings must not contain null");
    }

    @Test
    void isSuccessful_withAnError_false() {
        assertThat(MIXED.isSuccessful()).isFalse();
    }

    @Test
    void isSuccessful_withWarningsAndInfos_true() {
        assertThat(report(PERSON_9_A, PERSON_9_B).isSuccessful()).isTrue();
    }

    @Test
    void isSuccessful_empty_true() {
        assertThat(report().isSuccessful()).isTrue();
    }

    @Test
    void count_warnings_two() {
        assertThat(MIXED.count(Severity.WARNING)).isEqualTo(2);
    }

    @Test
    void countsBySeverity_listsEverySeverity() {
        assertThat(report(PERSON_9_A).countsBySeverity())
                .containsExactly(entry(Severity.INFO, 0), entry(Severity.WARNING, 1), entry(Severity.ERROR, 0));
    }

    @Test
    void countsByCode_sortedByCode() {
        assertThat(MIXED.countsByCode()).containsExactly(entry("A_CODE", 2), entry("B_CODE", 2));
    }

    @Test
    void filter_keepsMatchingFindingsInOrder() {
        assertThat(MIXED.filter(f -> f.pointer().startsWith("/persons")).findings())
                .containsExactly(PERSON_9_A, PERSON_9_B, PERSON_10);
    }

    @Test
    void filter_keepsPolicyAndDate() {
        assertThat(MIXED.filter(f -> false)).extracting(Report::policyId, Report::asOf).containsExactly("p", AS_OF);
    }

    @Test
    void atLeast_warning_dropsInfos() {
        assertThat(MIXED.atLeast(Severity.WARNING).findings()).containsExactly(STUDIO, PERSON_9_A, PERSON_10);
    }

    @Test
    void withCode_keepsThatCodeOnly() {
        assertThat(MIXED.withCode("B_CODE").findings()).containsExactly(PERSON_9_B, PERSON_10);
    }

    @Test
    void equals_sameFindingsInAnotherOrder_equal() {
        assertThat(report(PERSON_10, STUDIO)).isEqualTo(report(STUDIO, PERSON_10));
    }

    @Test
    void hashCode_sameFindingsInAnotherOrder_equal() {
        assertThat(report(PERSON_10, STUDIO)).hasSameHashCodeAs(report(STUDIO, PERSON_10));
    }

    @Test
    void equals_otherDate_notEqual() {
        assertThat(Report.of("p", AS_OF.plusDays(1), List.of(STUDIO))).isNotEqualTo(report(STUDIO));
    }

    @Test
    void equals_otherPolicy_notEqual() {
        assertThat(Report.of("q", AS_OF, List.of(STUDIO))).isNotEqualTo(report(STUDIO));
    }

    @Test
    void equals_otherFindings_notEqual() {
        assertThat(report(STUDIO, PERSON_9_A)).isNotEqualTo(report(STUDIO));
    }

    @Test
    void toString_showsCounts() {
        assertThat(MIXED).hasToString("Report[policy=p, asOf=2026-03-01, ERROR=1, WARNING=2, INFO=1]");
    }

    @Test
    void of_emptyPolicyId_refusedInBothLanguages() {
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> Report.of("", AS_OF, List.of()))
                .withMessage("policyId must not be empty")
                .satisfies(e -> assertThat(e.zh()).isEqualTo("属性“policyId”不能为空"));
    }

    @Test
    void of_policyIdWithAnUnpairedSurrogate_refused() {
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> Report.of("p\ud800", AS_OF, List.of()))
                .withMessage("policyId must not contain an unpaired surrogate, was U+D800 at character 2");
    }
}
