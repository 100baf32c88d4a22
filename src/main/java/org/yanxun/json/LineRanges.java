package org.yanxun.json;

import java.util.ArrayList;
import java.util.List;

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
