package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValueCodecsTest {

    @Test
    void studioCounts_badCodeAfterAGoodOne_pointsAtTheBadCode() {
        String json = "{\"schemaVersion\":\"1.0\",\"kind\":\"dataset\",\"clusters\":[{\"plan\":{\"studioCounts\":"
                + "{\"BACKBONE_WORKSHOP\":1,\"bad code\":2}}}]}";

        assertThat(DatasetReader.create().read(json).errors()).filteredOn(e -> e.code() == ReadErrorCode.JSON_FORMAT)
                .extracting(ReadError::pointer).containsExactly("/clusters/0/plan/studioCounts/bad code");
    }
}
