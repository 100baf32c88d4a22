package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

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
}
