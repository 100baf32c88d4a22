package org.yanxun.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.io.ContentReference;

/**
 * What stopped a parser: its message, naming an unexpected character as it was typed, and where it
 * stopped, at the start of that character.
 *
 * <p>Reading bytes, the parser names only the first byte of a character of several (0xEF of
 * {@code '：'}, at that byte), or else the whole character, at its last byte; reading text, only the
 * first half of a surrogate pair. The rest of the character is the start of what the parser holds
 * unread, or, at the end of what it holds, of its input, which it reads no further after failing.
 *
 * <p>Input that ends inside {@code true}, {@code false} or {@code null} is said to end there, in the
 * words {@link ParserMessages} knows for an end of input: the parser calls the start of such a word an
 * unknown token.
 *
 * <p>The parser reads a property's name and then, unless it is a string, its value, before it gives
 * the name: stopped in that value, it has given no name yet, and the failure names the property.
 *
 * @param message the parser's message, or null
 * @param where where the parser stopped
 * @param property the name of the property whose value the parser stopped in before giving the name, or
 *     null if it stopped elsewhere, such as in a name, at the colon after it, between properties, or in
 *     a value whose name it gave
 * @param depth the nesting depth of the object or array the parser stopped in, 1 for the root
 * @param element the index of the element the parser stopped in or before, if it stopped in an array;
 *     otherwise -1
 */
record ParserFailure(String message, TokenStreamLocation where, String property, int depth, int element) {

    /** A message that starts by naming an unexpected character. */
    private static final Pattern UNEXPECTED = Pattern.compile("Unexpected character \\(" + ParserMessages.CHARACTER
            + "\\)");
    /** What a message naming an unexpected character says when the character is in a number. */
    private static final String IN_NUMBER = ") in numeric value";
    /** How a message naming a token the parser does not know starts: the token follows. */
    private static final String UNRECOGNIZED = "Unrecognized token '";
    /** What follows the token in such a message. */
    private static final String UNRECOGNIZED_END = "': was expecting";
    /** How the message is put when the input ended inside the word the token starts. */
    private static final String CUT_LITERAL = "Unexpected end-of-input in a literal: '%s'";
    /** The words of JSON, which input cut inside one ends with the start of. */
    private static final List<String> LITERALS = List.of("true", "false", "null");

    /**
     * Returns what stopped a parser.
     *
     * @param e the exception that stopped it
     * @param parser the parser, which reads no more
     * @param inValue true if the parser was reading a value, false if it was looking past the end of the
     *     document, where a word cut short is content that does not belong, not a value cut
     * @return its message and location, of the character as typed, and the property or array element
     *     it stopped in
     */
    static ParserFailure of(JacksonException e, JsonParser parser, boolean inValue) {
        TokenStreamContext context = parser.streamReadContext();
        boolean tooDeep = isTooDeep(e);
        String property;
        if (tooDeep && context.getParent() != null) {
            // The parser makes the context of an array or object before it refuses it as too deep: the
            // parser stopped in the parent, at the value that starts the refused one, after giving its
            // name if it is a property's.
            context = context.getParent();
            property = parser.currentToken() == JsonToken.PROPERTY_NAME ? context.currentName() : null;
        } else {
            property = propertyOf(parser);
        }
        int depth = context.getNestingDepth();
        // The parser counts an element when it starts on it, before the comma: [1,tru] and [1 2] stop in
        // element 1, [1,2} after it.
        int element = context.inArray() ? context.getCurrentIndex() : -1;
        // A safety limit (a number too long, nesting too deep) comes without a location: the parser's is
        // where it stopped. Inside a long string that is where its pooled buffer first passed the limit,
        // which differs from read to read, and a long number is passed at its end: such a value is
        // reported where it starts.
        TokenStreamLocation where = e.getLocation() != null ? e.getLocation()
                : isValueTooLong(e) ? parser.currentTokenLocation()
                : tooDeep ? bracketBefore(parser.currentLocation()) : parser.currentLocation();
        String message = e.getOriginalMessage();
        Matcher named = message == null ? null : UNEXPECTED.matcher(message);
        if (message != null && message.startsWith(UNRECOGNIZED) && message.length() > UNRECOGNIZED.length()) {
            int first = message.codePointAt(UNRECOGNIZED.length());
            // Reading bytes, the parser places the token as many bytes past its start as its first
            // character has bytes beyond its UTF-16 units: one for 'é', two for '中' and for '𠀀'.
            where = back(where, utf8Length(first) - Character.charCount(first));
            String cut = inValue ? cutLiteral(message, parser, where) : null;
            message = cut == null ? message : CUT_LITERAL.formatted(cut);
        } else if (named != null && named.lookingAt()) {
            int code = Integer.parseInt(named.group(1));
            int typed = code >= 0xC2 && code <= 0xF4 ? restOfBytes(code, parser)
                    : Character.isHighSurrogate((char) code) && code <= Character.MAX_VALUE ? restOfPair(code, parser)
                    : code;
            if (typed != code) {
                message = "Unexpected character ('" + Character.toString(typed) + "' (code " + typed + "))"
                        + message.substring(named.end());
            } else if (message.contains(IN_NUMBER) && parser.streamReadInputSource() instanceof Utf16.CheckingReader text) {
                where = inNumber(code, text, parser.currentTokenLocation(), where);
            } else {
                where = startOf(code, where);
            }
        }
        return new ParserFailure(message, where, property, depth, element);
    }

    /**
     * The token the parser does not know if it is the start of a literal the input ended in, or null.
     * The parser reads a token's characters until one cannot be in a name, which reading bytes it takes
     * too, or until the input ends: it ended if the parser holds nothing unread and took nothing past
     * the token.
     *
     * @param token where the token starts
     */
    private static String cutLiteral(String message, JsonParser parser, TokenStreamLocation token) {
        int end = message.indexOf(UNRECOGNIZED_END, UNRECOGNIZED.length());
        String word = end < 0 ? "" : message.substring(UNRECOGNIZED.length(), end);
        if (word.isEmpty() || LITERALS.stream().noneMatch(l -> l.length() > word.length() && l.startsWith(word))) {
            return null;
        }
        TokenStreamLocation stop = parser.currentLocation();
        boolean bytes = token.getByteOffset() >= 0;
        long taken = bytes ? stop.getByteOffset() - token.getByteOffset() : stop.getCharOffset() - token.getCharOffset();
        try {
            int unread = bytes ? parser.releaseBuffered(OutputStream.nullOutputStream())
                    : parser.releaseBuffered(Writer.nullWriter());
            return unread == 0 && taken == word.length() ? word : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    /**
     * Where the unexpected character of a number is, read from text: the parser may place it at the
     * number's {@code .} or exponent ({@link Utf16.CheckingReader#numberStop}); reading bytes it does not.
     *
     * @param character the character the parser names
     * @param text the text the parser reads
     * @param number where the number starts
     * @param where where the parser says it stopped
     */
    private static TokenStreamLocation inNumber(int character, Utf16.CheckingReader text, TokenStreamLocation number,
            TokenStreamLocation where) {
        long stop = text.numberStop(number.getCharOffset(), character);
        if (stop < 0) {
            return where;
        }
        long past = stop - number.getCharOffset();
        return new TokenStreamLocation(ContentReference.unknown(), -1, stop, number.getLineNr(),
                (int) (number.getColumnNr() + past));
    }

    /**
     * Returns the name of the property whose value a parser stopped in before giving the name, or null.
     * Stopped there, the parser's token is still the name; once it is cleared, the parser gives where
     * the token it was reading starts: the value, after the name, or, stopped before the value (at the
     * colon), the token before the name. The parser reads no more after failing, so its token may go.
     */
    private static String propertyOf(JsonParser parser) {
        if (parser.currentToken() != JsonToken.PROPERTY_NAME) {
            return null;
        }
        TokenStreamLocation name = parser.currentTokenLocation();
        parser.clearCurrentToken();
        TokenStreamLocation token = parser.currentTokenLocation();
        boolean afterName = token.getLineNr() > name.getLineNr()
                || token.getLineNr() == name.getLineNr() && token.getColumnNr() > name.getColumnNr();
        return afterName ? parser.streamReadContext().currentName() : null;
    }

    /** Whether a parser stopped at an array or object nested deeper than its limit. */
    private static boolean isTooDeep(JacksonException e) {
        return e instanceof StreamConstraintsException
                && String.valueOf(e.getOriginalMessage()).startsWith(ParserMessages.NESTING_DEPTH);
    }

    /** Whether a parser stopped inside a string or number longer than its limit. */
    private static boolean isValueTooLong(JacksonException e) {
        String message = String.valueOf(e.getOriginalMessage());
        return e instanceof StreamConstraintsException
                && (message.startsWith("String value length") || message.startsWith("Number value length"));
    }

    /**
     * Where a character starts that a parser reading bytes stopped at the last byte of; reading text,
     * or at a character of one byte, where it stopped.
     */
    private static TokenStreamLocation startOf(int character, TokenStreamLocation where) {
        return back(where, utf8Length(character) - 1);
    }

    /** The number of bytes of a code point in UTF-8. */
    private static int utf8Length(int codePoint) {
        return Character.toString(codePoint).getBytes(StandardCharsets.UTF_8).length;
    }

    /** A location some bytes before another, reading bytes; reading text, the location itself. */
    private static TokenStreamLocation back(TokenStreamLocation where, int bytes) {
        if (bytes == 0 || where.getByteOffset() < 0) {
            return where;
        }
        return new TokenStreamLocation(ContentReference.unknown(), where.getByteOffset() - bytes, -1,
                where.getLineNr(), where.getColumnNr() - bytes);
    }

    /**
     * Where the bracket starts that a parser stopped just after, reading bytes or text: the {@code [} or
     * {@code {} of an array or object it refused as too deep.
     */
    private static TokenStreamLocation bracketBefore(TokenStreamLocation where) {
        long bytes = where.getByteOffset();
        long chars = where.getCharOffset();
        return new TokenStreamLocation(ContentReference.unknown(), bytes < 0 ? -1 : bytes - 1,
                chars < 0 ? -1 : chars - 1, where.getLineNr(), where.getColumnNr() - 1);
    }

    /** The code point whose UTF-8 starts with a lead byte and goes on unread, or the byte if it does not. */
    private static int restOfBytes(int lead, JsonParser parser) {
        Head rest = new Head(lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1);
        try {
            parser.releaseBuffered(rest);
            if (!rest.isFull() && parser.streamReadInputSource() instanceof InputStream in) {
                rest.write(in.readNBytes(rest.bytes.length - rest.size));
            }
        } catch (JacksonException | IOException e) {
            return lead;
        }
        int value = lead & (0x7F >> rest.bytes.length + 1);
        for (int i = 0; i < rest.size; i++) {
            if ((rest.bytes[i] & 0xC0) != 0x80) {
                // A character the parser read whole, such as 'Â' (U+00C2), followed by another.
                return lead;
            }
            value = value << 6 | rest.bytes[i] & 0x3F;
        }
        return rest.isFull() ? value : lead;
    }

    /** The code point of a high surrogate and the low one that follows unread, or the surrogate if none does. */
    private static int restOfPair(int high, JsonParser parser) {
        StringWriter rest = new StringWriter();
        try {
            parser.releaseBuffered(rest);
            if (rest.getBuffer().length() == 0 && parser.streamReadInputSource() instanceof Reader in) {
                int next = in.read();
                if (next >= 0) {
                    rest.write(next);
                }
            }
        } catch (JacksonException | IOException e) {
            return high;
        }
        char low = rest.getBuffer().length() == 0 ? 0 : rest.getBuffer().charAt(0);
        return Character.isLowSurrogate(low) ? Character.toCodePoint((char) high, low) : high;
    }

    /** Keeps the first few bytes written to it: what the parser holds unread may be a whole line. */
    private static final class Head extends OutputStream {
        private final byte[] bytes;
        private int size;

        Head(int length) {
            bytes = new byte[length];
        }

        boolean isFull() {
            return size == bytes.length;
        }

        @Override
        public void write(int b) {
            if (size < bytes.length) {
                bytes[size++] = (byte) b;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            int kept = Math.min(len, bytes.length - size);
            System.arraycopy(b, off, bytes, size, kept);
            size += kept;
        }
    }
}
