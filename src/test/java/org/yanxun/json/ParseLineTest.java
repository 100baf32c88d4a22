package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yanxun.ClusterId;
import org.yanxun.Dataset;
import org.yanxun.InvalidValueException;
import org.yanxun.Studio;
import org.yanxun.StudioType;
import org.yanxun.examples.ExampleCommunities;
import org.yanxun.generators.RandomModel;

/** Reading one line on its own, as a partition of a distributed engine does. */
class ParseLineTest {

    private static final String PERSON = "{\"type\":\"person\",\"person\":{\"id\":\"p1\",\"name\":\"n\",\"synthetic\":true}}";

    @Test
    void parseLine_everyLineOfAnExample_equalsTheLineReadFromTheFile() {
        String text = JsonLinesWriter.writeToString(ExampleCommunities.qiyingen());
        List<JsonLine> streamed = new ArrayList<>();
        JsonLinesReader.create().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                streamed::add);
        String[] lines = text.split("\n");

        List<JsonLine> parsed = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            parsed.add(JsonLinesReader.create().parseLine(lines[i], i + 1));
        }

        assertThat(parsed).isEqualTo(streamed);
    }

    @Test
    void parseLine_person_keepsItsLineNumber() {
        JsonLine line = JsonLinesReader.create().parseLine(PERSON + "\r\n", 42);
        assertThat(line).isInstanceOfSatisfying(JsonLine.PersonLine.class, p -> assertThat(p.line()).isEqualTo(42));
    }

    @Test
    void parseLine_bytes_readsTheSameAsText() {
        assertThat(JsonLinesReader.create().parseLine(PERSON.getBytes(StandardCharsets.UTF_8), 3))
                .isEqualTo(JsonLinesReader.create().parseLine(PERSON, 3));
    }

    @Test
    void parseLine_badLine_isAnErrorLineAtThatLine() {
        JsonLine line = JsonLinesReader.create().parseLine("{\"type\":\"person\",\"person\":{\"id\":\"p1\"}}", 7);
        assertThat(line).isInstanceOfSatisfying(JsonLine.ErrorLine.class, error -> {
            assertThat(error.line()).isEqualTo(7);
            assertThat(error.errors()).allSatisfy(e -> assertThat(e.line()).isEqualTo(7));
            assertThat(error.errors()).extracting(ReadError::code).containsOnly(ReadErrorCode.JSON_MISSING);
        });
    }

    @Test
    void parseLine_blank_isEmpty() {
        assertThat(codes(JsonLinesReader.create().parseLine("  ", 1))).containsExactly(ReadErrorCode.JSON_EMPTY);
    }

    @Test
    void parseLine_innerLineBreak_isSyntaxError() {
        assertThat(codes(JsonLinesReader.create().parseLine(PERSON + "\n" + PERSON, 1)))
                .containsExactly(ReadErrorCode.JSON_SYNTAX);
    }

    @Test
    void parseLine_longerThanTheLimit_isLineTooLong() {
        JsonLinesReader reader = JsonLinesReader.create().withLimits(JsonLimits.defaults().withMaxLineBytes(20));
        assertThat(codes(reader.parseLine(PERSON, 1))).containsExactly(ReadErrorCode.JSONL_LINE_TOO_LONG);
    }

    @Test
    void parseLine_classNameType_isRejected() {
        assertThat(codes(JsonLinesReader.create().parseLine("{\"type\":\"org.yanxun.Person\"}", 1)))
                .contains(ReadErrorCode.JSON_ENUM);
    }

    @Test
    void parseLine_customStudioTypeNotGiven_isUnknown() {
        String studio = studioLineWithCustomType();
        assertThat(codes(JsonLinesReader.create().parseLine(studio, 2))).containsExactly(ReadErrorCode.JSON_ENUM);
    }

    @Test
    void parseLine_customStudioTypeGiven_resolves() {
        String studio = studioLineWithCustomType();
        JsonLine line = JsonLinesReader.create().parseLine(studio, 2, RandomModel.CUSTOM_TYPES);
        assertThat(line).isInstanceOf(JsonLine.StudioLine.class);
    }

    @Test
    void parseLine_definitionOfATypeOfNoEarlierLine_isAccepted() {
        StudioType type = RandomModel.CUSTOM_TYPES.get(0);
        String definition = lineOf(w -> w.studioType(type));
        assertThat(JsonLinesReader.create().parseLine(definition, 1, RandomModel.CUSTOM_TYPES.subList(1, 2)))
                .isEqualTo(new JsonLine.StudioTypeLine(1, type));
    }

    @Test
    void parseLine_sameDefinitionAsAnEarlierLine_isDefinedTwice_asInAFile() {
        StudioType type = RandomModel.CUSTOM_TYPES.get(0);
        String definition = lineOf(w -> w.studioType(type));

        JsonLine line = JsonLinesReader.create().parseLine(definition, 7, List.of(type));
        ReadResult<Dataset> file = JsonLinesReader.create().readDataset(definition + "\n" + definition + "\n");

        assertThat(line).isInstanceOf(JsonLine.ErrorLine.class);
        List<ReadError> errors = ((JsonLine.ErrorLine) line).errors();
        assertThat(errors).extracting(ReadError::code, ReadError::pointer, ReadError::line)
                .containsExactly(tuple(ReadErrorCode.JSON_VALUE, "/studioType/code", 7L));
        assertThat(errors).extracting(ReadError::zh, ReadError::en).containsExactlyElementsOf(
                file.errors().stream().map(e -> tuple(e.zh(), e.en())).toList());
    }

    @Test
    void parseLine_lineNumberZero_throws() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> JsonLinesReader.create().parseLine(PERSON, 0));
    }

    @Test
    void parseLine_givenTypeRedefinesABuiltIn_throws() {
        StudioType builtIn = StudioType.builtIns().iterator().next();
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> JsonLinesReader.create().parseLine(PERSON, 1, List.of(builtIn)))
                .withMessage("must not redefine the built-in studio type '" + builtIn.code() + "'")
                .satisfies(e -> assertThat(e.zh()).isEqualTo("不能重新定义内置工作室类型“" + builtIn.code() + "”"));
    }

    @Test
    void parseLine_givenTypeTwice_throwsInBothLanguages() {
        StudioType custom = RandomModel.CUSTOM_TYPES.get(0);
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> JsonLinesReader.create().parseLine(PERSON, 1, List.of(custom, custom)))
                .withMessageStartingWith("studio type defined twice")
                .satisfies(e -> assertThat(e.zh()).startsWith("工作室类型重复定义"));
    }

    private static String studioLineWithCustomType() {
        StudioType type = RandomModel.CUSTOM_TYPES.get(0);
        Studio studio = ExampleCommunities.liwan2026().clusters().get(0).studios().get(0);
        Studio custom = new Studio(studio.id(), studio.name(), type, studio.level(),
                studio.hostInstitution(), studio.researchDirection(), studio.stages(), studio.subjects(), studio.cycle(),
                studio.status(), studio.memberships(), studio.evaluations(), studio.activities(),
                studio.mentoringPairs(), studio.certificates());
        return lineOf(w -> w.studio(ClusterId.of("c"), custom));
    }

    private static String lineOf(Consumer<JsonLinesWriter> write) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonLinesWriter writer = JsonLinesWriter.to(out)) {
            write.accept(writer);
        }
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void parseLine_empty_isEmpty() {
        assertThat(codes(JsonLinesReader.create().parseLine(new byte[0], 1))).containsExactly(ReadErrorCode.JSON_EMPTY);
    }

    @Test
    void parseLine_lineBreakAlone_isEmpty() {
        assertThat(codes(JsonLinesReader.create().parseLine("\n", 1))).containsExactly(ReadErrorCode.JSON_EMPTY);
    }

    @Test
    void parseLine_exactlyTheLimit_isRead() {
        JsonLinesReader reader = JsonLinesReader.create()
                .withLimits(JsonLimits.defaults().withMaxLineBytes(PERSON.length()));

        assertThat(reader.parseLine(PERSON + "\r\n", 1)).isInstanceOf(JsonLine.PersonLine.class);
    }

    @Test
    void parseLine_innerLineBreak_isAtItsColumn() {
        JsonLine line = JsonLinesReader.create().parseLine(PERSON + "\r" + PERSON, 4);

        assertThat(line).isInstanceOfSatisfying(JsonLine.ErrorLine.class, error -> assertThat(error.errors())
                .singleElement().satisfies(e -> {
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.column()).isEqualTo(PERSON.length() + 1);
                }));
    }

    @Test
    void parseLine_newlineFirst_isSyntaxErrorAtColumnOne() {
        JsonLine line = JsonLinesReader.create().parseLine("\n" + PERSON.replace(",", ",\r"), 2);

        assertThat(line).isInstanceOfSatisfying(JsonLine.ErrorLine.class, error -> assertThat(error.errors())
                .extracting(ReadError::code, ReadError::column).containsExactly(tuple(ReadErrorCode.JSON_SYNTAX, 1)));
    }

    @Test
    void parseLine_newlineBeforeAReturn_isAtTheNewline() {
        JsonLine line = JsonLinesReader.create().parseLine(PERSON + "\n" + PERSON + "\r" + PERSON, 2);

        assertThat(line).isInstanceOfSatisfying(JsonLine.ErrorLine.class, error -> assertThat(error.errors())
                .extracting(ReadError::code, ReadError::column)
                .containsExactly(tuple(ReadErrorCode.JSON_SYNTAX, PERSON.length() + 1)));
    }

    @Test
    void parseLine_returnFirst_isSyntaxErrorAtColumnOne() {
        JsonLine line = JsonLinesReader.create().parseLine("\r" + PERSON, 2);

        assertThat(line).isInstanceOfSatisfying(JsonLine.ErrorLine.class, error -> assertThat(error.errors())
                .extracting(ReadError::code, ReadError::column).containsExactly(tuple(ReadErrorCode.JSON_SYNTAX, 1)));
    }

    @Test
    void parseLine_utf16ByteOrderMark_isEncodingError() {
        byte[] utf16 = ("\uFEFF" + PERSON).getBytes(StandardCharsets.UTF_16LE);

        JsonLine line = JsonLinesReader.create().parseLine(utf16, 2);

        assertThat(line).isInstanceOfSatisfying(JsonLine.ErrorLine.class, error -> assertThat(error.errors())
                .extracting(ReadError::code, ReadError::line, ReadError::en)
                .containsExactly(tuple(ReadErrorCode.JSON_ENCODING, 2L,
                        "input must be UTF-8: UTF-16 byte-order mark found")));
    }

    @Test
    void readFile_returnFirstInALine_isTheSameErrorAsParseLineGives(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("cr.jsonl"), PERSON + "\n\r" + PERSON + "\n");
        List<JsonLine> lines = new ArrayList<>();

        JsonLinesReader.create().read(file, lines::add);

        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).isEqualTo(JsonLinesReader.create().parseLine("\r" + PERSON, 2))
                .isInstanceOfSatisfying(JsonLine.ErrorLine.class, error -> assertThat(error.errors())
                        .extracting(ReadError::code, ReadError::column)
                        .containsExactly(tuple(ReadErrorCode.JSON_SYNTAX, 1)));
    }

    @Test
    void readFile_returnInsideALine_isTheSameErrorAsParseLineGives(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("cr.jsonl");
        Files.writeString(file, PERSON + "\n" + PERSON.replace(",", ",\r") + "\r\n" + PERSON + "\r\n");
        List<JsonLine> lines = new ArrayList<>();

        JsonLinesReader.create().read(file, lines::add);

        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isInstanceOf(JsonLine.PersonLine.class);
        assertThat(lines.get(2)).isInstanceOf(JsonLine.PersonLine.class);
        assertThat(lines.get(1)).isEqualTo(JsonLinesReader.create().parseLine(PERSON.replace(",", ",\r"), 2))
                .isInstanceOfSatisfying(JsonLine.ErrorLine.class, error -> assertThat(error.errors()).singleElement()
                        .satisfies(e -> {
                            assertThat(e.code()).isEqualTo(ReadErrorCode.JSON_SYNTAX);
                            assertThat(e.column()).isEqualTo(PERSON.indexOf(',') + 2);
                            assertThat(e.en()).isEqualTo("a line must not hold a line break");
                        }));
    }

    @Test
    void readFile_returnAfterBytesThatAreNotUtf8_isTheErrorTold(@TempDir Path dir) throws IOException {
        byte[] withReturn = PERSON.replaceFirst(",", ",\r").getBytes(StandardCharsets.UTF_8);
        byte[] without = PERSON.getBytes(StandardCharsets.UTF_8);
        withReturn[3] = (byte) 0xFF;
        without[3] = (byte) 0xFF;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(withReturn);
        bytes.write('\n');
        bytes.writeBytes(without);
        bytes.write('\n');
        Path file = Files.write(dir.resolve("both.jsonl"), bytes.toByteArray());
        List<JsonLine> lines = new ArrayList<>();

        JsonLinesReader.create().read(file, lines::add);

        assertThat(lines).allSatisfy(line -> assertThat(line).isInstanceOf(JsonLine.ErrorLine.class))
                .extracting(line -> ((JsonLine.ErrorLine) line).errors().get(0))
                .extracting(ReadError::code, ReadError::line, ReadError::column)
                .containsExactly(tuple(ReadErrorCode.JSON_SYNTAX, 1L, PERSON.indexOf(',') + 2),
                        tuple(ReadErrorCode.JSON_ENCODING, 2L, 4));
    }

    @Test
    void parseLine_parserStoppedInTheValueOfAProperty_isAtThatPropertyOfTheRecord() {
        String number = "1" + "0".repeat(100);
        String line = "{\"type\":\"studio\",\"cluster\":\"c1\",\"studio\":{\"id\":\"s1\",\"cycle\":" + number + "}}";

        JsonLine text = JsonLinesReader.create().parseLine(line, 4);

        assertThat(JsonLinesReader.create().parseLine(line.getBytes(StandardCharsets.UTF_8), 4)).isEqualTo(text);
        assertThat(text).isInstanceOfSatisfying(JsonLine.ErrorLine.class, error -> assertThat(error.errors())
                .extracting(ReadError::code, ReadError::pointer, ReadError::line, ReadError::column)
                .containsExactly(tuple(ReadErrorCode.JSON_LIMIT, "/studio/cycle", 4L, line.indexOf(number) + 1)));
        assertThat(JsonLinesReader.create().parseLine("{\"type\":\"person\",\"person\":{\"id\":\"p1\",\"name\":01}}", 1))
                .isInstanceOfSatisfying(JsonLine.ErrorLine.class, error -> assertThat(error.errors())
                        .extracting(ReadError::code, ReadError::pointer)
                        .containsExactly(tuple(ReadErrorCode.JSON_SYNTAX, "/person/name")));
    }

    private static List<ReadErrorCode> codes(JsonLine line) {
        assertThat(line).isInstanceOf(JsonLine.ErrorLine.class);
        return ((JsonLine.ErrorLine) line).errors().stream().map(ReadError::code).toList();
    }
}
