package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yanxun.policy.Policy;
import org.yanxun.policy.Presets;

/** Where errors are reported and how the wrong value is described. */
class CursorTest {

    private static final String HEAD = "{\"schemaVersion\":\"1.0\",\"kind\":\"dataset\"";

    private static List<ReadError> errors(String json) {
        return DatasetReader.create().read(json).errors();
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
        assertThat(error.zh()).isEqualTo("应为字符串，实际为数组");
    }

    @Test
    void mismatch_string_isDescribedInEachLanguage() {
        ReadError error = only(ReadErrorCode.JSON_TYPE,
                HEAD + ",\"persons\":[{\"id\":\"p1\",\"name\":\"n\",\"synthetic\":\"yes\"}]}");

        assertThat(error.en()).isEqualTo("expected a boolean, was the string 'yes'");
        assertThat(error.zh()).isEqualTo("应为布尔值，实际为字符串 'yes'");
    }

    @Test
    void mismatch_number_isDescribedInEachLanguage() {
        ReadError error = only(ReadErrorCode.JSON_TYPE,
                HEAD + ",\"persons\":[{\"id\":\"p1\",\"name\":7.5,\"synthetic\":true}]}");

        assertThat(error.en()).isEqualTo("expected a string, was the number 7.5");
        assertThat(error.zh()).isEqualTo("应为字符串，实际为数字 7.5");
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
        Policy bad = Presets.guangzhouLiwan2026().withDisabledRules(new TreeSet<>(List.of("A_RULE", "bad code")));
        String json = PolicyWriter.compact().writeToString(bad);

        ReadResult<Policy> result = PolicyReader.create().read(json);

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.pointer()).isEqualTo("/disabledRules/1");
            assertThat(e.column()).isEqualTo(json.indexOf("\"bad code\"") + 1);
        });
    }
}
