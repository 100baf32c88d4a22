package org.yanxun.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yanxun.internal.Checks;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * A parser positioned in a document, with the JSON Pointer of the current value and the errors
 * found so far. Codecs read through it; it is not thread-safe and lives for one document or line.
 *
 * <p>The pointer is kept as a stack of segments and only turned into text when an error is
 * reported, so tracking it costs almost nothing on valid input.
 */
final class Cursor {

    /** Thrown to stop reading once {@link JsonLimits#maxErrors()} errors were reported. */
    static final class TooManyErrors extends RuntimeException {
        private static final long serialVersionUID = 1L;
        /** The pointer and location of the first error left out. */
        private final String pointer;
        private final transient TokenStreamLocation where;

        TooManyErrors(String pointer, TokenStreamLocation where) {
            super(null, null, false, false);
            this.pointer = pointer;
            this.where = where;
        }
    }

    private final JsonParser parser;
    private final List<ReadError> errors = new ArrayList<>();
    private final int maxErrors;
    private final long fileLine;
    private final StudioTypes studioTypes;
    private String[] names = new String[16];
    private int[] indices = new int[16];
    private int depth;
    private boolean aborted;
    /** Whether a value is being skipped: what stops the parser inside it is reported at the value. */
    private boolean skipping;
    private Map<String, TokenStreamLocation> locations;
    /** The string values read since {@link #recordLocations()}, by JSON Pointer. */
    private Map<String, String> texts;

    /**
     * Creates a cursor.
     *
     * @param parser the parser, before its first token
     * @param maxErrors the most errors reported before reading stops
     * @param fileLine the line of the file for JSON Lines, or 0 to use the parser's lines
     * @param studioTypes the studio types that studio {@code type} codes resolve against
     */
    Cursor(JsonParser parser, int maxErrors, long fileLine, StudioTypes studioTypes) {
        this.parser = parser;
        this.maxErrors = maxErrors;
        this.fileLine = fileLine;
        this.studioTypes = studioTypes;
    }

    JsonParser parser() {
        return parser;
    }

    JsonToken token() {
        return parser.currentToken();
    }

    long fileLine() {
        return fileLine;
    }

    StudioTypes studioTypes() {
        return studioTypes;
    }

    List<ReadError> errors() {
        return errors;
    }

    /**
     * Tells whether reading stopped before the end of the input.
     *
     * @return true after a fatal error
     */
    boolean aborted() {
        return aborted;
    }

    int errorCount() {
        return errors.size();
    }

    void pushName(String name) {
        grow();
        names[depth] = name;
        depth++;
        record();
    }

    void pushIndex(int index) {
        grow();
        names[depth] = null;
        indices[depth] = index;
        depth++;
    }

    void setIndex(int index) {
        indices[depth - 1] = index;
        record();
    }

    /**
     * Starts remembering where each value read from now on starts, and the text of each string value,
     * by JSON Pointer, for errors found after reading, such as the problems of a policy. Only for small
     * documents.
     */
    void recordLocations() {
        locations = new HashMap<>();
        texts = new HashMap<>();
    }

    /**
     * Finds the elements of an array that held strings, as read since {@link #recordLocations()}.
     *
     * @param array the JSON Pointer of the array
     * @return by string, the pointer of the first element that held it; empty if none was recorded
     */
    Map<String, String> elementsByText(String array) {
        Map<String, String> elements = new HashMap<>();
        for (int i = 0; texts != null && locations.containsKey(array + "/" + i); i++) {
            String element = array + "/" + i;
            String text = texts.get(element);
            if (text != null) {
                elements.putIfAbsent(text, element);
            }
        }
        return elements;
    }

    /**
     * Returns where the value at a pointer, or else its nearest recorded ancestor, starts.
     *
     * @param pointer the JSON Pointer
     * @return the location, or null if unknown
     */
    TokenStreamLocation locationOf(String pointer) {
        if (locations == null) {
            return null;
        }
        String at = pointer;
        while (!at.isEmpty()) {
            TokenStreamLocation where = locations.get(at);
            if (where != null) {
                return where;
            }
            at = at.substring(0, at.lastIndexOf('/'));
        }
        return null;
    }

    private void record() {
        if (locations != null) {
            locations.put(pointer(), location());
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                texts.put(pointer(), parser.getString());
            }
        }
    }

    void pop() {
        depth--;
    }

    private void grow() {
        if (depth == names.length) {
            names = java.util.Arrays.copyOf(names, depth * 2);
            indices = java.util.Arrays.copyOf(indices, depth * 2);
        }
    }

    /**
     * Returns the JSON Pointer of the current value, escaping {@code ~} and {@code /} per RFC 6901.
     *
     * @return the pointer, empty for the root
     */
    String pointer() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            text.append('/');
            if (names[i] == null) {
                text.append(indices[i]);
            } else {
                text.append(Checks.pointerSegment(names[i]));
            }
        }
        return text.toString();
    }

    /**
     * Returns where the current token starts.
     *
     * @return the location
     */
    TokenStreamLocation location() {
        return parser.currentTokenLocation();
    }

    /**
     * Reports an error at the current pointer and token.
     *
     * @param code the code
     * @param zh the Chinese message
     * @param en the English message
     */
    void error(ReadErrorCode code, String zh, String en) {
        error(code, pointer(), location(), zh, en);
    }

    /**
     * Reports an error at a given pointer and location.
     *
     * @param code the code
     * @param pointer the pointer
     * @param where the location, or null if unknown
     * @param zh the Chinese message
     * @param en the English message
     */
    void error(ReadErrorCode code, String pointer, TokenStreamLocation where, String zh, String en) {
        if (errors.size() >= maxErrors) {
            throw new TooManyErrors(pointer, where);
        }
        long line = where == null || where.getLineNr() < 1 ? 0 : where.getLineNr();
        int column = where == null || where.getColumnNr() < 1 ? 0 : where.getColumnNr();
        errors.add(new ReadError(code, pointer, fileLine > 0 ? fileLine : line, column, zh, en));
    }

    /**
     * Records the error that ended reading, even when the error limit was reached.
     *
     * @param code the code
     * @param where the location, or null if unknown
     * @param zh the Chinese message
     * @param en the English message
     */
    void fatal(ReadErrorCode code, TokenStreamLocation where, String zh, String en) {
        aborted = true;
        fatal(code, pointer(), where, zh, en);
    }

    /**
     * Records what stopped the parser, which ends reading, even when the error limit was reached: at the
     * current value, at the property of it whose value the parser stopped in before giving its name
     * ({@link ParserFailure#property()}), which the codec reading the value has not pushed yet, or at the
     * element of the current array the parser stopped in or after ({@link ParserFailure#element()});
     * inside a value being skipped, at that value.
     *
     * @param code the code
     * @param failure what stopped the parser
     * @param where the location, or null if unknown
     * @param zh the Chinese message
     * @param en the English message
     */
    void fatal(ReadErrorCode code, ParserFailure failure, TokenStreamLocation where, String zh, String en) {
        aborted = true;
        // The object at a pointer of n segments is at nesting depth n + 1, and the array whose element
        // is the last of n segments at depth n. Inside a value being skipped, the pointer is the value's.
        boolean inProperty = !skipping && failure.property() != null && failure.depth() == depth + 1;
        if (!skipping && failure.element() >= 0 && failure.depth() == depth && depth > 0
                && names[depth - 1] == null) {
            // The codec sets an element's index once the parser gives it: the parser stopped in a later one.
            indices[depth - 1] = failure.element();
        }
        fatal(code, inProperty ? pointer() + "/" + Checks.pointerSegment(failure.property()) : pointer(), where, zh, en);
    }

    /**
     * Records that reading stopped at the error limit, at the first error left out.
     *
     * @param stop what stopped reading
     */
    void tooManyErrors(TooManyErrors stop) {
        tooManyErrors(stop.pointer, stop.where);
    }

    /**
     * Records that reading stopped at the error limit, at the first error left out, even though the limit
     * was reached.
     *
     * @param pointer the pointer of the first error left out
     * @param where its location, or null if unknown
     */
    void tooManyErrors(String pointer, TokenStreamLocation where) {
        aborted = true;
        fatal(ReadErrorCode.JSON_LIMIT, pointer, where, "错误过多，已在 " + maxErrors + " 个错误后停止读取",
                "too many errors: reading stopped after " + maxErrors);
    }

    /**
     * Records an error of the whole input, which ends reading, even when the error limit was reached: at
     * the empty pointer, with no line or column, for input that could not be read or a document longer
     * than its limit, which the parser notices as it loads more input wherever that falls.
     *
     * @param code the code
     * @param zh the Chinese message
     * @param en the English message
     */
    void fatalOfInput(ReadErrorCode code, String zh, String en) {
        aborted = true;
        fatal(code, "", null, zh, en);
    }

    /**
     * Records an error found after reading, at a given pointer, even when the error limit was reached.
     *
     * @param code the code
     * @param pointer the pointer
     * @param where the location, or null if unknown
     * @param zh the Chinese message
     * @param en the English message
     */
    void fatal(ReadErrorCode code, String pointer, TokenStreamLocation where, String zh, String en) {
        long line = where == null || where.getLineNr() < 1 ? 0 : where.getLineNr();
        int column = where == null || where.getColumnNr() < 1 ? 0 : where.getColumnNr();
        errors.add(new ReadError(code, pointer, fileLine > 0 ? fileLine : line, column, zh, en));
    }

    /**
     * Reports that the current value has the wrong type (or is null) and skips it.
     *
     * @param zhExpected what was expected, in Chinese, such as {@code 字符串}
     * @param enExpected what was expected, in English, such as {@code a string}
     */
    void mismatch(String zhExpected, String enExpected) {
        JsonToken token = token();
        if (token == JsonToken.VALUE_NULL) {
            nullValue();
            return;
        }
        error(ReadErrorCode.JSON_TYPE, "应为" + zhExpected + "，实为" + describe(token, true),
                "expected " + enExpected + ", was " + describe(token, false));
        skipValue();
    }

    /**
     * Reports that the object being read gives a property a second time, at the object's pointer, and
     * skips the second value. The codecs find duplicates, not the parser
     * ({@link SafeJson#codecFactory}).
     *
     * @param name the property's name
     */
    void duplicate(String name) {
        repeated(name);
        skipValue();
    }

    /**
     * Tells whether an object gives a name again, adding it to the names it has given; a name given
     * again is {@linkplain #duplicate reported} and its value skipped.
     *
     * @param names the names the object has given
     * @param name the name read
     * @return true if the name was given before
     */
    boolean givenAgain(Set<String> names, String name) {
        if (names.add(name)) {
            return false;
        }
        duplicate(name);
        return true;
    }

    private void repeated(String name) {
        error(ReadErrorCode.JSON_DUPLICATE_KEY, "对象中属性重复：" + Checks.quoteZh(name),
                "duplicate property: " + Checks.quote(name));
    }

    /**
     * Skips the current value, an object or array with all it holds, reporting a property given twice
     * in any object inside it, and reading each string, the value itself or one inside it, to check its
     * escapes and length: what no codec reads is checked here.
     */
    void skipValue() {
        JsonToken token = token();
        if (token == JsonToken.VALUE_STRING) {
            skipping = true;
            readSkippedString();
            skipping = false;
            return;
        }
        if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
            return;
        }
        // the names of each object open inside the value, null for an array
        List<Set<String>> open = new ArrayList<>();
        open.add(token == JsonToken.START_OBJECT ? new HashSet<>() : null);
        // Left set if the parser stops inside the value: reading ends there.
        skipping = true;
        while (!open.isEmpty()) {
            JsonToken next = parser.nextToken();
            if (next == null) {
                skipping = false;
                return;
            }
            switch (next) {
                case PROPERTY_NAME -> {
                    String name = parser.currentName();
                    if (!open.get(open.size() - 1).add(name)) {
                        repeated(name);
                    }
                }
                case START_OBJECT -> open.add(new HashSet<>());
                case START_ARRAY -> open.add(null);
                case END_OBJECT, END_ARRAY -> open.remove(open.size() - 1);
                case VALUE_STRING -> readSkippedString();
                default -> {
                    // another scalar inside the value
                }
            }
        }
        skipping = false;
    }

    /**
     * Reads the text of the string the parser is at, as asking its length does, and checks that length.
     * The parser reads a string's text only when asked or when it moves past it, so a bad escape in a
     * string skipped unread would be reported at whatever comes next; and it checks the length limit
     * only as it gathers text it is asked for, in parts, so a string skipped could pass the limit.
     */
    private void readSkippedString() {
        parser.streamReadConstraints().validateStringLength(parser.getStringLength());
    }

    /** Reports that the current value is null. */
    void nullValue() {
        error(ReadErrorCode.JSON_NULL, "值不能为 null；没有值时应省略该属性", "value must not be null; omit an absent value");
    }

    private String describe(JsonToken token, boolean zh) {
        return switch (token) {
            case START_OBJECT -> zh ? "对象" : "an object";
            case START_ARRAY -> zh ? "数组" : "an array";
            case VALUE_STRING -> zh ? "字符串" + Checks.quoteZh(parser.getString())
                    : "the string " + Checks.quote(parser.getString());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> (zh ? "数字 " : "the number ") + parser.getString();
            case VALUE_TRUE -> zh ? "布尔值 true" : "the boolean true";
            case VALUE_FALSE -> zh ? "布尔值 false" : "the boolean false";
            default -> String.valueOf(token);
        };
    }
}
