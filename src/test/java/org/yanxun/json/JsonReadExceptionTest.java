package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The message of a read exception, and the summaries of results and error lines, show the first five errors. */
class JsonReadExceptionTest {

    private static List<ReadError> errors(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new ReadError(ReadErrorCode.JSON_MISSING, "/p" + i, 1, i + 1, "缺少", "missing " + i))
                .toList();
    }

    @Test
    void message_oneError_showsIt() {
        assertThat(new JsonReadException(errors(1)).getMessage())
                .isEqualTo("JSON could not be read, 1 error: JSON_MISSING at /p0 (line 1, column 1): missing 0");
    }

    @Test
    void message_twoErrors_areSeparatedBySemicolons() {
        assertThat(new JsonReadException(errors(2)).getMessage()).isEqualTo("JSON could not be read, 2 errors: "
                + "JSON_MISSING at /p0 (line 1, column 1): missing 0; JSON_MISSING at /p1 (line 1, column 2): missing 1");
    }

    @Test
    void message_fiveErrors_showsAllWithoutACountOfMore() {
        assertThat(new JsonReadException(errors(5)).getMessage()).endsWith("missing 4").doesNotContain("more");
    }

    @Test
    void message_sixErrors_showsFiveThenHowManyMore() {
        assertThat(new JsonReadException(errors(6)).getMessage())
                .startsWith("JSON could not be read, 6 errors: ")
                .endsWith("missing 4; 1 more")
                .doesNotContain("missing 5");
    }

    @Test
    void toStringOfAResult_andOfAnErrorLine_thousandsOfErrors_showFiveAndHowManyMore() {
        List<ReadError> many = errors(2_000);

        assertThat(ReadResult.failure(many).toString())
                .startsWith("ReadResult[2000 errors: JSON_MISSING at /p0 (line 1, column 1): missing 0; ")
                .endsWith("missing 4; 1995 more]")
                .hasSizeLessThan(400);
        assertThat(new JsonLine.ErrorLine(7, many).toString())
                .startsWith("ErrorLine[line=7, 2000 errors: JSON_MISSING at /p0")
                .endsWith("missing 4; 1995 more]");
        assertThat(ReadResult.failure(errors(1)).toString())
                .isEqualTo("ReadResult[1 error: JSON_MISSING at /p0 (line 1, column 1): missing 0]");
    }
}
