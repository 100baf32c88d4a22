package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Parser failures become one error saying the parser's message in our words, shortened to 200 characters. */
class FailuresTest {

    private static final String PREFIX = "JSON syntax error: ";

    private static ReadError syntaxErrorForTokenOf(int length) {
        return DatasetReader.create().read("{\"schemaVersion\":" + "x".repeat(length) + "}").errors().get(0);
    }

    @Test
    void read_syntaxError_saysTheParsersMessageInOurWords_inBothLanguages() {
        ReadError error = syntaxErrorForTokenOf(1);

        assertThat(error.code()).isEqualTo(ReadErrorCode.JSON_SYNTAX);
        assertThat(error.en()).isEqualTo(PREFIX + "unrecognized token 'x'; expected a JSON string, number, array, object, null, true or false");
        assertThat(error.zh()).isEqualTo("JSON 语法错误：无法识别的记号 'x'，应为 JSON 字符串、数字、数组、对象或 null、true、false");
    }

    @Test
    void read_messageOfExactlyTheLimit_isKeptWhole() {
        ReadError error = syntaxErrorForTokenOf(111);

        assertThat(error.en()).hasSize(PREFIX.length() + 200).endsWith("null, true or false");
    }

    @Test
    void read_messageOverTheLimit_isShortenedWithEllipsis() {
        ReadError error = syntaxErrorForTokenOf(112);

        assertThat(error.en()).hasSize(PREFIX.length() + 200).endsWith("...");
    }

    @Test
    void read_safetyLimitWithoutALocation_isLocatedWhereTheParserStopped() {
        ReadError error = DatasetReader.create()
                .read("{\"schemaVersion\":\"1.0\",\n \"x-n\":" + "1".repeat(5_000) + "}").errors().get(0);

        assertThat(error.code()).isEqualTo(ReadErrorCode.JSON_LIMIT);
        assertThat(error.line()).isEqualTo(2);
        assertThat(error.column()).isPositive();
    }
}
