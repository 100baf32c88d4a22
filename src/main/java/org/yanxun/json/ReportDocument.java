package org.yanxun.json;

import java.util.List;
import java.util.Objects;
import org.yanxun.internal.Checks;
import org.yanxun.rules.Report;

/**
 * A report document as read by {@link ReportReader}: the report and, for a JSON Lines validation,
 * the errors of the lines that could not be read, such as the expected report of a conformance test.
 * A document that could not be read at all has its read errors and a report of no findings, since no
 * rule ran.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param report the report, not null
 * @param readErrors the read errors, empty for a whole document that was read, not null
 */
public record ReportDocument(Report report, List<ReadError> readErrors) {

    /**
     * Creates the value; the errors are copied.
     *
     * @param report the report, not null
     * @param readErrors the read errors, not null
     */
    public ReportDocument {
        Objects.requireNonNull(report, "report");
        readErrors = Checks.list(readErrors, "readErrors");
    }

    /**
     * Tells whether the validation passed: every line was read and no finding is an ERROR, as the
     * document's {@code successful} says.
     *
     * @return true if there is no read error and the report is successful
     */
    public boolean isSuccessful() {
        return readErrors.isEmpty() && report.isSuccessful();
    }

    /**
     * Obtains the document of a report without read errors.
     *
     * @param report the report, not null
     * @return the document
     */
    public static ReportDocument of(Report report) {
        return new ReportDocument(report, List.of());
    }

    /**
     * Obtains the document of a JSON Lines validation.
     *
     * @param result the result, not null
     * @return the document with the report and the read errors
     */
    public static ReportDocument of(JsonLinesReport result) {
        Objects.requireNonNull(result, "result");
        return new ReportDocument(result.report(), result.readErrors());
    }

    /**
     * Returns a summary of counts, bounded however many findings and read errors there are.
     *
     * @return such as {@code ReportDocument[Report[policy=guangzhou-liwan-2026, asOf=2026-03-01, ERROR=0,
     *     WARNING=1, INFO=0], readErrors=0]}
     */
    @Override
    public String toString() {
        return "ReportDocument[" + report + ", readErrors=" + readErrors.size() + "]";
    }
}
