package org.yanxun.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.yanxun.InvalidValueException;

/**
 * Argument checks and defensive copies shared by the value types of the library.
 *
 * <p>Each method throws {@link NullPointerException} for a null argument and
 * {@link IllegalArgumentException} for a bad value, with a message that names the argument and
 * quotes the value. Copies are unmodifiable and iterate in a deterministic order.
 */
public final class Checks {

    /** The longest identifier accepted, in characters. */
    public static final int MAX_IDENTIFIER_LENGTH = 64;

    /** The longest code of an open list of codes ({@link #code}), in characters. */
    public static final int MAX_CODE_LENGTH = 40;

    /** The longest free text accepted (names, themes, titles), in characters. */
    public static final int MAX_TEXT_LENGTH = 500;

    /** The first year of a date of the model, {@code 0000} in a document. */
    public static final int MIN_YEAR = 0;

    /** The last year of a date of the model, {@code 9999} in a document. */
    public static final int MAX_YEAR = 9999;

    private Checks() {
    }

    /**
     * Checks an identifier: 1 to 64 characters, a letter or digit first, then letters, digits and
     * {@code . _ : -}.
     *
     * @param value the identifier, not null
     * @param type the name of the identifier type, for the {@link NullPointerException} a programmer sees,
     *     such as {@code PersonId}
     * @param zh what the identifier is in Chinese, for the message, such as {@code 人员标识}
     * @param en what the identifier is in English, for the message, such as {@code Person identifier}
     * @return the value
     */
    public static String identifier(String value, String type, String zh, String en) {
        Objects.requireNonNull(value, type);
        if (value.isEmpty() || value.length() > MAX_IDENTIFIER_LENGTH) {
            throw new InvalidValueException(zh + "须为 1 至 " + MAX_IDENTIFIER_LENGTH + " 个字符，实为 "
                    + value.length() + " 个：" + quoteZh(value), en + " must be 1 to " + MAX_IDENTIFIER_LENGTH
                    + " characters, was " + value.length() + ": " + quote(value));
        }
        if (!hasIdentifierCharacters(value)) {
            throw new InvalidValueException(zh + "须以字母或数字开头，且只含字母、数字和 . _ : -，实为"
                    + quoteZh(value), en
                    + " must start with a letter or digit and contain only letters, digits and . _ : -, was "
                    + quote(value));
        }
        return value;
    }

    /**
     * Tells whether a text has the identifier format of {@link #identifier}.
     *
     * @param value the text, not null
     * @return true if it is 1 to 64 characters, a letter or digit first, then letters, digits and
     *     {@code . _ : -}
     */
    public static boolean isIdentifier(String value) {
        return !value.isEmpty() && value.length() <= MAX_IDENTIFIER_LENGTH && hasIdentifierCharacters(value);
    }

    /** Whether a non-empty text is an ASCII letter or digit, then ASCII letters, digits and {@code . _ : -}. */
    private static boolean hasIdentifierCharacters(String value) {
        if (!isAsciiLetterOrDigit(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!isAsciiLetterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /**
     * Checks the code of an open list of codes (a studio type, a subject): 1 to 40 upper-case ASCII
     * letters, digits and {@code _}, a letter first.
     *
     * @param value the code, not null
     * @param zh what the code is, in Chinese, for the message, such as {@code 工作室类型代码}
     * @param en what the code is, in English, for the message, such as {@code Studio type code}
     * @return the value
     * @throws InvalidValueException if the code has another form
     */
    public static String code(String value, String zh, String en) {
        Objects.requireNonNull(value, "code");
        if (!isCode(value)) {
            throw notACode(value, zh, en);
        }
        return value;
    }

    /**
     * Returns the refusal {@link #code} throws for a text that is not a code, for a reader that reports
     * it rather than throw.
     *
     * @param value the text, not null
     * @param zh what the code is, in Chinese
     * @param en what the code is, in English
     * @return the exception, not thrown
     */
    public static InvalidValueException notACode(String value, String zh, String en) {
        return new InvalidValueException(zh + "须为 1 至 " + MAX_CODE_LENGTH + " 个大写字母、数字或 _，以字母开头，实为"
                + quoteZh(value), en + " must be 1 to " + MAX_CODE_LENGTH
                + " upper-case letters, digits or _, starting with a letter, was " + quote(value));
    }

    /**
     * Tells whether a text has the form {@link #code} checks.
     *
     * @param value the text, not null
     * @return true for 1 to 40 upper-case ASCII letters, digits and {@code _}, a letter first
     */
    public static boolean isCode(String value) {
        if (value.isEmpty() || value.length() > MAX_CODE_LENGTH || value.charAt(0) < 'A' || value.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /**
     * Checks a piece of free text: not blank, at most {@code maxLength} characters (code points, as a JSON
     * Schema's {@code maxLength} counts them, so a character outside the Basic Multilingual Plane such as
     * {@code 𠀀} counts once), no control
     * characters and no unpaired surrogate (which a JSON escape such as {@code \ud800} can give, and
     * which UTF-8 cannot write).
     *
     * @param value the text, not null
     * @param name the name of the field, for the message
     * @param maxLength the greatest length accepted
     * @return the value
     */
    public static String text(String value, String name, int maxLength) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new InvalidValueException(fieldZh(name) + "不能为空白，实为" + quoteZh(value),
                    name + " must not be blank, was " + quote(value));
        }
        atMost(value, name, maxLength);
        int bad = unprintableAt(value);
        if (bad >= 0) {
            char c = value.charAt(bad);
            if (Character.isISOControl(c)) {
                throw new InvalidValueException(fieldZh(name) + "不能含控制字符，实为" + quoteZh(value),
                        name + " must not contain control characters, was " + quote(value));
            }
            throw unpairedSurrogate(value, bad, name);
        }
        return value;
    }

    /**
     * Tells whether a text has more than some characters, counted as code points, as a JSON Schema's
     * {@code maxLength} counts them: {@code 𠀀} is one character and two {@code char}s.
     *
     * @param value the text, not null
     * @param max the most characters
     * @return whether it has more
     */
    public static boolean isLongerThan(String value, int max) {
        // A string has no more code points than chars: count them only when the chars are too many.
        return value.length() > max && value.codePointCount(0, value.length()) > max;
    }

    /**
     * Checks that a text has at most some characters, as {@link #isLongerThan} counts them.
     *
     * @param value the text, not null
     * @param name the name of the field, for the message
     * @param max the most characters
     * @return the value
     * @throws InvalidValueException if it has more
     */
    public static String atMost(String value, String name, int max) {
        if (isLongerThan(value, max)) {
            int length = value.codePointCount(0, value.length());
            throw new InvalidValueException(fieldZh(name) + "最多 " + max + " 个字符，实为 " + length + " 个",
                    name + " must be at most " + max + " characters, was " + length);
        }
        return value;
    }

    /**
     * Checks that a text holds no unpaired surrogate, which a JSON escape such as {@code \ud800} can give
     * and which UTF-8 cannot write; unlike {@link #text}, it may be empty and hold control characters.
     *
     * @param value the text, not null
     * @param name the name of the field, for the message
     * @return the value
     * @throws InvalidValueException if the text holds an unpaired surrogate
     */
    public static String noUnpairedSurrogate(String value, String name) {
        Objects.requireNonNull(value, name);
        int bad = unpairedSurrogateAt(value);
        if (bad >= 0) {
            throw unpairedSurrogate(value, bad, name);
        }
        return value;
    }

    /**
     * Checks that a text is not empty and holds no unpaired surrogate, as {@link #noUnpairedSurrogate}.
     *
     * @param value the text, not null
     * @param name the name of the field, for the message
     * @return the value
     * @throws InvalidValueException if the text is empty or holds an unpaired surrogate
     */
    public static String notEmpty(String value, String name) {
        if (noUnpairedSurrogate(value, name).isEmpty()) {
            throw new InvalidValueException(fieldZh(name) + "不能为空", name + " must not be empty");
        }
        return value;
    }

    private static InvalidValueException unpairedSurrogate(String value, int at, String name) {
        String hex = hex(value.charAt(at));
        return new InvalidValueException(fieldZh(name) + "在第 " + (at + 1) + " 个字符处含不成对的代理码元 U+" + hex,
                name + " must not contain an unpaired surrogate, was U+" + hex + " at character " + (at + 1));
    }

    /**
     * Escapes a segment of a JSON Pointer as RFC 6901 does: {@code ~} as {@code ~0}, then {@code /} as
     * {@code ~1}.
     *
     * @param segment a property name, not null
     * @return the segment as a pointer holds it
     */
    public static String pointerSegment(String segment) {
        return segment.indexOf('~') < 0 && segment.indexOf('/') < 0
                ? segment
                : segment.replace("~", "~0").replace("/", "~1");
    }

    /**
     * Finds the first unpaired surrogate of a text.
     *
     * @param text the text, not null
     * @return the index of the first high surrogate not followed by a low one, or of the first low
     *     surrogate not preceded by a high one, or -1 if there is none
     */
    public static int unpairedSurrogateAt(String text) {
        return firstAt(text, false);
    }

    /**
     * Finds the first character of a text that free text must not hold: a control character or an
     * unpaired surrogate.
     *
     * @param value the text, not null
     * @return its index, or -1 if there is none
     */
    public static int unprintableAt(String value) {
        return firstAt(value, true);
    }

    /** Finds the first unpaired surrogate of a text, or the first control character too. */
    private static int firstAt(String text, boolean controls) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (controls && Character.isISOControl(c)) {
                return i;
            }
            if (Character.isSurrogate(c)) {
                if (!isPairAt(text, i)) {
                    return i;
                }
                i++;
            }
        }
        return -1;
    }

    /** Tells whether a text holds a high surrogate at an index and a low one after it. */
    private static boolean isPairAt(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
    }

    /**
     * Tells whether a character, shown raw, breaks a line or reorders the text around it: the line and
     * paragraph separators U+2028 and U+2029 and the bidi controls (Unicode's {@code Bidi_Control}:
     * U+061C, U+200E, U+200F, U+202A to U+202E and U+2066 to U+2069), with which a quoted value could make
     * a message read otherwise. Data may hold them; a read error's message and the command line's
     * output show them escaped.
     *
     * @param c the character
     * @return whether it is one of them
     */
    public static boolean reordersText(int c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || c >= 0x2028 && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }

    private static String hex(char c) {
        return Integer.toHexString(c).toUpperCase(Locale.ROOT);
    }

    /**
     * Checks a piece of free text with the default bound of {@value #MAX_TEXT_LENGTH} characters.
     *
     * @param value the text, not null
     * @param name the name of the field, for the message
     * @return the value
     */
    public static String text(String value, String name) {
        return text(value, name, MAX_TEXT_LENGTH);
    }

    /**
     * Copies a list, rejecting null elements.
     *
     * @param <T> the element type
     * @param list the list, not null
     * @param name the name of the field, for the message
     * @return an unmodifiable copy in the same order
     */
    public static <T> List<T> list(Collection<? extends T> list, String name) {
        Objects.requireNonNull(list, name);
        List<T> copy = new ArrayList<>(list.size());
        for (T element : list) {
            copy.add(Objects.requireNonNull(element, () -> name + " must not contain null"));
        }
        return Collections.unmodifiableList(copy);
    }

    /**
     * Copies the elements of an array, such as the arguments of a varargs method, rejecting null
     * elements.
     *
     * @param <T> the element type
     * @param array the array, not null
     * @param name the name of the field, for the message
     * @return an unmodifiable copy in the same order
     */
    public static <T> List<T> list(T[] array, String name) {
        return list(Arrays.asList(Objects.requireNonNull(array, name)), name);
    }

    /**
     * Copies a set of enum constants; the copy iterates in declaration order.
     *
     * @param <E> the enum type
     * @param set the set, not null, no null elements
     * @param type the enum class
     * @param name the name of the field, for the message
     * @return an unmodifiable copy
     */
    public static <E extends Enum<E>> Set<E> enumSet(Collection<E> set, Class<E> type, String name) {
        Objects.requireNonNull(set, name);
        EnumSet<E> copy = EnumSet.noneOf(type);
        for (E element : set) {
            copy.add(Objects.requireNonNull(element, () -> name + " must not contain null"));
        }
        return Collections.unmodifiableSet(copy);
    }

    /**
     * Copies a set of comparable values; the copy iterates in natural order.
     *
     * @param <T> the element type
     * @param set the set, not null, no null elements
     * @param name the name of the field, for the message
     * @return an unmodifiable sorted copy
     */
    public static <T extends Comparable<? super T>> SortedSet<T> sortedSet(Collection<? extends T> set,
            String name) {
        Objects.requireNonNull(set, name);
        TreeSet<T> copy = new TreeSet<>();
        for (T element : set) {
            copy.add(Objects.requireNonNull(element, () -> name + " must not contain null"));
        }
        return Collections.unmodifiableSortedSet(copy);
    }

    /**
     * Copies a map with comparable keys; the copy iterates in key order.
     *
     * @param <K> the key type
     * @param <V> the value type
     * @param map the map, not null, no null keys or values
     * @param name the name of the field, for the message
     * @return an unmodifiable sorted copy
     */
    public static <K extends Comparable<? super K>, V> SortedMap<K, V> sortedMap(
            Map<? extends K, ? extends V> map, String name) {
        Objects.requireNonNull(map, name);
        TreeMap<K, V> copy = new TreeMap<>();
        map.forEach((key, value) -> copy.put(
                Objects.requireNonNull(key, () -> name + " must not contain a null key"),
                Objects.requireNonNull(value, () -> name + " must not contain a null value")));
        return Collections.unmodifiableSortedMap(copy);
    }

    /**
     * Checks a date of the model: not null, and in the years {@value #MIN_YEAR} to {@value #MAX_YEAR}, the
     * years a document writes as {@code yyyy-MM-dd} and a reader reads back. The rules count the days of
     * such dates in an {@code int} and add a policy's months and years to them without leaving the dates
     * {@link LocalDate} supports.
     *
     * @param value the date, not null
     * @param name the name of the field, for the message
     * @return the date
     */
    public static LocalDate date(LocalDate value, String name) {
        Objects.requireNonNull(value, name);
        if (value.getYear() < MIN_YEAR || value.getYear() > MAX_YEAR) {
            throw new InvalidValueException(fieldZh(name) + "须在 0000 至 9999 年之间，实为 " + value,
                    name + " must be in the years 0000 to 9999, was " + value);
        }
        return value;
    }

    /**
     * Checks an optional date of the model: present-or-empty, never null, and if present as
     * {@link #date(LocalDate, String)} checks it.
     *
     * @param value the optional date, not null
     * @param name the name of the field, for the message
     * @return the optional date
     */
    public static Optional<LocalDate> date(Optional<LocalDate> value, String name) {
        optional(value, name).ifPresent(date -> date(date, name));
        return value;
    }

    /**
     * Checks that an optional is present-or-empty, never null.
     *
     * @param <T> the value type
     * @param optional the optional, not null
     * @param name the name of the field, for the message
     * @return the optional
     */
    public static <T> Optional<T> optional(Optional<T> optional, String name) {
        return Objects.requireNonNull(optional, name);
    }

    /**
     * Names a field in a Chinese message, before what is said of it: a field's name, such as {@code name}, is
     * a word of English that the Chinese quotes as a property, {@code 属性“name”}; another name, such as
     * {@code JSON Pointer}, is not a field's and stays as it is, followed by a space.
     *
     * @param name the name of the field, not null
     * @return how the Chinese names it, such as {@code 属性“name”}
     */
    public static String fieldZh(String name) {
        return isFieldName(name) ? "属性" + quoteZh(name) : name + " ";
    }

    /** Whether a text is a field's name: an ASCII letter, then ASCII letters and digits. */
    private static boolean isFieldName(String name) {
        if (name.isEmpty() || name.charAt(0) >= '0' && name.charAt(0) <= '9') {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (!isAsciiLetterOrDigit(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Quotes a value for an error message, shortening very long values.
     *
     * @param value the value, not null
     * @return the quoted value
     */
    public static String quote(String value) {
        return "'" + shorten(value) + "'";
    }

    /**
     * Quotes a value for a Chinese error message, with Chinese quotation marks, shortening very long values.
     *
     * @param value the value, not null
     * @return the quoted value, such as {@code “1990-02-30”}
     */
    public static String quoteZh(String value) {
        return "“" + shorten(value) + "”";
    }

    /**
     * Makes a value safe to show in an error message: at most its first 80 characters, as
     * {@link #shorten(String, int)} gives them.
     *
     * @param value the value, not null
     * @return the value, or its start, printable
     */
    public static String shorten(String value) {
        return shorten(value, 80);
    }

    /**
     * Makes a value safe to show in an error message: at most {@code max} of its characters, the last
     * of them an ellipsis {@code …} if it is cut (never between the two halves of a surrogate pair), as
     * rule messages elide, and {@linkplain #printable printable}, so that data cannot send a terminal
     * escape sequence through a message. Escapes make what is shown longer than the characters it shows.
     *
     * @param value the value, not null
     * @param max the most characters of the value shown, at least 2
     * @return the value, or its start, printable
     */
    public static String shorten(String value, int max) {
        if (value.length() <= max) {
            return printable(value);
        }
        int end = max - 1;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return printable(value.substring(0, end)) + "…";
    }

    /**
     * Writes each control character, unpaired surrogate, invisible formatting character (Unicode's
     * category Cf but the zero-width joiner and non-joiner, such as a byte-order mark U+FEFF or a
     * zero-width space U+200B, which would make
     * <code>1&#92;uFEFF973-01-02</code> look like a date) and character that {@linkplain #reordersText
     * reorders text} as an escape such as <code>&#92;u001B</code> (one beyond U+FFFF as the escapes of its
     * two halves); other characters are kept.
     *
     * @param value the text, not null
     * @return the text, printable
     */
    public static String printable(String value) {
        if (unprintableAt(value) < 0 && value.codePoints().noneMatch(Checks::hidden)) {
            return value;
        }
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            int end = i + Character.charCount(c);
            if (hidden(c) || c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                for (; i < end; i++) {
                    escaped.append(String.format(Locale.ROOT, "\\u%04X", (int) value.charAt(i)));
                }
            } else {
                escaped.appendCodePoint(c);
                i = end;
            }
        }
        return escaped.toString();
    }

    /**
     * Tells whether a character, shown raw, would not show as itself: see {@link #printable}. The
     * zero-width joiner and non-joiner (U+200D, U+200C) are kept: they join letters in Persian and Indic
     * scripts, and emoji into one.
     */
    private static boolean hidden(int c) {
        return Character.isISOControl(c) || reordersText(c)
                || Character.getType(c) == Character.FORMAT && c != 0x200C && c != 0x200D;
    }
}
