package org.yanxun.json;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what the parser's own messages say in Chinese, and takes out of both languages the names of the
 * parser's classes and settings, which mean nothing to someone fixing a file. A message of a kind not
 * known here keeps its English words in the Chinese message too.
 */
final class ParserMessages {

    /** Parts of the parser's messages that name its own classes and settings. */
    private static final List<Pattern> INTERNALS = List.of(
            Pattern.compile(", from `[^`]*`"),
            Pattern.compile(" \\(start marker at \\[Source: [^\\]]*\\]\\)"),
            Pattern.compile(": enable `[^`]*` to allow"),
            Pattern.compile(" \\(not recognized as one since Feature '[^']*' not enabled for parser\\)"));

    /** A kind of parser message and its Chinese, with the same groups. */
    private record Known(Pattern en, String zh) {
        Known(String en, String zh) {
            this(Pattern.compile(en), zh);
        }
    }

    /** The kinds known, the more particular first. */
    private static final List<Known> KNOWN = List.of(
            new Known("Unrecognized token '(.*)': was expecting .*",
                    "无法识别的记号 '$1'，应为 JSON 字符串、数字、数组、对象或 null、true、false"),
            new Known("Unexpected character \\('(.)' \\(code \\d+\\)\\): maybe a \\(non-standard\\) comment\\?",
                    "意外的字符 '$1'：JSON 不允许注释"),
            new Known("Unexpected character \\('(.)' \\(code \\d+\\)\\): expected a valid value.*",
                    "意外的字符 '$1'，应为一个 JSON 值"),
            new Known("Unexpected character \\('(.)' \\(code \\d+\\)\\): was expecting double-quote to start "
                    + "(?:field|property) name", "意外的字符 '$1'，应为以双引号开始的属性名"),
            new Known("Unexpected character \\('(.)' \\(code \\d+\\)\\): was expecting a colon to separate .*",
                    "意外的字符 '$1'，属性名与值之间应为冒号"),
            new Known("Unexpected character \\('(.)' \\(code \\d+\\)\\): was expecting comma to separate .*",
                    "意外的字符 '$1'，条目之间应为逗号"),
            new Known("Unexpected character \\('(.)' \\(code \\d+\\)\\) in numeric value.*", "数字中有意外的字符 '$1'"),
            new Known("Unexpected character \\('(.)' \\(code \\d+\\)\\).*", "意外的字符 '$1'"),
            new Known("Number value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)\\)",
                    "数字长度 $1 超过上限 $2"),
            new Known("Document nesting depth \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)\\)",
                    "嵌套深度 $1 超过上限 $2"),
            new Known("Name length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)\\)", "属性名长度 $1 超过上限 $2"),
            new Known("String value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)\\)",
                    "字符串长度 $1 超过上限 $2"),
            new Known("Document length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)\\)",
                    "文档长度 $1 超过上限 $2"),
            new Known("Unexpected end-of-input.*", "输入意外结束"),
            new Known("Unexpected close marker '(.)': .*", "意外的闭合符 '$1'，没有可闭合的对象或数组"),
            new Known("Non-standard token '(.*)'", "不允许非标准记号 '$1'"),
            new Known("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*",
                    "字符串中有未转义的控制字符（码 $1），须以反斜杠转义"),
            new Known("Invalid numeric value: Leading zeroes not allowed", "数字无效：不允许前导零"),
            new Known("Unrecognized character escape '(.)'.*", "无法识别的转义字符 '$1'"));

    private ParserMessages() {
    }

    /**
     * Returns a parser message without the names of the parser's classes and settings.
     *
     * @param message the parser's message, or null
     * @return the message, empty if there was none
     */
    static String en(String message) {
        String shown = message == null ? "" : message;
        for (Pattern internal : INTERNALS) {
            shown = internal.matcher(shown).replaceAll("");
        }
        return shown;
    }

    /**
     * Returns a parser message in Chinese.
     *
     * @param message the parser's message, or null
     * @return the message in Chinese if its kind is known, otherwise {@link #en} of it
     */
    static String zh(String message) {
        String shown = en(message);
        for (Known known : KNOWN) {
            Matcher matcher = known.en().matcher(shown);
            if (matcher.matches()) {
                return matcher.replaceAll(known.zh());
            }
        }
        return shown;
    }
}
