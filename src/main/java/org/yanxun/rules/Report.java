package org.yanxun.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.yanxun.internal.Checks;
import org.yanxun.policy.Severity;

/**
 * The findings of one validation, with the policy and the date it ran as of.
 *
 * <p>Findings are in a deterministic order (by {@linkplain Location location}: line, then pointer
 * segment by segment; then code and message), so equal inputs give equal reports. A report
 * {@link #isSuccessful() is successful} when it holds no {@link Severity#ERROR}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Report {

    private final String policyId;
    private final LocalDate asOf;
    private final List<Finding> findings;

    private Report(String policyId, LocalDate asOf, List<Finding> sorted) {
        this.policyId = policyId;
        this.asOf = asOf;
        this.findings = sorted;
    }

    /**
     * Obtains a report; the findings are copied and sorted.
     *
     * @param policyId the identifier of the policy used, not null, not empty
     * @param asOf the date the validation ran as of, not null, in the years 0000 to 9999
     * @param findings the findings in any order, not null
     * @return the report
     * @throws IllegalArgumentException if the policy identifier is empty or holds an unpaired surrogate,
     *     or {@code asOf} is outside the years 0000 to 9999, which a report document cannot hold
     */
    public static Report of(String policyId, LocalDate asOf, Collection<Finding> findings) {
        Checks.notEmpty(policyId, "policyId");
        Checks.date(asOf, "asOf");
        List<Finding> sorted = new ArrayList<>(Objects.requireNonNull(findings, "findings"));
        sorted.forEach(finding -> Objects.requireNonNull(finding, "findings must not contain null"));
        Collections.sort(sorted);
        return new Report(policyId, asOf, Collections.unmodifiableList(sorted));
    }

    /**
     * Returns the identifier of the policy used.
     *
     * @return the policy identifier
     */
    public String policyId() {
        return policyId;
    }

    /**
     * Returns the date the validation ran as of.
     *
     * @return the date
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Returns the findings in the report's order: by location, then code and message.
     *
     * @return the findings, unmodifiable
     */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * Tells whether the report holds no error.
     *
     * @return true if no finding is {@link Severity#ERROR}
     */
    public boolean isSuccessful() {
        return count(Severity.ERROR) == 0;
    }

    /**
     * Counts the findings of one severity.
     *
     * @param severity the severity, not null
     * @return the number of findings with exactly that severity
     */
    public int count(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return (int) findings.stream().filter(f -> f.severity() == severity).count();
    }

    /**
     * Counts the findings by severity.
     *
     * @return the count for every severity, zero included, in ascending severity
     */
    public Map<Severity, Integer> countsBySeverity() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, 0);
        }
        findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return Collections.unmodifiableMap(counts);
    }

    /**
     * Counts the findings by rule code.
     *
     * @return the count per code that has findings, in code order
     */
    public SortedMap<String, Integer> countsByCode() {
        SortedMap<String, Integer> counts = new TreeMap<>();
        findings.forEach(f -> counts.merge(f.code(), 1, Integer::sum));
        return Collections.unmodifiableSortedMap(counts);
    }

    /**
     * Returns a report with the findings that match a condition.
     *
     * @param condition the condition, not null
     * @return a report of the same policy and date with the matching findings
     */
    public Report filter(Predicate<? super Finding> condition) {
        Objects.requireNonNull(condition, "condition");
        return new Report(policyId, asOf, findings.stream().filter(condition).toList());
    }

    /**
     * Returns a report with the findings at or above a severity.
     *
     * @param floor the least severity kept, not null
     * @return the filtered report
     */
    public Report atLeast(Severity floor) {
        Objects.requireNonNull(floor, "floor");
        return filter(f -> f.severity().isAtLeast(floor));
    }

    /**
     * Returns a report with the findings of one rule.
     *
     * @param code the rule code, not null
     * @return the filtered report
     */
    public Report withCode(String code) {
        Objects.requireNonNull(code, "code");
        return filter(f -> f.code().equals(code));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Report that && policyId.equals(that.policyId) && asOf.equals(that.asOf)
                && findings.equals(that.findings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(policyId, asOf, findings);
    }

    /**
     * Returns a summary of the report.
     *
     * @return such as {@code Report[policy=guangzhou-liwan-2026, asOf=2026-03-01, ERROR=0, WARNING=2, INFO=1]}
     */
    @Override
    public String toString() {
        return "Report[policy=" + policyId + ", asOf=" + asOf + ", ERROR=" + count(Severity.ERROR) + ", WARNING="
                + count(Severity.WARNING) + ", INFO=" + count(Severity.INFO) + "]";
    }
}
