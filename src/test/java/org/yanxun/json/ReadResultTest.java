package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadResultTest {

    private static final ReadError ERROR = new ReadError(ReadErrorCode.JSON_SYNTAX, "", 1, 1, "语法错误", "syntax error");

    @Test
    void failure_nullErrors_throwsNamingThem() {
        assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> ReadResult.failure(null))
                .withMessage("errors");
    }

    @Test
    void failure_nullError_throwsNamingTheList() {
        assertThatExceptionOfType(NullPointerException.class)
                .isThrownBy(() -> ReadResult.failure(Arrays.asList(ERROR, null)))
                .withMessage("errors must not contain null");
    }

    @Test
    void failure_oneError_holdsItAndNoValue() {
        ReadResult<String> result = ReadResult.failure(List.of(ERROR));

        assertThat(result.errors()).containsExactly(ERROR);
        assertThat(result.value()).isEmpty();
    }
}
