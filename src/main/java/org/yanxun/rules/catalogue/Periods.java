package org.yanxun.rules.catalogue;

import org.yanxun.DateRange;

/**
 * Date ranges as a message writes them for a reader, not as ISO-8601 intervals: {@code 2023-01-01 至 2025-12-31},
 * {@code 2023-01-01 to 2025-12-31}, both days included.
 */
final class Periods {

    private Periods() {
    }

    /** The range in Chinese: {@code 2023-01-01 至 2025-12-31}. */
    static String zh(DateRange range) {
        return range.start() + " 至 " + range.end();
    }

    /** The range in English: {@code 2023-01-01 to 2025-12-31}. */
    static String en(DateRange range) {
        return range.start() + " to " + range.end();
    }
}
