package org.yanxun.json;

/**
 * How many lines of a file hold records of each type, as far as the start of a line tells
 * ({@link LineCodec#typeOf}): what the pass that reads the reference data learns on the way, so that
 * the passes after it can size their states at once. Lines whose type shows only further in are not
 * counted. Not thread-safe.
 */
final class RecordCounts {

    private final long[] byType = new long[RecordType.values().length];

    /** Counts one line of a type. */
    void count(RecordType type) {
        byType[type.ordinal()]++;
    }

    /** The number of lines of a type counted. */
    long of(RecordType type) {
        return byType[type.ordinal()];
    }
}
