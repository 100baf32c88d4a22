package org.yanxun.json;

import java.util.List;
import java.util.Objects;
import org.yanxun.InvalidValueException;
import org.yanxun.internal.Checks;
import org.yanxun.policy.Severity;
import org.yanxun.rules.Report;

/**
 * The outcome of validating a JSON Lines file with the rule engine: the report of the lines that
 * could be read, the errors of the lines that could not, and how many lines the file has, such as
 * {@code JsonLinesReport[lines=1204, ERROR=0, WARNING=2, INFO=1, readErrors=0]}.
 *
 * <p>Findings point at lines, such as {@code line 12 /studio/memberships/0/person}; read errors
 * carry their line too. A bad line never hides the findings of the others.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param report the findings of the rule engine over every line that could be read, not null
 * @param readErrors the errors of the lines that could not be read, in line order, not null
 * @param lines the number of lines in the file, blank lines included, at least 0
 */
public record JsonLinesReport(Report report, List<ReadError> readErrors, long lines) {

    /**
     * Creates the value; the errors are copied.
     *
     * @param report the report, not null
     * @param readErrors the read errors, not null
     * @param lines the number of lines, at least 0
     * @throws IllegalArgumentException if {@code lines} is negative
     */
    public JsonLinesReport {
        Objects.requireNonNull(report, "report");
        readErrors = Checks.list(readErrors, "readErrors");
        if (lines < 0) {
            throw new InvalidValueException("行数不能为负，而不是 " + lines, "Line count must not be negative, was " + lines);
        }
    }

    /**
     * Tells whether every line was read and the report holds no error. A file without a record is
     * successful, and {@link #lines()} counts blank lines, so it does not tell a file of blank lines alone:
     * where an upload without a record must fail, look in the file for a line that is not blank, as the
     * command line does.
     *
     * @return true if there is no read error and the report is successful
     */
    public boolean isSuccessful() {
        return readErrors.isEmpty() && report.isSuccessful();
    }

    /**
     * Returns a summary.
     *
     * @return such as {@code JsonLinesReport[lines=1204, ERROR=0, WARNING=2, INFO=1, readErrors=0]}
     */
    @Override
    public String toString() {
        return "JsonLinesReport[lines=" + lines + ", ERROR=" + report.count(Severity.ERROR) + ", WARNING="
                + report.count(Severity.WARNING) + ", INFO=" + report.count(Severity.INFO) + ", readErrors="
                + readErrors.size() + "]";
    }
}
