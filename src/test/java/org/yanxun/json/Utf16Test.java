package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yanxun.Dataset;
import org.yanxun.Person;
import org.yanxun.examples.ExampleCommunities;
import org.yanxun.rules.catalogue.Mutations;

/**
 * Text given as a string or a reader with an unpaired surrogate, which is not a character, is an
 * encoding error where it is, as ill-formed UTF-8 bytes are: never read as other text.
 */
class Utf16Test {

    private static final String PERSON = "{\"type\":\"person\",\"person\":{\"id\":\"p1\",\"name\":\"陈NAME\","
            + "\"synthetic\":true}}";

    private static String person(String name) {
        return PERSON.replace("NAME", name);
    }

    @Test
    void parseLine_textWithAnUnpairedSurrogate_isAnEncodingErrorAtItsByte() {
        String line = person("\ud800");

        JsonLine read = JsonLinesReader.create().parseLine(line, 4);

        int column = line.substring(0, line.indexOf('\ud800')).getBytes(StandardCharsets.UTF_8).length + 1;
        assertThat(read).isInstanceOfSatisfying(JsonLine.ErrorLine.class, e -> assertThat(e.errors()).singleElement()
                .satisfies(error -> {
                    assertThat(error.code()).isEqualTo(ReadErrorCode.JSON_ENCODING);
                    assertThat(error.line()).isEqualTo(4);
                    assertThat(error.column()).isEqualTo(column);
                    assertThat(error.en()).contains("bytes ED A0 80 (U+D800) are not a well-formed UTF-8 sequence");
                    assertThat(error.zh()).contains("字节 ED A0 80 (U+D800) 不是合法的 UTF-8 序列");
                }));
    }

    @Test
    void parseLine_textWithALowSurrogateFirst_isAnEncodingError() {
        JsonLine read = JsonLinesReader.create().parseLine(person("\udc00\ud83d\ude00"), 1, List.of());

        assertThat(read).isInstanceOfSatisfying(JsonLine.ErrorLine.class, e -> assertThat(e.errors()).singleElement()
                .satisfies(error -> assertThat(error.en()).contains("ED B0 80 (U+DC00)")));
    }

    @Test
    void readDataset_textWithAnUnpairedSurrogateOnLineTwo_isAnEncodingErrorOfThatLineOnly() {
        String text = person("甲").replace("p1", "p0") + "\n" + person("\udbff") + "\n" + person("\ud842\udfb7");

        ReadResult<Dataset> read = JsonLinesReader.create().readDataset(text);

        assertThat(read.errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo(ReadErrorCode.JSON_ENCODING);
            assertThat(error.line()).isEqualTo(2);
            assertThat(error.en()).contains("(U+DBFF)");
        });
    }

    static List<Function<String, ReadResult<?>>> documentReaders() {
        return List.of(json -> DatasetReader.create().read(json),
                json -> DatasetReader.create().read(new StringReader(json)),
                json -> PolicyReader.create().read(json),
                json -> PolicyReader.create().read(new StringReader(json)),
                json -> ReportReader.create().read(json),
                json -> ReportReader.create().read(new StringReader(json)));
    }

    @ParameterizedTest
    @MethodSource("documentReaders")
    void documentReaders_textWithAnUnpairedSurrogate_isAnEncodingErrorAtItsCharacter(
            Function<String, ReadResult<?>> reader) {
        String json = "{\"schemaVersion\":\"1.0\",\n  \"x-note\":\"甲\ud83d\"}";

        ReadResult<?> read = reader.apply(json);

        assertThat(read.errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo(ReadErrorCode.JSON_ENCODING);
            assertThat(error.line()).isEqualTo(2);
            assertThat(error.column()).isEqualTo(14);
            assertThat(error.en()).isEqualTo("input holds the unpaired surrogate U+D83D, which is not a character "
                    + "and cannot be encoded as UTF-8");
            assertThat(error.zh()).isEqualTo("输入含不成对的代理码元 U+D83D：它不是字符，无法以 UTF-8 编码");
        });
    }

    @ParameterizedTest
    @MethodSource("documentReaders")
    void documentReaders_highSurrogateEndingTheText_isAnEncodingErrorAtIt(Function<String, ReadResult<?>> reader) {
        for (String json : List.of("{}\ud800", "\ud800", "{} \ud800", "{}\ud800\ud800")) {
            int column = json.indexOf('\ud800') + 1;

            List<ReadError> errors = reader.apply(json).errors();

            assertThat(errors).as(json).extracting(ReadError::code)
                    .doesNotContain(ReadErrorCode.JSON_TRAILING, ReadErrorCode.JSON_SYNTAX);
            assertThat(errors).as(json).filteredOn(error -> error.code() == ReadErrorCode.JSON_ENCODING)
                    .singleElement().satisfies(error -> {
                        assertThat(error.line()).isEqualTo(1);
                        assertThat(error.column()).isEqualTo(column);
                        assertThat(error.en()).contains("U+D800");
                    });
        }
    }

    /** Reads characters, however the text under the reader hands them out and however many are asked for. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 8192})
    void checkingReader_pairsAcrossReads_giveTheText(int asked) throws IOException {
        String text = "\ud83d\ude00a\ud842\udfb7\ud83d\ude00";
        for (boolean oneAtATime : new boolean[] {false, true}) {
            Reader under = oneAtATime ? new OneAtATime(text) : new StringReader(text);
            Utf16.CheckingReader reader = new Utf16.CheckingReader(under);
            StringBuilder read = new StringBuilder();
            char[] buffer = new char[asked];
            for (int n; (n = reader.read(buffer, 0, asked)) >= 0; ) {
                assertThat(n).isPositive();
                assertThat(asked > 1 && Character.isHighSurrogate(buffer[n - 1])).as("a read ends with a high surrogate")
                        .isFalse();
                read.append(buffer, 0, n);
            }
            assertThat(read).hasToString(text);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 8192})
    void checkingReader_highSurrogateThenAnotherCharacter_failsAtTheSurrogate(int asked) {
        for (String text : List.of("a\ud800b", "a\ud800\ud800", "a\ud800")) {
            Utf16.CheckingReader reader = new Utf16.CheckingReader(new OneAtATime(text));
            char[] buffer = new char[asked];

            assertThatThrownBy(() -> {
                while (reader.read(buffer, 0, asked) >= 0) {
                    assertThat(Character.isHighSurrogate(buffer[0])).as(text).isFalse();
                }
            }).as(text).isInstanceOfSatisfying(Utf8.Malformed.class,
                    e -> assertThat(e.getMessage()).contains("U+D800"));
        }
    }

    @Test
    void checkingReader_readingAHighSurrogateAlone_isReadyWithItsPair() throws IOException {
        Utf16.CheckingReader reader = new Utf16.CheckingReader(new OneAtATime("\ud83d\ude00"));

        assertThat(reader.read()).isEqualTo(0xd83d);
        assertThat(reader.ready()).isTrue();
        assertThat(reader.read()).isEqualTo(0xde00);
        assertThat(reader.read()).isEqualTo(-1);
    }

    /** A reader that gives one character per read, however many are asked for. */
    private static final class OneAtATime extends Reader {
        private final String text;
        private int at;

        OneAtATime(String text) {
            this.text = text;
        }

        @Override
        public int read(char[] b, int off, int len) {
            if (at == text.length()) {
                return -1;
            }
            b[off] = text.charAt(at++);
            return 1;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void datasetReader_nameEndingInAHighSurrogate_isAnEncodingErrorNotAnInvalidName() {
        String json = DatasetWriter.compact().writeToString(ExampleCommunities.qiyingen());
        String name = ExampleCommunities.qiyingen().persons().get(0).name();

        ReadResult<Dataset> read = DatasetReader.create().read(json.replaceFirst(name, name + "\ud800"));

        assertThat(read.errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo(ReadErrorCode.JSON_ENCODING);
            assertThat(error.column()).isEqualTo(json.indexOf(name) + name.length() + 1);
        });
    }

    @Test
    void readers_surrogatePair_readTheCharacter() {
        String name = "陈\ud842\udfb7雨";
        Dataset dataset = ExampleCommunities.qiyingen();
        Person first = dataset.persons().get(0);
        Dataset renamed = Mutations.person(dataset, first.id(), p -> new Person(p.id(), name, p.synthetic(),
                p.birthDate(), p.title(), p.honours(), p.posts(), p.stages(), p.subjects(), p.employer(),
                p.teachingSince()));
        String json = DatasetWriter.compact().writeToString(renamed);
        String lines = JsonLinesWriter.writeToString(renamed);

        assertThat(DatasetReader.create().read(json).orElseThrow()).isEqualTo(renamed);
        assertThat(DatasetReader.create().read(new StringReader(json)).orElseThrow()).isEqualTo(renamed);
        assertThat(JsonLinesReader.create().readDataset(lines).orElseThrow()).isEqualTo(renamed);
        assertThat(JsonLinesReader.create().parseLine(person(name), 1))
                .isEqualTo(JsonLinesReader.create().parseLine(person(name).getBytes(StandardCharsets.UTF_8), 1));
        assertThat(DatasetReader.create().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))
                .orElseThrow()).isEqualTo(renamed);
    }

    /**
     * {@code numberStop} follows JSON's grammar of numbers: in the text {@code " " + number}, where the
     * number stops (marked {@code ^}, or none if it runs to the end) and whether that is the character
     * named.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1.x       | x | 2
            1.5x      | x | 3
            10.25e+x  | x | 7
            -0.5E-x   | x | 6
            1.5e+e    | e | 5
            1ex       | x | 2
            1E5x      | x | 3
            1e5.      | . | 3
            0x        | x | 1
            01        | 1 | 1
            -x        | x | 1
            --        | - | 1
            -01       | 1 | 2
            x         | x | 0
            1.5.      | . | 3
            1.x       | y | -1
            12        | 2 | -1
            1.        | . | -1
            1e+       | + | -1
            -         | - | -1
            """)
    void numberStop_findsWhereTheGrammarOfNumbersStops(String number, char named, int stop) throws Exception {
        Utf16.CheckingReader reader = new Utf16.CheckingReader(new StringReader(" " + number));
        char[] buffer = new char[64];
        assertThat(reader.read(buffer, 5, buffer.length - 5)).isEqualTo(number.length() + 1);

        assertThat(reader.numberStop(1, named)).isEqualTo(stop < 0 ? -1 : 1 + stop);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "1.", "1e", "1e+", "-", "0", "1.5", "1.5e5"})
    void numberStop_numberRunningToTheEndOfTheRead_looksNoFurther(String number) throws Exception {
        // What the parser's buffer holds past the read, from an earlier read, is not text of this one.
        char[] buffer = new char[64];
        Arrays.fill(buffer, 'x');
        Utf16.CheckingReader reader = new Utf16.CheckingReader(new StringReader(" " + number));
        reader.read(buffer, 0, number.length() + 1);

        assertThat(reader.numberStop(1, 'x')).isEqualTo(-1);
    }

    @Test
    void numberStop_numberNotInTheLastRead_isNotFound() throws Exception {
        Utf16.CheckingReader reader = new Utf16.CheckingReader(new StringReader("1.x 1.y"));
        char[] buffer = new char[4];
        reader.read(buffer, 0, 4);
        reader.read(buffer, 0, 3);

        assertThat(reader.numberStop(0, 'x')).as("before the last read").isEqualTo(-1);
        assertThat(reader.numberStop(4, 'y')).isEqualTo(6);
        assertThat(reader.numberStop(7, 'y')).as("after it").isEqualTo(-1);
        assertThat(new Utf16.CheckingReader(new StringReader("1.x")).numberStop(0, 'x')).as("nothing read")
                .isEqualTo(-1);
    }
}
