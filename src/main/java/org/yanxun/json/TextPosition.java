package org.yanxun.json;

/**
 * Where the next unit of a text is, as the parser tells lines and columns: lines from 1, each ended by
 * {@code \r\n}, a lone {@code \r} or a lone {@code \n}; columns from 1, in the units counted (bytes or
 * characters). The encoding checkers ({@link Utf8.CheckingStream}, {@link Utf16.CheckingReader}) count
 * with it, so that an encoding error and a syntax error at the same spot have the same line and column.
 *
 * <p>This class is not thread-safe.
 */
final class TextPosition {

    private long line = 1;
    private long column = 1;
    /** Whether the last unit counted is {@code \r}: a {@code \n} right after it ends no line. */
    private boolean afterReturn;

    /** Counts one unit, a byte or a character. */
    void count(int unit) {
        if (unit == '\r' || unit == '\n' && !afterReturn) {
            line++;
            column = 1;
        } else if (unit != '\n') {
            column++;
        }
        afterReturn = unit == '\r';
    }

    /** Counts units that end no line, such as the bytes of one multi-byte sequence. */
    void countOthers(int units) {
        column += units;
        afterReturn = false;
    }

    long line() {
        return line;
    }

    long column() {
        return column;
    }
}
