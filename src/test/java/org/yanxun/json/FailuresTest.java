package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.StreamReadException;

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

    @Test
    void record_messageOfAKindNotKnown_isNotTheParsersEnglishInChinese() {
        JsonParser parser = SafeJson.codecFactory(JsonLimits.defaults()).createParser(ObjectReadContext.empty(), "{}");
        Cursor cursor = new Cursor(parser, 10, 0, StudioTypes.forLines());

        Failures.record(new StreamReadException(parser, "Something the parser never said before"), cursor, false);
        ReadError error = cursor.errors().get(0);

        assertThat(error.code()).isEqualTo(ReadErrorCode.JSON_SYNTAX);
        assertThat(error.zh()).isEqualTo("JSON 语法错误：详见英文消息");
        assertThat(error.en()).isEqualTo(PREFIX + "Something the parser never said before");
    }

    @Test
    void read_streamFailingInsideTheDocument_saysTheStreamsOwnWordsInBothLanguages() {
        InputStream failing = new SequenceInputStream(
                new ByteArrayInputStream("{\"schemaVersion\":".getBytes(StandardCharsets.UTF_8)), new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("disk gone");
                    }
                });

        ReadError error = DatasetReader.create().read(failing).errors().get(0);

        assertThat(error.code()).isEqualTo(ReadErrorCode.JSON_IO);
        assertThat(error.zh()).isEqualTo("读取输入失败：disk gone");
        assertThat(error.en()).isEqualTo("input could not be read: disk gone");
    }
}
