package org.yanxun.json;

/**
 * The stable code of a {@link ReadError}, such as {@link #JSON_MISSING}; applications may switch on it.
 */
public enum ReadErrorCode {

    /**
     * The input is not well-formed JSON, or a property name holds an unpaired surrogate escape (such as
     * <code>"&#92;uD800"</code>), which names no character; reading stops there. (A string value holding one
     * is read, and refused where the model refuses it: {@link #JSON_VALUE} at the object for free text,
     * {@link #JSON_FORMAT} for an identifier.)
     */
    JSON_SYNTAX,
    /** The input ends in the middle of a value. */
    JSON_TRUNCATED,
    /** A limit of {@link JsonLimits} was exceeded. */
    JSON_LIMIT,
    /** An object names the same property twice. */
    JSON_DUPLICATE_KEY,
    /** Content follows the end of the document or line. */
    JSON_TRAILING,
    /** A property that the schema does not define and whose name does not start with {@code x-}. */
    JSON_UNKNOWN_PROPERTY,
    /** A required property is absent. */
    JSON_MISSING,
    /** A property or array element is {@code null}; absent values are omitted, never null. */
    JSON_NULL,
    /** A value has the wrong JSON type, such as {@code "5"} where a number is expected. */
    JSON_TYPE,
    /** A code is not one of the allowed codes of its enumeration. */
    JSON_ENUM,
    /** A date is not a valid ISO {@code yyyy-MM-dd} date. */
    JSON_DATE,
    /** A string does not have the required format, such as a region code or an identifier. */
    JSON_FORMAT,
    /** A value is well-formed but not meaningful, such as a cycle of seven years. */
    JSON_VALUE,
    /** The bytes are not valid UTF-8, or a JSON Lines line after the first begins with a byte-order mark. */
    JSON_ENCODING,
    /** The input holds no JSON value at all. */
    JSON_EMPTY,
    /** The input could not be read. */
    JSON_IO,
    /** A JSON Lines line is longer than {@link JsonLimits#maxLineBytes()}; it was skipped unread. */
    JSONL_LINE_TOO_LONG,
    /**
     * A JSON Lines record names a parent cluster or alliance that the file does not hold. Found once
     * every line is read, it gives the record's line but no column (0).
     */
    JSONL_UNKNOWN_PARENT
}
