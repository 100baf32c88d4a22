package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yanxun.Dataset;
import org.yanxun.examples.ExampleCommunities;

/** Ill-formed UTF-8 is an encoding error at its place, in documents and in JSON Lines. */
class Utf8Test {

    private static byte[] hex(String bytes) {
        return HexFormat.of().parseHex(bytes.replace(" ", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"41", "7F", "C2 80", "DF BF", "E0 A0 80", "E1 80 80", "E4 B8 AD", "EC BF BF", "ED 9F BF",
            "EE 80 80", "EF BF BF", "F0 90 80 80", "F3 BF BF BF", "F4 8F BF BF"})
    void malformedAt_wellFormedSequences_none(String bytes) {
        byte[] text = hex("41 42 43 44 45 46 47 48 " + bytes + " 41");

        assertThat(Utf8.malformedAt(text, 0, text.length)).isEqualTo(-1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"80", "BF", "C0 AF", "C1 BF", "C2 41", "E0 80 AF", "E0 9F BF", "E1 80 41", "EC C0 80",
            "ED A0 80", "ED BF BF", "F0 80 80 AF", "F0 8F BF BF", "F4 90 80 80", "F5 80 80 80", "F8 80 80 80", "FF", "E4 B8",
            "F0 90 80"})
    void malformedAt_illFormedOrCutShortSequences_isWhereTheyStart(String bytes) {
        byte[] text = hex("41 42 43 44 45 46 47 48 " + bytes);

        assertThat(Utf8.malformedAt(text, 0, text.length)).isEqualTo(8);
        assertThat(Utf8.describe(text, 8, text.length)).startsWith(bytes.substring(0, 2));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            80          | a continuation byte with no lead byte | 前面没有首字节的后续字节
            C0 AF       | an overlong form                      | 过长编码
            E0 9F BF    | an overlong form                      | 过长编码
            F0 8F BF BF | an overlong form                      | 过长编码
            ED A0 80    | a surrogate                           | 代理区码点
            F4 90 80 80 | above U+10FFFF                        | 超出 U+10FFFF
            F5 80 80 80 | a byte UTF-8 never uses               | UTF-8 不使用的字节
            FF          | a byte UTF-8 never uses               | UTF-8 不使用的字节
            C2 41       | cut short                             | 序列不完整
            F0 90 80    | cut short                             | 序列不完整
            """)
    void messages_sayWhyTheBytesAreNoUtf8(String bytes, String en, String zh) {
        byte[] text = hex("41 " + bytes);

        boolean one = !Utf8.describe(text, 1, text.length).contains(" ");
        assertThat(Utf8.en(text, 1, text.length))
                .startsWith("input is not valid UTF-8: " + (one ? "byte " : "bytes ") + bytes.substring(0, 2))
                .contains((one ? " is" : " are") + " not a well-formed UTF-8 sequence (" + en + ")");
        assertThat(Utf8.zh(text, 1, text.length)).contains(" 不是合法的 UTF-8 序列（" + zh + "）");
    }

    /** A line {@code {"type":"…"}} with some bytes in the quotes. */
    private static ReadError errorOfALineWith(String bytes) {
        byte[] line = hex("7B 22 74 79 70 65 22 3A 22 " + bytes + " 22 7D");
        return ((JsonLine.ErrorLine) JsonLinesReader.create().parseLine(line, 4)).errors().get(0);
    }

    @ParameterizedTest
    @CsvSource({
            "C0 EE, an overlong form", // 李 in GBK, a character of GB2312
            "81 40 81 41, a continuation byte with no lead byte"}) // 丂丄, two of GBK's extension
    void gbkBytes_sayHowToConvertTheFile(String bytes, String cause) {
        ReadError error = errorOfALineWith(bytes);

        assertThat(error.en()).endsWith("(" + cause + "); if the file was saved as GBK or GB18030, convert it to "
                + "UTF-8 first, as iconv -f GB18030 -t UTF-8 does");
        assertThat(error.zh()).endsWith("；若文件以 GBK 或 GB18030 保存，请先转为 UTF-8，如 iconv -f GB18030 -t UTF-8");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "4D FC 6C 6C 65 72", // Müller in Windows-1252
            "E9 74 E9", // été
            "81 40 41"}) // one pair of GBK's extension, then ASCII
    void latinBytes_orOnePairOfTheExtension_sayNothingOfGbk(String bytes) {
        assertThat(errorOfALineWith(bytes).en()).doesNotContain("GBK");
    }

    /** The Qiyingen example with the bytes of its first person's name replaced by some bytes. */
    private static byte[] qiyingenWithName(byte[] name) {
        String json = DatasetWriter.compact().writeToString(ExampleCommunities.qiyingen());
        String first = ExampleCommunities.qiyingen().persons().get(0).name();
        int at = json.indexOf("\"" + first + "\"") + 1;
        byte[] before = json.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] after = json.substring(at + first.length()).getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[before.length + name.length + after.length];
        System.arraycopy(before, 0, all, 0, before.length);
        System.arraycopy(name, 0, all, before.length, name.length);
        System.arraycopy(after, 0, all, before.length + name.length, after.length);
        return all;
    }

    @Test
    void datasetReader_overlongSlashInAName_isAnEncodingErrorAtItsByte(@TempDir Path dir) throws Exception {
        byte[] document = qiyingenWithName(hex("41 C0 AF 42"));
        Path file = dir.resolve("overlong.json");
        Files.write(file, document);

        ReadResult<Dataset> result = DatasetReader.create().read(file);

        assertThat(result.value()).isEmpty();
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo(ReadErrorCode.JSON_ENCODING);
            assertThat(error.line()).isEqualTo(1);
            assertThat(error.column()).isEqualTo(indexOf(document, (byte) 0xC0) + 1);
            assertThat(error.en()).contains("bytes C0 AF are not a well-formed UTF-8 sequence");
            assertThat(error.zh()).contains("字节 C0 AF 不是合法的 UTF-8 序列");
        });
        assertThat(DatasetReader.create().read(new ByteArrayInputStream(qiyingenWithName(hex("41 2F 42"))))
                .isSuccessful()).as("the same document, well-formed").isTrue();
    }

    @Test
    void jsonLinesReader_codePointAboveTheLastInALine_isAnEncodingErrorOfThatLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("above.jsonl");
        byte[] good = "{\"type\":\"institution\",\"institution\":{\"id\":\"a\",\"name\":\"甲\",\"kind\":\"SCHOOL\",\"region\":\"500101\"}}\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] bad = ("{\"type\":\"institution\",\"institution\":{\"id\":\"b\",\"name\":\"" + "X" + "\",\"kind\":\"SCHOOL\","
                + "\"region\":\"500101\"}}\n").getBytes(StandardCharsets.UTF_8);
        int x = indexOf(bad, (byte) 'X');
        byte[] badLine = new byte[bad.length + 3];
        System.arraycopy(bad, 0, badLine, 0, x);
        System.arraycopy(hex("F4 90 80 80"), 0, badLine, x, 4);
        System.arraycopy(bad, x + 1, badLine, x + 4, bad.length - x - 1);
        Files.write(file, concat(good, badLine));

        List<JsonLine> lines = new ArrayList<>();
        JsonLinesReader.create().read(file, lines::add);

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isNotInstanceOf(JsonLine.ErrorLine.class);
        assertThat(((JsonLine.ErrorLine) lines.get(1)).errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo(ReadErrorCode.JSON_ENCODING);
            assertThat(error.line()).isEqualTo(2);
            assertThat(error.column()).isEqualTo(x + 1);
            assertThat(error.en()).contains("bytes F4 90 80 80");
        });
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        throw new AssertionError("no byte " + b);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
