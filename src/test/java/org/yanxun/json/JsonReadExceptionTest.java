package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The message of a read exception shows the first five errors. */
class JsonReadExceptionTest {

    private static List<ReadError> errors(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new ReadError(ReadErrorCode.JSON_MISSING, "/p" + i, 1, i + 1, "缺少", "missing " + i))
                .toList();
    }

    @Test
    void message_oneError_showsIt() {
        assertThat(new JsonReadException(errors(1)).getMessage())
                .isEqualTo("JSON could not be read, 1 error(s): JSON_MISSING at /p0 (line 1, column 1): missing 0");
    }

    @Test
    void message_twoErrors_areSeparatedBySemicolons() {
        assertThat(new JsonReadException(errors(2)).getMessage()).isEqualTo("JSON could not be read, 2 error(s): "
                + "JSON_MISSING at /p0 (line 1, column 1): missing 0; JSON_MISSING at /p1 (line 1, column 2): missing 1");
    }

    @Test
    void message_fiveErrors_showsAllWithoutEllipsis() {
        assertThat(new JsonReadException(errors(5)).getMessage()).contains("missing 4").doesNotContain("...");
    }

    @Test
    void message_sixErrors_showsFiveThenEllipsis() {
        assertThat(new JsonReadException(errors(6)).getMessage())
                .startsWith("JSON could not be read, 6 error(s): ")
                .endsWith("missing 4; ...")
                .doesNotContain("missing 5");
    }
}
