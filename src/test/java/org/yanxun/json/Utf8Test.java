package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
    @ValueSource(strings = {"41", "7F", "C2 80", "DF BF", "E0 A0 80", "E0 BF BF", "E1 80 80", "E4 B8 AD",
            "EC BF BF", "ED 9F BF", "EE 80 80", "EF BF BF", "F0 90 80 80", "F0 BF BF BF", "F3 BF BF BF",
            "F4 80 80 80", "F4 8F BF BF"})
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
            BF          | a continuation byte with no lead byte | 前面没有首字节的后续字节
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

    @ParameterizedTest
    @ValueSource(strings = {"E0 80 80", "F0 80 80 80"})
    void describe_overlongForm_showsEveryByteOfItsSequence(String bytes) {
        byte[] text = hex("41 " + bytes + " 41");

        assertThat(Utf8.describe(text, 1, text.length)).isEqualTo(bytes);
    }

    @ParameterizedTest
    @CsvSource({
            "41 E0 80, cut short", // a lead byte the range cuts off from a byte that would make it overlong
            "41 D6 D0, cut short"}) // the lead byte of 中 in GBK cut off from its trail byte
    void messages_sequenceAtTheEndOfTheRange_lookAtNoBytePastIt(String bytes, String cause) {
        byte[] text = hex(bytes);

        assertThat(Utf8.en(text, 1, 2)).isEqualTo("input is not valid UTF-8: byte " + bytes.substring(3, 5)
                + " is not a well-formed UTF-8 sequence (" + cause + ")");
        assertThat(Utf8.en(Arrays.copyOf(text, 2), 1, 2)).isEqualTo(Utf8.en(text, 1, 2));
        assertThat(Utf8.zh(Arrays.copyOf(text, 2), 1, 2)).doesNotContain("GBK");
    }

    @Test
    void encode_unpairedSurrogateAfterCharactersOfEveryLength_encodesThemAsUtf8() {
        String characters = "A\u007F\u0080\u00E9\u07FF\u0800\u4E2D\uFFFF\uD83D\uDE00\uDBFF\uDFFF";

        assertThat(Utf8.encode(characters + "\uD800")).isEqualTo(
                concat(characters.getBytes(StandardCharsets.UTF_8), hex("ED A0 80")));
    }

    /** A stream whose reads return at most some bytes each. */
    private static Utf8.CheckingStream checking(String bytes, int piece) {
        return new Utf8.CheckingStream(new ByteArrayInputStream(hex(bytes)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, piece));
            }
        });
    }

    @Test
    void checkingStream_readByteByByte_returnsEachByteThenFailsAtTheIllFormedOne() throws IOException {
        Utf8.CheckingStream in = checking("41 E4 B8 AD 42 FF", 64);
        List<Integer> read = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            read.add(in.read());
        }

        assertThat(read).containsExactly(0x41, 0xE4, 0xB8, 0xAD, 0x42);
        assertThatExceptionOfType(Utf8.Malformed.class).isThrownBy(in::read).satisfies(e -> {
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.column()).isEqualTo(6);
        });
    }

    @Test
    void checkingStream_readByteByByteToTheEnd_isMinusOne() throws IOException {
        Utf8.CheckingStream in = checking("41", 64);

        assertThat(in.read()).isEqualTo(0x41);
        assertThat(in.read()).isEqualTo(-1);
    }

    @Test
    void checkingStream_sequenceCutByARead_isCheckedWholeWithTheNextRead() throws IOException {
        Utf8.CheckingStream in = checking("41 E4 B8 AD 42 43 44", 3);

        assertThat(in.readAllBytes()).isEqualTo(hex("41 E4 B8 AD 42 43 44"));
    }

    @Test
    void checkingStream_readByteByByteIntoTheMiddleOfABuffer_checksOnlyTheBytesRead() throws IOException {
        Utf8.CheckingStream in = checking("F0 9F 98 80 41", 1);
        byte[] buffer = new byte[8];
        List<Byte> read = new ArrayList<>();
        while (in.read(buffer, 3, 4) > 0) {
            read.add(buffer[3]);
        }

        assertThat(read).containsExactly((byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80, (byte) 0x41);
    }

    @Test
    void checkingStream_noByteAskedForInsideASequence_isZeroBytes() throws IOException {
        Utf8.CheckingStream in = checking("41 E4 B8 AD", 3);
        byte[] buffer = new byte[8];

        assertThat(in.read(buffer, 0, 8)).isEqualTo(3);
        assertThat(in.read(buffer, 0, 0)).isZero();
        assertThat(in.read(buffer, 0, 8)).isEqualTo(1);
        assertThat(buffer[0]).isEqualTo((byte) 0xAD);
    }

    @Test
    void checkingStream_skip_readsThroughTheCheck() throws IOException {
        Utf8.CheckingStream in = checking("41 42 43 FF", 64);

        assertThat(in.skip(2)).isEqualTo(2);
        assertThat(in.skip(5)).isEqualTo(1);
        assertThatExceptionOfType(Utf8.Malformed.class).isThrownBy(() -> in.skip(1));
    }

    @Test
    void checkingStream_mark_isNotSupported() {
        assertThat(checking("41", 64).markSupported()).isFalse();
    }

    /** A line {@code {"type":"…"}} with some bytes in the quotes. */
    private static ReadError errorOfALineWith(String bytes) {
        byte[] line = hex("7B 22 74 79 70 65 22 3A 22 " + bytes + " 22 7D");
        return ((JsonLine.ErrorLine) JsonLinesReader.create().parseLine(line, 4)).errors().get(0);
    }

    @ParameterizedTest
    @CsvSource({
            "C0 EE, an overlong form", // 李 in GBK, a character of GB2312
            "B0 A1, a continuation byte with no lead byte", // 啊, the first character of GB2312
            "F7 FE, a byte UTF-8 never uses", // the last place of GB2312's characters
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
