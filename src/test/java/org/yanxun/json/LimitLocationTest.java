package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A value over a limit is reported at the property or element that holds it, where the value starts,
 * whatever buffers the parser had at hand: the parser stops somewhere inside a long string, where its
 * pooled buffer first passed the limit, and at the end of a long number.
 */
class LimitLocationTest {

    private static final String PREFIX = "{\"schemaVersion\":\"1.0\",\"kind\":\"dataset\",\"persons\":[{\"id\":\"p-1\",\"name\":";
    /** A number of 101 digits, one more than the default limit. */
    private static final String LONG_NUMBER = "1" + "0".repeat(100);

    private static ReadError firstError(DatasetReader reader, String document) {
        return reader.read(document).errors().get(0);
    }

    @Test
    void stringOverTheLimit_isReportedAtItsOpeningQuote_everyTime() {
        List<ReadError> errors = new ArrayList<>();
        for (int length : new int[] {5_000, 70_000, 3_000, 300_000, 20_000}) {
            String document = PREFIX + "\"" + "x".repeat(length) + "\"}]}";
            errors.add(firstError(DatasetReader.create().withLimits(JsonLimits.defaults().withMaxStringLength(2_000)),
                    document));
        }

        assertThat(errors).extracting(ReadError::code).containsOnly(ReadErrorCode.JSON_LIMIT);
        assertThat(errors).extracting(ReadError::pointer).containsOnly("/persons/0/name");
        assertThat(errors).extracting(ReadError::column).containsOnly(PREFIX.length() + 1);
    }

    /** Reads a document as text and as bytes, which must give the same errors, and returns the first. */
    private static ReadError firstError(String document) {
        List<ReadError> fromText = DatasetReader.create().read(document).errors();
        assertThat(DatasetReader.create().read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)))
                .errors()).isEqualTo(fromText);
        return fromText.get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"N", "-N", "1.N", "N.5", "1e1N", " N", "\n  N"})
    void numberOverTheLimit_ofAProperty_isReportedAtThePropertyWhereTheNumberStarts(String value) {
        String document = PREFIX + value.replace("N", LONG_NUMBER) + "}]}";
        int start = PREFIX.length() + value.length() - value.stripLeading().length();

        ReadError error = firstError(document);

        assertThat(error.code()).isEqualTo(ReadErrorCode.JSON_LIMIT);
        assertThat(error.pointer()).isEqualTo("/persons/0/name");
        assertThat(error.line()).isEqualTo(value.startsWith("\n") ? 2 : 1);
        assertThat(error.column()).isEqualTo(start - document.lastIndexOf('\n', start));
    }

    @Test
    void numberOverTheLimit_ofATopLevelProperty_isReportedAtThatProperty() {
        ReadError error = firstError("{\"persons\":" + LONG_NUMBER + "}");

        assertThat(error.pointer()).isEqualTo("/persons");
        assertThat(error.column()).isEqualTo("{\"persons\":".length() + 1);
    }

    @Test
    void numberOverTheLimit_inAnArray_isReportedAtItsElementWhereItStarts() {
        String document = PREFIX + "\"n\",\"honours\":[" + LONG_NUMBER + "]}]}";

        ReadError error = firstError(document);

        assertThat(error.pointer()).isEqualTo("/persons/0/honours/0");
        assertThat(error.column()).isEqualTo(document.indexOf(LONG_NUMBER) + 1);
    }
}
