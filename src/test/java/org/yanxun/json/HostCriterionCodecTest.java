package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.EnumSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yanxun.HonourKind;
import org.yanxun.Level;
import org.yanxun.Stage;
import org.yanxun.Title;
import org.yanxun.policy.HostCriterion;
import org.yanxun.policy.Policy;
import org.yanxun.policy.Presets;

/** Errors inside a host criterion point at it, and errors after it still point at their own values. */
class HostCriterionCodecTest {

    private static final String FIRST = "{\"kind\":\"honourAtLeast\",\"honour\":\"BACKBONE_TEACHER\",\"level\":\"DISTRICT\"}";
    private static final String WORKSHOP = "/studios/types/BACKBONE_WORKSHOP";

    private static String policyWithFirstCriterion(String criterion) {
        String json = PolicyWriter.compact().writeToString(Presets.guangzhouLiwan2026());
        assertThat(json).contains(FIRST + ",").contains("\"members\":{\"sameStage\":true");
        return json.replaceFirst(Pattern.quote(FIRST), criterion)
                .replaceFirst("\"members\":\\{\"sameStage\":true", "\"members\":{\"sameStage\":\"yes\"");
    }

    /**
     * Asserts that a policy whose first host criterion is given reads with one error at a pointer below the
     * workshop type, then the later error {@link #policyWithFirstCriterion} planted.
     */
    private static void assertErrorThenTheLaterOne(String criterion, ReadErrorCode code, String pointer) {
        assertThat(PolicyReader.create().read(policyWithFirstCriterion(criterion)).errors())
                .extracting(ReadError::code, ReadError::pointer)
                .containsExactly(tuple(code, WORKSHOP + pointer),
                        tuple(ReadErrorCode.JSON_TYPE, WORKSHOP + "/members/sameStage"));
    }

    @Test
    void read_unknownKindThenLaterError_pointsAtEach() {
        assertErrorThenTheLaterOne("{\"kind\":\"bogus\"}", ReadErrorCode.JSON_ENUM, "/hostCriteria/0/kind");
    }

    @Test
    void read_unknownKind_namesTheKindsInEachLanguage() {
        String json = policyWithFirstCriterion("{\"kind\":\"bogus\"}");

        assertThat(PolicyReader.create().read(json).errors().get(0)).satisfies(e -> {
            assertThat(e.zh()).isEqualTo("主持人条件种类“bogus”不是以下之一：holdsPost, honourAtLeast, titleAtLeast");
            assertThat(e.en()).isEqualTo("host criterion kind 'bogus' is not one of: holdsPost, honourAtLeast, titleAtLeast");
        });
    }

    @Test
    void read_kindOrRequiredPropertyGivenAsNull_isOnlyANullValue() {
        assertErrorThenTheLaterOne("{\"kind\":null}", ReadErrorCode.JSON_NULL, "/hostCriteria/0/kind");
        assertErrorThenTheLaterOne("{\"kind\":\"holdsPost\",\"post\":null}", ReadErrorCode.JSON_NULL,
                "/hostCriteria/0/post");
    }

    @Test
    void read_kindOrRequiredPropertyLeftOut_isMissing() {
        assertErrorThenTheLaterOne("{\"post\":\"PRINCIPAL\"}", ReadErrorCode.JSON_MISSING, "/hostCriteria/0");
        assertErrorThenTheLaterOne("{\"kind\":\"holdsPost\"}", ReadErrorCode.JSON_MISSING, "/hostCriteria/0");
    }

    @Test
    void read_foreignPropertyThenLaterError_pointsAtEach() {
        assertErrorThenTheLaterOne("{\"kind\":\"titleAtLeast\",\"title\":\"SENIOR\",\"post\":\"PRINCIPAL\"}", ReadErrorCode.JSON_UNKNOWN_PROPERTY, "/hostCriteria/0/post");
    }

    @Test
    void read_unknownPropertyOfAKnownKind_reportedOnce() {
        assertErrorThenTheLaterOne("{\"kind\":\"titleAtLeast\",\"title\":\"SENIOR\",\"zzz\":1}", ReadErrorCode.JSON_UNKNOWN_PROPERTY, "/hostCriteria/0/zzz");
    }

    @Test
    void read_foreignOrUnknownProperty_saysSoOfAHostCriterionInEachLanguage() {
        ReadError foreign = PolicyReader.create().read(policyWithFirstCriterion(
                "{\"kind\":\"titleAtLeast\",\"title\":\"SENIOR\",\"post\":\"PRINCIPAL\"}")).errors().get(0);
        ReadError unknown = PolicyReader.create().read(policyWithFirstCriterion(
                "{\"kind\":\"titleAtLeast\",\"title\":\"SENIOR\",\"zzz\":1}")).errors().get(0);

        assertThat(foreign.zh()).isEqualTo("主持人条件 titleAtLeast 没有属性“post”");
        assertThat(foreign.en()).isEqualTo("a host criterion of kind titleAtLeast has no property 'post'");
        assertThat(unknown.zh()).isEqualTo("主持人条件中的未知属性“zzz”");
        assertThat(unknown.en()).isEqualTo("unknown property 'zzz' in a host criterion");
    }

    @Test
    void read_kindLeftOut_saysSoInEachLanguage() {
        ReadError missing = PolicyReader.create().read(policyWithFirstCriterion("{\"post\":\"PRINCIPAL\"}"))
                .errors().get(0);

        assertThat(missing.zh()).isEqualTo("主持人条件缺少必需属性“kind”");
        assertThat(missing.en()).isEqualTo("host criterion is missing the required property 'kind'");
    }

    @Test
    void read_unknownKindOrForeignProperty_atTheValuesLineAndColumn() {
        String kind = policyWithFirstCriterion("{\"kind\":\"bogus\"}");
        String foreign = policyWithFirstCriterion("{\"kind\":\"titleAtLeast\",\"title\":\"SENIOR\",\"post\":\"PRINCIPAL\"}");

        assertThat(PolicyReader.create().read(kind).errors().get(0)).extracting(ReadError::line, ReadError::column)
                .containsExactly(1L, kind.indexOf("\"bogus\"") + 1);
        assertThat(PolicyReader.create().read(foreign).errors().get(0)).extracting(ReadError::line, ReadError::column)
                .containsExactly(1L, foreign.indexOf("\"PRINCIPAL\"") + 1);
    }

    @Test
    void read_titleAtLeastWithStages_readsThemAndWritesThemBack() {
        String criterion = "{\"kind\":\"titleAtLeast\",\"title\":\"SENIOR\",\"stages\":[\"VOCATIONAL\"]}";
        String json = PolicyWriter.compact().writeToString(Presets.guangzhouLiwan2026().withId("vocational-hosts"))
                .replaceFirst(java.util.regex.Pattern.quote(FIRST), criterion);

        ReadResult<Policy> read = PolicyReader.create().read(json);
        assertThat(read.errors()).isEmpty();
        assertThat(read.value().orElseThrow().studios().types().get("BACKBONE_WORKSHOP").hostCriteria().get(0))
                .isEqualTo(new HostCriterion.TitleAtLeast(Title.SENIOR, EnumSet.of(Stage.VOCATIONAL)));
        assertThat(PolicyWriter.compact().writeToString(read.value().orElseThrow())).contains(criterion);
    }

    @Test
    void read_honourAtLeastWithATerm_readsItAndWritesItBack() {
        String criterion = FIRST.replace("}", ",\"termYears\":3}");

        ReadResult<Policy> read = PolicyReader.create().read(presetWithFirstCriterion(criterion));
        assertThat(read.errors()).isEmpty();
        assertThat(read.value().orElseThrow().studios().types().get("BACKBONE_WORKSHOP").hostCriteria().get(0))
                .isEqualTo(new HostCriterion.HonourAtLeast(HonourKind.BACKBONE_TEACHER, Level.DISTRICT)
                        .withTermYears(3));
        assertThat(PolicyWriter.compact().writeToString(read.value().orElseThrow())).contains(criterion);
    }

    @Test
    void read_honourAtLeastWithATermOfNoYears_isAProblemAtTheTerm() {
        String json = presetWithFirstCriterion(FIRST.replace("}", ",\"termYears\":0}"));

        assertThat(PolicyReader.create().read(json).errors())
                .extracting(ReadError::code, ReadError::pointer, ReadError::en)
                .containsExactly(tuple(ReadErrorCode.JSON_VALUE, WORKSHOP + "/hostCriteria/0/termYears",
                        "must be 1 to 60, was 0"));
    }

    /** Liwan's policy, under an id of its own, with its first host criterion replaced and no other change. */
    private static String presetWithFirstCriterion(String criterion) {
        return PolicyWriter.compact().writeToString(Presets.guangzhouLiwan2026().withId("honour-terms"))
                .replaceFirst(Pattern.quote(FIRST), criterion);
    }

    @Test
    void read_stagesOfAnotherKind_isAnUnknownProperty() {
        String json = policyWithFirstCriterion("{\"kind\":\"holdsPost\",\"post\":\"PRINCIPAL\",\"stages\":[\"PRIMARY\"]}");

        assertThat(PolicyReader.create().read(json).errors()).extracting(ReadError::code, ReadError::pointer)
                .containsExactly(tuple(ReadErrorCode.JSON_UNKNOWN_PROPERTY, WORKSHOP + "/hostCriteria/0/stages"),
                        tuple(ReadErrorCode.JSON_TYPE, WORKSHOP + "/members/sameStage"));
    }

    @Test
    void read_unknownStage_pointsAtIt() {
        String json = policyWithFirstCriterion("{\"kind\":\"titleAtLeast\",\"title\":\"SENIOR\",\"stages\":[\"COLLEGE\"]}");

        assertThat(PolicyReader.create().read(json).errors()).extracting(ReadError::code, ReadError::pointer)
                .containsExactly(tuple(ReadErrorCode.JSON_ENUM, WORKSHOP + "/hostCriteria/0/stages/0"),
                        tuple(ReadErrorCode.JSON_TYPE, WORKSHOP + "/members/sameStage"));
    }
}
