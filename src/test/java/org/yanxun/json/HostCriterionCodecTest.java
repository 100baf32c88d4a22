package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.yanxun.policy.Presets;

/** Errors inside a host criterion point at it, and errors after it still point at their own values. */
class HostCriterionCodecTest {

    private static final String FIRST = "{\"kind\":\"honourAtLeast\",\"honour\":\"BACKBONE_TEACHER\",\"level\":\"DISTRICT\"}";
    private static final String WORKSHOP = "/studios/types/BACKBONE_WORKSHOP";

    private static String policyWithFirstCriterion(String criterion) {
        String json = PolicyWriter.compact().writeToString(Presets.guangzhouLiwan2026());
        assertThat(json).contains(FIRST + ",").contains("\"members\":{\"sameStage\":true");
        return json.replaceFirst(java.util.regex.Pattern.quote(FIRST), criterion)
                .replaceFirst("\"members\":\\{\"sameStage\":true", "\"members\":{\"sameStage\":\"yes\"");
    }

    @Test
    void read_unknownKindThenLaterError_pointsAtEach() {
        String json = policyWithFirstCriterion("{\"kind\":\"bogus\"}");

        assertThat(PolicyReader.create().read(json).errors()).extracting(ReadError::code, ReadError::pointer)
                .containsExactly(tuple(ReadErrorCode.JSON_ENUM, WORKSHOP + "/hostCriteria/0/kind"),
                        tuple(ReadErrorCode.JSON_TYPE, WORKSHOP + "/members/sameStage"));
    }

    @Test
    void read_foreignPropertyThenLaterError_pointsAtEach() {
        String json = policyWithFirstCriterion("{\"kind\":\"titleAtLeast\",\"title\":\"SENIOR\",\"post\":\"PRINCIPAL\"}");

        assertThat(PolicyReader.create().read(json).errors()).extracting(ReadError::code, ReadError::pointer)
                .containsExactly(tuple(ReadErrorCode.JSON_UNKNOWN_PROPERTY, WORKSHOP + "/hostCriteria/0/post"),
                        tuple(ReadErrorCode.JSON_TYPE, WORKSHOP + "/members/sameStage"));
    }
}
