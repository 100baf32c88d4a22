package org.yanxun.json;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.yanxun.rules.Report;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * A writer of report documents, such as {@code ReportWriter.pretty().writeToString(report)}:
 * <pre>{@code
 * {"schemaVersion":"1.0","kind":"report","policy":"guangzhou-liwan-2026","asOf":"2026-03-01",
 *  "successful":false,"counts":{"ERROR":1,"WARNING":0,"INFO":0},
 *  "findings":[{"code":"STUDIO_HOST_ELIGIBLE","severity":"ERROR","pointer":"/studio/memberships/0/person",
 *               "line":12,"messageZh":"...","messageEn":"...","policy":"guangzhou-liwan-2026"}]}
 * }</pre>
 *
 * <p>Findings come in the report's order; {@code line} is written for findings in a JSON Lines file;
 * {@code readErrors} only when there are read errors: lines of a JSON Lines file that could not be
 * read, or a whole document that could not (then with no findings, since no rule ran). Output is
 * deterministic UTF-8 and validated by {@code https://yanxun.org/schemas/1.0/report.schema.json}.
 * The writer does not close streams passed to it. This class is immutable and thread-safe.
 */
public final class ReportWriter {

    private static final ReportWriter COMPACT = new ReportWriter(false);
    private static final ReportWriter PRETTY = new ReportWriter(true);

    private final boolean pretty;

    private ReportWriter(boolean pretty) {
        this.pretty = pretty;
    }

    /**
     * Returns a writer of compact JSON.
     *
     * @return the writer
     */
    public static ReportWriter compact() {
        return COMPACT;
    }

    /**
     * Returns a writer of indented JSON.
     *
     * @return the writer
     */
    public static ReportWriter pretty() {
        return PRETTY;
    }

    /**
     * Writes a report document to a stream as UTF-8; the stream is flushed, not closed.
     *
     * @param document the report and read errors, not null
     * @param out the stream, not null
     * @throws UncheckedIOException if the stream fails
     */
    public void write(ReportDocument document, OutputStream out) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(out, "out");
        try (JsonGenerator generator = Generators.open(out, pretty)) {
            ReportCodecs.REPORT.write(generator, document);
        } catch (JacksonException e) {
            throw Generators.failure(e);
        }
    }

    /**
     * Writes a report to a string.
     *
     * @param report the report, not null
     * @return the document
     */
    public String writeToString(Report report) {
        return writeToString(ReportDocument.of(report));
    }

    /**
     * Writes the report and read errors of a JSON Lines validation to a string.
     *
     * @param result the result, not null
     * @return the document
     */
    public String writeToString(JsonLinesReport result) {
        return writeToString(ReportDocument.of(result));
    }

    /**
     * Writes a report document to a string.
     *
     * @param document the report and read errors, not null
     * @return the document
     */
    public String writeToString(ReportDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(document, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
