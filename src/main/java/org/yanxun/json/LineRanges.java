package org.yanxun.json;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * Where a JSON Lines file is cut into byte ranges for threads to validate side by side. Each range
 * starts at the start of a line and knows that line's number and the custom studio types defined on
 * the lines before it, so its lines read as they would in one pass over the whole file. The cuts are
 * found by a pass that reads the file from its start, which tells each line as it comes
 * ({@link #starting}); a file of few lines gets fewer ranges than asked for. Not thread-safe while
 * the cuts are found; its ranges may then be read by several threads.
 */
final class LineRanges {

    /**
     * One range of a file.
     *
     * @param from the offset of its first byte
     * @param to the offset after its last byte, or {@link Long#MAX_VALUE} for the range that ends the file
     * @param firstLine the number of its first line
     * @param typesBefore the studio types known before its first line, not to be changed
     */
    record Range(long from, long to, long firstLine, StudioTypes typesBefore) {

        /** The most bytes the range may hold. */
        long length() {
            return to - from;
        }

        /** The studio types to read the range with: a copy of those known before it, which the range may add to. */
        StudioTypes types() {
            return typesBefore.copy();
        }
    }

    private final long size;
    private final int count;
    private final List<Range> ranges = new ArrayList<>();
    private long from;
    private long firstLine = 1;
    private StudioTypes typesBefore = StudioTypes.forLines();

    /**
     * Prepares to cut a file into about equal ranges.
     *
     * @param size the size of the file in bytes
     * @param count the number of ranges wanted, at least 1
     */
    LineRanges(long size, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, not " + count);
        }
        this.size = size;
        this.count = count;
    }

    /**
     * Tells where a line starts, before the line is read; cuts a range there if the line starts at or
     * past the next cut.
     *
     * @param number the line number
     * @param offset the offset where the line starts
     * @param types the studio types the lines before it defined
     */
    void starting(long number, long offset, StudioTypes types) {
        if (ranges.size() + 1 < count && offset > from && offset >= size / count * (ranges.size() + 1)) {
            ranges.add(new Range(from, offset, firstLine, typesBefore));
            from = offset;
            firstLine = number;
            typesBefore = types.copy();
        }
    }

    /**
     * Reads ranges side by side, the first on the calling thread and each other on a thread of its own,
     * and combines what each read gave in the order of the ranges. If reading a range throws, the
     * threads still reading are interrupted (a read of a file ends at its next read of the input) and
     * the first failure in the order of the ranges is thrown. The threads have ended when this returns
     * or throws, unless the calling thread is interrupted while it waits for them.
     *
     * @param <T> what reading a range gives
     * @param ranges the ranges, at least one
     * @param read reads one range
     * @param combine adds what a range gave to what the ranges before it gave
     * @return what all the ranges gave
     * @throws CancellationException if the calling thread is interrupted while it waits, which leaves it
     *     interrupted
     */
    @SuppressWarnings("unchecked")
    static <T> T readSideBySide(List<Range> ranges, Function<? super Range, ? extends T> read,
            BinaryOperator<T> combine) {
        int count = ranges.size();
        Object[] given = new Object[count];
        Throwable[] failures = new Throwable[count];
        Thread[] threads = new Thread[count];
        for (int i = 1; i < count; i++) {
            int range = i;
            threads[i] = new Thread(() -> {
                try {
                    given[range] = read.apply(ranges.get(range));
                } catch (RuntimeException | Error e) {
                    failures[range] = e;
                }
            }, "yanxun-range-" + i);
            threads[i].setDaemon(true);
            threads[i].start();
        }
        try {
            given[0] = read.apply(ranges.get(0));
        } catch (RuntimeException | Error e) {
            failures[0] = e;
            interrupt(threads, 1);
        }
        T all = (T) given[0];
        boolean failed = failures[0] != null;
        for (int i = 1; i < count; i++) {
            try {
                threads[i].join();
            } catch (InterruptedException e) {
                interrupt(threads, i);
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while the ranges of a file were read");
            }
            if (failures[i] != null) {
                failed = true;
                interrupt(threads, i + 1);
            } else if (!failed) {
                all = combine.apply(all, (T) given[i]);
            }
        }
        for (Throwable failure : failures) {
            if (failure instanceof RuntimeException e) {
                throw e;
            } else if (failure instanceof Error e) {
                throw e;
            }
        }
        return all;
    }

    private static void interrupt(Thread[] threads, int from) {
        for (int i = Math.max(1, from); i < threads.length; i++) {
            threads[i].interrupt();
        }
    }

    /**
     * Returns the ranges found: they follow one another from the start of the file, and the last reads
     * to its end.
     *
     * @return the ranges, at least one
     */
    List<Range> ranges() {
        List<Range> all = new ArrayList<>(ranges);
        all.add(new Range(from, Long.MAX_VALUE, firstLine, typesBefore));
        return all;
    }
}
