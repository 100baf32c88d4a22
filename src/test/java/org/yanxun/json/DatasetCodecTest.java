package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yanxun.Cluster;
import org.yanxun.Studio;
import org.yanxun.StudioForm;
import org.yanxun.StudioType;
import org.yanxun.examples.ExampleCommunities;

/** The custom studio types of a dataset document. */
class DatasetCodecTest {

    private static final String HEAD = "{\"schemaVersion\":\"1.0\",\"kind\":\"dataset\"";

    private static String type(String code) {
        return "{\"code\":\"" + code + "\",\"form\":\"STUDIO\",\"rung\":1,\"zh\":\"甲\",\"en\":\"a\"}";
    }

    @Test
    void studioTypes_secondDefinitionOfACode_isReportedAtItsIndex() {
        List<ReadError> errors = DatasetReader.create()
                .read(HEAD + ",\"studioTypes\":[" + type("CUSTOM_A") + "," + type("CUSTOM_B") + "," + type("CUSTOM_A")
                        + "]}")
                .errors();

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(ReadErrorCode.JSON_VALUE);
            assertThat(e.pointer()).isEqualTo("/studioTypes/2/code");
        });
    }

    @Test
    void studioTypes_unknownCodeAfterTheTypes_isReportedWhereItIsRead() {
        List<ReadError> errors = DatasetReader.create()
                .read(HEAD + ",\"studioTypes\":[],\"clusters\":[{\"studios\":[{\"type\":\"NEVER_DEFINED\"}]}]}")
                .errors();

        assertThat(errors).first().satisfies(e -> {
            assertThat(e.code()).isEqualTo(ReadErrorCode.JSON_ENUM);
            assertThat(e.pointer()).isEqualTo("/clusters/0/studios/0/type");
        });
        assertThat(errors).extracting(ReadError::code).containsOnlyOnce(ReadErrorCode.JSON_ENUM);
    }

    @Test
    void studioTypes_notAnArray_isTypeError_andLaterCodesAreResolvedWhereTheyAreRead() {
        List<ReadError> errors = DatasetReader.create()
                .read(HEAD + ",\"studioTypes\":{},\"clusters\":[{\"studios\":[{\"type\":\"NEVER_DEFINED\"}]}]}")
                .errors();

        assertThat(errors).extracting(ReadError::code, ReadError::pointer).startsWith(
                tuple(ReadErrorCode.JSON_TYPE, "/studioTypes"),
                tuple(ReadErrorCode.JSON_ENUM, "/clusters/0/studios/0/type"));
    }

    @Test
    void studioTypes_nullElement_isNullErrorAtItsIndex() {
        List<ReadError> errors = DatasetReader.create()
                .read(HEAD + ",\"studioTypes\":[" + type("CUSTOM_A") + ",null]}")
                .errors();

        assertThat(errors).extracting(ReadError::code, ReadError::pointer)
                .containsExactly(tuple(ReadErrorCode.JSON_NULL, "/studioTypes/1"));
    }

    @Test
    void studioTypes_moreUndefinedCodesThanTheErrorLimit_endWithTheLimitError() {
        StudioType a = new StudioType("CUSTOM_A", StudioForm.STUDIO, 1, "甲", "a");
        StudioType b = new StudioType("CUSTOM_B", StudioForm.STUDIO, 1, "乙", "b");
        Cluster cluster = ExampleCommunities.liwan2026().clusters().get(0);
        List<Studio> studios = List.of(withType(cluster.studios().get(0), a), withType(cluster.studios().get(1), b));
        String written = DatasetWriter.compact().writeToString(
                ExampleCommunities.liwan2026().withClusters(List.of(cluster.withStudios(studios))));
        String undefined = written.replaceFirst("\"studioTypes\":\\[[^\\]]*\\],", "");

        List<ReadError> errors = DatasetReader.create().withLimits(JsonLimits.defaults().withMaxErrors(1))
                .read(undefined).errors();

        assertThat(undefined).doesNotContain("studioTypes");
        assertThat(errors).extracting(ReadError::code, ReadError::pointer).containsExactly(
                tuple(ReadErrorCode.JSON_ENUM, "/clusters/0/studios/0/type"),
                tuple(ReadErrorCode.JSON_LIMIT, "/clusters/0/studios/1/type"));
    }

    private static Studio withType(Studio s, StudioType type) {
        return new Studio(s.id(), s.name(), type, s.level(), s.hostInstitution(), s.researchDirection(), s.stages(),
                s.subjects(), s.cycle(), s.status(), s.memberships(), s.evaluations(), s.activities(),
                s.mentoringPairs(), s.certificates());
    }
}
