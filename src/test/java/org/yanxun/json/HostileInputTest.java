package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yanxun.Dataset;
import org.yanxun.examples.ExampleCommunities;

/** The hostile corpus in {@code src/test/resources/hostile/} and generated hostile documents. */
class HostileInputTest {

    private static final String HEAD = "{\"schemaVersion\":\"1.0\",\"kind\":\"dataset\"";

    static Stream<Arguments> corpus() throws IOException {
        Properties expected = new Properties();
        try (InputStream in = HostileInputTest.class.getResourceAsStream("/hostile/expected.properties")) {
            expected.load(in);
        }
        return expected.stringPropertyNames().stream().sorted()
                .map(file -> Arguments.of(file, ReadErrorCode.valueOf(expected.getProperty(file).trim())));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("corpus")
    void corpusFile_isRejectedWithItsCodeAndALocation(String file, ReadErrorCode code) throws Exception {
        Path path = Path.of(HostileInputTest.class.getResource("/hostile/" + file).toURI());

        ReadResult<Dataset> result = file.endsWith(".jsonl")
                ? JsonLinesReader.create().readDataset(path) : DatasetReader.create().read(path);

        assertThat(result.value()).isEmpty();
        assertThat(result.errors()).extracting(ReadError::code).contains(code);
        assertThat(result.errors()).allSatisfy(error -> {
            assertThat(error.line()).as(error.toString()).isPositive();
            assertThat(error.zh()).isNotBlank();
            assertThat(error.en()).isNotBlank();
        });
    }

    @Test
    @Timeout(5)
    void read_100000DeepArray_isStoppedByTheDepthLimit() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);

        assertThat(codes(DatasetReader.create().read(deep))).contains(ReadErrorCode.JSON_LIMIT);
    }

    @Test
    @Timeout(5)
    void read_100000DeepObjectInAnExtension_isStoppedByTheDepthLimit() {
        String deep = HEAD + ",\"x-deep\":" + "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000) + "}";

        assertThat(codes(DatasetReader.create().read(deep))).containsExactly(ReadErrorCode.JSON_LIMIT);
    }

    @Test
    void depth_atTheLimit_isAccepted_andOneMore_isRejected() {
        assertThat(DatasetReader.create().read(nested(64)).isSuccessful()).isTrue();
        assertThat(codes(DatasetReader.create().read(nested(65)))).containsExactly(ReadErrorCode.JSON_LIMIT);
    }

    private static String nested(int depth) {
        return HEAD + ",\"x-deep\":" + "[".repeat(depth - 1) + "]".repeat(depth - 1) + "}";
    }

    @Test
    void stringLength_atTheLimit_isNotALimitError_andOneMore_is() {
        assertThat(codes(DatasetReader.create().read(personNamed("a".repeat(1_000_000)))))
                .containsExactly(ReadErrorCode.JSON_VALUE);
        assertThat(codes(DatasetReader.create().read(personNamed("a".repeat(1_000_001)))))
                .containsExactly(ReadErrorCode.JSON_LIMIT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"%s\"", "[\"%s\"]", "{\"k\":\"%s\"}", "[[{\"k\":[\"%s\"]}]]"})
    void stringLength_inASkippedValue_atTheLimit_isAccepted_andOneMore_isALimitErrorAtThatValue(String shape) {
        // The parser checks a string it is not asked for only in parts, and one it moves past not at all.
        String at = HEAD + ",\"x-pad\":" + shape.formatted("a".repeat(1_000_000)) + "}";
        String over = HEAD + ",\"x-pad\":" + shape.formatted("a".repeat(1_000_001)) + "}";
        String unknown = HEAD + ",\"pad\":" + shape.formatted("a".repeat(1_000_001)) + "}";

        assertThat(DatasetReader.create().read(at).isSuccessful()).isTrue();
        assertThat(DatasetReader.create().read(over).errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo(ReadErrorCode.JSON_LIMIT);
            assertThat(error.pointer()).isEqualTo("/x-pad");
            assertThat(error.column()).isEqualTo(over.indexOf("\"a") + 1);
        });
        assertThat(codes(DatasetReader.create().read(unknown))).containsExactly(ReadErrorCode.JSON_UNKNOWN_PROPERTY,
                ReadErrorCode.JSON_LIMIT);
    }

    private static String personNamed(String name) {
        return HEAD + ",\"persons\":[{\"id\":\"p\",\"name\":\"" + name + "\",\"synthetic\":true}]}";
    }

    @Test
    void numberLength_atTheLimit_isNotALimitError_andOneMore_is() {
        assertThat(codes(DatasetReader.create().read(typeWithRung("9".repeat(100)))))
                .containsExactly(ReadErrorCode.JSON_VALUE);
        assertThat(codes(DatasetReader.create().read(typeWithRung("9".repeat(101)))))
                .containsExactly(ReadErrorCode.JSON_LIMIT);
    }

    @Test
    void number_1001Digits_isALimitError() {
        assertThat(codes(DatasetReader.create().read(typeWithRung("1".repeat(1001)))))
                .containsExactly(ReadErrorCode.JSON_LIMIT);
    }

    private static String typeWithRung(String rung) {
        return HEAD + ",\"studioTypes\":[{\"code\":\"X\",\"form\":\"STUDIO\",\"rung\":" + rung
                + ",\"zh\":\"x\",\"en\":\"x\"}]}";
    }

    @Test
    void nameLength_atTheLimit_isAccepted_andOneMore_isRejected() {
        String name256 = "x-" + "a".repeat(254);

        assertThat(DatasetReader.create().read(HEAD + ",\"" + name256 + "\":1}").isSuccessful()).isTrue();
        assertThat(codes(DatasetReader.create().read(HEAD + ",\"" + name256 + "a\":1}")))
                .containsExactly(ReadErrorCode.JSON_LIMIT);
    }

    @Test
    void documentSize_overTheLimit_isRejected() {
        String document = HEAD + ",\"x-pad\":\"" + "a".repeat(1000) + "\"}";
        DatasetReader exact = DatasetReader.create()
                .withLimits(JsonLimits.defaults().withMaxDocumentBytes(document.length()));
        DatasetReader smaller = DatasetReader.create().withLimits(
                JsonLimits.defaults().withMaxDocumentBytes(document.length() - 1));

        assertThat(exact.read(new java.io.ByteArrayInputStream(document.getBytes())).isSuccessful()).isTrue();
        assertThat(codes(smaller.read(new java.io.ByteArrayInputStream(document.getBytes()))))
                .containsExactly(ReadErrorCode.JSON_LIMIT);
    }

    @Test
    void documentSize_overTheLimit_isAnErrorOfTheWholeDocument_withTheLimitNotAWrongPlace() {
        String document = HEAD + ",\n\"x-pad\":\"" + "a".repeat(300) + "\"\n}";
        DatasetReader smaller = DatasetReader.create().withLimits(JsonLimits.defaults().withMaxDocumentBytes(100));

        ReadError error = smaller.read(new java.io.ByteArrayInputStream(document.getBytes())).errors().get(0);

        // The parser gave the place where it stopped loading input, with a column past the end of the line.
        assertThat(error.code()).isEqualTo(ReadErrorCode.JSON_LIMIT);
        assertThat(error.line()).isZero();
        assertThat(error.column()).isZero();
        assertThat(error.en()).isEqualTo("safety limit exceeded: the document is longer than the limit of 100 (bytes, "
                + "or characters when read from text)");
        assertThat(error.zh()).isEqualTo("超出安全限制：文档超过长度上限 100（字节；从文本读取时为字符）");
    }

    @Test
    void documentSize_readFromText_countsCharactersAndFromBytes_countsBytes() {
        String document = HEAD + ",\"x-pad\":\"" + "字".repeat(100) + "\"}";
        DatasetReader exact = DatasetReader.create()
                .withLimits(JsonLimits.defaults().withMaxDocumentBytes(document.length()));

        assertThat(exact.read(document).isSuccessful()).isTrue();
        assertThat(codes(exact.read(new java.io.ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)))))
                .containsExactly(ReadErrorCode.JSON_LIMIT);
    }

    @Test
    void nameLength_readFromText_countsCharactersAndFromBytes_countsBytesOfUtf8() {
        String name = "x-" + "字".repeat(100);
        String document = HEAD + ",\"" + name + "\":1}";
        DatasetReader reader = DatasetReader.create().withLimits(JsonLimits.defaults().withMaxNameLength(200));

        assertThat(reader.read(document).isSuccessful()).as("102 characters").isTrue();
        assertThat(codes(reader.read(new java.io.ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)))))
                .as("302 bytes").containsExactly(ReadErrorCode.JSON_LIMIT);
    }

    @Test
    void documentSize_overTheLimit_isAtTheEmptyPointer_whereverTheParserNoticesIt() {
        // The parser checks the length as it loads input, which may fall inside any value.
        for (int pad : new int[] {100, 10_000, 100_000}) {
            String document = HEAD + ",\"x-pad\":\"" + "a".repeat(pad) + "\"}";
            DatasetReader smaller = DatasetReader.create().withLimits(JsonLimits.defaults().withMaxDocumentBytes(60));

            assertThat(smaller.read(new java.io.ByteArrayInputStream(document.getBytes())).errors()).singleElement()
                    .satisfies(error -> assertThat(error.pointer()).isEmpty());
        }
    }

    @Test
    void errorCount_overTheLimit_stopsWithALimitError() {
        String persons = "{\"id\":\"p\",\"name\":1,\"synthetic\":true},".repeat(5);
        String document = HEAD + ",\"persons\":[" + persons.substring(0, persons.length() - 1) + "]}";

        List<ReadErrorCode> codes = codes(DatasetReader.create().withLimits(JsonLimits.defaults().withMaxErrors(3))
                .read(document));

        assertThat(codes).containsExactly(ReadErrorCode.JSON_TYPE, ReadErrorCode.JSON_TYPE, ReadErrorCode.JSON_TYPE,
                ReadErrorCode.JSON_LIMIT);
    }

    @Test
    void errorCount_overTheLimit_theLimitErrorStandsAtTheFirstErrorLeftOut() {
        String document = HEAD + ",\n\"persons\":[" + "{\"id\":1},".repeat(4) + "{\"id\":1}]}";

        List<ReadError> all = DatasetReader.create().read(document).errors();
        List<ReadError> limited = DatasetReader.create().withLimits(JsonLimits.defaults().withMaxErrors(3))
                .read(document).errors();

        assertThat(all).hasSizeGreaterThan(4);
        assertThat(limited).hasSize(4).startsWith(all.subList(0, 3).toArray(ReadError[]::new)).last()
                .satisfies(limit -> {
                    assertThat(limit.code()).isEqualTo(ReadErrorCode.JSON_LIMIT);
                    assertThat(limit.pointer()).isEqualTo(all.get(3).pointer());
                    assertThat(limit.line()).isEqualTo(all.get(3).line()).isEqualTo(2);
                    assertThat(limit.column()).isEqualTo(all.get(3).column()).isPositive();
                });
    }

    @Test
    void errorCount_overTheLimit_inTheStudioTypesCheckedAfterReading_isALimitError_atTheFirstLeftOut() {
        String dataset = DatasetWriter.compact().writeToString(ExampleCommunities.liwan2026());
        String unknownTypes = dataset.replace("\"SPECIAL_GRADE_STUDIO\"", "\"NO_SUCH_TYPE\"");

        List<ReadError> all = DatasetReader.create().read(unknownTypes).errors();
        List<ReadError> limited = DatasetReader.create().withLimits(JsonLimits.defaults().withMaxErrors(all.size() - 1))
                .read(unknownTypes).errors();

        assertThat(all).hasSizeGreaterThan(1).extracting(ReadError::code).containsOnly(ReadErrorCode.JSON_ENUM);
        assertThat(limited).hasSize(all.size()).last().satisfies(limit -> {
            assertThat(limit.code()).isEqualTo(ReadErrorCode.JSON_LIMIT);
            assertThat(limit.pointer()).isEqualTo(all.get(all.size() - 1).pointer());
            assertThat(limit.line()).isEqualTo(all.get(all.size() - 1).line());
            assertThat(limit.column()).isEqualTo(all.get(all.size() - 1).column());
        });
    }

    @Test
    void lineLength_atTheLimit_isRead_andOneMore_isSkipped() {
        String line = "{\"type\":\"person\",\"person\":{\"id\":\"p\",\"name\":\"n\",\"synthetic\":true}}";
        JsonLinesReader exact = JsonLinesReader.create()
                .withLimits(JsonLimits.defaults().withMaxLineBytes(line.length()));
        JsonLinesReader smaller = JsonLinesReader.create().withLimits(
                JsonLimits.defaults().withMaxLineBytes(line.length() - 1));

        assertThat(exact.readDataset(line + "\n").isSuccessful()).isTrue();
        assertThat(codes(smaller.readDataset(line + "\n"))).containsExactly(ReadErrorCode.JSONL_LINE_TOO_LONG);
    }

    @Test
    void errors_pointAtTheValue_withLineAndColumn() {
        String document = HEAD + ",\n\"persons\":[\n  {\"id\":\"p\",\"name\":\"n\",\"synthetic\":\"yes\"}]}";

        ReadError error = DatasetReader.create().read(document).errors().get(0);

        assertThat(error.pointer()).isEqualTo("/persons/0/synthetic");
        assertThat(error.line()).isEqualTo(3);
        assertThat(error.column()).isEqualTo(36);
        assertThat(error.en()).contains("'yes'");
        assertThat(error.zh()).contains("“yes”");
    }

    @Test
    void read_failure_throwsOurExceptionFromOrElseThrow() {
        ReadResult<Dataset> result = DatasetReader.create().read("{");

        assertThat(org.assertj.core.api.Assertions.catchThrowable(result::orElseThrow))
                .isInstanceOf(JsonReadException.class)
                .satisfies(e -> assertThat(((JsonReadException) e).errors()).isEqualTo(result.errors()));
    }

    static List<ReadErrorCode> codes(ReadResult<?> result) {
        assertThat(result.value()).isEmpty();
        List<ReadErrorCode> codes = new ArrayList<>();
        result.errors().forEach(e -> codes.add(e.code()));
        return codes;
    }
}
