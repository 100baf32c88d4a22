package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yanxun.policy.Presets;
import org.yanxun.rules.Dimensions;
import org.yanxun.rules.RuleEngine;
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
        assertThat(error.zh()).isEqualTo("JSON 语法错误：无法识别的记号“x”，应为 JSON 字符串、数字、数组、对象或 null、true、false");
    }

    @Test
    void read_messageOfExactlyTheLimit_isKeptWhole() {
        ReadError error = syntaxErrorForTokenOf(111);

        assertThat(error.en()).hasSize(PREFIX.length() + 200).endsWith("null, true or false");
    }

    @Test
    void read_messageOverTheLimit_isShortenedWithEllipsis() {
        ReadError error = syntaxErrorForTokenOf(112);

        assertThat(error.en()).hasSize(PREFIX.length() + 200).endsWith("…");
    }

    @Test
    void read_safetyLimitWithoutALocation_isLocatedWhereTheParserStopped() {
        ReadError error = DatasetReader.create()
                .read("{\"schemaVersion\":\"1.0\",\n \"x-n\":" + "[".repeat(100) + "]".repeat(100) + "}").errors().get(0);

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

    @ParameterizedTest
    @ValueSource(strings = {"", "{\"schemaVersion\":", "{\"schemaVersion\":\"1.0\",\"kind\":"})
    void read_streamThrowingUncheckedIOException_isJsonIoInEveryDocumentReader(String before) {
        UncheckedIOException failure = new UncheckedIOException(new IOException("disk gone"));
        List<ReadResult<?>> results = List.of(DatasetReader.create().read(throwingAfter(before, failure)),
                PolicyReader.create().read(throwingAfter(before, failure)),
                ReportReader.create().read(throwingAfter(before, failure)));

        assertThat(results).allSatisfy(result -> assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo(ReadErrorCode.JSON_IO);
            assertThat(error.en()).isEqualTo("input could not be read: disk gone");
            assertThat(error.zh()).isEqualTo("读取输入失败：disk gone");
        }));
    }

    /** A stream that gives some bytes and then throws an unchecked exception. */
    private static InputStream throwingAfter(String text, RuntimeException failure) {
        return new SequenceInputStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                new InputStream() {
                    @Override
                    public int read() {
                        throw failure;
                    }
                });
    }

    /** A stream that gives some bytes and then throws. */
    private static InputStream failingAfter(String text, IOException failure) {
        return new SequenceInputStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw failure;
                    }
                });
    }

    /** The one JSON_IO error of each way to read an input that fails: as a document, as text, as JSON Lines. */
    private static List<ReadError> errorsOfEveryReader(IOException failure) {
        List<ReadError> errors = new ArrayList<>();
        errors.addAll(DatasetReader.create().read(failingAfter("", failure)).errors());
        errors.addAll(DatasetReader.create().read(failingAfter("{\"schemaVersion\":", failure)).errors());
        errors.addAll(DatasetReader.create().read(new java.io.InputStreamReader(failingAfter("", failure),
                StandardCharsets.UTF_8)).errors());
        errors.addAll(JsonLinesValidation.of(RuleEngine.of(Presets.guangzhouLiwan2026()))
                .validate(failingAfter("\n", failure), Dimensions.empty(), LocalDate.of(2026, 3, 1)).readErrors());
        return errors;
    }

    @Test
    void read_streamFailingWithoutAMessage_saysItCouldNotBeRead_withoutNull() {
        assertThat(errorsOfEveryReader(new IOException())).hasSize(4).allSatisfy(error -> {
            assertThat(error.code()).isEqualTo(ReadErrorCode.JSON_IO);
            assertThat(error.zh()).isEqualTo("读取输入失败");
            assertThat(error.en()).isEqualTo("input could not be read");
        });
    }

    @Test
    void read_streamInterrupted_saysSo_andTheThreadStaysInterrupted() {
        try {
            assertThat(errorsOfEveryReader(new java.io.InterruptedIOException())).hasSize(4).allSatisfy(error -> {
                assertThat(error.code()).isEqualTo(ReadErrorCode.JSON_IO);
                assertThat(error.zh()).isEqualTo("读取被中断");
                assertThat(error.en()).isEqualTo("reading was interrupted");
            });
        } finally {
            assertThat(Thread.interrupted()).as("interrupted again").isTrue();
        }
    }

    @Test
    void read_documentStreamInterruptedBeforeItsFirstByte_saysSo_andDoesNotReadOn() {
        byte[] document = "{\"schemaVersion\":\"1.0\"}".getBytes(StandardCharsets.UTF_8);
        InputStream interruptedOnce = new InputStream() {
            private int read = -1;

            @Override
            public int read() throws IOException {
                if (read < 0) {
                    read = 0;
                    throw new java.io.InterruptedIOException(); // as a pipe waiting for its writer
                }
                return read < document.length ? document[read++] : -1;
            }
        };
        try {
            assertThat(DatasetReader.create().read(interruptedOnce).errors()).extracting(ReadError::code, ReadError::en)
                    .containsExactly(tuple(ReadErrorCode.JSON_IO, "reading was interrupted"));
        } finally {
            assertThat(Thread.interrupted()).as("interrupted again").isTrue();
        }
    }

    @Test
    void read_socketTimeout_isAFailureInItsOwnWords_notAnInterrupt() {
        assertThat(errorsOfEveryReader(new java.net.SocketTimeoutException("Read timed out")))
                .extracting(ReadError::en).containsOnly("input could not be read: Read timed out");
        assertThat(Thread.interrupted()).isFalse();
    }

    @Test
    void read_streamFailingInsideAValue_isAnErrorOfTheWholeInput() {
        InputStream failing = new SequenceInputStream(new ByteArrayInputStream(
                "{\"persons\":[{\"id\":\"p\",\"name\":\"abc".getBytes(StandardCharsets.UTF_8)), new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("disk gone");
                    }
                });

        assertThat(DatasetReader.create().read(failing).errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo(ReadErrorCode.JSON_IO);
            assertThat(error.pointer()).isEmpty();
            assertThat(error.line()).isZero();
            assertThat(error.column()).isZero();
        });
    }

    private static final String LOW_ZH = "JSON 语法错误：属性名含不成对的代理码元转义：低代理码元（\\uDC00 至 \\uDFFF）之前没有"
            + "高代理码元（\\uD800 至 \\uDBFF）";
    private static final String LOW_EN = "JSON syntax error: a property name holds an unpaired surrogate escape: a low "
            + "surrogate (\\uDC00 to \\uDFFF) not preceded by a high one (\\uD800 to \\uDBFF)";
    private static final String HIGH_ZH = "JSON 语法错误：属性名含不成对的代理码元转义：高代理码元（\\uD800 至 \\uDBFF）之后不是"
            + "低代理码元（\\uDC00 至 \\uDFFF）的转义";
    private static final String HIGH_EN = "JSON syntax error: a property name holds an unpaired surrogate escape: a high "
            + "surrogate (\\uD800 to \\uDBFF) not followed by the escape of a low one (\\uDC00 to \\uDFFF)";

    /** Every reader of a kind of document, of text and of bytes; each gives the last error of its input. */
    private static List<Function<String, ReadError>> readers(String kind) {
        Function<String, byte[]> bytes = text -> text.getBytes(StandardCharsets.UTF_8);
        List<Function<String, ReadResult<?>>> reads = switch (kind) {
            case "dataset" -> List.of(text -> DatasetReader.create().read(text),
                    text -> DatasetReader.create().read(new ByteArrayInputStream(bytes.apply(text))));
            case "policy" -> List.of(text -> PolicyReader.create().read(text),
                    text -> PolicyReader.create().read(new ByteArrayInputStream(bytes.apply(text))));
            case "report" -> List.of(text -> ReportReader.create().read(text),
                    text -> ReportReader.create().read(new ByteArrayInputStream(bytes.apply(text))));
            default -> List.of(text -> JsonLinesReader.create().readDataset(text),
                    text -> JsonLinesReader.create().readDataset(new ByteArrayInputStream(bytes.apply(text))));
        };
        List<Function<String, ReadError>> readers = new java.util.ArrayList<>(reads.stream()
                .map(read -> read.andThen(result -> result.errors().get(result.errors().size() - 1))).toList());
        if (kind.equals("jsonl")) {
            readers.add(text -> ((JsonLine.ErrorLine) JsonLinesReader.create().parseLine(text, 1)).errors().get(0));
            readers.add(text -> ((JsonLine.ErrorLine) JsonLinesReader.create().parseLine(bytes.apply(text), 1))
                    .errors().get(0));
        }
        return readers;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            dataset | {"persons":[{"\\udc00":1}]}                                | /persons/0 | 21 | low
            dataset | {"persons":[{"a\\uDFFFb":1}]}                              | /persons/0 | 22 | low
            dataset | {"schemaVersion":"1.0","kind":"dataset","\\ud800":1}        |            | 48 | high
            dataset | {"persons":[{"a\\ud800b":1}]}                              | /persons/0 | 22 | high
            dataset | {"persons":[{"\\ud800\\u0041":1}]}                         | /persons/0 | 27 | high
            dataset | {"persons":[{"\\udbff\\n":1}]}                             | /persons/0 | 23 | high
            dataset | {"schemaVersion":"1.0","kind":"dataset","x-a":{"\\ud800":1}} | /x-a       | 55 | high
            policy  | {"schemaVersion":"1.0","kind":"policy","\\ud800":1}         |            | 47 | high
            report  | {"schemaVersion":"1.0","kind":"report","\\udc00":1}         |            | 47 | low
            jsonl   | {"type":"person","person":{"\\ud800":1}}                    | /person    | 35 | high
            """)
    void read_unpairedSurrogateEscapeInAPropertyName_isASyntaxErrorOfTheObjectInBothLanguages(String kind,
            String document, String pointer, int column, String half) {
        for (Function<String, ReadError> read : readers(kind)) {
            ReadError error = read.apply(document);

            assertThat(error.code()).isEqualTo(ReadErrorCode.JSON_SYNTAX);
            assertThat(error.pointer()).isEqualTo(pointer == null ? "" : pointer);
            assertThat(error.line()).isEqualTo(1);
            assertThat(error.column()).isEqualTo(column);
            assertThat(error.zh()).isEqualTo(half.equals("low") ? LOW_ZH : HIGH_ZH);
            assertThat(error.en()).isEqualTo(half.equals("low") ? LOW_EN : HIGH_EN);
        }
    }

    @Test
    void read_surrogateInAPropertyNameThatIsNotAnEscape_staysAnEncodingError() {
        byte[] cesu = {'{', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', ':', '1', '}'};
        String unpaired = "{\"\uD800\":1}";
        List<ReadError> errors = List.of(
                DatasetReader.create().read(new ByteArrayInputStream(cesu)).errors().get(0),
                PolicyReader.create().read(new ByteArrayInputStream(cesu)).errors().get(0),
                JsonLinesReader.create().readDataset(new ByteArrayInputStream(cesu)).errors().get(0),
                ((JsonLine.ErrorLine) JsonLinesReader.create().parseLine(cesu, 1)).errors().get(0),
                DatasetReader.create().read(unpaired).errors().get(0),
                ReportReader.create().read(unpaired).errors().get(0),
                JsonLinesReader.create().readDataset(unpaired).errors().get(0),
                ((JsonLine.ErrorLine) JsonLinesReader.create().parseLine(unpaired, 1)).errors().get(0));

        assertThat(errors).extracting(ReadError::code).containsOnly(ReadErrorCode.JSON_ENCODING);
        assertThat(errors).extracting(ReadError::column).containsOnly(3);
    }
}
