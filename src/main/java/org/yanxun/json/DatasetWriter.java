package org.yanxun.json;

import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Objects;
import org.yanxun.Dataset;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * A writer of dataset documents, such as {@code DatasetWriter.compact().writeToString(dataset)}.
 *
 * <p>Output is deterministic: the same dataset always gives the same bytes. Properties come in
 * record component order; an empty {@code Optional} is omitted; arrays and booleans are always
 * written; {@code studioTypes} lists every studio type used by a studio that is not built in,
 * sorted by code. Bytes are UTF-8; the pretty form indents by two spaces and ends lines with
 * {@code \n}. The writer does not close streams and writers passed to it. A dataset it cannot write
 * (see the {@code @throws}) may leave the start of a document in a stream, which no reader accepts;
 * a file is left as it was.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DatasetWriter {

    private static final DatasetWriter COMPACT = new DatasetWriter(false);
    private static final DatasetWriter PRETTY = new DatasetWriter(true);

    private final boolean pretty;

    private DatasetWriter(boolean pretty) {
        this.pretty = pretty;
    }

    /**
     * Returns a writer of compact JSON, with no whitespace between tokens.
     *
     * @return the writer
     */
    public static DatasetWriter compact() {
        return COMPACT;
    }

    /**
     * Returns a writer of indented JSON.
     *
     * @return the writer
     */
    public static DatasetWriter pretty() {
        return PRETTY;
    }

    /**
     * Writes a dataset to a stream as UTF-8; the stream is flushed, not closed.
     *
     * @param dataset the dataset, not null
     * @param out the stream, not null
     * @throws UncheckedIOException if the stream fails
     * @throws IllegalArgumentException if two different studio types used in the dataset share a code
     */
    public void write(Dataset dataset, OutputStream out) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(out, "out");
        try (JsonGenerator generator = Generators.open(out, pretty)) {
            DatasetCodec.DATASET.write(generator, dataset);
        } catch (JacksonException e) {
            throw Generators.failure(e);
        }
    }

    /**
     * Writes a dataset to characters; the writer is flushed, not closed.
     *
     * @param dataset the dataset, not null
     * @param out the writer, not null
     * @throws UncheckedIOException if the writer fails
     * @throws IllegalArgumentException if two different studio types used in the dataset share a code
     */
    public void write(Dataset dataset, Writer out) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(out, "out");
        try (JsonGenerator generator = Generators.open(out, pretty)) {
            DatasetCodec.DATASET.write(generator, dataset);
        } catch (JacksonException e) {
            throw Generators.failure(e);
        }
    }

    /**
     * Writes a dataset to a file, replacing it once the document is written whole: if writing fails,
     * the file is left as it was.
     * A file replaced keeps its POSIX permissions, a new one gets the default ones, and a symbolic link
     * is followed to the file it points to. A pipe, a device or a descriptor such as {@code /dev/stdout}
     * is not replaced but written at its end, as far as the writing gets.
     *
     * @param dataset the dataset, not null
     * @param path the file, not null
     * @throws UncheckedIOException if the file cannot be written
     * @throws IllegalArgumentException if two different studio types used in the dataset share a code
     */
    public void write(Dataset dataset, Path path) {
        Objects.requireNonNull(dataset, "dataset");
        DocumentOutput.replace(path, out -> write(dataset, out));
    }

    /**
     * Writes a dataset to a string.
     *
     * @param dataset the dataset, not null
     * @return the document
     * @throws IllegalArgumentException if two different studio types used in the dataset share a code
     */
    public String writeToString(Dataset dataset) {
        StringWriter out = new StringWriter();
        write(dataset, out);
        return out.toString();
    }
}
