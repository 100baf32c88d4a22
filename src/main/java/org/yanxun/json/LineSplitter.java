package org.yanxun.json;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Splits a byte stream into lines at {@code \n} (dropping a {@code \r} before it) with a bounded
 * buffer: a line longer than the limit (not counting its {@code \r\n} or {@code \n}) is skipped to
 * the next newline without being held, so memory stays flat whatever the input. Not thread-safe.
 */
final class LineSplitter {

    /** Receives the lines. */
    interface Sink {
        /**
         * Receives a line.
         *
         * @param number the 1-based line number
         * @param bytes a buffer holding the line from offset 0; reused after the call returns
         * @param length the length of the line
         */
        void line(long number, byte[] bytes, int length);

        /**
         * Receives a line that was too long and skipped.
         *
         * @param number the 1-based line number
         * @param length the length of the line in bytes
         */
        void tooLong(long number, long length);

        /**
         * Called before each line, too long or not, is handed over; by default does nothing.
         *
         * @param number the 1-based line number
         * @param offset where the line starts, in bytes from the start of the stream
         */
        default void starting(long number, long offset) {
        }

        /** Called before each read of the stream, which may wait for input; by default does nothing. */
        default void beforeRead() {
        }
    }

    private static final int CHUNK = 64 * 1024;
    private static final int INITIAL_LINE = 8 * 1024;
    /** The longest line a buffer can hold, with its {@code \r}: a few bytes below the largest array. */
    private static final int MAX_HELD = Integer.MAX_VALUE - 9;

    /** Reads eight bytes of a chunk as one word, the first byte lowest. */
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOW_BITS = 0x0101_0101_0101_0101L;
    private static final long HIGH_BITS = 0x8080_8080_8080_8080L;

    private final int maxLine;
    private final Sink sink;
    private byte[] line;
    private int length;
    private boolean skipping;
    private long skipped;
    /** Whether the last byte skipped was a {@code \r}, which ends a line rather than belonging to it. */
    private boolean skippedReturn;
    private long number;
    /** The bytes read before the current chunk. */
    private long position;
    /** The offset in the stream of the line being read. */
    private long lineStart;

    LineSplitter(int maxLine, Sink sink) {
        this(maxLine, sink, 1);
    }

    /**
     * Creates a splitter whose first line has a given number, for a stream that starts inside a file.
     *
     * @param maxLine the longest line held, in bytes
     * @param sink receives the lines
     * @param firstLine the number of the stream's first line, at least 1
     */
    LineSplitter(int maxLine, Sink sink, long firstLine) {
        this.maxLine = Math.min(maxLine, MAX_HELD);
        this.sink = sink;
        this.number = firstLine;
        this.line = new byte[Math.min(INITIAL_LINE, this.maxLine + 1)];
    }

    /**
     * Reads the stream to its end.
     *
     * @param in the stream
     * @return the number of the last line, which is the number of lines if the first was line 1
     * @throws IOException if the stream fails
     */
    long split(InputStream in) throws IOException {
        return split(in, Long.MAX_VALUE);
    }

    /**
     * Reads at most some bytes of the stream, ending the last line there.
     *
     * @param in the stream
     * @param limit the most bytes to read
     * @return the number of the last line
     * @throws IOException if the stream fails
     */
    long split(InputStream in, long limit) throws IOException {
        byte[] chunk = new byte[CHUNK];
        int n;
        while (position < limit) {
            sink.beforeRead();
            if ((n = in.read(chunk, 0, (int) Math.min(CHUNK, limit - position))) < 0) {
                break;
            }
            int start = 0;
            for (int end; (end = indexOfNewline(chunk, start, n)) >= 0; start = end + 1) {
                append(chunk, start, end);
                emit();
                lineStart = position + end + 1;
            }
            append(chunk, start, n);
            position += n;
        }
        if (length > 0 || skipping) {
            emit();
        }
        return number - 1;
    }

    /**
     * Finds the first newline in a range of bytes, eight bytes at a time: splitting a file byte by byte
     * took about a third of the time Jackson takes to tokenise it.
     *
     * <p>A word XOR eight newlines has a zero byte where the word has a newline. Subtracting one from
     * each byte sets the high bit of a zero byte (and of no byte below the first zero), so the lowest
     * flagged byte is the first newline; flags above it may be borrows, and are never read.
     *
     * @param bytes the bytes
     * @param from the first index searched
     * @param to the index after the last searched
     * @return the index of the first {@code \n}, or -1 if there is none
     */
    static int indexOfNewline(byte[] bytes, int from, int to) {
        return indexOf(bytes, from, to, (byte) '\n');
    }

    /**
     * Finds the first of some byte in a range of bytes, eight bytes at a time, as
     * {@link #indexOfNewline} does.
     *
     * @param bytes the bytes
     * @param from the first index searched
     * @param to the index after the last searched
     * @param sought the byte sought, below 0x80
     * @return the index of the first such byte, or -1 if there is none
     */
    static int indexOf(byte[] bytes, int from, int to, byte sought) {
        long pattern = LOW_BITS * sought;
        int i = from;
        for (; i <= to - Long.BYTES; i += Long.BYTES) {
            long word = (long) WORDS.get(bytes, i) ^ pattern;
            long zeros = (word - LOW_BITS) & ~word & HIGH_BITS;
            if (zeros != 0) {
                return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (bytes[i] == sought) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Returns the number of the line being read.
     *
     * @return the line number
     */
    long currentLine() {
        return number;
    }

    private void append(byte[] chunk, int from, int to) {
        int count = to - from;
        if (count == 0) {
            return;
        }
        if (skipping) {
            skipped += count;
            skippedReturn = chunk[to - 1] == '\r';
            return;
        }
        // One byte more than the limit may be held: the \r of a \r\n.
        if ((long) length + count > maxLine + 1L) {
            skipping = true;
            skipped = (long) length + count;
            skippedReturn = chunk[to - 1] == '\r';
            length = 0;
            line = new byte[Math.min(INITIAL_LINE, this.maxLine + 1)];
            return;
        }
        if (length + count > line.length) {
            line = java.util.Arrays.copyOf(line,
                    (int) Math.min(maxLine + 1L, Math.max((long) line.length * 2, length + count)));
        }
        System.arraycopy(chunk, from, line, length, count);
        length += count;
    }

    private void emit() {
        sink.starting(number, lineStart);
        int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
        if (skipping) {
            sink.tooLong(number, skippedReturn ? skipped - 1 : skipped);
            skipping = false;
            skipped = 0;
        } else if (end > maxLine) {
            sink.tooLong(number, end);
        } else {
            sink.line(number, line, end);
        }
        length = 0;
        number++;
    }
}
