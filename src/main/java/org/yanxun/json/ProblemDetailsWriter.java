package org.yanxun.json;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.yanxun.InvalidValueException;
import org.yanxun.internal.Checks;
import org.yanxun.internal.English;
import org.yanxun.policy.Severity;
import org.yanxun.rules.Finding;
import org.yanxun.rules.Report;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * A writer of RFC 9457 Problem Details ({@value #MEDIA_TYPE}) for an HTTP API that validates
 * community data, such as {@code ProblemDetailsWriter.english().writeToString(report)}:
 * <pre>{@code
 * {"type":"https://yanxun.org/problems/validation-failed","title":"Validation failed","status":422,
 *  "detail":"1 error, 0 warnings and 0 infos under policy guangzhou-liwan-2026 as of 2026-03-01",
 *  "policy":"guangzhou-liwan-2026","asOf":"2026-03-01","findings":[...]}
 * }</pre>
 *
 * <p>A report with an ERROR gives {@value #VALIDATION_FAILED} with status 422; read errors give
 * {@value #UNREADABLE_INPUT} with status 400 and a {@code readErrors} member. A successful report
 * (warnings and infos only) is not a problem: an API answers it with the report document
 * ({@link ReportWriter}), and this writer refuses it. The {@code findings}
 * and {@code readErrors} members have the shape of the report document. {@code title} and
 * {@code detail} are in English, or in Simplified Chinese from {@link #chinese()}; the {@code type}
 * URIs are stable identifiers, not pages to fetch. Output is deterministic UTF-8. This class is
 * immutable and thread-safe.
 */
public final class ProblemDetailsWriter {

    /** The media type of the documents written. */
    public static final String MEDIA_TYPE = "application/problem+json";
    /** The {@code type} of a validation that found errors in well-formed data. */
    public static final String VALIDATION_FAILED = "https://yanxun.org/problems/validation-failed";
    /** The {@code type} of input that could not be read. */
    public static final String UNREADABLE_INPUT = "https://yanxun.org/problems/unreadable-input";

    private static final ProblemDetailsWriter ENGLISH = new ProblemDetailsWriter(false);
    private static final ProblemDetailsWriter CHINESE = new ProblemDetailsWriter(true);

    private final boolean chinese;

    private ProblemDetailsWriter(boolean chinese) {
        this.chinese = chinese;
    }

    /**
     * Returns a writer with {@code title} and {@code detail} in English.
     *
     * @return the writer
     */
    public static ProblemDetailsWriter english() {
        return ENGLISH;
    }

    /**
     * Returns a writer with {@code title} and {@code detail} in Simplified Chinese (zh-CN).
     *
     * @return the writer
     */
    public static ProblemDetailsWriter chinese() {
        return CHINESE;
    }

    /**
     * Writes the problem of a failed validation: status 422 with its findings.
     *
     * @param report the report, not null, not {@linkplain Report#isSuccessful() successful}
     * @return the problem document
     * @throws IllegalArgumentException if the report is successful
     */
    public String writeToString(Report report) {
        requireFailed(Objects.requireNonNull(report, "report"));
        return toString(out -> write(out, report, List.of(), detail(report, List.of())));
    }

    /**
     * Writes the problem of a JSON Lines validation: status 400 with the read errors and findings if
     * some lines could not be read, otherwise as {@link #writeToString(Report)}.
     *
     * @param result the result, not null, with read errors or a report that is not successful
     * @return the problem document
     * @throws IllegalArgumentException if every line was read and the report is successful
     */
    public String writeToString(JsonLinesReport result) {
        Objects.requireNonNull(result, "result");
        if (result.readErrors().isEmpty()) {
            requireFailed(result.report());
        }
        return toString(out -> write(out, result.report(), result.readErrors(),
                detail(result.report(), result.readErrors())));
    }

    private static void requireFailed(Report report) {
        if (report.isSuccessful()) {
            throw new InvalidValueException("通过的报告不是问题，请用 ReportWriter 写出",
                    "A successful report is not a problem; write it with ReportWriter");
        }
    }

    /**
     * Writes the problem of input that could not be read: status 400 with the read errors.
     *
     * @param errors the errors, not null, not empty
     * @return the problem document
     * @throws IllegalArgumentException if {@code errors} is empty
     */
    public String writeToString(List<ReadError> errors) {
        List<ReadError> copy = requireErrors(errors);
        return toString(out -> write(out, null, copy, detail(null, copy)));
    }

    /**
     * Writes the problem of a policy document that could not be read, such as one given with the data:
     * status 400 with the read errors, as {@link #writeToString(List)}, but with a {@code detail} that
     * says the policy is what could not be read, such as
     * {@code The policy document has 1 read error}, so that its errors are not
     * taken for the data's.
     *
     * @param errors the errors of the policy document, not null, not empty
     * @return the problem document
     * @throws IllegalArgumentException if {@code errors} is empty
     */
    public String writeUnreadablePolicyToString(List<ReadError> errors) {
        List<ReadError> copy = requireErrors(errors);
        String detail = chinese ? "政策文档有 " + readErrors(copy) : "The policy document has " + readErrors(copy);
        return toString(out -> write(out, null, copy, detail));
    }

    private static List<ReadError> requireErrors(List<ReadError> errors) {
        List<ReadError> copy = Checks.list(errors, "errors");
        if (copy.isEmpty()) {
            throw new InvalidValueException("无法读取输入的问题至少要有一个读取错误",
                    "An unreadable-input problem needs at least one read error");
        }
        return copy;
    }

    private interface Body {
        void write(JsonGenerator generator);
    }

    private static String toString(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = Generators.open(out, false)) {
            body.write(generator);
        } catch (JacksonException e) {
            throw Generators.failure(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private void write(JsonGenerator generator, Report report, List<ReadError> errors, String detail) {
        boolean unreadable = !errors.isEmpty();
        generator.writeStartObject();
        generator.writeStringProperty("type", unreadable ? UNREADABLE_INPUT : VALIDATION_FAILED);
        generator.writeStringProperty("title", unreadable ? (chinese ? "输入无法读取" : "Unreadable input")
                : (chinese ? "校验未通过" : "Validation failed"));
        generator.writeNumberProperty("status", unreadable ? 400 : 422);
        generator.writeStringProperty("detail", detail);
        if (report != null) {
            generator.writeStringProperty("policy", report.policyId());
            generator.writeName("asOf");
            Scalars.DATE.write(generator, report.asOf());
            generator.writeName("findings");
            generator.writeStartArray();
            for (Finding finding : report.findings()) {
                ReportCodecs.FINDING.write(generator, finding);
            }
            generator.writeEndArray();
        }
        if (unreadable) {
            generator.writeName("readErrors");
            ReportCodecs.READ_ERRORS.write(generator, errors);
        }
        generator.writeEndObject();
    }

    private String detail(Report report, List<ReadError> errors) {
        String read = errors.isEmpty() ? "" : readErrors(errors);
        if (report == null) {
            return chinese ? "输入有 " + read : "The input has " + read;
        }
        int e = report.count(Severity.ERROR);
        int w = report.count(Severity.WARNING);
        int i = report.count(Severity.INFO);
        String found = chinese
                ? "按政策 " + report.policyId() + "（基准日期 " + report.asOf() + "）校验：错误 " + e + " 项，警告 " + w + " 项，提示 " + i
                        + " 项"
                : English.count(e, "error") + ", " + English.count(w, "warning") + " and " + English.count(i, "info")
                        + " under policy " + report.policyId() + " as of " + report.asOf();
        return read.isEmpty() ? found : chinese ? found + "；另有 " + read : found + "; " + read;
    }

    /** How many read errors there are, as a detail says it: {@code 2 处无法读取}, {@code 2 read errors}. */
    private String readErrors(List<ReadError> errors) {
        return chinese ? errors.size() + " 处无法读取" : English.count(errors.size(), "read error");
    }
}
