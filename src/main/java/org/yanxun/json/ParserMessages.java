package org.yanxun.json;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yanxun.internal.Checks;

/**
 * Says the parser's own messages in our words, in Chinese and in English, without the names of the
 * parser's classes, settings and token types ({@code VALUE_STRING}, {@code (code 39)}), which mean
 * nothing to someone fixing a file. A message of a kind not known here keeps the parser's words, less
 * those names, in English; in Chinese it says only {@code 详见英文消息} (see the English message), so
 * that the parser's English never stands in the Chinese message.
 *
 * <p>An unexpected character is named as it was typed, with its code point beyond ASCII, such as
 * {@code '：' (U+FF1A, the full-width form of ':')}: a Chinese input method types full-width
 * punctuation where JSON needs {@code :} or {@code ,}, and the two look alike. A control character,
 * which would not show, is named by its code point alone: {@code U+007F (a control character)}.
 */
final class ParserMessages {

    /**
     * How the parser names a character, such as {@code '：' (code 65306 / 0xff1a)}, below 256
     * {@code '1' (code 49)}, and a control character (U+0000 to U+001F, U+007F to U+009F)
     * {@code (CTRL-CHAR, code 127)}; group 1 is its code.
     */
    static final String CHARACTER = "(?:'(?s:.)' \\(|\\(CTRL-CHAR, )code (\\d+)(?: / 0x\\p{XDigit}+)?\\)";

    /** Where a message of a kind known here says the character, described in its language. */
    private static final String SAID_CHARACTER = "{character}";

    /** Parts of the parser's messages that name its own classes and settings. */
    private static final List<Pattern> INTERNALS = List.of(
            Pattern.compile(", from `[^`]*`"),
            Pattern.compile(" \\(start marker at \\[Source: [^\\]]*\\]\\)"),
            Pattern.compile(": enable `[^`]*` to allow"),
            Pattern.compile(" \\(not recognized as one since Feature '[^']*' not enabled for parser\\)"));

    /** A kind of parser message and what it says in Chinese and in English, with the same groups. */
    private record Known(Pattern parser, String zh, String en) {
        Known(String parser, String zh, String en) {
            // A token or character named may be a line terminator of Java's, such as U+0085 or U+2028.
            this(Pattern.compile(parser, Pattern.DOTALL), zh, en);
        }
    }

    /**
     * How the parser says that a limit was passed. It formats the two numbers in the digits of the
     * default locale (٣٥٣ under {@code ar-EG}); these messages quote nothing of the input, so their
     * digits are read as ASCII digits before the kinds are matched.
     */
    private static final Pattern LIMIT_PASSED =
            Pattern.compile("[A-Za-z ]+ \\(\\p{Nd}+\\) exceeds the maximum allowed \\(\\p{Nd}+\\)");

    /** The Chinese for a message of a kind not known here: see the English message. */
    static final String UNKNOWN_ZH = "详见英文消息";

    /** How the parser's message starts when a document is longer than its limit. */
    static final String DOCUMENT_LENGTH = "Document length";

    /** How the parser's message starts when an array or object is nested deeper than its limit. */
    static final String NESTING_DEPTH = "Document nesting depth";

    /** The kinds known, the more particular first. */
    private static final List<Known> KNOWN = List.of(
            new Known("Unrecognized token '(.*)': was expecting .*",
                    "无法识别的记号“$1”，应为 JSON 字符串、数字、数组、对象或 null、true、false",
                    "unrecognized token '$1'; expected a JSON string, number, array, object, null, true or false"),
            new Known("Unexpected character \\(" + CHARACTER + "\\): maybe a \\(non-standard\\) comment\\?",
                    "意外的字符 {character}：JSON 不允许注释", "unexpected character {character}: JSON allows no comments"),
            new Known("Unexpected character \\(" + CHARACTER + "\\): expected a (?:valid )?value.*",
                    "意外的字符 {character}，应为一个 JSON 值", "unexpected character {character}; expected a JSON value"),
            new Known("Unexpected character \\(" + CHARACTER + "\\): was expecting double-quote to start "
                    + "(?:field|property) name", "意外的字符 {character}，应为以双引号开始的属性名",
                    "unexpected character {character}; expected a property name in double quotes"),
            new Known("Unexpected character \\(" + CHARACTER + "\\): was expecting a colon to separate .*",
                    "意外的字符 {character}，属性名与值之间应为冒号",
                    "unexpected character {character}; expected a colon between a property name and its value"),
            new Known("Unexpected character \\(" + CHARACTER + "\\): was expecting comma to separate .*",
                    "意外的字符 {character}，条目之间应为逗号", "unexpected character {character}; expected a comma between entries"),
            new Known("Unexpected character \\(" + CHARACTER + "\\) in numeric value.*", "数字中有意外的字符 {character}",
                    "unexpected character {character} in a number"),
            new Known("Unexpected character \\(" + CHARACTER + "\\).*", "意外的字符 {character}",
                    "unexpected character {character}"),
            new Known("Number value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)\\)",
                    "数字长度 $1 超过上限 $2", "a number of $1 digits exceeds the limit of $2"),
            new Known(NESTING_DEPTH + " \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)\\)",
                    "嵌套深度 $1 超过上限 $2", "nesting depth $1 exceeds the limit of $2"),
            // The parser stops a long name or string at its first buffer past the limit, so the length it
            // gives is only what it had read: the messages give the limit alone. A name's limit counts
            // bytes of UTF-8 when bytes are read, so its message names no unit.
            new Known("Name length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)\\)", "属性名超过长度上限 $2",
                    "a property name is longer than the limit of $2"),
            new Known("String value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)\\)",
                    "字符串超过 $2 个字符的上限", "a string is longer than the limit of $2 characters"),
            new Known(DOCUMENT_LENGTH + " \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)\\)",
                    "文档超过长度上限 $2（字节；从文本读取时为字符）",
                    "the document is longer than the limit of $2 (bytes, or characters when read from text)"),
            new Known("Unexpected end-of-input in a literal: '(.*)'", "输入在“$1”处意外结束，应为 true、false 或 null",
                    "unexpected end of input in '$1'; expected true, false or null"),
            new Known("Unexpected end-of-input.*", "输入意外结束", "unexpected end of input"),
            new Known("Unexpected close marker '(.)': expected '}' .*", "意外的闭合符“$1”，应以“}”闭合对象",
                    "unexpected '$1'; expected '}' to close an object"),
            new Known("Unexpected close marker '(.)': expected ']' .*", "意外的闭合符“$1”，应以“]”闭合数组",
                    "unexpected '$1'; expected ']' to close an array"),
            new Known("Unexpected close marker '(.)': .*", "意外的闭合符“$1”，没有可闭合的对象或数组",
                    "unexpected '$1' with no object or array to close"),
            new Known("Non-standard token '(.*)'", "不允许非标准记号“$1”", "non-standard token '$1'"),
            new Known("Illegal character \\(" + CHARACTER + "\\): only regular white space .*",
                    "记号之间有意外的字符 {character}，只允许空格、制表符和换行",
                    "unexpected character {character} between tokens; only spaces, tabs and line breaks are allowed"),
            new Known("Illegal unquoted character \\(" + CHARACTER + "\\).*",
                    "字符串中有未转义的字符 {character}，须以反斜杠转义",
                    "unescaped character {character} in a string; escape it with a backslash"),
            // A string value may hold one (which the model refuses), a property name not: the parser stops.
            new Known("Unexpected low surrogate in property name.*",
                    "属性名含不成对的代理码元转义：低代理码元（\\\\uDC00 至 \\\\uDFFF）之前没有高代理码元（\\\\uD800 至 \\\\uDBFF）",
                    "a property name holds an unpaired surrogate escape: a low surrogate (\\\\uDC00 to \\\\uDFFF) "
                    + "not preceded by a high one (\\\\uD800 to \\\\uDBFF)"),
            new Known("Broken surrogate pair in property name.*",
                    "属性名含不成对的代理码元转义：高代理码元（\\\\uD800 至 \\\\uDBFF）之后不是低代理码元（\\\\uDC00 至 \\\\uDFFF）的转义",
                    "a property name holds an unpaired surrogate escape: a high surrogate (\\\\uD800 to \\\\uDBFF) "
                    + "not followed by the escape of a low one (\\\\uDC00 to \\\\uDFFF)"),
            new Known("Invalid numeric value: Leading zeroes not allowed", "数字无效：不允许前导零",
                    "invalid number: leading zeroes are not allowed"),
            new Known("Unrecognized character escape " + CHARACTER + ".*", "无法识别的转义字符 {character}",
                    "unrecognized escape character {character}"));

    private ParserMessages() {
    }

    /**
     * Returns a parser message in English.
     *
     * @param message the parser's message, or null
     * @return our English for a known kind, otherwise the message without the parser's names; empty
     *     if there was none
     */
    static String en(String message) {
        return say(message, false);
    }

    /**
     * Returns a parser message in Chinese.
     *
     * @param message the parser's message, or null
     * @return the Chinese for a known kind, otherwise {@link #UNKNOWN_ZH}; empty if there was no message
     */
    static String zh(String message) {
        return say(message, true);
    }

    private static String say(String message, boolean zh) {
        String shown = message == null ? "" : message;
        for (Pattern internal : INTERNALS) {
            shown = internal.matcher(shown).replaceAll("");
        }
        if (LIMIT_PASSED.matcher(shown).matches()) {
            shown = asciiDigits(shown);
        }
        for (Known known : KNOWN) {
            Matcher matcher = known.parser().matcher(shown);
            if (matcher.matches()) {
                String said = zh ? known.zh() : known.en();
                if (said.contains(SAID_CHARACTER)) {
                    String character = character(Integer.parseInt(matcher.group(1)), zh);
                    // Chinese puts no space before a quotation mark, but keeps one before U+007F and the like.
                    boolean quoted = zh && (character.startsWith("“") || character.startsWith("「"));
                    said = said.replace(quoted ? " " + SAID_CHARACTER : SAID_CHARACTER,
                            Matcher.quoteReplacement(character));
                }
                return matcher.replaceAll(said);
            }
        }
        return zh && !shown.isEmpty() ? UNKNOWN_ZH : shown;
    }

    private static String asciiDigits(String text) {
        StringBuilder ascii = new StringBuilder(text.length());
        text.codePoints().map(c -> Character.isDigit(c) ? '0' + Character.digit(c, 10) : c)
                .forEach(ascii::appendCodePoint);
        return ascii.toString();
    }

    /**
     * Describes a character for a message: quoted, with its code point beyond ASCII, and what a
     * full-width form stands for, such as {@code “：”（U+FF1A，全角字符，半角为“:”）} and
     * {@code '：' (U+FF1A, the full-width form of ':')}; a control character or an invisible formatting
     * character (a byte-order mark, a zero-width space) by its code point alone, such as
     * {@code U+007F（控制字符）}.
     */
    private static String character(int c, boolean zh) {
        boolean control = Character.isISOControl(c);
        if (c < 0x80 && !control) {
            return quote(Character.toString(c), zh);
        }
        String code = String.format(Locale.ROOT, "U+%04X", c);
        if (control) {
            // Quoted, it would not show, or would act on a terminal.
            return zh ? code + "（控制字符）" : code + " (a control character)";
        }
        if (c == 0xFEFF) {
            return zh ? code + "（字节顺序标记，只能位于文件开头）" : code + " (a byte-order mark, which may only begin the file)";
        }
        if (Character.getType(c) == Character.FORMAT) {
            // Quoted, it would not show either.
            return zh ? code + "（不可见的格式字符）" : code + " (an invisible formatting character)";
        }
        if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
            // Half a character: nothing to quote.
            return code;
        }
        String note = "";
        if (c >= 0xFF01 && c <= 0xFF5E) {
            String ascii = Character.toString(c - 0xFEE0);
            note = zh ? "，全角字符，半角为" + quote(ascii, true) : ", the full-width form of " + quote(ascii, false);
        } else if (c == 0x3000) {
            note = zh ? "，全角空格" : ", a full-width space";
        } else if (c >= 0x2018 && c <= 0x201D) {
            note = zh ? "，弯引号，JSON 须用半角双引号 \"" : ", a curly quotation mark; JSON needs the straight \"";
        }
        String quoted = quote(Character.toString(c), zh);
        return zh ? quoted + "（" + code + note + "）" : quoted + " (" + code + note + ")";
    }

    /**
     * Quotes a character as the messages of its language do ({@link Checks#quoteZh}, {@link Checks#quote});
     * a Chinese quotation mark in corner brackets, 「“」, so that it does not read as a quotation mark.
     */
    private static String quote(String character, boolean zh) {
        if (!zh) {
            return Checks.quote(character);
        }
        return character.equals("“") || character.equals("”") ? "「" + character + "」" : Checks.quoteZh(character);
    }
}
