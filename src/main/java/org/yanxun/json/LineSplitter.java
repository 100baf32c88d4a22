package org.yanxun.json;

import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines at {@code \n} (dropping a {@code \r} before it) with a bounded
 * buffer: a line longer than the limit is skipped to the next newline without being held, so
 * memory stays flat whatever the input. Not thread-safe.
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

    private final int maxLine;
    private final Sink sink;
    private byte[] line;
    private int length;
    private boolean skipping;
    private long skipped;
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
        this.maxLine = maxLine;
        this.sink = sink;
        this.number = firstLine;
        this.line = new byte[Math.min(INITIAL_LINE, maxLine + 1)];
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
            for (int i = 0; i < n; i++) {
                if (chunk[i] == '\n') {
                    append(chunk, start, i);
                    emit();
                    start = i + 1;
                    lineStart = position + start;
                }
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
            return;
        }
        if ((long) length + count > maxLine) {
            skipping = true;
            skipped = (long) length + count;
            length = 0;
            line = new byte[Math.min(INITIAL_LINE, maxLine + 1)];
            return;
        }
        if (length + count > line.length) {
            line = java.util.Arrays.copyOf(line, (int) Math.min(maxLine, Math.max((long) line.length * 2, length + count)));
        }
        System.arraycopy(chunk, from, line, length, count);
        length += count;
    }

    private void emit() {
        sink.starting(number, lineStart);
        if (skipping) {
            sink.tooLong(number, skipped);
            skipping = false;
            skipped = 0;
        } else {
            int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
            sink.line(number, line, end);
        }
        length = 0;
        number++;
    }
}
