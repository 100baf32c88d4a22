package org.yanxun.json;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.yanxun.Dataset;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
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
 * <p>Input must be UTF-8 (a byte-order mark is ignored). The reader does not close streams and
 * readers passed to it; it closes files it opens.
 *
 * <pre>{@code
 * ReadResult<Dataset> read = DatasetReader.create().read(Path.of("examples/qiyingen.dataset.json"));
 * if (read.isSuccess()) {
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
        this.factory = SafeJson.factory(limits);
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
     * Returns a reader with given limits.
     *
     * @param limits the limits, not null
     * @return the reader
     */
    public static DatasetReader withLimits(JsonLimits limits) {
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
        Objects.requireNonNull(path, "path");
        try (InputStream in = Files.newInputStream(path)) {
            return read(in);
        } catch (NoSuchFileException e) {
            return ioFailure("文件不存在：" + path, "no such file: " + path);
        } catch (IOException | UncheckedIOException e) {
            return ioFailure("无法读取文件 " + path + "：" + e.getMessage(), "cannot read " + path + ": " + e.getMessage());
        }
    }

    /**
     * Reads a dataset document from a stream of UTF-8 bytes, which is left open.
     *
     * @param in the stream, not null
     * @return the dataset, or every error found
     */
    public ReadResult<Dataset> read(InputStream in) {
        Objects.requireNonNull(in, "in");
        BufferedInputStream buffered = new BufferedInputStream(in);
        String problem = Encoding.problem(buffered);
        if (problem != null) {
            return ReadResult.failure(List.of(new ReadError(ReadErrorCode.JSON_ENCODING, "", 1, 1,
                    "输入须为 UTF-8 编码：" + problem, "input must be UTF-8: " + problem)));
        }
        return parse(f -> f.createParser(ObjectReadContext.empty(), buffered));
    }

    /**
     * Reads a dataset document from characters; the reader is left open.
     *
     * @param reader the characters, not null
     * @return the dataset, or every error found
     */
    public ReadResult<Dataset> read(Reader reader) {
        Objects.requireNonNull(reader, "reader");
        return parse(f -> f.createParser(ObjectReadContext.empty(), reader));
    }

    /**
     * Reads a dataset document from a string.
     *
     * @param json the document, not null
     * @return the dataset, or every error found
     */
    public ReadResult<Dataset> read(String json) {
        Objects.requireNonNull(json, "json");
        return parse(f -> f.createParser(ObjectReadContext.empty(), json));
    }

    private ReadResult<Dataset> parse(Function<JsonFactory, JsonParser> open) {
        StudioTypes types = StudioTypes.forDocument();
        Cursor cursor;
        try {
            cursor = new Cursor(open.apply(factory), limits.maxErrors(), 0, types);
        } catch (JacksonException e) {
            return ioFailure("无法打开输入：" + e.getOriginalMessage(), "cannot open input: " + e.getOriginalMessage());
        }
        try {
            Dataset dataset = Failures.readRoot(cursor, DatasetCodec.DATASET::read, limits.maxErrors());
            if (!cursor.aborted()) {
                try {
                    dataset = types.finish(dataset, cursor);
                } catch (Cursor.TooManyErrors e) {
                    dataset = null;
                }
            }
            return cursor.errorCount() == 0 && dataset != null
                    ? ReadResult.success(dataset) : ReadResult.failure(cursor.errors());
        } catch (JacksonException e) {
            return ReadResult.failure(cursor.errors().isEmpty()
                    ? List.of(new ReadError(ReadErrorCode.JSON_IO, "", 0, 0, "读取输入失败", "input could not be read"))
                    : cursor.errors());
        } finally {
            Failures.close(cursor.parser());
        }
    }

    private static <T> ReadResult<T> ioFailure(String zh, String en) {
        return ReadResult.failure(List.of(new ReadError(ReadErrorCode.JSON_IO, "", 0, 0, zh, en)));
    }
}
