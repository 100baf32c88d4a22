package org.yanxun.json;

import java.util.List;
import java.util.Objects;
import org.yanxun.InvalidValueException;
import org.yanxun.internal.English;

/**
 * One problem found while reading JSON, with where it is, such as {@code JSON_MISSING} at
 * {@code /clusters/0/studios/5} on line 12, column 7: "property 'cycle' is missing".
 *
 * <p>The pointer is an RFC 6901 JSON Pointer into the document (for JSON Lines, into the line's
 * record); the empty string points at the whole document. Line and column are 1-based; for JSON
 * Lines the line is the line of the file. The column counts bytes for byte input (files and streams)
 * and UTF-16 units for a document given as text; a JSON Lines record's column counts the bytes of its
 * line in UTF-8, even when the lines were given as text. Both are 0 when no position is known (input
 * that could not be read, a document over its length limit), and the column alone when only the line
 * is, such as {@link ReadErrorCode#JSONL_UNKNOWN_PARENT} at the record's line, or
 * {@link ReadErrorCode#JSON_EMPTY} at line 1 of an empty document, where the parser found nothing.
 * (The command line's {@code JSON_EMPTY} of a JSON Lines file without a record, whose blank lines may
 * be many, is of the whole file: line 0.)
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the stable code, not null
 * @param pointer the JSON Pointer to the offending value, not null
 * @param line the 1-based line, or 0 if unknown
 * @param column the 1-based column, or 0 if unknown
 * @param zh the message in Simplified Chinese, not null
 * @param en the message in English, not null
 */
public record ReadError(ReadErrorCode code, String pointer, long line, int column, String zh, String en) {

    /** How many errors a {@linkplain #summary summary} shows. */
    private static final int SUMMARISED = 5;

    /**
     * Creates a read error, checking its invariants.
     *
     * @param code the stable code, not null
     * @param pointer the JSON Pointer to the offending value, not null
     * @param line the 1-based line, or 0 if unknown
     * @param column the 1-based column, or 0 if unknown
     * @param zh the message in Simplified Chinese, not null
     * @param en the message in English, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the line or column is negative
     */
    public ReadError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
        if (line < 0 || column < 0) {
            throw new InvalidValueException("行号和列号不能为负数，实为 " + line + ":" + column,
                    "Line and column must not be negative, was " + line + ":" + column);
        }
    }

    /**
     * Returns the error in one line of English, such as
     * {@code JSON_MISSING at /clusters/0 (line 3, column 5): property 'name' is missing}, without the
     * brackets for an error of no line (one about the input as a whole, such as a file that cannot be
     * opened). The empty pointer of a whole document or line is shown as {@code /}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return code + " at " + (pointer.isEmpty() ? "/" : pointer)
                + (line == 0 ? "" : " (line " + line + ", column " + column + ")") + ": " + en;
    }

    /**
     * Describes errors for a message or a {@code toString}, bounded whatever their number: how many, then
     * the first few, such as {@code 7 errors: JSON_MISSING at /persons/0 (line 3, column 5): ...; 2 more}.
     *
     * @param errors the errors
     * @return the description
     */
    static String summary(List<ReadError> errors) {
        StringBuilder text = new StringBuilder(English.count(errors.size(), "error"));
        for (int i = 0; i < Math.min(SUMMARISED, errors.size()); i++) {
            text.append(i == 0 ? ": " : "; ").append(errors.get(i));
        }
        if (errors.size() > SUMMARISED) {
            text.append("; ").append(errors.size() - SUMMARISED).append(" more");
        }
        return text.toString();
    }
}
