package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yanxun.InvalidValueException;
import org.yanxun.examples.ExampleCommunities;

class JsonLineTest {

    private static final ReadError ERROR = new ReadError(ReadErrorCode.JSON_SYNTAX, "", 1, 1, "错", "error");

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void lineRecords_lineBelowOne_areRefusedInBothLanguages(long line) {
        var person = ExampleCommunities.liwan2026().persons().get(0);

        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> new JsonLine.PersonLine(line, person))
                .withMessage("Line must be at least 1, was " + line)
                .satisfies(e -> assertThat(e.zh()).isEqualTo("行号至少为 1，实为 " + line));
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> new JsonLine.ErrorLine(line,
                List.of(ERROR)));
    }

    @Test
    void lineRecords_firstLine_isAccepted() {
        assertThat(new JsonLine.ErrorLine(1, List.of(ERROR)).line()).isEqualTo(1);
    }

    @Test
    void errorLine_nullErrors_isRefusedNamingThem() {
        assertThatNullPointerException().isThrownBy(() -> new JsonLine.ErrorLine(1, null)).withMessage("errors");
    }
}
