package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The parser's messages said in our words in Chinese and English, naming none of the parser's classes or settings. */
class ParserMessagesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"schemaVersion":"1.0", /* c */ }           | JSON 语法错误：意外的字符“/”：JSON 不允许注释                   | JSON syntax error: unexpected character '/': JSON allows no comments
            {"schemaVersion":NaN}                       | JSON 语法错误：不允许非标准记号“NaN”                            | JSON syntax error: non-standard token 'NaN'
            {"a":1,}                                    | JSON 语法错误：意外的字符“}”，应为以双引号开始的属性名            | JSON syntax error: unexpected character '}'; expected a property name in double quotes
            {"a" 1}                                     | JSON 语法错误：意外的字符“1”，属性名与值之间应为冒号              | JSON syntax error: unexpected character '1'; expected a colon between a property name and its value
            [1 2]                                       | JSON 语法错误：意外的字符“2”，条目之间应为逗号                    | JSON syntax error: unexpected character '2'; expected a comma between entries
            {"a":01}                                    | JSON 语法错误：数字无效：不允许前导零                              | JSON syntax error: invalid number: leading zeroes are not allowed
            {"a":"\\q"}                                 | JSON 语法错误：无法识别的转义字符“q”                              | JSON syntax error: unrecognized escape character 'q'
            {"schemaVersion":"1.0"                      | 输入在值的中间结束（文件被截断）：输入意外结束                       | input ends in the middle of a value (truncated): unexpected end of input
            {"schemaVersion":fals                       | 输入在值的中间结束（文件被截断）：输入在“fals”处意外结束，应为 true、false 或 null | input ends in the middle of a value (truncated): unexpected end of input in 'fals'; expected true, false or null
            {"schemaVersion":"1.0"}}                    | 文档结束后还有多余内容：意外的闭合符“}”，没有可闭合的对象或数组     | content after the end of the document: unexpected '}' with no object or array to close
            {"x-a":{"b":1]}                             | JSON 语法错误：意外的闭合符“]”，应以“}”闭合对象                 | JSON syntax error: unexpected ']'; expected '}' to close an object
            {"x-a":[1,2}}                               | JSON 语法错误：意外的闭合符“}”，应以“]”闭合数组                 | JSON syntax error: unexpected '}'; expected ']' to close an array
            """)
    void read_parserError_saysItInChineseWithoutTheParsersNames(String document, String zh, String en) {
        List<ReadError> errors = DatasetReader.create().read(document).errors();
        // The parser's error ends reading, so it comes last.
        ReadError error = errors.get(errors.size() - 1);

        assertThat(error.zh()).isEqualTo(zh);
        assertThat(error.en()).isEqualTo(en);
    }

    @Test
    void read_controlCharacterBetweenTokens_saysItInBothLanguages() {
        List<ReadError> errors = DatasetReader.create().read("{\u0001\"schemaVersion\":\"1.0\"}").errors();
        ReadError error = errors.get(errors.size() - 1);

        assertThat(error.code()).isEqualTo(ReadErrorCode.JSON_SYNTAX);
        assertThat(error.column()).isEqualTo(2);
        assertThat(error.zh()).isEqualTo("JSON 语法错误：记号之间有意外的字符 U+0001（控制字符），只允许空格、制表符和换行");
        assertThat(error.en()).isEqualTo("JSON syntax error: unexpected character U+0001 (a control character) between tokens; "
                + "only spaces, tabs and line breaks are allowed");
    }

    /** A document, the code of its last error, and what that error says of the parser's message. */
    static List<Arguments> controlCharacters() {
        String value = "意外的字符 U+007F（控制字符），应为一个 JSON 值|unexpected character U+007F (a control character); "
                + "expected a JSON value";
        String lineBreakInNumber = "数字中有意外的字符 U+000A（控制字符）|unexpected character U+000A (a control character) "
                + "in a number";
        return List.of(
                Arguments.of("{\"persons\":[\u007F]}", ReadErrorCode.JSON_SYNTAX, value),
                Arguments.of("{\"persons\":[]}\u007F", ReadErrorCode.JSON_TRAILING, value),
                Arguments.of("{\"persons\":[\u0085]}", ReadErrorCode.JSON_SYNTAX,
                        "意外的字符 U+0085（控制字符），应为一个 JSON 值|unexpected character U+0085 (a control character); "
                        + "expected a JSON value"),
                Arguments.of("{\"persons\":[1\u007F]}", ReadErrorCode.JSON_SYNTAX,
                        "意外的字符 U+007F（控制字符），条目之间应为逗号|unexpected character U+007F (a control character); "
                        + "expected a comma between entries"),
                Arguments.of("{\"persons\":[1.\n]}", ReadErrorCode.JSON_SYNTAX, lineBreakInNumber),
                Arguments.of("{\"persons\":[-\n]}", ReadErrorCode.JSON_SYNTAX, lineBreakInNumber),
                Arguments.of("{\"persons\":[1e\n]}", ReadErrorCode.JSON_SYNTAX, lineBreakInNumber),
                Arguments.of("{\"persons\":[1.\t]}", ReadErrorCode.JSON_SYNTAX,
                        "数字中有意外的字符 U+0009（控制字符）|unexpected character U+0009 (a control character) in a number"),
                Arguments.of("{\"persons\":[\"\\\u0000\"]}", ReadErrorCode.JSON_SYNTAX,
                        "无法识别的转义字符 U+0000（控制字符）|unrecognized escape character U+0000 (a control character)"),
                Arguments.of("{\"persons\":[\"a\u0001\"]}", ReadErrorCode.JSON_SYNTAX,
                        "字符串中有未转义的字符 U+0001（控制字符），须以反斜杠转义|unescaped character U+0001 "
                        + "(a control character) in a string; escape it with a backslash"));
    }

    @ParameterizedTest
    @MethodSource("controlCharacters")
    void read_controlCharacterTheParserNamesAsCtrlChar_saysItInBothLanguages(String document, ReadErrorCode code,
            String said) {
        String[] zhAndEn = said.split("\\|");
        String zhPrefix = code == ReadErrorCode.JSON_TRAILING ? "文档结束后还有多余内容：" : "JSON 语法错误：";
        String enPrefix = code == ReadErrorCode.JSON_TRAILING ? "content after the end of the document: " : "JSON syntax error: ";
        for (Function<String, ReadResult<?>> read : inputs()) {
            List<ReadError> errors = read.apply(document).errors();
            ReadError error = errors.get(errors.size() - 1);

            assertThat(error.code()).isEqualTo(code);
            assertThat(error.zh()).isEqualTo(zhPrefix + zhAndEn[0]);
            assertThat(error.en()).isEqualTo(enPrefix + zhAndEn[1]);
        }
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void read_controlCharacterOfTwoBytes_isAtItsFirstByte(Function<String, ReadResult<?>> read) {
        ReadError error = read.apply("{\"persons\":[\u009F]}").errors().get(0);

        assertThat(error.pointer()).isEqualTo("/persons/0");
        assertThat(error.column()).isEqualTo(13);
        assertThat(error.en()).isEqualTo("JSON syntax error: unexpected character U+009F (a control character); "
                + "expected a JSON value");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u007F", "\u0080"})
    void parseLine_controlCharacter_isNamedByItsCodePointAtItsColumn(String control) {
        String line = "{\"type\":" + control + "}";
        String code = String.format(Locale.ROOT, "U+%04X", (int) control.charAt(0));

        for (JsonLine read : List.of(JsonLinesReader.create().parseLine(line, 3),
                JsonLinesReader.create().parseLine(line.getBytes(StandardCharsets.UTF_8), 3))) {
            ReadError error = onlyError(read);
            assertThat(error.column()).isEqualTo(9);
            assertThat(error.zh()).isEqualTo("JSON 语法错误：意外的字符 " + code + "（控制字符），应为一个 JSON 值");
            assertThat(error.en()).isEqualTo("JSON syntax error: unexpected character " + code
                    + " (a control character); expected a JSON value");
        }
    }

    /** Characters that end a line for Java's regular expressions, in a token and after a backslash. */
    static List<Arguments> javaLineTerminators() {
        return List.of(Arguments.of("[true\u0085]", "无法识别的记号“true\\u0085”，应为",
                        "unrecognized token 'true\\u0085'; expected"),
                Arguments.of("[\"\\\u2028\"]", "无法识别的转义字符“\\u2028”（U+2028）",
                        "unrecognized escape character '\\u2028' (U+2028)"));
    }

    @ParameterizedTest
    @MethodSource("javaLineTerminators")
    void read_javaLineTerminatorInTheParsersMessage_isTranslated(String persons, String zh, String en) {
        for (Function<String, ReadResult<?>> read : inputs()) {
            List<ReadError> errors = read.apply("{\"persons\":" + persons + "}").errors();
            ReadError error = errors.get(errors.size() - 1);

            assertThat(error.zh()).startsWith("JSON 语法错误：" + zh);
            assertThat(error.en()).startsWith("JSON syntax error: " + en);
        }
    }

    /** A document with a full-width colon, as a Chinese input method types one, where ':' belongs. */
    private static final String FULL_WIDTH_COLON = "{\"schemaVersion\":\"1.0\",\n \"kind\"：\"dataset\"}";
    private static final String COLON_ZH = "JSON 语法错误：意外的字符“：”（U+FF1A，全角字符，半角为“:”），属性名与值之间应为冒号";
    private static final String COLON_EN = "JSON syntax error: unexpected character '：' (U+FF1A, the full-width form of ':'); "
            + "expected a colon between a property name and its value";

    static List<Function<String, ReadResult<?>>> inputs() {
        return List.of(json -> DatasetReader.create().read(json),
                json -> DatasetReader.create().read(new StringReader(json)),
                json -> DatasetReader.create().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void read_fullWidthColon_namesTheCharacterAsTypedAtItsLineAndColumn(Function<String, ReadResult<?>> read) {
        ReadError error = read.apply(FULL_WIDTH_COLON).errors().get(0);

        assertThat(error.code()).isEqualTo(ReadErrorCode.JSON_SYNTAX);
        assertThat(error.line()).isEqualTo(2);
        assertThat(error.column()).isEqualTo(8);
        assertThat(error.zh()).isEqualTo(COLON_ZH);
        assertThat(error.en()).isEqualTo(COLON_EN);
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void read_fullWidthCommaBetweenEntries_namesTheCharacterAsTyped(Function<String, ReadResult<?>> read) {
        List<ReadError> errors = read.apply("{\"schemaVersion\":\"1.0\"，\"kind\":\"dataset\"}").errors();
        ReadError error = errors.get(errors.size() - 1);

        assertThat(error.column()).isEqualTo(23);
        assertThat(error.zh()).isEqualTo("JSON 语法错误：意外的字符“，”（U+FF0C，全角字符，半角为“,”），条目之间应为逗号");
        assertThat(error.en()).isEqualTo("JSON syntax error: unexpected character '，' (U+FF0C, the full-width form of ','); "
                + "expected a comma between entries");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"type"：                 | 8  | “：”（U+FF1A，全角字符，半角为“:”），属性名与值之间应为冒号 | '：' (U+FF1A, the full-width form of ':'); expected a colon between
            {"type":"person"，        | 17 | “，”（U+FF0C，全角字符，半角为“,”），条目之间应为逗号       | '，' (U+FF0C, the full-width form of ','); expected a comma between
            {"type":"person",“person” | 18 | 「“」（U+201C，弯引号，JSON 须用半角双引号 "），应为以双引号开始的属性名 | '“' (U+201C, a curly quotation mark; JSON needs the straight "); expected a property name in double quotes
            {"type"　:                | 8  | “　”（U+3000，全角空格），属性名与值之间应为冒号             | '　' (U+3000, a full-width space); expected a colon between
            {"type"😀                 | 8  | “😀”（U+1F600），属性名与值之间应为冒号                    | '😀' (U+1F600); expected a colon between
            """)
    void parseLine_typingSlip_namesTheCharacterAsTypedInTextAndInBytes(String start, int column, String zh, String en) {
        String line = start + "\"person\":{\"id\":\"p1\",\"name\":\"n\",\"synthetic\":true}}";

        ReadError inDocument = JsonLinesReader.create().readDataset(line).errors().get(0);
        assertThat(inDocument.line()).isEqualTo(1);
        List<ReadError> errors = List.of(onlyError(JsonLinesReader.create().parseLine(line, 3)),
                onlyError(JsonLinesReader.create().parseLine(line.getBytes(StandardCharsets.UTF_8), 3)), inDocument);
        for (ReadError error : errors) {
            assertThat(error.code()).isEqualTo(ReadErrorCode.JSON_SYNTAX);
            assertThat(error.column()).isEqualTo(column);
            assertThat(error.zh()).isEqualTo("JSON 语法错误：意外的字符" + zh);
            assertThat(error.en()).startsWith("JSON syntax error: unexpected character " + en);
        }
    }

    /** The one error of a line that could not be read, which must be on line 3. */
    private static ReadError onlyError(JsonLine read) {
        assertThat(read).isInstanceOf(JsonLine.ErrorLine.class);
        ReadError error = ((JsonLine.ErrorLine) read).errors().get(0);
        assertThat(error.line()).isEqualTo(3);
        return error;
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void read_unrecognizedTokenOfNonAsciiCharacters_isAtItsFirstCharacter(Function<String, ReadResult<?>> read) {
        ReadError error = read.apply("{\"schemaVersion\":\"1.0\",\"kind\":ｄａｔａｓｅｔ}").errors().get(0);

        assertThat(error.code()).isEqualTo(ReadErrorCode.JSON_SYNTAX);
        assertThat(error.column()).isEqualTo(31);
        assertThat(error.en()).isEqualTo("JSON syntax error: unrecognized token 'ｄａｔａｓｅｔ'; expected a JSON string, "
                + "number, array, object, null, true or false");
    }

    @Test
    void parseLine_unrecognizedTokenOfAChineseCharacter_isAtItsFirstByte() {
        byte[] line = "{\"type\":陈}".getBytes(StandardCharsets.UTF_8);
        ReadError error = onlyError(JsonLinesReader.create().parseLine(line, 3));
        assertThat(error.en()).startsWith("JSON syntax error: unrecognized token '陈'");
        assertThat(error.column()).isEqualTo(9);
    }

    @ParameterizedTest
    @ValueSource(ints = {7990, 7996, 7997, 7998, 7999, 8000, 8001, 8002, 15998, 15999, 16000})
    void read_fullWidthColonWhereTheParserReadsMoreBytes_namesTheCharacter(int at) {
        String padding = "{\"x-pad\":\"" + "a".repeat(at - 18) + "\",\"kind\"";
        String json = padding + "：\"dataset\"}";

        ReadError error = DatasetReader.create().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))
                .errors().get(0);

        assertThat(error.column()).isEqualTo(padding.length() + 1);
        assertThat(error.en()).isEqualTo(COLON_EN);
    }

    @ParameterizedTest
    @ValueSource(ints = {3997, 3998, 3999, 4000, 4001, 7999, 8000})
    void read_characterOfTwoCharsWhereTheParserReadsMoreText_namesTheCharacter(int at) {
        String padding = "{\"x-pad\":\"" + "a".repeat(at - 18) + "\",\"kind\"";
        String json = padding + "😀\"dataset\"}";

        ReadError error = DatasetReader.create().read(new StringReader(json)).errors().get(0);

        assertThat(error.column()).isEqualTo(padding.length() + 1);
        assertThat(error.en()).isEqualTo("JSON syntax error: unexpected character '😀' (U+1F600); expected a colon "
                + "between a property name and its value");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"a"Â1}    | JSON 语法错误：意外的字符“Â”（U+00C2），属性名与值之间应为冒号 | JSON syntax error: unexpected character 'Â' (U+00C2); expected a colon between a property name and its value
            {"a":×ª}   | JSON 语法错误：意外的字符“×”（U+00D7），应为一个 JSON 值       | JSON syntax error: unexpected character '×' (U+00D7); expected a JSON value
            """)
    void read_latinLetterWithATwoByteForm_isNotTakenForTheStartOfAnother(String document, String zh, String en) {
        for (Function<String, ReadResult<?>> read : inputs()) {
            ReadError error = read.apply(document).errors().get(0);
            assertThat(error.zh()).isEqualTo(zh);
            assertThat(error.en()).isEqualTo(en);
        }
    }

    @Test
    void read_invisibleFormattingCharacter_isNamedByItsCodePoint_aByteOrderMarkAsSuch() {
        for (Function<String, ReadResult<?>> read : inputs()) {
            ReadError bom = read.apply("{\"x-a\":\uFEFF1}").errors().get(0);
            ReadError space = read.apply("{\"x-a\":1,\u200B\"x-b\":2}").errors().get(0);

            assertThat(bom.zh()).isEqualTo("JSON 语法错误：意外的字符 U+FEFF（字节顺序标记，只能位于文件开头），应为一个 JSON 值");
            assertThat(bom.en()).isEqualTo("JSON syntax error: unexpected character U+FEFF (a byte-order mark, "
                    + "which may only begin the file); expected a JSON value");
            assertThat(space.zh()).isEqualTo("JSON 语法错误：意外的字符 U+200B（不可见的格式字符），应为以双引号开始的属性名");
            assertThat(space.en()).isEqualTo("JSON syntax error: unexpected character U+200B (an invisible formatting "
                    + "character); expected a property name in double quotes");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            5000 | 超出安全限制：数字长度 5000 超过上限 100 | safety limit exceeded: a number of 5000 digits exceeds the limit of 100
            """)
    void read_longNumber_saysTheLimitWithoutTheParsersSetting(int digits, String zh, String en) {
        ReadError error = DatasetReader.create().read("{\"schemaVersion\":\"1.0\",\"x-n\":" + "1".repeat(digits) + "}")
                .errors().get(0);

        assertThat(error.zh()).isEqualTo(zh);
        assertThat(error.en()).isEqualTo(en).doesNotContain("StreamReadConstraints");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Something the parser never said before                  | 详见英文消息
            Name length (300) exceeds the maximum allowed (256, from `StreamReadConstraints.getMaxNameLength()`) | 属性名超过长度上限 256
            String value length (20100) exceeds the maximum allowed (20000, from `StreamReadConstraints.getMaxStringLength()`) | 字符串超过 20000 个字符的上限
            """)
    void zh_unknownKindSendsToTheEnglish_knownKindIsTranslated(String message, String zh) {
        assertThat(ParserMessages.zh(message)).isEqualTo(zh);
        assertThat(ParserMessages.zh(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Something the parser never said before                  | Something the parser never said before
            Name length (300) exceeds the maximum allowed (256, from `StreamReadConstraints.getMaxNameLength()`) | a property name is longer than the limit of 256
            String value length (20100) exceeds the maximum allowed (20000, from `StreamReadConstraints.getMaxStringLength()`) | a string is longer than the limit of 20000 characters
            Unexpected end-of-input in VALUE_STRING                 | unexpected end of input
            """)
    void en_unknownKindKeepsItsWords_knownKindIsOurs(String message, String en) {
        assertThat(ParserMessages.en(message)).isEqualTo(en);
        assertThat(ParserMessages.en(null)).isEmpty();
    }

    /** Under a default locale such as {@code ar-EG} the parser formats the numbers of a limit in its digits. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Number value length (٥٠٠٠) exceeds the maximum allowed (١٠٠, from `StreamReadConstraints.getMaxNumberLength()`) | 数字长度 5000 超过上限 100 | a number of 5000 digits exceeds the limit of 100
            Document nesting depth (۱۰۰۱) exceeds the maximum allowed (۱۰۰۰, from `StreamReadConstraints.getMaxNestingDepth()`) | 嵌套深度 1001 超过上限 1000 | nesting depth 1001 exceeds the limit of 1000
            """)
    void limitPassed_digitsOfTheDefaultLocale_areSaidInAsciiDigits(String message, String zh, String en) {
        assertThat(ParserMessages.zh(message)).isEqualTo(zh);
        assertThat(ParserMessages.en(message)).isEqualTo(en);
    }

    @Test
    void quotedToken_digitsOtherThanAscii_areQuotedAsTyped() {
        String message = "Unrecognized token '٣x': was expecting (JSON String, Number, Array, Object or token 'null', "
                + "'true' or 'false')";

        assertThat(ParserMessages.en(message)).startsWith("unrecognized token '٣x';");
        assertThat(ParserMessages.zh(message)).startsWith("无法识别的记号“٣x”");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Unexpected character ((CTRL-CHAR, code 127)): expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false') | 意外的字符 U+007F（控制字符），应为一个 JSON 值 | unexpected character U+007F (a control character); expected a JSON value
            Unexpected character ((CTRL-CHAR, code 10)) in numeric value: Decimal point not followed by a digit                                          | 数字中有意外的字符 U+000A（控制字符）          | unexpected character U+000A (a control character) in a number
            Unexpected character ((CTRL-CHAR, code 10)) in numeric value: expected digit (0-9) to follow minus sign, for valid numeric value             | 数字中有意外的字符 U+000A（控制字符）          | unexpected character U+000A (a control character) in a number
            Unexpected character ((CTRL-CHAR, code 13)) in numeric value: Exponent indicator not followed by a digit                                     | 数字中有意外的字符 U+000D（控制字符）          | unexpected character U+000D (a control character) in a number
            Unexpected character ((CTRL-CHAR, code 159)): was expecting comma to separate Object entries                                                 | 意外的字符 U+009F（控制字符），条目之间应为逗号 | unexpected character U+009F (a control character); expected a comma between entries
            Unrecognized character escape (CTRL-CHAR, code 0)                                                                                             | 无法识别的转义字符 U+0000（控制字符）          | unrecognized escape character U+0000 (a control character)
            """)
    void zhAndEn_controlCharacterNamedAsCtrlChar_isTranslatedWithItsCodePoint(String message, String zh, String en) {
        assertThat(ParserMessages.zh(message)).isEqualTo(zh);
        assertThat(ParserMessages.en(message)).isEqualTo(en);
    }

    /** The parser's messages of an unpaired surrogate escape in a property name, reading bytes and text. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Unexpected low surrogate in property name (DC00) without preceding high surrogate   | 低代理码元（\\uDC00 至 \\uDFFF）之前没有高代理码元
            Unexpected low surrogate in property name: 0xdc00                                   | 低代理码元（\\uDC00 至 \\uDFFF）之前没有高代理码元
            Broken surrogate pair in property name: expected low surrogate (DC00-DFFF), got 0041 | 高代理码元（\\uD800 至 \\uDBFF）之后不是低代理码元
            Broken surrogate pair in property name: expected low surrogate, got 0x0041          | 高代理码元（\\uD800 至 \\uDBFF）之后不是低代理码元
            Broken surrogate pair in property name: expected '\\' to start low surrogate, got 0x22 | 高代理码元（\\uD800 至 \\uDBFF）之后不是低代理码元
            """)
    void zhAndEn_unpairedSurrogateEscapeInAPropertyName_isTranslated(String message, String zh) {
        assertThat(ParserMessages.zh(message)).startsWith("属性名含不成对的代理码元转义：" + zh);
        assertThat(ParserMessages.en(message)).startsWith("a property name holds an unpaired surrogate escape: a ")
                .doesNotContain("0x", "got");
    }

    @Test
    void zhAndEn_characterNamedWithItsHexCode_isTranslated() {
        String message = "Unexpected character ('：' (code 65306 / 0xff1a)): was expecting a colon to separate "
                + "property name and value";

        assertThat(ParserMessages.zh(message)).isEqualTo("意外的字符“：”（U+FF1A，全角字符，半角为“:”），属性名与值之间应为冒号");
        assertThat(ParserMessages.en(message)).isEqualTo("unexpected character '：' (U+FF1A, the full-width form of ':'); "
                + "expected a colon between a property name and its value");
    }
}
