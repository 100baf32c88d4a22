package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A value over a limit is reported where the value starts, whatever buffers the parser had at hand:
 * the parser stops somewhere inside a long value, where its pooled buffer first passed the limit.
 */
class LimitLocationTest {

    private static final String PREFIX = "{\"schemaVersion\":\"1.0\",\"kind\":\"dataset\",\"persons\":[{\"id\":\"p-1\",\"name\":";

    private static ReadError firstError(DatasetReader reader, String document) {
        return reader.read(document).errors().get(0);
    }

    @Test
    void stringOverTheLimit_isReportedAtItsOpeningQuote_everyTime() {
        List<ReadError> errors = new ArrayList<>();
        for (int length : new int[] {5_000, 70_000, 3_000, 300_000, 20_000}) {
            String document = PREFIX + "\"" + "x".repeat(length) + "\"}]}";
            errors.add(firstError(DatasetReader.withLimits(JsonLimits.defaults().withMaxStringLength(2_000)), document));
        }

        assertThat(errors).extracting(ReadError::code).containsOnly(ReadErrorCode.JSON_LIMIT);
        assertThat(errors).extracting(ReadError::pointer).containsOnly("/persons/0/name");
        assertThat(errors).extracting(ReadError::column).containsOnly(PREFIX.length() + 1);
    }
}
