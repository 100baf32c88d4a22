package org.yanxun.json;

import org.yanxun.InvalidValueException;
import org.yanxun.internal.Checks;

/**
 * The limits a reader applies to untrusted JSON, tighter than Jackson's defaults, such as
 * {@code JsonLimits.defaults().withMaxNestingDepth(32)}.
 *
 * <p>The defaults are:
 * <table class="striped">
 * <caption>Default limits</caption>
 * <thead><tr><th>limit</th><th>default</th><th>error when exceeded</th></tr></thead>
 * <tbody>
 * <tr><td>{@code maxNestingDepth}</td><td>64 arrays and objects</td><td>{@code JSON_LIMIT}</td></tr>
 * <tr><td>{@code maxStringLength}</td><td>1,000,000 characters</td><td>{@code JSON_LIMIT}</td></tr>
 * <tr><td>{@code maxNumberLength}</td><td>100 characters</td><td>{@code JSON_LIMIT}</td></tr>
 * <tr><td>{@code maxNameLength}</td><td>256 characters (bytes of UTF-8 when bytes are read)</td><td>{@code JSON_LIMIT}</td></tr>
 * <tr><td>{@code maxDocumentBytes}</td><td>256 MiB (268,435,456 bytes; characters for text input), one
 *     document; not a JSON Lines line, which {@code maxLineBytes} limits</td>
 *     <td>{@code JSON_LIMIT}</td></tr>
 * <tr><td>{@code maxLineBytes}</td><td>16 MiB (16,777,216 bytes), one JSON Lines line</td>
 *     <td>{@code JSONL_LINE_TOO_LONG}</td></tr>
 * <tr><td>{@code maxErrors}</td><td>1,000 errors reported for one document, or for a whole JSON Lines
 *     file</td><td>{@code JSON_LIMIT}; a document's reading stops, a JSON Lines file's lines are all
 *     still read and validated</td></tr>
 * </tbody>
 * </table>
 *
 * <p>The first five are applied through Jackson's {@code StreamReadConstraints}; the line length is
 * enforced by the JSON Lines reader before Jackson sees the line, so a line longer than the limit is
 * never held in memory.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param maxNestingDepth the deepest nesting of arrays and objects, at least 1
 * @param maxStringLength the longest string value, in characters, at least 1
 * @param maxNumberLength the longest number, in characters, at least 1
 * @param maxNameLength the longest property name, in characters (in bytes of UTF-8 when the reader reads
 *     bytes, as the parser counts it), at least 1
 * @param maxDocumentBytes the largest document, in bytes (characters for text input), at least 1
 * @param maxLineBytes the longest JSON Lines line, in bytes without the line terminator, at least 1
 * @param maxErrors the most errors reported for one document or line, at least 1; past it one more,
 *     {@code JSON_LIMIT}, says that the others were left out
 */
public record JsonLimits(int maxNestingDepth, int maxStringLength, int maxNumberLength, int maxNameLength,
        long maxDocumentBytes, int maxLineBytes, int maxErrors) {

    private static final JsonLimits DEFAULTS =
            new JsonLimits(64, 1_000_000, 100, 256, 256L * 1024 * 1024, 16 * 1024 * 1024, 1_000);

    /**
     * Creates limits, checking that each is positive.
     *
     * @param maxNestingDepth the deepest nesting of arrays and objects, at least 1
     * @param maxStringLength the longest string value, in characters, at least 1
     * @param maxNumberLength the longest number, in characters, at least 1
     * @param maxNameLength the longest property name, in characters (in bytes of UTF-8 when the reader
     *     reads bytes, as the parser counts it), at least 1
     * @param maxDocumentBytes the largest document, in bytes, at least 1
     * @param maxLineBytes the longest JSON Lines line, in bytes, at least 1
     * @param maxErrors the most errors reported for one document or line, at least 1; past it one more,
     *     {@code JSON_LIMIT}, says that the others were left out
     * @throws IllegalArgumentException if a limit is zero or negative
     */
    public JsonLimits {
        positive(maxNestingDepth, "maxNestingDepth");
        positive(maxStringLength, "maxStringLength");
        positive(maxNumberLength, "maxNumberLength");
        positive(maxNameLength, "maxNameLength");
        positive(maxDocumentBytes, "maxDocumentBytes");
        positive(maxLineBytes, "maxLineBytes");
        positive(maxErrors, "maxErrors");
    }

    private static void positive(long value, String name) {
        if (value < 1) {
            throw new InvalidValueException(Checks.fieldZh(name) + "至少为 1，而不是 " + value,
                    name + " must be at least 1, was " + value);
        }
    }

    /**
     * Returns the default limits described above.
     *
     * @return the defaults
     */
    public static JsonLimits defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with another nesting depth.
     *
     * @param value the deepest nesting, at least 1
     * @return the copy
     */
    public JsonLimits withMaxNestingDepth(int value) {
        return new JsonLimits(value, maxStringLength, maxNumberLength, maxNameLength, maxDocumentBytes,
                maxLineBytes, maxErrors);
    }

    /**
     * Returns a copy with another string length.
     *
     * @param value the longest string, at least 1
     * @return the copy
     */
    public JsonLimits withMaxStringLength(int value) {
        return new JsonLimits(maxNestingDepth, value, maxNumberLength, maxNameLength, maxDocumentBytes,
                maxLineBytes, maxErrors);
    }

    /**
     * Returns a copy with another number length.
     *
     * @param value the longest number, at least 1
     * @return the copy
     */
    public JsonLimits withMaxNumberLength(int value) {
        return new JsonLimits(maxNestingDepth, maxStringLength, value, maxNameLength, maxDocumentBytes,
                maxLineBytes, maxErrors);
    }

    /**
     * Returns a copy with another property-name length.
     *
     * @param value the longest name, at least 1
     * @return the copy
     */
    public JsonLimits withMaxNameLength(int value) {
        return new JsonLimits(maxNestingDepth, maxStringLength, maxNumberLength, value, maxDocumentBytes,
                maxLineBytes, maxErrors);
    }

    /**
     * Returns a copy with another document size.
     *
     * @param value the largest document, in bytes, at least 1
     * @return the copy
     */
    public JsonLimits withMaxDocumentBytes(long value) {
        return new JsonLimits(maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength, value,
                maxLineBytes, maxErrors);
    }

    /**
     * Returns a copy with another JSON Lines line length.
     *
     * @param value the longest line, in bytes, at least 1
     * @return the copy
     */
    public JsonLimits withMaxLineBytes(int value) {
        return new JsonLimits(maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength,
                maxDocumentBytes, value, maxErrors);
    }

    /**
     * Returns a copy with another error count.
     *
     * @param value the most errors reported, at least 1
     * @return the copy
     */
    public JsonLimits withMaxErrors(int value) {
        return new JsonLimits(maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength,
                maxDocumentBytes, maxLineBytes, value);
    }
}
