package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The parser's messages said in our words in Chinese and English, naming none of the parser's classes or settings. */
class ParserMessagesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"schemaVersion":"1.0", /* c */ }           | JSON 语法错误：意外的字符 '/'：JSON 不允许注释                   | JSON syntax error: unexpected character '/': JSON allows no comments
            {"schemaVersion":NaN}                       | JSON 语法错误：不允许非标准记号 'NaN'                            | JSON syntax error: non-standard token 'NaN'
            {"a":1,}                                    | JSON 语法错误：意外的字符 '}'，应为以双引号开始的属性名            | JSON syntax error: unexpected character '}'; expected a property name in double quotes
            {"a" 1}                                     | JSON 语法错误：意外的字符 '1'，属性名与值之间应为冒号              | JSON syntax error: unexpected character '1'; expected a colon between a property name and its value
            [1 2]                                       | JSON 语法错误：意外的字符 '2'，条目之间应为逗号                    | JSON syntax error: unexpected character '2'; expected a comma between entries
            {"a":01}                                    | JSON 语法错误：数字无效：不允许前导零                              | JSON syntax error: invalid number: leading zeroes are not allowed
            {"a":"\\q"}                                 | JSON 语法错误：无法识别的转义字符 'q'                              | JSON syntax error: unrecognized escape '\\q'
            {"schemaVersion":"1.0"                      | 输入在值的中间结束（文件被截断）：输入意外结束                       | input ends in the middle of a value (truncated): unexpected end of input
            {"schemaVersion":"1.0"}}                    | 文档结束后还有多余内容：意外的闭合符 '}'，没有可闭合的对象或数组     | content after the end of the document: unexpected '}' with no object or array to close
            """)
    void read_parserError_saysItInChineseWithoutTheParsersNames(String document, String zh, String en) {
        List<ReadError> errors = DatasetReader.create().read(document).errors();
        // The parser's error ends reading, so it comes last.
        ReadError error = errors.get(errors.size() - 1);

        assertThat(error.zh()).isEqualTo(zh);
        assertThat(error.en()).isEqualTo(en);
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
            Something the parser never said before                  | Something the parser never said before
            Name length (300) exceeds the maximum allowed (256, from `StreamReadConstraints.getMaxNameLength()`) | 属性名长度 300 超过上限 256
            """)
    void zh_unknownKindKeepsItsWords_knownKindIsTranslated(String message, String zh) {
        assertThat(ParserMessages.zh(message)).isEqualTo(zh);
        assertThat(ParserMessages.zh(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Something the parser never said before                  | Something the parser never said before
            Name length (300) exceeds the maximum allowed (256, from `StreamReadConstraints.getMaxNameLength()`) | a property name of 300 characters exceeds the limit of 256
            Unexpected end-of-input in VALUE_STRING                 | unexpected end of input
            """)
    void en_unknownKindKeepsItsWords_knownKindIsOurs(String message, String en) {
        assertThat(ParserMessages.en(message)).isEqualTo(en);
        assertThat(ParserMessages.en(null)).isEmpty();
    }
}
