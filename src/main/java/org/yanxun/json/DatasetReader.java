package org.yanxun.json;

import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import org.yanxun.Dataset;
import tools.jackson.core.JsonParser;
import tools.jackson.core.json.JsonFactory;

/**
 * A reader of dataset documents from untrusted input, such as
 * {@code DatasetReader.create().read(Path.of("liwan.json")).orElseThrow()}.
 *
 * <p>A dataset document is one JSON object: {@code {"schemaVersion":"1.0","kind":"dataset",
 * "studioTypes":[...],"persons":[...],"institutions":[...],"clusters":[...],"alliances":[...],
 * "projects":[...]}}, validated by {@code https://yanxun.org/schemas/1.0/dataset.schema.json}. The
 * reader reports every problem it finds in one pass, each with a stable code, a JSON Pointer, a line
 * and column and a message in Chinese and English; it skips a bad value and carries on with its
 * siblings. If there is any error, the result holds no dataset. It never throws a Jackson
 * exception, and throws nothing for bad input.
 *
 * <p>Input must be well-formed UTF-8 (a byte-order mark is ignored): the first ill-formed sequence
 * of a file or stream (an overlong form, a surrogate, a code point above U+10FFFF) ends reading with a
 * {@link ReadErrorCode#JSON_ENCODING} error at its line and column, in bytes. Likewise the first
 * unpaired surrogate of a string or reader, which is not a character, ends reading with that error at
 * its line and column, in characters. A syntax error before either is the error instead, as reading
 * ends there (except in the first four bytes of a file or stream, which are read whole to tell their
 * encoding before any is parsed). The reader does not close streams and readers passed to it; it
 * closes files it opens.
 *
 * <pre>{@code
 * ReadResult<Dataset> read = DatasetReader.create().read(Path.of("examples/qiyingen.dataset.json"));
 * if (read.isSuccessful()) {
 *     Report report = RuleEngine.of(Presets.chengyuQiyingen2023()).validate(read.value().orElseThrow(), asOf);
 * } else {
 *     read.errors().forEach(e -> System.out.println(e.line() + ":" + e.column() + " " + e.pointer() + " " + e.zh()));
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DatasetReader {

    private static final DatasetReader DEFAULT = new DatasetReader(JsonLimits.defaults());

    private final JsonLimits limits;
    private final JsonFactory factory;

    private DatasetReader(JsonLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.factory = SafeJson.codecFactory(limits);
    }

    /**
     * Returns a reader with the default limits.
     *
     * @return the reader
     */
    public static DatasetReader create() {
        return DEFAULT;
    }

    /**
     * Returns a reader like this one with given limits.
     *
     * @param limits the limits, not null
     * @return the reader
     */
    public DatasetReader withLimits(JsonLimits limits) {
        return new DatasetReader(limits);
    }

    /**
     * Returns the limits this reader applies.
     *
     * @return the limits
     */
    public JsonLimits limits() {
        return limits;
    }

    /**
     * Reads a dataset document from a file.
     *
     * @param path the file, not null
     * @return the dataset, or every error found
     */
    public ReadResult<Dataset> read(Path path) {
        return DocumentInput.fromPath(path, this::read);
    }

    /**
     * Reads a dataset document from a stream of UTF-8 bytes, which is left open.
     *
     * @param in the stream, not null
     * @return the dataset, or every error found
     */
    public ReadResult<Dataset> read(InputStream in) {
        return DocumentInput.fromStream(in, this::parse);
    }

    /**
     * Reads a dataset document from characters; the reader is left open.
     *
     * @param reader the characters, not null
     * @return the dataset, or every error found
     */
    public ReadResult<Dataset> read(Reader reader) {
        return DocumentInput.fromReader(reader, this::parse);
    }

    /**
     * Reads a dataset document from a string.
     *
     * @param json the document, not null
     * @return the dataset, or every error found
     */
    public ReadResult<Dataset> read(String json) {
        return DocumentInput.fromString(json, this::parse);
    }

    private ReadResult<Dataset> parse(Function<JsonFactory, JsonParser> open) {
        StudioTypes types = StudioTypes.forDocument();
        return DocumentInput.read(open, factory, limits, types, cursor -> {
            Dataset dataset = Failures.readRoot(cursor, DatasetCodec.DATASET::read);
            if (cursor.aborted()) {
                return dataset;
            }
            try {
                return types.finish(dataset, cursor);
            } catch (Cursor.TooManyErrors e) {
                cursor.tooManyErrors(e);
                return null;
            }
        });
    }

}
