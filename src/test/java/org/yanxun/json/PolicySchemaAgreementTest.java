package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yanxun.json.SchemaAgreementTest.mutate;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yanxun.policy.HostCriterion;
import org.yanxun.policy.HostCriterion.HonourAtLeast;
import org.yanxun.policy.Policy;
import org.yanxun.policy.Presets;
import tools.jackson.databind.node.ObjectNode;

/** The policy reader and {@code policy.schema.json} agree on the presets and on mutations of them. */
class PolicySchemaAgreementTest {

    private static final String TYPE = "/studios/types/FAMOUS_TEACHER_STUDIO";

    static List<Policy> presets() {
        return Presets.all();
    }

    static Stream<Arguments> mutations() {
        return Stream.of(
                mutation("missing id", "", o -> o.remove("id"), ReadErrorCode.JSON_MISSING),
                mutation("missing studios", "", o -> o.remove("studios"), ReadErrorCode.JSON_MISSING),
                mutation("missing cycle years", TYPE, o -> o.remove("cycleYears"), ReadErrorCode.JSON_MISSING),
                mutation("string for cycle years", TYPE, o -> o.put("cycleYears", "2"), ReadErrorCode.JSON_TYPE),
                mutation("number for a name", "", o -> o.put("nameEn", 5), ReadErrorCode.JSON_TYPE),
                mutation("null source", "", o -> o.putNull("source"), ReadErrorCode.JSON_NULL),
                mutation("bad confidence", "", o -> o.put("confidence", "CERTAIN"), ReadErrorCode.JSON_ENUM),
                mutation("bad title level", "/studios", o -> o.put("titleOnlyMaxLevel", "GALACTIC"),
                        ReadErrorCode.JSON_ENUM),
                mutation("bad grade key", "/studios/grades", o -> o.put("SUPERB", "CONTINUES"), ReadErrorCode.JSON_ENUM),
                mutation("bad exchange kind key", "/alliances/exchanges", o -> o.putObject("TEA_PARTY")
                        .put("requiredPost", "TEACHER").put("minDays", 1).put("maxDays", 2), ReadErrorCode.JSON_ENUM),
                mutation("unknown host criterion kind", TYPE + "/hostCriteria/0",
                        o -> o.put("kind", "org.yanxun.policy.HostCriterion$HoldsPost"), ReadErrorCode.JSON_ENUM),
                mutation("host criterion without kind", TYPE + "/hostCriteria/0", o -> o.remove("kind"),
                        ReadErrorCode.JSON_MISSING),
                mutation("foreign host criterion property", TYPE + "/hostCriteria/0", o -> o.put("post", "PRINCIPAL"),
                        ReadErrorCode.JSON_UNKNOWN_PROPERTY),
                mutation("extra property", "", o -> o.put("colour", "red"), ReadErrorCode.JSON_UNKNOWN_PROPERTY),
                mutation("extra studio type property", TYPE, o -> o.put("colour", "red"),
                        ReadErrorCode.JSON_UNKNOWN_PROPERTY),
                mutation("wrong kind", "", o -> o.put("kind", "dataset"), ReadErrorCode.JSON_VALUE),
                mutation("zero plan years", "/alliances", o -> o.put("planYears", 0), ReadErrorCode.JSON_VALUE),
                mutation("upper-case id", "", o -> o.put("id", "Liwan"), ReadErrorCode.JSON_VALUE),
                mutation("no host criteria", TYPE, o -> o.putArray("hostCriteria"), ReadErrorCode.JSON_VALUE),
                mutation("missing host criteria", TYPE, o -> o.remove("hostCriteria"), ReadErrorCode.JSON_MISSING),
                mutation("host criterion twice", TYPE, o -> o.withArray("hostCriteria")
                        .add(o.withArray("hostCriteria").get(0).deepCopy()), ReadErrorCode.JSON_VALUE),
                mutation("lower-case rule code", "", o -> o.putArray("disabledRules").add("studio_size"),
                        ReadErrorCode.JSON_VALUE),
                mutation("bad severity", "", o -> o.putObject("severities").put("STUDIO_HOST_ELIGIBLE", "FATAL"),
                        ReadErrorCode.JSON_ENUM),
                mutation("bad honour title", "/studios/honourTitles", o -> o.put("SPECIAL_GRADE_TEACHER", "MASTER"),
                        ReadErrorCode.JSON_ENUM),
                mutation("honour title key of no kind", "/studios/honourTitles", o -> o.put("WIZARD", "SENIOR"),
                        ReadErrorCode.JSON_ENUM),
                mutation("no honour levels", "/studios/honourLevels", o -> o.putArray("SPECIAL_GRADE_TEACHER"),
                        ReadErrorCode.JSON_VALUE),
                mutation("honour level twice", "/studios/honourLevels",
                        o -> o.putArray("SPECIAL_GRADE_TEACHER").add("PROVINCIAL").add("PROVINCIAL"),
                        ReadErrorCode.JSON_VALUE),
                mutation("bad honour level", "/studios/honourLevels", o -> o.putArray("SPECIAL_GRADE_TEACHER").add("ORBITAL"),
                        ReadErrorCode.JSON_ENUM),
                mutation("no mentor tiers", "/studios", o -> o.putArray("mentorTiers"), ReadErrorCode.JSON_VALUE),
                mutation("missing mentor tiers", "/studios", o -> o.remove("mentorTiers"), ReadErrorCode.JSON_MISSING),
                mutation("members above the limit", TYPE, o -> o.put("maxMembers", 100_001), ReadErrorCode.JSON_VALUE),
                mutation("members beyond int", TYPE, o -> o.put("maxMembers", 2_147_483_648L), ReadErrorCode.JSON_VALUE),
                mutation("days above the limit", "/alliances/exchanges/CADRE_SECONDMENT", o -> o.put("maxDays", 3661),
                        ReadErrorCode.JSON_VALUE),
                mutation("days beyond int", "/alliances/exchanges/CADRE_SECONDMENT", o -> o.put("maxDays", 2_147_483_648L),
                        ReadErrorCode.JSON_VALUE),
                mutation("no member kinds", "/alliances", o -> o.putArray("memberKinds"), ReadErrorCode.JSON_VALUE),
                mutation("missing member kinds", "/alliances", o -> o.remove("memberKinds"), ReadErrorCode.JSON_MISSING),
                mutation("certificate tier twice", "/studios", o -> o.putArray("certificateTiers").add("HOST").add("HOST"),
                        ReadErrorCode.JSON_VALUE),
                mutation("null certificate tier", "/studios", o -> o.putArray("certificateTiers").addNull(),
                        ReadErrorCode.JSON_NULL),
                mutation("unknown host stage", TYPE + "/hostCriteria/2", o -> o.putArray("stages").add("COLLEGE"),
                        ReadErrorCode.JSON_ENUM),
                mutation("host stage twice", TYPE + "/hostCriteria/2",
                        o -> o.putArray("stages").add("PRIMARY").add("PRIMARY"), ReadErrorCode.JSON_VALUE),
                mutation("stages of an honour criterion", TYPE + "/hostCriteria/0",
                        o -> o.putArray("stages").add("PRIMARY"), ReadErrorCode.JSON_UNKNOWN_PROPERTY),
                mutation("honour's term of no years", TYPE + "/hostCriteria/0", o -> o.put("termYears", 0),
                        ReadErrorCode.JSON_VALUE),
                mutation("honour's term above the limit", TYPE + "/hostCriteria/0", o -> o.put("termYears", 61),
                        ReadErrorCode.JSON_VALUE),
                mutation("string for an honour's term", TYPE + "/hostCriteria/0", o -> o.put("termYears", "3"),
                        ReadErrorCode.JSON_TYPE),
                mutation("term of a title criterion", TYPE + "/hostCriteria/2", o -> o.put("termYears", 3),
                        ReadErrorCode.JSON_UNKNOWN_PROPERTY));
    }

    private static Arguments mutation(String name, String at, Consumer<ObjectNode> change, ReadErrorCode code) {
        return Arguments.of(name, at, change, code);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void preset_bothReaderAndSchemaAccept(Policy preset) {
        String json = PolicyWriter.compact().writeToString(preset);

        assertThat(BundledSchemas.validate("policy", json)).isEmpty();
        assertThat(PolicyReader.create().read(json).isSuccessful()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void mutatedPreset_bothReaderAndSchemaReject(String name, String at, Consumer<ObjectNode> change,
            ReadErrorCode code) {
        String json = mutate(PolicyWriter.compact().writeToString(Presets.guangzhouLiwan2026()), at, change);

        ReadResult<Policy> result = PolicyReader.create().read(json);

        assertThat(result.isSuccessful()).isFalse();
        assertThat(result.errors()).extracting(ReadError::code).contains(code);
        assertThat(BundledSchemas.validate("policy", json)).as(name).isNotEmpty();
    }

    @Test
    void honourWithATermOfItsLongest_bothAccept() {
        Policy preset = Presets.guangzhouLiwan2026().withId("terms");
        String json = mutate(PolicyWriter.compact().writeToString(preset), TYPE + "/hostCriteria/0",
                o -> o.put("termYears", HonourAtLeast.MAX_TERM_YEARS));

        assertThat(BundledSchemas.validate("policy", json)).isEmpty();
        assertThat(firstHostCriterion(PolicyReader.create().read(json).orElseThrow()))
                .isEqualTo(((HonourAtLeast) firstHostCriterion(preset)).withTermYears(HonourAtLeast.MAX_TERM_YEARS));
    }

    private static HostCriterion firstHostCriterion(Policy policy) {
        return policy.studios().types().get(TYPE.substring(TYPE.lastIndexOf('/') + 1)).hostCriteria().get(0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void extensionProperties_bothAccept(Policy preset) {
        String json = mutate(PolicyWriter.compact().writeToString(preset), "/studios", o -> o.put("x-note", "n"));

        assertThat(BundledSchemas.validate("policy", json)).isEmpty();
        assertThat(PolicyReader.create().read(json).orElseThrow()).isEqualTo(preset);
    }
}
