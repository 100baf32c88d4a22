package org.yanxun.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongPredicate;
import org.yanxun.Dataset;
import org.yanxun.InvalidValueException;
import org.yanxun.StudioType;
import org.yanxun.internal.Rethrow;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * A streaming reader of JSON Lines files, one entity per line, such as
 * {@code JsonLinesReader.create().read(in, line -> ...)}.
 *
 * <p>Each line is one record {@code {"type":NAME, [parent,] NAME:ENTITY}} (see {@link JsonLine} and
 * {@code https://yanxun.org/schemas/1.0/record.schema.json}). The reader hands each line to a
 * consumer as soon as it is read, as an entity or as the errors of that line; a bad line never
 * stops the lines after it. Memory stays flat however long the file: lines are split over the byte
 * stream with a buffer bounded by {@link JsonLimits#maxLineBytes()}, and a longer line is skipped to
 * the next newline without being held ({@link ReadErrorCode#JSONL_LINE_TOO_LONG}). Lines end at
 * {@code \n} or {@code \r\n}, and the last also at a {@code \r} that ends the file; a {@code \r}
 * anywhere else in a line is {@link ReadErrorCode#JSON_SYNTAX}, since other readers of the file, such as
 * Spark's, end a line there. A UTF-8 byte-order mark may begin the file, and no other line
 * ({@link ReadErrorCode#JSON_ENCODING}: other readers take it for text). Blank lines, which hold only
 * spaces, tabs and {@code \r}, are ignored, since a reader that ends lines at {@code \r} finds only
 * blank lines in them too. A studio may only use a custom studio type defined on an earlier line.
 *
 * <p>{@link #readDataset(InputStream)} assembles a whole {@link Dataset} from a small file,
 * attaching studios to their cluster and sessions, exchanges and resources to their alliance.
 *
 * <p>Input must be well-formed UTF-8: a line holding an ill-formed sequence (an overlong form, a
 * surrogate, a code point above U+10FFFF) is {@link ReadErrorCode#JSON_ENCODING} at its column, in
 * bytes. Text given as a string is read as its UTF-8 bytes, and an unpaired surrogate in it, which is
 * not a character, is such an error of its line too, never replaced. The reader does not close
 * streams passed to it; it closes files it opens.
 * This class is immutable and thread-safe; one read is not.
 */
public final class JsonLinesReader {

    private static final JsonLinesReader DEFAULT = new JsonLinesReader(JsonLimits.defaults());

    private final JsonLimits limits;
    private final JsonFactory factory;

    private JsonLinesReader(JsonLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        // A line is limited by its own length, which is checked first; a document's, meant for one JSON
        // document, would make Jackson throw on a line longer than it.
        this.factory = SafeJson.codecFactory(limits.withMaxDocumentBytes(
                Math.max(limits.maxDocumentBytes(), limits.maxLineBytes())));
    }

    /**
     * Returns a reader with the default limits.
     *
     * @return the reader
     */
    public static JsonLinesReader create() {
        return DEFAULT;
    }

    /**
     * Returns a reader like this one with given limits.
     *
     * @param limits the limits, not null
     * @return the reader
     */
    public JsonLinesReader withLimits(JsonLimits limits) {
        return new JsonLinesReader(limits);
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
     * Reads every line of a stream, handing each to a consumer in order; the stream is left open.
     * If the stream fails, the consumer receives a last {@link JsonLine.ErrorLine} with
     * {@link ReadErrorCode#JSON_IO}.
     *
     * @param in the stream of UTF-8 bytes, not null
     * @param consumer receives each entity or error line, not null
     * @return the number of lines in the stream, blank lines included; if the stream fails, the number of
     *     the line where reading stopped, whose {@code JSON_IO} error line the consumer received
     */
    public long read(InputStream in, Consumer<? super JsonLine> consumer) {
        Objects.requireNonNull(consumer, "consumer");
        return readInto(in, (line, bytes) -> consumer.accept(line));
    }

    /** Receives each line read with the number of bytes it took in the input. */
    @FunctionalInterface
    interface Receiver {
        /**
         * Receives a line.
         *
         * @param line the entity or error line
         * @param bytes the bytes of the line in the input, or 0 for a line skipped unread
         */
        void accept(JsonLine line, int bytes);

        /**
         * Receives the number of a line that was left unparsed because it was not wanted; by default
         * does nothing.
         *
         * @param number the line number
         */
        default void skipped(long number) {
        }

        /** Called before each read of the input, which may wait for more; by default does nothing. */
        default void beforeRead() {
        }
    }

    /** Wants every line. */
    static final LongPredicate EVERY_LINE = number -> true;

    /** Reads every line of a stream into a receiver, as {@link #read(InputStream, Consumer)}. */
    long readInto(InputStream in, Receiver receiver) {
        Objects.requireNonNull(in, "in");
        return readInto(in, StudioTypes.forLines(), 1, Long.MAX_VALUE, EVERY_LINE, receiver);
    }

    /**
     * Reads the lines of one range of a file into a receiver, numbered and typed as in a read of the
     * whole file. If the file cannot be read, the receiver receives one {@link JsonLine.ErrorLine} for
     * the range's first line. Lines that are not wanted are only {@linkplain Receiver#skipped skipped}.
     */
    long readInto(Path path, LineRanges.Range range, LongPredicate wanted, Receiver receiver) {
        try (FileChannel channel = FileChannel.open(path)) {
            channel.position(range.from());
            return readInto(Channels.newInputStream(channel), range.types(), range.firstLine(), range.length(),
                    wanted, receiver);
        } catch (IOException e) {
            receiver.accept(unreadable(path, range.firstLine(), e), 0);
            return range.firstLine() - 1;
        }
    }

    /**
     * Reads at most some bytes of a stream, whose first line has a given number, into a receiver,
     * parsing the wanted lines only.
     */
    private long readInto(InputStream in, StudioTypes types, long firstLine, long limit, LongPredicate wanted,
            Receiver receiver) {
        Receiver guarded = new Guarded(receiver);
        LineSplitter splitter = new LineSplitter(limits.maxLineBytes(), new LineSplitter.Sink() {
            @Override
            public void line(long number, byte[] bytes, int length) {
                if (isBlank(number, bytes, length)) {
                    return;
                }
                if (wanted.test(number)) {
                    guarded.accept(parse(number, bytes, length, types), length);
                } else {
                    guarded.skipped(number);
                }
            }

            @Override
            public void tooLong(long number, long length) {
                guarded.accept(JsonLinesReader.this.tooLong(number, length), 0);
            }

            @Override
            public void beforeRead() {
                guarded.beforeRead();
            }
        }, firstLine);
        try {
            return splitter.split(in, limit);
        } catch (ReceiverFailed e) {
            throw Rethrow.unchecked(e.getCause(), "the receiver of the lines failed");
        } catch (IOException | UncheckedIOException e) {
            long line = splitter.currentLine();
            Throwable failure = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
            receiver.accept(new JsonLine.ErrorLine(line, List.of(DocumentInput.readFailure(failure, line))), 0);
            return line;
        } catch (Exception e) {
            // A checked exception the input threw without declaring it, as a progress callback's is thrown.
            throw Rethrow.unchecked(e, "the input failed");
        }
    }

    /**
     * Reads every line of a file, handing each to a consumer in order. If the file cannot be
     * opened, the consumer receives one {@link JsonLine.ErrorLine} for line 1.
     *
     * @param path the file, not null
     * @param consumer receives each entity or error line, not null
     * @return the number of lines in the file
     */
    public long read(Path path, Consumer<? super JsonLine> consumer) {
        Objects.requireNonNull(consumer, "consumer");
        return readInto(path, EVERY_LINE, (line, bytes) -> consumer.accept(line));
    }

    /**
     * Reads the lines of a file into a receiver, as {@link #read(Path, Consumer)}, parsing the wanted
     * lines only; the others are {@linkplain Receiver#skipped skipped}.
     */
    long readInto(Path path, LongPredicate wanted, Receiver receiver) {
        Objects.requireNonNull(path, "path");
        try (InputStream in = DocumentInput.open(path)) {
            return readInto(in, StudioTypes.forLines(), 1, Long.MAX_VALUE, wanted, receiver);
        } catch (IOException e) {
            receiver.accept(unreadable(path, 1, e), 0);
            return 0;
        }
    }

    /** The file itself cannot be read: an error of no line, on the line reading would have started at. */
    private static JsonLine unreadable(Path path, long line, IOException e) {
        return new JsonLine.ErrorLine(line, List.of(DocumentInput.unreadable(path, e)));
    }

    /**
     * Reads a whole dataset from a small JSON Lines stream, which is left open.
     *
     * @param in the stream of UTF-8 bytes, not null
     * @return the dataset, or every error found
     */
    public ReadResult<Dataset> readDataset(InputStream in) {
        LinesAssembler assembler = new LinesAssembler(limits.maxErrors());
        read(in, assembler);
        return assembler.result();
    }

    /**
     * Reads a whole dataset from a small JSON Lines file.
     *
     * @param path the file, not null
     * @return the dataset, or every error found
     */
    public ReadResult<Dataset> readDataset(Path path) {
        LinesAssembler assembler = new LinesAssembler(limits.maxErrors());
        read(path, assembler);
        return assembler.result();
    }

    /**
     * Reads a whole dataset from JSON Lines text, as its UTF-8 bytes (an unpaired surrogate is an
     * error of its line).
     *
     * @param text the lines, not null
     * @return the dataset, or every error found
     */
    public ReadResult<Dataset> readDataset(String text) {
        return readDataset(new ByteArrayInputStream(Utf8.encode(Objects.requireNonNull(text, "text"))));
    }

    /**
     * Reads one line on its own, as a partition of a distributed engine sees it, such as
     * {@code reader.parseLine("{\"type\":\"person\",...}", 12)}. Studio {@code type} codes resolve
     * against the built-in studio types only; use {@link #parseLine(String, long, Collection)} for a
     * file that defines custom types. The limits apply as when reading a file: a line longer than
     * {@link JsonLimits#maxLineBytes()} in UTF-8 is {@link ReadErrorCode#JSONL_LINE_TOO_LONG}, a
     * blank line is {@link ReadErrorCode#JSON_EMPTY}. One trailing {@code \n} or {@code \r\n} is
     * dropped; any other line break in the text is {@link ReadErrorCode#JSON_SYNTAX}. The text is read
     * as its UTF-8 bytes, and columns count them: an unpaired surrogate is
     * {@link ReadErrorCode#JSON_ENCODING} at its column.
     *
     * @param line the text of the line, not null
     * @param lineNumber the 1-based line number in the file, at least 1
     * @return the entity line, or an {@link JsonLine.ErrorLine} with every error of the line
     * @throws IllegalArgumentException if {@code lineNumber} is below 1
     */
    public JsonLine parseLine(String line, long lineNumber) {
        return parseLine(line, lineNumber, List.of());
    }

    /**
     * Reads one line on its own with the custom studio types defined on the earlier lines of its file,
     * as a distributed engine broadcasts them to its partitions. As in a file, a {@code studioType}
     * line that defines one of their codes again, even identically, is an error
     * ({@link ReadErrorCode#JSON_VALUE} at {@code /studioType/code}); otherwise as
     * {@link #parseLine(String, long)}.
     *
     * @param line the text of the line, not null
     * @param lineNumber the 1-based line number in the file, at least 1
     * @param studioTypes the custom studio types defined on earlier lines, not null
     * @return the entity line, or an {@link JsonLine.ErrorLine} with every error of the line
     * @throws IllegalArgumentException if {@code lineNumber} is below 1, or a studio type redefines a
     *     built-in code or shares its code with another
     */
    public JsonLine parseLine(String line, long lineNumber, Collection<StudioType> studioTypes) {
        Objects.requireNonNull(line, "line");
        return parseLine(Utf8.encode(line), lineNumber, studioTypes);
    }

    /**
     * Reads one line of UTF-8 bytes on its own; see {@link #parseLine(String, long)}.
     *
     * @param line the bytes of the line, not null; not changed
     * @param lineNumber the 1-based line number in the file, at least 1
     * @return the entity line, or an {@link JsonLine.ErrorLine} with every error of the line
     * @throws IllegalArgumentException if {@code lineNumber} is below 1
     */
    public JsonLine parseLine(byte[] line, long lineNumber) {
        return parseLine(line, lineNumber, List.of());
    }

    /**
     * Reads one line of UTF-8 bytes on its own with the custom studio types defined on the earlier
     * lines of its file; see {@link #parseLine(String, long, Collection)}.
     *
     * @param line the bytes of the line, not null; not changed
     * @param lineNumber the 1-based line number in the file, at least 1
     * @param studioTypes the custom studio types defined on earlier lines, not null
     * @return the entity line, or an {@link JsonLine.ErrorLine} with every error of the line
     * @throws IllegalArgumentException if {@code lineNumber} is below 1, or a studio type redefines a
     *     built-in code or shares its code with another
     */
    public JsonLine parseLine(byte[] line, long lineNumber, Collection<StudioType> studioTypes) {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(studioTypes, "studioTypes");
        if (lineNumber < 1) {
            throw new InvalidValueException("行号至少为 1，而不是 " + lineNumber,
                    "Line number must be at least 1, was " + lineNumber);
        }
        int length = line.length;
        if (length > 0 && line[length - 1] == '\n') {
            length--;
            if (length > 0 && line[length - 1] == '\r') {
                length--;
            }
        }
        if (length > limits.maxLineBytes()) {
            return tooLong(lineNumber, length);
        }
        int newline = LineSplitter.indexOf(line, 0, length, (byte) '\n');
        int lineBreak = LineSplitter.indexOf(line, 0, newline < 0 ? length : newline, (byte) '\r');
        if (lineBreak >= 0 || newline >= 0) {
            return lineBreak(lineNumber, lineBreak >= 0 ? lineBreak : newline);
        }
        StudioTypes types = StudioTypes.forLines(studioTypes);
        return parse(lineNumber, line, length, types);
    }

    private JsonLine tooLong(long number, long length) {
        return new JsonLine.ErrorLine(number, List.of(new ReadError(
                ReadErrorCode.JSONL_LINE_TOO_LONG, "", number, 1,
                "第 " + number + " 行长 " + length + " 字节，超过上限 " + limits.maxLineBytes() + " 字节，已跳过",
                "line " + number + " is " + length + " bytes long, more than the limit of "
                        + limits.maxLineBytes() + " bytes; it was skipped")));
    }

    /**
     * Reads the lines of a file whose record type is one of some types, skipping the others
     * unparsed where the type can be seen cheaply; lines that cannot be read are skipped.
     *
     * @param path the file
     * @param wanted the record types to read
     * @param consumer receives each entity line of a wanted type
     * @return the number of lines, or -1 if the file could not be read
     */
    long readOnly(Path path, Set<RecordType> wanted, Consumer<? super JsonLine> consumer) {
        return readOnly(path, wanted, consumer, null, null);
    }

    /**
     * Reads the lines of some types as {@link #readOnly(Path, Set, Consumer)}, finds where to cut
     * the file into ranges and counts the lines of each type; to know the studio types defined before
     * each cut, the types read must include {@link RecordType#STUDIO_TYPE}.
     *
     * @param ranges finds the cuts, or null
     * @param counts counts the lines of each type, or null
     */
    long readOnly(Path path, Set<RecordType> wanted, Consumer<? super JsonLine> consumer, LineRanges ranges,
            RecordCounts counts) {
        StudioTypes types = StudioTypes.forLines();
        LineSplitter splitter = new LineSplitter(limits.maxLineBytes(), new LineSplitter.Sink() {
            @Override
            public void starting(long number, long offset) {
                if (ranges != null) {
                    ranges.starting(number, offset, types);
                }
            }

            @Override
            public void line(long number, byte[] bytes, int length) {
                RecordType type = LineCodec.typeOf(factory, bytes, length);
                if (type != null && counts != null) {
                    counts.count(type);
                }
                if (type != null && wanted.contains(type)) {
                    JsonLine line = parse(number, bytes, length, types);
                    if (!(line instanceof JsonLine.ErrorLine)) {
                        consumer.accept(line);
                    }
                }
            }

            @Override
            public void tooLong(long number, long length) {
                // Reported by the pass that reads every line.
            }
        });
        try (InputStream in = Files.newInputStream(path)) {
            return splitter.split(in);
        } catch (IOException | UncheckedIOException e) {
            return -1;
        }
    }

    private JsonLine parse(long number, byte[] bytes, int length, StudioTypes types) {
        ReadError notUtf8 = Encoding.problem(bytes, length, number);
        if (notUtf8 != null) {
            return new JsonLine.ErrorLine(number, List.of(notUtf8));
        }
        if (number > 1 && Encoding.startsWithByteOrderMark(bytes, length)) {
            return new JsonLine.ErrorLine(number, List.of(new ReadError(ReadErrorCode.JSON_ENCODING, "", number, 1,
                    "字节顺序标记只能出现在文件开头", "a byte-order mark may only begin the file")));
        }
        // A file's lines end at \n; a \r inside one would end a line for other readers, such as Spark's,
        // and is told before bytes that are not UTF-8. One pass looks for both.
        int odd = Utf8.malformedOrAt(bytes, 0, length, (byte) '\r');
        if (odd >= 0) {
            int lineBreak = bytes[odd] == '\r' ? odd : LineSplitter.indexOf(bytes, odd, length, (byte) '\r');
            return lineBreak >= 0 ? lineBreak(number, lineBreak) : new JsonLine.ErrorLine(number, List.of(
                    new ReadError(ReadErrorCode.JSON_ENCODING, "", number, odd + 1, Utf8.zh(bytes, odd, length),
                            Utf8.en(bytes, odd, length))));
        }
        LineCodec codec = LineCodec.forLine(factory, bytes, length);
        JsonParser parser = factory.createParser(ObjectReadContext.empty(), bytes, 0, length);
        Cursor cursor = new Cursor(parser, limits.maxErrors(), number, types);
        try {
            JsonLine line = Failures.readRoot(cursor, codec::read);
            if (line instanceof JsonLine.StudioTypeLine typeLine) {
                types.define(typeLine.studioType(), cursor, "/studioType", codec.studioTypeStart());
            }
            return cursor.errorCount() == 0 && line != null ? line : new JsonLine.ErrorLine(number, cursor.errors());
        } catch (JacksonException e) {
            return new JsonLine.ErrorLine(number, cursor.errors().isEmpty() ? List.of(new ReadError(
                    ReadErrorCode.JSON_SYNTAX, "", number, 0, "无法解析该行", "the line could not be parsed"))
                    : cursor.errors());
        } finally {
            Failures.close(parser);
        }
    }

    private static JsonLine lineBreak(long number, int at) {
        return new JsonLine.ErrorLine(number, List.of(new ReadError(ReadErrorCode.JSON_SYNTAX, "", number, at + 1,
                "一行中不能有换行符", "a line must not hold a line break")));
    }

    /**
     * Tells whether a line holds only spaces, tabs and returns, after a UTF-8 byte-order mark if it is
     * the first line: a mark on another is an error of its own.
     */
    private static boolean isBlank(long number, byte[] bytes, int length) {
        int from = number == 1 && Encoding.startsWithByteOrderMark(bytes, length) ? Encoding.BYTE_ORDER_MARK_LENGTH : 0;
        for (int i = from; i < length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** What a receiver of lines threw, on its way out of the reading of the input. */
    private static final class ReceiverFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ReceiverFailed(Throwable cause) {
            super(null, cause, false, false);
        }
    }

    /**
     * A receiver whose failures pass through the reading as a {@link ReceiverFailed}, so that they are
     * not taken for a failure of the input, even an {@code UncheckedIOException} of its own.
     */
    private record Guarded(Receiver receiver) implements Receiver {

        @Override
        public void accept(JsonLine line, int bytes) {
            try {
                receiver.accept(line, bytes);
            } catch (Throwable e) {
                throw new ReceiverFailed(e);
            }
        }

        @Override
        public void skipped(long number) {
            try {
                receiver.skipped(number);
            } catch (Throwable e) {
                throw new ReceiverFailed(e);
            }
        }

        @Override
        public void beforeRead() {
            try {
                receiver.beforeRead();
            } catch (Throwable e) {
                throw new ReceiverFailed(e);
            }
        }
    }
}
