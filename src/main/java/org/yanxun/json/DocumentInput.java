package org.yanxun.json;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The inputs a whole-document reader accepts — a file, UTF-8 bytes, characters or a string — turned
 * into a parser for its codec, with the same checks and the same errors for every document kind.
 */
final class DocumentInput {

    /** Parses a document from a parser the input opens. */
    @FunctionalInterface
    interface Parse<T> {
        ReadResult<T> parse(Function<JsonFactory, JsonParser> open);
    }

    /** A byte-order mark, as a character: ignored at the start of text as at the start of bytes. */
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /**
     * The Chinese for the reasons a system gives most often beyond those {@link #unreadable} names by their
     * exceptions, by how the reason starts (Linux's and macOS's words; Java adds to the first).
     */
    private static final Map<String, String> REASONS_ZH = Map.of(
            "Too many levels of symbolic links", "符号链接层数过多，或许是循环链接",
            "Not a directory", "路径中有一段不是目录",
            "File name too long", "文件名过长",
            "Input/output error", "输入输出错误",
            "Too many open files", "打开的文件过多",
            "Operation not permitted", "不允许此操作",
            "No such device or address", "没有此设备或地址");

    private DocumentInput() {
    }

    static <T> ReadResult<T> fromPath(Path path, Function<InputStream, ReadResult<T>> read) {
        Objects.requireNonNull(path, "path");
        try (InputStream in = open(path)) {
            return read.apply(in);
        } catch (IOException e) {
            return ReadResult.failure(List.of(unreadable(path, e)));
        } catch (UncheckedIOException e) {
            return ReadResult.failure(List.of(unreadable(path, e.getCause())));
        }
    }

    /**
     * Opens a file to read. A directory is refused here: some systems open one and fail only when it
     * is read, with a message of their own.
     */
    static InputStream open(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            throw new Directory(path);
        }
        return Files.newInputStream(path);
    }

    /**
     * The error of a file that cannot be opened or read, in both languages for the usual causes: an
     * error of the file itself, of no line.
     */
    static ReadError unreadable(Path file, IOException e) {
        // A file name may hold anything, a terminal escape among it: shown printable and bounded.
        String path = Failures.path(file);
        String zh;
        String en;
        if (e instanceof NoSuchFileException) {
            zh = "文件不存在：" + path;
            en = "no such file: " + path;
        } else if (e instanceof AccessDeniedException) {
            zh = "无权读取文件：" + path;
            en = "permission denied: " + path;
        } else if (e instanceof Directory) {
            zh = "这是目录，不是文件：" + path;
            en = "a directory, not a file: " + path;
        } else if (e instanceof NotRegularFile) {
            zh = "不是普通文件：" + path + "；校验 JSON Lines 要多次读取文件，须为普通文件（管道、FIFO、设备只能读一次：请先存为"
                    + "文件，或在 Java 中改用流校验 JsonLinesValidation.validate(InputStream, Dimensions, LocalDate)）";
            en = "not a regular file: " + path + "; validating JSON Lines reads the file more than once, so it must "
                    + "be a regular file (a pipe, FIFO or device can be read once only: save it to a file first, or, "
                    + "from Java, validate it as a stream with JsonLinesValidation.validate(InputStream, Dimensions, "
                    + "LocalDate))";
        } else if (e instanceof ClosedByInterruptException) {
            // Opened on a thread already interrupted: the exception says nothing of itself.
            zh = "读取被中断：" + path;
            en = "reading was interrupted: " + path;
        } else {
            // The system's own words, without the path a FileSystemException repeats.
            String why = Failures.shorten(e instanceof FileSystemException system && system.getReason() != null
                    ? system.getReason() : e.getMessage());
            zh = "无法读取文件 " + path + "：" + REASONS_ZH.entrySet().stream()
                    .filter(reason -> why.startsWith(reason.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse(why);
            en = "cannot read " + path + ": " + why;
        }
        return new ReadError(ReadErrorCode.JSON_IO, "", 0, 0, zh, en);
    }

    /**
     * The error of a path that is read more than once but could not be: one that exists, after following
     * symbolic links, and is neither a regular file nor a directory, such as a FIFO or {@code /dev/stdin}
     * fed by a pipe, whose first reading would consume what a later one expects to read again. Only its
     * attributes are read, so a FIFO is not opened and nothing blocks. A missing path and a directory are
     * left to the reading, which refuses them with errors of their own.
     *
     * @return the error, or null if the path may be read more than once
     */
    static ReadError notRereadable(Path path) {
        if (Files.isRegularFile(path) || Files.isDirectory(path) || !Files.exists(path)) {
            return null;
        }
        return unreadable(path, new NotRegularFile(path));
    }

    /** A path that is not a regular file, such as a FIFO, where one to read more than once was expected. */
    private static final class NotRegularFile extends FileSystemException {
        private static final long serialVersionUID = 1L;

        NotRegularFile(Path path) {
            super(path.toString(), null, "not a regular file");
        }
    }

    /**
     * A stream that answers {@code available()} with 0 where the stream it reads cannot tell: the stream
     * of a file channel throws "Illegal seek" for a pipe such as {@code /dev/stdin}, and a buffered
     * stream asks after each partial read. A real failure comes again from the next {@code read}.
     */
    private static final class Unmeasured extends FilterInputStream {
        Unmeasured(InputStream in) {
            super(in);
        }

        @Override
        public int available() {
            try {
                return in.available();
            } catch (IOException e) {
                return 0;
            }
        }
    }

    /** A directory where a file was expected. */
    private static final class Directory extends FileSystemException {
        private static final long serialVersionUID = 1L;

        Directory(Path path) {
            super(path.toString(), null, "a directory, not a file");
        }
    }

    static <T> ReadResult<T> fromStream(InputStream in, Parse<T> parse) {
        Objects.requireNonNull(in, "in");
        BufferedInputStream buffered = new BufferedInputStream(new Unmeasured(in));
        try {
            ReadError notUtf8 = Encoding.problem(buffered, 1);
            if (notUtf8 != null) {
                return ReadResult.failure(List.of(notUtf8));
            }
            // The columns of line 1 count a byte-order mark's three bytes, as the JSON Lines reader's do.
            Encoding.skipByteOrderMarkAlone(buffered);
        } catch (IOException e) {
            return ReadResult.failure(List.of(readFailure(e, 0)));
        } catch (UncheckedIOException e) {
            return ReadResult.failure(List.of(readFailure(e.getCause(), 0)));
        }
        InputStream checked = new Utf8.CheckingStream(buffered);
        return parse.parse(f -> f.createParser(ObjectReadContext.empty(), checked));
    }

    static <T> ReadResult<T> fromReader(Reader reader, Parse<T> parse) {
        Objects.requireNonNull(reader, "reader");
        PushbackReader text = new PushbackReader(reader, 1);
        try {
            int first = text.read();
            if (first >= 0 && first != BYTE_ORDER_MARK) {
                text.unread(first);
            }
        } catch (IOException e) {
            return ReadResult.failure(List.of(readFailure(e, 0)));
        } catch (UncheckedIOException e) {
            return ReadResult.failure(List.of(readFailure(e.getCause(), 0)));
        }
        Reader checked = new Utf16.CheckingReader(text);
        return parse.parse(f -> f.createParser(ObjectReadContext.empty(), checked));
    }

    static <T> ReadResult<T> fromString(String json, Parse<T> parse) {
        Objects.requireNonNull(json, "json");
        String text = !json.isEmpty() && json.charAt(0) == BYTE_ORDER_MARK ? json.substring(1) : json;
        Reader checked = new Utf16.CheckingReader(new StringReader(text));
        return parse.parse(f -> f.createParser(ObjectReadContext.empty(), checked));
    }

    /** Reads the root value of a document with a cursor; errors are recorded in the cursor. */
    @FunctionalInterface
    interface Body<T> {
        /** Returns the value read, or null if it could not be built. */
        T read(Cursor cursor);
    }

    /**
     * Opens a cursor on the input and reads one document: the value if the cursor recorded no error,
     * otherwise every error; a failure of the input itself is one {@code JSON_IO} error.
     */
    static <T> ReadResult<T> read(Function<JsonFactory, JsonParser> open, JsonFactory factory, JsonLimits limits,
            StudioTypes types, Body<T> body) {
        Cursor cursor;
        try {
            cursor = new Cursor(open.apply(factory), limits.maxErrors(), 0, types);
        } catch (JacksonException e) {
            // Opening reads the first four bytes, to tell their encoding: an ill-formed sequence among
            // them fails it before the parser has read any, so it is the error even after a syntax error.
            return e.getCause() instanceof Utf8.Malformed malformed ? ReadResult.failure(List.of(malformed.toError()))
                    : ioFailure("无法打开输入：" + Failures.shorten(e.getOriginalMessage()),
                            "cannot open input: " + Failures.shorten(e.getOriginalMessage()));
        }
        try {
            T value = body.read(cursor);
            return cursor.errorCount() == 0 && value != null
                    ? ReadResult.success(value) : ReadResult.failure(cursor.errors());
        } catch (JacksonException e) {
            return ReadResult.failure(cursor.errors().isEmpty()
                    ? List.of(new ReadError(ReadErrorCode.JSON_IO, "", 0, 0, "读取输入失败", "input could not be read"))
                    : cursor.errors());
        } finally {
            Failures.close(cursor.parser());
        }
    }

    /**
     * The {@code JSON_IO} error of an input that failed while it was read: "reading was interrupted" for
     * an interrupt, after which the thread is interrupted again (a stream that stops at an interrupt, such
     * as a pipe's, has cleared it), otherwise the failure's own words, if it has any.
     *
     * @param failure what the input threw
     * @param line the line where it failed, or 0
     * @return the error
     */
    static ReadError readFailure(Throwable failure, long line) {
        boolean interrupted = failure instanceof ClosedByInterruptException
                || failure instanceof InterruptedIOException && !(failure instanceof SocketTimeoutException);
        if (interrupted) {
            Thread.currentThread().interrupt();
            return interrupted(line);
        }
        String why = failure.getMessage() == null || failure.getMessage().isBlank() ? null
                : Failures.shorten(failure.getMessage());
        return new ReadError(ReadErrorCode.JSON_IO, "", line, 0, why == null ? "读取输入失败" : "读取输入失败：" + why,
                why == null ? "input could not be read" : "input could not be read: " + why);
    }

    /**
     * The {@code JSON_IO} error of reading that an interrupt stopped.
     *
     * @param line the line where it stopped, or 0
     * @return the error
     */
    static ReadError interrupted(long line) {
        return new ReadError(ReadErrorCode.JSON_IO, "", line, 0, "读取被中断", "reading was interrupted");
    }

    static <T> ReadResult<T> ioFailure(String zh, String en) {
        return ReadResult.failure(List.of(new ReadError(ReadErrorCode.JSON_IO, "", 0, 0, zh, en)));
    }
}
