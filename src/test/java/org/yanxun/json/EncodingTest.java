package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yanxun.Dataset;
import org.yanxun.examples.ExampleCommunities;

/** UTF-16 and UTF-32 input is refused before parsing, with the reason; a UTF-8 byte-order mark is ignored. */
class EncodingTest {

    private static List<ReadError> read(int... bytes) {
        byte[] data = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            data[i] = (byte) bytes[i];
        }
        return DatasetReader.create().read(new ByteArrayInputStream(data)).errors();
    }

    @Test
    void read_utf16BigEndianWithByteOrderMark_isEncodingErrorNamingTheMark() {
        assertThat(read(0xFE, 0xFF, 0x00, '{', 0x00, '}')).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(ReadErrorCode.JSON_ENCODING);
            assertThat(e.en()).isEqualTo("input must be UTF-8: UTF-16 byte-order mark found");
        });
    }

    @Test
    void read_utf16WithoutAMark_isEncodingErrorInBothLanguages_countingTheBytesFromOne() {
        assertThat(read('{', 0x00, '}', 0x00)).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(ReadErrorCode.JSON_ENCODING);
            assertThat(e.en()).isEqualTo("input must be UTF-8: byte 2 is zero (UTF-16 or UTF-32?)");
            assertThat(e.zh()).isEqualTo("输入须为 UTF-8 编码：第 2 个字节为零（是 UTF-16 或 UTF-32 编码？）");
        });
    }

    @Test
    void read_utf16BigEndianWithoutAMark_namesTheFirstByteInBothLanguages() {
        assertThat(read(0x00, '{', 0x00, '}')).singleElement().satisfies(e -> {
            assertThat(e.en()).isEqualTo("input must be UTF-8: byte 1 is zero (UTF-16 or UTF-32?)");
            assertThat(e.zh()).isEqualTo("输入须为 UTF-8 编码：第 1 个字节为零（是 UTF-16 或 UTF-32 编码？）");
        });
    }

    @Test
    void read_utf16LittleEndianWithByteOrderMark_isEncodingErrorNamingTheMark() {
        assertThat(read(0xFF, 0xFE, '{', 0x00, '}', 0x00)).extracting(ReadError::en)
                .containsExactly("input must be UTF-8: UTF-16 byte-order mark found");
    }

    @Test
    void read_byteOrderMarkAlone_isEncodingErrorNamingTheMark() {
        assertThat(read(0xFE, 0xFF)).extracting(ReadError::en)
                .containsExactly("input must be UTF-8: UTF-16 byte-order mark found");
    }

    @Test
    void read_utf8ByteOrderMarkAlone_isEmpty_asTheMarkAndSpacesAre() {
        assertThat(read(0xEF, 0xBB, 0xBF)).extracting(ReadError::code).containsExactly(ReadErrorCode.JSON_EMPTY);
        assertThat(read(0xEF, 0xBB, 0xBF, ' ', ' ')).extracting(ReadError::code).containsExactly(ReadErrorCode.JSON_EMPTY);
    }

    @Test
    void read_bytesStartingWithAByteOrderMark_countItsThreeBytesInTheColumnsOfLineOne_asJsonLinesDoes(
            @TempDir Path dir) throws IOException {
        byte[] mark = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] document = concat(mark, "{\"a\":tru}".getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("mark.json");
        Files.write(file, document);
        JsonLine line = JsonLinesReader.create().parseLine(
                concat(mark, "{\"type\":\"person\",\"person\":{\"id\":tru}}".getBytes(StandardCharsets.UTF_8)), 1);

        assertThat(DatasetReader.create().read(new ByteArrayInputStream(document)).errors()).singleElement()
                .satisfies(e -> assertThat(e.column()).isEqualTo(3 + 6));
        assertThat(DatasetReader.create().read(file).errors()).singleElement()
                .satisfies(e -> assertThat(e.column()).isEqualTo(3 + 6));
        assertThat(((JsonLine.ErrorLine) line).errors()).singleElement()
                .satisfies(e -> assertThat(e.column()).isEqualTo(3 + 33));
    }

    @Test
    void read_secondByteOrderMark_isRefused_fromBytesAsFromText() {
        String document = DatasetWriter.compact().writeToString(ExampleCommunities.qiyingen());
        byte[] mark = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

        assertThat(DatasetReader.create().read(new ByteArrayInputStream(concat(mark, concat(mark,
                document.getBytes(StandardCharsets.UTF_8))))).errors()).singleElement().satisfies(e -> {
                    assertThat(e.code()).isEqualTo(ReadErrorCode.JSON_SYNTAX);
                    assertThat(e.column()).isEqualTo(4);
                });
        assertThat(DatasetReader.create().read("\uFEFF\uFEFF" + document).errors()).extracting(ReadError::code)
                .containsExactly(ReadErrorCode.JSON_SYNTAX);
    }

    private static byte[] concat(byte[] head, byte[] tail) {
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    @Test
    void read_textStartingWithAByteOrderMark_readsAsTheBytesDo() {
        String document = DatasetWriter.compact().writeToString(ExampleCommunities.qiyingen());
        Dataset expected = ExampleCommunities.qiyingen();

        assertThat(DatasetReader.create().read("\uFEFF" + document).value()).contains(expected);
        assertThat(DatasetReader.create().read(new StringReader("\uFEFF" + document)).value()).contains(expected);
        assertThat(DatasetReader.create().read(new ByteArrayInputStream(("\uFEFF" + document)
                .getBytes(StandardCharsets.UTF_8))).value()).contains(expected);
    }

    @Test
    void readJsonLines_byteOrderMarkAlone_isNoLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mark.jsonl");
        Files.write(file, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        List<JsonLine> lines = new ArrayList<>();

        assertThat(JsonLinesReader.create().read(file, lines::add)).isEqualTo(1);
        assertThat(lines).isEmpty();
    }
}
