package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yanxun.Dataset;
import org.yanxun.examples.ExampleCommunities;
import org.yanxun.generators.RandomModel;

class JsonLinesReaderTest {

    private static final String PERSON = "{\"type\":\"person\",\"person\":{\"id\":\"p%d\",\"name\":\"n\",\"synthetic\":true}}\n";

    /** The line of a person {@code pN}, with its line break. */
    private static String person(int n) {
        return String.format(Locale.ROOT, PERSON, n);
    }

    /** Yields a prefix, then {@code fill} bytes of {@code a}, then a suffix, without holding the filler. */
    private static final class GeneratedInput extends InputStream {
        private final byte[] prefix;
        private final byte[] suffix;
        private final long total;
        private long position;

        GeneratedInput(String prefix, long fill, String suffix) {
            this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
            this.suffix = suffix.getBytes(StandardCharsets.UTF_8);
            this.total = this.prefix.length + fill + this.suffix.length;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= total) {
                return -1;
            }
            int n = (int) Math.min(length, total - position);
            for (int i = 0; i < n; i++) {
                long at = position + i;
                long fromEnd = total - at;
                buffer[offset + i] = at < prefix.length ? prefix[(int) at]
                        : fromEnd <= suffix.length ? suffix[(int) (suffix.length - fromEnd)] : (byte) 'a';
            }
            position += n;
            return n;
        }
    }

    @Test
    @Timeout(60)
    void read_oneGigabyteLine_isSkippedWithoutHoldingIt_andLaterLinesAreRead() {
        String before = person(1) + "{\"type\":\"person\",\"person\":{\"id\":\"p2\",\"name\":\"";
        String after = "\",\"synthetic\":true}}\n" + person(3);
        List<JsonLine> lines = new ArrayList<>();

        long count = JsonLinesReader.create().read(new GeneratedInput(before, 1L << 30, after), lines::add);

        assertThat(count).isEqualTo(3);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isInstanceOf(JsonLine.PersonLine.class);
        assertThat(lines.get(1)).isInstanceOfSatisfying(JsonLine.ErrorLine.class, error -> {
            assertThat(error.line()).isEqualTo(2);
            assertThat(error.errors()).extracting(ReadError::code).containsExactly(ReadErrorCode.JSONL_LINE_TOO_LONG);
            assertThat(error.errors().get(0).line()).isEqualTo(2);
        });
        assertThat(lines.get(2)).isInstanceOfSatisfying(JsonLine.PersonLine.class,
                person -> assertThat(person.line()).isEqualTo(3));
    }

    @Test
    void read_badLines_areReportedWithTheirNumber_andTheRestAreRead() {
        String text = person(1) + "{\"type\":\"person\"\n\n" + "[]\n" + person(5)
                + "{\"type\":\"person\",\"person\":{\"id\":\"p6\",\"name\":\"n\",\"synthetic\":true}} {}\n";
        List<JsonLine> lines = new ArrayList<>();

        JsonLinesReader.create().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), lines::add);

        assertThat(lines).extracting(JsonLine::line).containsExactly(1L, 2L, 4L, 5L, 6L);
        assertThat(lines).extracting(line -> line.getClass().getSimpleName())
                .containsExactly("PersonLine", "ErrorLine", "ErrorLine", "PersonLine", "ErrorLine");
        assertThat(((JsonLine.ErrorLine) lines.get(1)).errors()).extracting(ReadError::code)
                .containsExactly(ReadErrorCode.JSON_TRUNCATED);
        assertThat(((JsonLine.ErrorLine) lines.get(2)).errors()).extracting(ReadError::code)
                .containsExactly(ReadErrorCode.JSON_TYPE);
        assertThat(((JsonLine.ErrorLine) lines.get(4)).errors()).extracting(ReadError::code)
                .containsExactly(ReadErrorCode.JSON_TRAILING);
    }

    @Test
    void readDataset_parserStoppedInTheValueOfAProperty_isAtThatPropertyOfTheRecord() {
        String number = "1" + "0".repeat(100);
        String text = person(1)
                + "{\"type\":\"person\",\"person\":" + number + "}\n"
                + "{\"type\":\"person\",\"person\":{\"id\":tru}}\n"
                + "{\"x-a\":tru,\"type\":\"person\"}\n"
                + "{\"type\":\"person\" \"person\":{}}\n";
        List<ReadError> fromText = JsonLinesReader.create().readDataset(text).errors();

        assertThat(JsonLinesReader.create().readDataset(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
                .errors()).isEqualTo(fromText);
        assertThat(fromText).extracting(ReadError::code, ReadError::pointer, ReadError::line, ReadError::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ReadErrorCode.JSON_LIMIT, "/person", 2L, 27),
                        org.assertj.core.groups.Tuple.tuple(ReadErrorCode.JSON_SYNTAX, "/person/id", 3L, 33),
                        org.assertj.core.groups.Tuple.tuple(ReadErrorCode.JSON_SYNTAX, "/x-a", 4L, 8),
                        org.assertj.core.groups.Tuple.tuple(ReadErrorCode.JSON_SYNTAX, "", 5L, 18));
    }

    @Test
    void read_lineLongerThanTheDocumentLimit_isReadAsALine(@TempDir Path dir) throws IOException {
        JsonLinesReader reader = JsonLinesReader.create().withLimits(JsonLimits.defaults().withMaxDocumentBytes(20));
        String lines = person(1) + person(2);
        Path file = Files.writeString(dir.resolve("people.jsonl"), lines);

        assertThat(reader.readDataset(lines).orElseThrow().persons()).hasSize(2);
        assertThat(reader.parseLine(person(3).strip(), 3)).isInstanceOf(JsonLine.PersonLine.class);
        JsonLinesReport report = JsonLinesValidation.of(org.yanxun.rules.RuleEngine.of(
                org.yanxun.policy.Presets.guangzhouLiwan2026())).withReader(reader)
                .validate(file, ExampleCommunities.LIWAN_AS_OF);
        assertThat(report.readErrors()).isEmpty();
        assertThat(report.lines()).isEqualTo(2);
    }

    @Test
    void readDataset_tooManyErrors_theLimitStandsAtTheFirstErrorLeftOut() {
        JsonLinesReader reader = JsonLinesReader.create().withLimits(JsonLimits.defaults().withMaxErrors(2));

        assertThat(reader.readDataset("{\n{\n{\n{\n").errors()).extracting(ReadError::code, ReadError::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ReadErrorCode.JSON_TRUNCATED, 1L),
                        org.assertj.core.groups.Tuple.tuple(ReadErrorCode.JSON_TRUNCATED, 2L),
                        org.assertj.core.groups.Tuple.tuple(ReadErrorCode.JSON_LIMIT, 3L));
    }

    @Test
    void read_byteOrderMarkAloneOnALaterLine_isAnEncodingErrorToo() {
        assertThat(JsonLinesReader.create().readDataset(person(1) + "\uFEFF \n").errors())
                .extracting(ReadError::code, ReadError::line).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ReadErrorCode.JSON_ENCODING, 2L));
    }

    @Test
    void read_byteOrderMarkOnALaterLine_isAnEncodingError() {
        String lines = "\uFEFF" + person(1) + "\uFEFF" + person(2);

        assertThat(JsonLinesReader.create().readDataset(lines).errors())
                .extracting(ReadError::code, ReadError::line, ReadError::column, ReadError::en)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ReadErrorCode.JSON_ENCODING, 2L, 1,
                        "a byte-order mark may only begin the file"));
    }

    @Test
    void read_typeNotFirst_isFoundByAFirstPass() {
        String line = "{\"person\":{\"id\":\"p\",\"name\":\"n\",\"synthetic\":true},\"x-note\":1,\"type\":\"person\"}";

        Dataset dataset = JsonLinesReader.create().readDataset(line).orElseThrow();

        assertThat(dataset.persons()).hasSize(1);
    }

    @Test
    void read_customStudioType_mustBeDefinedOnAnEarlierLine() {
        String custom = RandomModel.CUSTOM_TYPES.get(0).code();
        String studioType = "{\"type\":\"studioType\",\"studioType\":{\"code\":\"" + custom
                + "\",\"form\":\"STUDIO\",\"rung\":2,\"zh\":\"县级骨干教师工作室\",\"en\":\"county backbone studio\"}}\n";
        String cluster = "{\"type\":\"cluster\",\"cluster\":{\"id\":\"c\",\"name\":\"n\",\"region\":\"440103\","
                + "\"organiser\":\"a\",\"undertaker\":\"b\",\"launchedOn\":\"2026-01-09\"}}\n";
        String studio = "{\"type\":\"studio\",\"cluster\":\"c\",\"studio\":{\"id\":\"s\",\"name\":\"n\",\"type\":\""
                + custom + "\",\"level\":\"DISTRICT\",\"hostInstitution\":\"h\",\"researchDirection\":\"r\","
                + "\"cycle\":{\"start\":\"2026-01-09\",\"years\":2},\"status\":\"ACTIVE\"}}\n";

        assertThat(JsonLinesReader.create().readDataset(studioType + cluster + studio).orElseThrow()
                .studios().get(0).type()).isEqualTo(RandomModel.CUSTOM_TYPES.get(0));
        assertThat(JsonLinesReader.create().readDataset(cluster + studio + studioType).errors())
                .extracting(ReadError::code, ReadError::line, ReadError::pointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ReadErrorCode.JSON_ENUM, 2L, "/studio/type"));
    }

    @Test
    void read_redefinedBuiltInStudioType_isAnError() {
        String line = "{\"type\":\"studioType\",\"studioType\":{\"code\":\"BACKBONE_WORKSHOP\",\"form\":\"STUDIO\","
                + "\"rung\":2,\"zh\":\"x\",\"en\":\"x\"}}";

        assertThat(JsonLinesReader.create().readDataset(line).errors())
                .extracting(ReadError::code, ReadError::pointer, ReadError::line, ReadError::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ReadErrorCode.JSON_VALUE, "/studioType/code", 1L,
                        line.indexOf("{\"code\"") + 1));
    }

    @Test
    void read_studioTypeDefinedTwice_isAnErrorAtTheSecondDefinition() {
        String line = "{\"type\":\"studioType\",\"x-note\":\"again\",\"studioType\":{\"code\":\"MY_STUDIO\","
                + "\"form\":\"STUDIO\",\"rung\":2,\"zh\":\"我的\",\"en\":\"mine\"}}";

        assertThat(JsonLinesReader.create().readDataset(line + "\n" + line + "\n").errors())
                .extracting(ReadError::code, ReadError::pointer, ReadError::line, ReadError::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ReadErrorCode.JSON_VALUE, "/studioType/code", 2L,
                        line.indexOf("{\"code\"") + 1));
    }

    @Test
    void readDataset_childOfAnUnknownParent_isAnErrorWithItsLineAndNoColumn() {
        String text = person(1)
                + "{\"type\":\"resource\",\"alliance\":\"nowhere\",\"resource\":{\"id\":\"r\",\"title\":\"t\","
                + "\"kind\":\"COURSEWARE\",\"contributor\":\"i\",\"createdOn\":\"2024-01-01\","
                + "\"lastReviewedOn\":\"2024-02-01\",\"shared\":true}}\n";

        assertThat(JsonLinesReader.create().readDataset(text).errors())
                .extracting(ReadError::code, ReadError::line, ReadError::column, ReadError::pointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ReadErrorCode.JSONL_UNKNOWN_PARENT, 2L, 0,
                        "/alliance"));
    }

    static Stream<Arguments> recordProblems() {
        String person = "\"person\":{\"id\":\"p\",\"name\":\"n\",\"synthetic\":true}";
        return Stream.of(
                Arguments.of("{\"type\":\"person\",\"zz\":1," + person + "}", ReadErrorCode.JSON_UNKNOWN_PROPERTY, "/zz",
                        "1,", "unknown property 'zz' in a person record"),
                Arguments.of("{\"type\":\"person\",\"zz\":{\"a\":[1,{}]}," + person + "}",
                        ReadErrorCode.JSON_UNKNOWN_PROPERTY, "/zz", "{\"a\"", "unknown property 'zz' in a person record"),
                Arguments.of("{\"type\":\"institution\",\"zz\":1,\"institution\":{\"id\":\"i\",\"name\":\"n\","
                        + "\"kind\":\"SCHOOL\",\"region\":\"440103\"}}", ReadErrorCode.JSON_UNKNOWN_PROPERTY, "/zz", "1,",
                        "unknown property 'zz' in an institution record"),
                Arguments.of("{\"type\":\"person\"}", ReadErrorCode.JSON_MISSING, "", "{",
                        "record is missing the required property 'person'"),
                Arguments.of("{\"type\":\"studio\",\"studio\":null}", ReadErrorCode.JSON_MISSING, "", "{",
                        "record is missing the required property 'cluster'"),
                Arguments.of("{" + person + "}", ReadErrorCode.JSON_MISSING, "", "{",
                        "record is missing the required property 'type'"),
                Arguments.of("{\"type\":\"person\",\"person\":null}", ReadErrorCode.JSON_NULL, "/person", "null",
                        "value must not be null; omit an absent value"));
    }

    @ParameterizedTest
    @MethodSource("recordProblems")
    void parseLine_problemOfTheRecordItself_isAtItsPlace(String line, ReadErrorCode code, String pointer, String at,
            String en) {
        JsonLine read = JsonLinesReader.create().parseLine(line, 3);

        assertThat(read).isInstanceOfSatisfying(JsonLine.ErrorLine.class, e -> assertThat(e.errors())
                .filteredOn(error -> error.en().equals(en)).singleElement().satisfies(error -> {
                    assertThat(error.code()).isEqualTo(code);
                    assertThat(error.pointer()).isEqualTo(pointer);
                    assertThat(error.line()).isEqualTo(3);
                    assertThat(error.column()).isEqualTo(line.indexOf(at) + 1);
                }));
    }

    @Test
    void parseLine_extensionPropertiesOfARecord_areSkippedQuietly() {
        String line = "{\"x-a\":{\"b\":[1]},\"type\":\"person\",\"x-c\":\"d\",\"person\":{\"id\":\"p\",\"name\":\"n\","
                + "\"synthetic\":true},\"x-e\":null}";

        assertThat(JsonLinesReader.create().parseLine(line, 1)).isInstanceOf(JsonLine.PersonLine.class);
    }

    @Test
    void read_clusterLineWithStudios_isRejected() {
        String line = "{\"type\":\"cluster\",\"cluster\":{\"id\":\"c\",\"name\":\"n\",\"region\":\"440103\","
                + "\"organiser\":\"a\",\"undertaker\":\"b\",\"launchedOn\":\"2026-01-09\",\"studios\":[]}}";

        assertThat(JsonLinesReader.create().readDataset(line).errors()).extracting(ReadError::code, ReadError::pointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ReadErrorCode.JSON_UNKNOWN_PROPERTY,
                        "/cluster/studios"));
        assertThat(BundledSchemas.validate("record", line)).isNotEmpty();
    }

    @Test
    void read_failingStream_endsWithAnIoErrorLine() {
        InputStream failing = new InputStream() {
            private int calls;

            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (calls++ > 0) {
                    throw new IOException("disk gone");
                }
                byte[] line = person(1).getBytes(StandardCharsets.UTF_8);
                System.arraycopy(line, 0, b, off, line.length);
                return line.length;
            }
        };
        List<JsonLine> lines = new ArrayList<>();

        JsonLinesReader.create().read(failing, lines::add);

        assertThat(lines).hasSize(2);
        assertThat(((JsonLine.ErrorLine) lines.get(1)).errors()).extracting(ReadError::code)
                .containsExactly(ReadErrorCode.JSON_IO);
    }

    @Test
    void read_streamFailingAfterTwoLines_reportsAndReturnsTheLineItWasReading() {
        byte[] twoLines = (person(1) + person(2)).getBytes(StandardCharsets.UTF_8);
        InputStream failing = new InputStream() {
            private boolean served;

            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (served) {
                    throw new IOException("disk gone");
                }
                served = true;
                System.arraycopy(twoLines, 0, b, off, twoLines.length);
                return twoLines.length;
            }
        };
        List<JsonLine> lines = new ArrayList<>();

        long count = JsonLinesReader.create().read(failing, lines::add);

        assertThat(count).isEqualTo(3);
        assertThat(lines.get(2)).isInstanceOfSatisfying(JsonLine.ErrorLine.class, error -> {
            assertThat(error.line()).isEqualTo(3);
            assertThat(error.errors()).extracting(ReadError::line).containsExactly(3L);
        });
    }

    @Test
    void readInto_linesNotWanted_skippedUnparsedInOrder(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("lines.jsonl"),
                person(1) + "not json\n" + person(3) + "\n{\"type\":\nx");
        List<String> seen = new ArrayList<>();

        long lines = JsonLinesReader.create().readInto(file, number -> number != 2 && number != 5,
                new JsonLinesReader.Receiver() {
                    @Override
                    public void accept(JsonLine line, int bytes) {
                        seen.add(line.line() + (line instanceof JsonLine.ErrorLine ? " error" : " read"));
                    }

                    @Override
                    public void skipped(long number) {
                        seen.add(number + " skipped");
                    }
                });

        assertThat(lines).isEqualTo(6);
        assertThat(seen).as("a blank line is neither").containsExactly("1 read", "2 skipped", "3 read", "5 skipped",
                "6 error");
    }

    @Test
    void readInto_rangeOfAFileThatCannotBeOpened_isOneErrorAtTheRangesFirstLine(@TempDir Path dir) {
        Path missing = dir.resolve("gone.jsonl");
        List<JsonLine> seen = new ArrayList<>();

        long lines = JsonLinesReader.create().readInto(missing, new LineRanges.Range(100, 200, 7,
                StudioTypes.forLines()), JsonLinesReader.EVERY_LINE, (line, bytes) -> seen.add(line));

        assertThat(lines).as("the lines before the range").isEqualTo(6);
        assertThat(seen).singleElement().isInstanceOfSatisfying(JsonLine.ErrorLine.class, error -> {
            assertThat(error.line()).isEqualTo(7);
            assertThat(error.errors()).extracting(ReadError::code).containsExactly(ReadErrorCode.JSON_IO);
        });
    }

    @Test
    void readOnly_file_returnsItsLineCount(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("lines.jsonl"), person(1) + "\n" + person(2));

        assertThat(JsonLinesReader.create().readOnly(file, EnumSet.of(RecordType.INSTITUTION), line -> { })).isEqualTo(3);
    }

    @Test
    void readOnly_countsTheLinesOfEachRecordType(@TempDir Path dir) throws IOException {
        Dataset dataset = ExampleCommunities.qiyingen();
        Path file = dir.resolve("qiyingen.jsonl");
        JsonLinesWriter.write(dataset, file);
        Files.writeString(file, "not json\n{\"type\":\"person\",\"person\":{\"id\":\"p1\"}}\n",
                StandardOpenOption.APPEND);
        RecordCounts counts = new RecordCounts();

        JsonLinesReader.create().readOnly(file, EnumSet.noneOf(RecordType.class), line -> { }, null, counts);

        assertThat(counts.of(RecordType.PERSON)).as("an incomplete person line counts").isEqualTo(
                dataset.persons().size() + 1);
        assertThat(counts.of(RecordType.INSTITUTION)).isEqualTo(dataset.institutions().size());
        assertThat(counts.of(RecordType.ALLIANCE)).isEqualTo(dataset.alliances().size());
        assertThat(counts.of(RecordType.EXCHANGE)).isEqualTo(dataset.alliances().get(0).exchanges().size())
                .isPositive();
        assertThat(counts.of(RecordType.STUDIO)).isZero();
    }

    @Test
    void readOnly_missingFile_returnsMinusOne(@TempDir Path dir) {
        assertThat(JsonLinesReader.create().readOnly(dir.resolve("none.jsonl"), EnumSet.of(RecordType.PERSON),
                line -> { })).isEqualTo(-1);
    }
}
