package org.yanxun.json;

import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.json.JsonFactory;

/**
 * A reader of report documents, such as the expected report of a conformance test:
 * {@code ReportReader.create().read(Path.of("expected.json")).orElseThrow().report()}.
 *
 * <p>The document is the one {@link ReportWriter} writes, validated by
 * {@code https://yanxun.org/schemas/1.0/report.schema.json}. Besides the shape, the reader checks
 * that the findings are in document order and that {@code successful} and {@code counts} agree with
 * them ({@link ReadErrorCode#JSON_VALUE} at the root otherwise), so a report read back equals the
 * report written, as long as no string of it (a pointer of a million characters, say) passes the
 * reader's {@link JsonLimits}. It never throws for bad input. As for a {@link DatasetReader}, ill-formed UTF-8, or
 * an unpaired surrogate in a string or reader given, is a {@link ReadErrorCode#JSON_ENCODING} error,
 * and a value that the model refuses is a {@link ReadErrorCode#JSON_VALUE} error at its object: a
 * finding's empty code, or pointer that is not RFC 6901 (a {@code ~} not followed by {@code 0} or
 * {@code 1}), the report's empty policy, and an unpaired surrogate written as an escape
 * (<code>"&#92;uD800"</code>) in the text of a finding or in the report's policy. The reader does not
 * close streams and readers passed to it; it closes files it opens. This class is immutable and
 * thread-safe.
 */
public final class ReportReader {

    private static final ReportReader DEFAULT = new ReportReader(JsonLimits.defaults());

    private final JsonLimits limits;
    private final JsonFactory factory;

    private ReportReader(JsonLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.factory = SafeJson.codecFactory(limits);
    }

    /**
     * Returns a reader with the default limits.
     *
     * @return the reader
     */
    public static ReportReader create() {
        return DEFAULT;
    }

    /**
     * Returns a reader like this one with given limits.
     *
     * @param limits the limits, not null
     * @return the reader
     */
    public ReportReader withLimits(JsonLimits limits) {
        return new ReportReader(limits);
    }

    /**
     * Reads a report document from a file.
     *
     * @param path the file, not null
     * @return the document, or every error found
     */
    public ReadResult<ReportDocument> read(Path path) {
        return DocumentInput.fromPath(path, this::read);
    }

    /**
     * Reads a report document from a stream of UTF-8 bytes, which is left open.
     *
     * @param in the stream, not null
     * @return the document, or every error found
     */
    public ReadResult<ReportDocument> read(InputStream in) {
        return DocumentInput.fromStream(in, this::parse);
    }

    /**
     * Reads a report document from characters; the reader is left open.
     *
     * @param reader the characters, not null
     * @return the document, or every error found
     */
    public ReadResult<ReportDocument> read(Reader reader) {
        return DocumentInput.fromReader(reader, this::parse);
    }

    /**
     * Reads a report document from a string.
     *
     * @param json the document, not null
     * @return the document, or every error found
     */
    public ReadResult<ReportDocument> read(String json) {
        return DocumentInput.fromString(json, this::parse);
    }

    private ReadResult<ReportDocument> parse(Function<JsonFactory, JsonParser> open) {
        return DocumentInput.read(open, factory, limits, StudioTypes.forLines(),
                cursor -> Failures.readRoot(cursor, ReportCodecs.REPORT::read));
    }

}
