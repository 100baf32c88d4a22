package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yanxun.policy.Policy;
import org.yanxun.policy.Presets;

/** Where errors are reported and how the wrong value is described. */
class CursorTest {

    private static final String HEAD = "{\"schemaVersion\":\"1.0\",\"kind\":\"dataset\"";
    private static final String PERSON = HEAD + ",\"persons\":[{\"id\":\"a\",";

    private static List<ReadError> errors(String json) {
        return DatasetReader.create().read(json).errors();
    }

    /** The errors of a document read from its bytes in UTF-8, as from a file or stream. */
    private static List<ReadError> fromBytes(String json) {
        return DatasetReader.create().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))).errors();
    }

    private static ReadError only(ReadErrorCode code, String json) {
        List<ReadError> found = errors(json).stream().filter(e -> e.code() == code).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void mismatch_array_isDescribedInEachLanguage() {
        ReadError error = only(ReadErrorCode.JSON_TYPE,
                HEAD + ",\"persons\":[{\"id\":\"p1\",\"name\":[],\"synthetic\":true}]}");

        assertThat(error.en()).isEqualTo("expected a string, was an array");
        assertThat(error.zh()).isEqualTo("应为字符串，实为数组");
    }

    @Test
    void mismatch_string_isDescribedInEachLanguage() {
        ReadError error = only(ReadErrorCode.JSON_TYPE,
                HEAD + ",\"persons\":[{\"id\":\"p1\",\"name\":\"n\",\"synthetic\":\"yes\"}]}");

        assertThat(error.en()).isEqualTo("expected a boolean, was the string 'yes'");
        assertThat(error.zh()).isEqualTo("应为布尔值，实为字符串“yes”");
    }

    @Test
    void mismatch_number_isDescribedInEachLanguage() {
        ReadError error = only(ReadErrorCode.JSON_TYPE,
                HEAD + ",\"persons\":[{\"id\":\"p1\",\"name\":7.5,\"synthetic\":true}]}");

        assertThat(error.en()).isEqualTo("expected a string, was the number 7.5");
        assertThat(error.zh()).isEqualTo("应为字符串，实为数字 7.5");
    }

    @Test
    void mismatch_booleans_areDescribedInEachLanguage() {
        ReadError yes = only(ReadErrorCode.JSON_TYPE,
                HEAD + ",\"persons\":[{\"id\":\"p1\",\"name\":true,\"synthetic\":true}]}");
        ReadError no = only(ReadErrorCode.JSON_TYPE,
                HEAD + ",\"persons\":[{\"id\":\"p1\",\"name\":false,\"synthetic\":true}]}");

        assertThat(yes.en()).isEqualTo("expected a string, was the boolean true");
        assertThat(yes.zh()).isEqualTo("应为字符串，实为布尔值 true");
        assertThat(no.en()).isEqualTo("expected a string, was the boolean false");
        assertThat(no.zh()).isEqualTo("应为字符串，实为布尔值 false");
    }

    @Test
    void nullValue_isSaidInEachLanguage_withoutCallingTheValueADefault() {
        ReadError error = only(ReadErrorCode.JSON_NULL,
                HEAD + ",\"persons\":[{\"id\":\"p1\",\"name\":null,\"synthetic\":true}]}");

        assertThat(error.zh()).isEqualTo("值不能为 null；没有值时应省略该属性");
        assertThat(error.en()).isEqualTo("value must not be null; omit an absent value");
    }

    @Test
    void error_valueAtTheStartOfALine_isAtColumnOne() {
        ReadError error = only(ReadErrorCode.JSON_TYPE, "{\"schemaVersion\":\n1,\"kind\":\"dataset\"}");

        assertThat(error.line()).isEqualTo(2);
        assertThat(error.column()).isEqualTo(1);
    }

    @Test
    void fatal_trailingValueAtTheStartOfALine_isAtColumnOne() {
        ReadError error = only(ReadErrorCode.JSON_TRAILING, HEAD + "}\n1");

        assertThat(error.line()).isEqualTo(2);
        assertThat(error.column()).isEqualTo(1);
    }

    @Test
    void aborted_truncatedDocument_reportsNoUnknownStudioTypeThatTheRestMightDefine() {
        assertThat(errors(HEAD + ",\"clusters\":[{\"studios\":[{\"type\":\"LATER_TYPE\""))
                .extracting(ReadError::code).containsExactly(ReadErrorCode.JSON_TRUNCATED);
    }

    @Test
    void recordedLocations_problemOfAnArrayElement_isAtThatElement() {
        String json = PolicyWriter.compact().writeToString(Presets.guangzhouLiwan2026())
                .replace("\"disabledRules\":[]", "\"disabledRules\":[\"A_RULE\",\"bad code\"]");

        ReadResult<Policy> result = PolicyReader.create().read(json);

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.pointer()).isEqualTo("/disabledRules/1");
            assertThat(e.column()).isEqualTo(json.indexOf("\"bad code\"") + 1);
        });
    }

    /**
     * Documents that stop the parser, with the pointer of the value being read and the text whose first
     * character, where it last occurs, is where the error is (null where the input ends).
     */
    static Stream<Arguments> stopped() {
        return Stream.of(
                // in the value of a property: the parser reads it with the name, before the codec sees the name
                Arguments.of(HEAD + ",\"persons\":[{\"id\":tru}]}", "/persons/0/id", "tru"),
                Arguments.of(PERSON + "\"name\":01}]}", "/persons/0/name", "1}"),
                Arguments.of(PERSON + "\n\"name\"\n :\n  fals}]}", "/persons/0/name", "fals"),
                Arguments.of(HEAD + ",\"persons\":tru}", "/persons", "tru"),
                Arguments.of(PERSON + "\"zz\":tru}]}", "/persons/0/zz", "tru"),
                Arguments.of(PERSON + "\"x-a/b~\":tru}]}", "/persons/0/x-a~1b~0", "tru"),
                Arguments.of(PERSON + "\"id\":tru}]}", "/persons/0/id", "tru"),

                Arguments.of(PERSON + "\"name\":t", "/persons/0/name", "t"),
                // in an array element after the first, which the parser counts as it starts on it
                Arguments.of(PERSON + "\"honours\":[1,tru]}]}", "/persons/0/honours/1", "tru"),
                Arguments.of(PERSON + "\"subjects\":[\"MATH\" \"CHINESE\"]}]}", "/persons/0/subjects/1", "\"CHINESE\""),
                Arguments.of(PERSON + "\"subjects\":[\"MATH\",]}]}", "/persons/0/subjects/1", "]}]}"),
                Arguments.of(PERSON + "\"subjects\":[\"MATH\",", "/persons/0/subjects/1", null),
                Arguments.of(HEAD + ",\"persons\":[{\"id\":\"a\"} tru]}", "/persons/1", "tru"),
                Arguments.of(PERSON + "\"honours\":[1,-x]}]}", "/persons/0/honours/1", "x]"),
                // after a number's point or exponent, which the parser reading text places at the point
                Arguments.of(PERSON + "\"honours\":[1.x]}]}", "/persons/0/honours/0", "x]"),
                Arguments.of(PERSON + "\"honours\":[-0.5E-x]}]}", "/persons/0/honours/0", "x]"),
                Arguments.of(PERSON + "\"honours\":[1.5e+e]}]}", "/persons/0/honours/0", "e]"),
                Arguments.of(PERSON + "\"name\":1e\u0085}]}", "/persons/0/name", "\u0085}"),
                // after an array's last element: that element
                Arguments.of(PERSON + "\"subjects\":[\"MATH\",\"CHINESE\"}]}", "/persons/0/subjects/1", "}]}"),
                // anywhere in a value being skipped (an extension, an unknown property, a value of the
                // wrong type): that value
                Arguments.of(PERSON + "\"x-e\":{\"b\":tru}}]}", "/persons/0/x-e", "tru"),
                Arguments.of(PERSON + "\"zz\":{\"b\":tru}}]}", "/persons/0/zz", "tru"),
                Arguments.of(PERSON + "\"name\":{\"b\":tru}}]}", "/persons/0/name", "tru"),
                Arguments.of(PERSON + "\"name\":[1,tru]}]}", "/persons/0/name", "tru"),
                Arguments.of(PERSON + "\"x-e\":[1,tru]}]}", "/persons/0/x-e", "tru"),
                Arguments.of(PERSON + "\"x-e\":{\"a\":{\"b\":tru}}}]}", "/persons/0/x-e", "tru"),
                Arguments.of(PERSON + "\"x-e\":[{\"b\":tru}]}]}", "/persons/0/x-e", "tru"),
                // a skipped string, which the parser reads only when asked or when it moves past it
                Arguments.of(PERSON + "\"x-e\":\"a\\qb\"}]}", "/persons/0/x-e", "qb"),
                Arguments.of(PERSON + "\"zz\":\"a\\qb\"}]}", "/persons/0/zz", "qb"),
                Arguments.of(PERSON + "\"x-e\":\"ab", "/persons/0/x-e", null),
                // in a name, at the colon after it, between properties, or after a value: the object
                Arguments.of(PERSON + "\"na\\qme\":\"b\"}]}", "/persons/0", "qme"),
                Arguments.of(PERSON + "name:\"b\"}]}", "/persons/0", "name:"),
                Arguments.of(PERSON + "\"name\" \"b\"}]}", "/persons/0", "\"b\"}"),
                Arguments.of(PERSON + "\"name\"", "/persons/0", null),
                Arguments.of(PERSON + "\"name\":", "/persons/0", null),
                Arguments.of(PERSON + "\"name\": ", "/persons/0", null),
                Arguments.of(PERSON + "\"name\":\"b\" tru}]}", "/persons/0", "tru"),
                Arguments.of(PERSON + "\"name\":\"b\",}]}", "/persons/0", "}]}"),
                Arguments.of(PERSON + "\"name\":\"b\"", "/persons/0", null),
                Arguments.of(PERSON + "\"x-e\":{\"b\":1,}}]}", "/persons/0/x-e", "}}]}"));
    }

    @ParameterizedTest
    @MethodSource("stopped")
    void fatal_parserStopped_isAtTheValueBeingRead_readFromTextOrBytes(String json, String pointer, String at) {
        List<ReadError> fromText = errors(json);
        List<ReadError> fromBytes = fromBytes(json);

        assertThat(fromBytes).isEqualTo(fromText);
        ReadError error = fromText.get(fromText.size() - 1);
        assertThat(error.code()).isIn(ReadErrorCode.JSON_SYNTAX, ReadErrorCode.JSON_TRUNCATED);
        assertThat(error.pointer()).as(error.toString()).isEqualTo(pointer);
        if (at != null) {
            int start = json.lastIndexOf('\n', json.lastIndexOf(at)) + 1;
            assertThat(error.line()).as(error.toString()).isEqualTo(json.substring(0, start).split("\n", -1).length);
            assertThat(error.column()).as(error.toString()).isEqualTo(json.lastIndexOf(at) - start + 1);
        }
    }

    /**
     * Documents with an array or object one level deeper than a nesting limit, with the limit, the pointer
     * of the value it starts and the text that starts with it (its last occurrence).
     */
    static Stream<Arguments> tooDeep() {
        return Stream.of(
                // the value of a property, refused as it starts, after the parser gave the name
                Arguments.of(3, PERSON + "\"honours\":[{}]}]}", "/persons/0/honours", "[{}]"),
                Arguments.of(3, PERSON + "\"x-e\":[[1]]}]}", "/persons/0/x-e", "[[1]]"),
                Arguments.of(3, PERSON + "\"name\":\"张𠀀\",\"honours\":[{}]}]}", "/persons/0/honours", "[{}]"),
                Arguments.of(2, HEAD + ",\"persons\":[{\"id\":\"a\"}]}", "/persons/0", "{\"id\""),
                Arguments.of(1, HEAD + ",\"persons\":[]}", "/persons", "[]"),
                // an element of an array
                Arguments.of(4, PERSON + "\"honours\":[{}]}]}", "/persons/0/honours/0", "{}]"),
                Arguments.of(4, PERSON + "\"honours\":[1,[]]}]}", "/persons/0/honours/1", "[]]"),
                // inside a value being skipped: that value
                Arguments.of(4, PERSON + "\"x-e\":[[1]]}]}", "/persons/0/x-e", "[1]"),
                Arguments.of(4, PERSON + "\"zz\":{\"b\":{}}}]}", "/persons/0/zz", "{}"));
    }

    @ParameterizedTest
    @MethodSource("tooDeep")
    void fatal_nestedTooDeep_isAtTheValueItStarts_readFromTextOrBytes(int limit, String json, String pointer,
            String at) {
        DatasetReader reader = DatasetReader.create().withLimits(JsonLimits.defaults().withMaxNestingDepth(limit));
        List<ReadError> fromText = reader.read(json).errors();
        List<ReadError> fromBytes = reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))
                .errors();

        String before = json.substring(0, json.lastIndexOf(at));
        // Reading text the column counts characters (UTF-16 units), reading bytes it counts bytes.
        assertThat(fromText.get(fromText.size() - 1)).extracting(ReadError::code, ReadError::pointer, ReadError::column)
                .containsExactly(ReadErrorCode.JSON_LIMIT, pointer, before.length() + 1);
        assertThat(fromBytes.get(fromBytes.size() - 1)).extracting(ReadError::code, ReadError::pointer,
                ReadError::column).containsExactly(ReadErrorCode.JSON_LIMIT, pointer,
                        before.getBytes(StandardCharsets.UTF_8).length + 1);
        assertThat(fromBytes).hasSameSizeAs(fromText);
    }

    @Test
    void fatal_numberAcrossTheParsersBuffer_isAtItsUnexpectedCharacter_readFromTextOrBytes() {
        // The parser reading text holds 4,000 characters at a time: the number starts before that and ends after.
        for (int pad = 3_960; pad < 4_000; pad++) {
            String json = "[" + " ".repeat(pad) + "12345.5e+x]";
            List<ReadError> fromText = errors(json);

            assertThat(fromBytes(json)).isEqualTo(fromText);
            assertThat(fromText).last().satisfies(e -> assertThat(e.column()).isEqualTo(json.indexOf('x') + 1));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"t", "tr", "tru", "f", "fals", "n", "nul"})
    void fatal_inputEndingInsideTrueFalseOrNull_isTruncated_atTheValue_fromTextBytesAndLines(String cut) {
        String json = PERSON + "\"synthetic\":" + cut;
        String line = "{\"type\":\"person\",\"person\":{\"id\":\"a\",\"synthetic\":" + cut;

        List<ReadError> fromText = errors(json);
        List<ReadError> fromBytes = fromBytes(json);
        List<ReadError> fromLine = JsonLinesReader.create().readDataset(line).errors();

        assertThat(fromBytes).isEqualTo(fromText);
        assertThat(fromText).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(ReadErrorCode.JSON_TRUNCATED);
            assertThat(e.pointer()).isEqualTo("/persons/0/synthetic");
            assertThat(e.column()).isEqualTo(json.length() - cut.length() + 1);
            assertThat(e.en()).endsWith("unexpected end of input in '" + cut + "'; expected true, false or null");
            assertThat(e.zh()).endsWith("输入在“" + cut + "”处意外结束，应为 true、false 或 null");
        });
        assertThat(fromLine).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(ReadErrorCode.JSON_TRUNCATED);
            assertThat(e.column()).isEqualTo(line.length() - cut.length() + 1);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"t", "fals", "nul"})
    void fatal_inputThatIsACutLiteralAlone_isTruncated_atItsStart_fromTextOrBytes(String cut) {
        List<ReadError> fromText = errors(cut);

        assertThat(fromBytes(cut)).isEqualTo(fromText);
        assertThat(fromText).singleElement().extracting(ReadError::code, ReadError::pointer, ReadError::line,
                ReadError::column).containsExactly(ReadErrorCode.JSON_TRUNCATED, "", 1L, 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tru ", "tru\n", "trux", "tru}", "nul]", "falsy", "True"})
    void fatal_wordNotCutByTheEnd_isASyntaxError_fromTextBytesAndLines(String word) {
        String json = PERSON + "\"synthetic\":" + word;
        String line = "{\"type\":\"person\",\"person\":{\"id\":\"a\",\"synthetic\":" + word.strip();

        List<ReadError> fromText = errors(json);

        assertThat(fromBytes(json)).isEqualTo(fromText);
        assertThat(fromText).last().extracting(ReadError::code).isEqualTo(ReadErrorCode.JSON_SYNTAX);
        if (!word.strip().equals(word)) {
            assertThat(JsonLinesReader.create().readDataset(line + " ").errors()).last()
                    .extracting(ReadError::code).isEqualTo(ReadErrorCode.JSON_SYNTAX);
        }
    }

    @Test
    void fatal_wordEndingWhereTheParsersBufferEnds_isTruncatedOnlyAtTheEndOfTheInput() {
        // The parser holds 4,000 characters of text, or 8,000 bytes, at a time: the word ends at the end of
        // one and what follows it, if anything, is in the next.
        for (int end : new int[] {4_000, 8_000}) {
            String head = "[\"" + "s".repeat(end - "[\"\",tru".length()) + "\",tru";
            for (String after : new String[] {"", " ]", "]"}) {
                String json = head + after;
                List<ReadError> fromText = errors(json);

                assertThat(fromBytes(json)).isEqualTo(fromText);
                assertThat(fromText).last().extracting(ReadError::code).as("%d %s", end, after)
                        .isEqualTo(after.isEmpty() ? ReadErrorCode.JSON_TRUNCATED : ReadErrorCode.JSON_SYNTAX);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00e9", "\u4e2d", "\uD840\uDC00", "\uD869\uDEA5", "\uD835\uDC00"})
    void fatal_unknownWordStartingWithALetterBeyondAscii_isAtItsFirstLetter_fromTextOrBytes(String letter) {
        for (String json : new String[] {letter, letter + "x", "{\"a\":" + letter + "}"}) {
            ReadError fromText = errors(json).get(0);
            ReadError fromBytes = fromBytes(json).get(0);

            assertThat(fromBytes.column()).as(json).isEqualTo(fromText.column()).isEqualTo(json.indexOf(letter) + 1);
            assertThat(fromBytes.line()).isEqualTo(1);
        }
    }

    @Test
    void fatal_nameOverTheLimit_isAtTheObject() {
        ReadError error = DatasetReader.create().withLimits(JsonLimits.defaults().withMaxNameLength(20))
                .read(PERSON + "\"" + "n".repeat(40) + "\":1}]}").errors().get(0);

        assertThat(error.code()).isEqualTo(ReadErrorCode.JSON_LIMIT);
        assertThat(error.pointer()).isEqualTo("/persons/0");
        // Where the parser stopped reading the name: past its start, within it or at its end.
        int start = PERSON.length() + 1;
        assertThat(error.column()).isBetween(start + 1, start + 42);
    }
}
