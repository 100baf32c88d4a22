package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.yanxun.policy.Presets;

class ValueCodecsTest {

    @Test
    void studioCounts_badCodeAfterAGoodOne_pointsAtTheBadCode() {
        String json = "{\"schemaVersion\":\"1.0\",\"kind\":\"dataset\",\"clusters\":[{\"plan\":{\"studioCounts\":"
                + "{\"BACKBONE_WORKSHOP\":1,\"bad code\":2}}}]}";

        assertThat(DatasetReader.create().read(json).errors()).filteredOn(e -> e.code() == ReadErrorCode.JSON_FORMAT)
                .extracting(ReadError::pointer).containsExactly("/clusters/0/plan/studioCounts/bad code");
    }

    @Test
    void studioCounts_codeStartingWithADigit_isAFormatErrorInBothLanguages() {
        String json = "{\"schemaVersion\":\"1.0\",\"kind\":\"dataset\",\"clusters\":[{\"plan\":{\"studioCounts\":"
                + "{\"9LIVES\":2}}}]}";

        ReadError error = DatasetReader.create().read(json).errors().stream()
                .filter(e -> e.pointer().endsWith("/studioCounts/9LIVES")).findFirst().orElseThrow();

        assertThat(error.code()).isEqualTo(ReadErrorCode.JSON_FORMAT);
        assertThat(error.zh()).isEqualTo("工作室类型代码须为 1 至 40 个大写字母、数字或 _，以字母开头，实为“9LIVES”");
        assertThat(error.en()).isEqualTo(
                "studio type code must be 1 to 40 upper-case letters, digits or _, starting with a letter, was '9LIVES'");
    }

    @Test
    void studioCounts_summingPastIntMax_isAValueErrorInBothLanguages() {
        String json = "{\"schemaVersion\":\"1.0\",\"kind\":\"dataset\",\"clusters\":[{\"plan\":{\"studioCounts\":"
                + "{\"BACKBONE_WORKSHOP\":2147483647,\"PRINCIPAL_STUDIO\":1}}}]}";

        ReadError error = DatasetReader.create().read(json).errors().stream()
                .filter(e -> e.pointer().equals("/clusters/0/plan")).findFirst().orElseThrow();

        assertThat(error.code()).isEqualTo(ReadErrorCode.JSON_VALUE);
        assertThat(error.zh()).isEqualTo("集群计划的取值无效：各类型计划数之和不能超过 2147483647，实为 2147483648");
        assertThat(error.en())
                .isEqualTo("invalid cluster plan: planned counts must sum to at most 2147483647, was 2147483648");
    }

    @Test
    void integer_tooLargeForItsField_isAValueErrorAtTheInteger_andOneThatFits_isRead() {
        String json = "{\"schemaVersion\":\"1.0\",\"kind\":\"dataset\",\"clusters\":[{\"plan\":{\"studioCounts\":"
                + "{\"BACKBONE_WORKSHOP\":%s}}}]}";

        ReadError error = DatasetReader.create().read(json.formatted("2147483648")).errors().stream()
                .filter(e -> e.code() == ReadErrorCode.JSON_VALUE).findFirst().orElseThrow();

        assertThat(error.pointer()).isEqualTo("/clusters/0/plan/studioCounts/BACKBONE_WORKSHOP");
        assertThat(error.column()).isEqualTo(json.indexOf("%s") + 1);
        assertThat(error.en()).isEqualTo("integer out of range: 2147483648");
        assertThat(error.zh()).isEqualTo("整数超出范围：2147483648");
        assertThat(DatasetReader.create().read(json.formatted("2147483647")).errors())
                .extracting(ReadError::code).doesNotContain(ReadErrorCode.JSON_VALUE);
    }

    @Test
    void policyStudioTypes_keyOfAnotherForm_isAFormatErrorAtTheKey() {
        String policy = PolicyWriter.compact().writeToString(Presets.guangzhouLiwan2026())
                .replaceFirst("\"types\":\\{", "\"types\":{\"lower_case\":{},");

        ReadResult<?> read = PolicyReader.create().read(policy);

        assertThat(read.errors()).extracting(ReadError::code, ReadError::pointer)
                .containsExactly(tuple(ReadErrorCode.JSON_FORMAT, "/studios/types/lower_case"));
    }
}
