package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A file is cut at line starts into ranges that follow one another. */
class LineRangesTest {

    /** Cuts a file of lines of ten bytes each. */
    private static List<LineRanges.Range> cut(int lines, int count) {
        LineRanges ranges = new LineRanges(10L * lines, count);
        for (int line = 1; line <= lines; line++) {
            ranges.starting(line, 10L * (line - 1), StudioTypes.forLines());
        }
        return ranges.ranges();
    }

    @Test
    void ranges_startAtLinesAndFollowOneAnother() {
        assertThat(cut(100, 4)).extracting(LineRanges.Range::from, LineRanges.Range::to, LineRanges.Range::firstLine)
                .containsExactly(tuple(0L, 250L, 1L), tuple(250L, 500L, 26L), tuple(500L, 750L, 51L),
                        tuple(750L, Long.MAX_VALUE, 76L));
    }

    @Test
    void ranges_fewerLinesThanRanges_oneRangePerLine() {
        assertThat(cut(3, 8)).extracting(LineRanges.Range::firstLine).containsExactly(1L, 2L, 3L);
        assertThat(cut(1, 8)).extracting(LineRanges.Range::from, LineRanges.Range::firstLine)
                .containsExactly(tuple(0L, 1L));
    }

    @Test
    void ranges_aLineAcrossSeveralCuts_startsOneRange() {
        LineRanges ranges = new LineRanges(1000, 4);
        ranges.starting(1, 0, StudioTypes.forLines());
        ranges.starting(2, 900, StudioTypes.forLines());
        ranges.starting(3, 950, StudioTypes.forLines());

        assertThat(ranges.ranges()).extracting(LineRanges.Range::from, LineRanges.Range::firstLine)
                .containsExactly(tuple(0L, 1L), tuple(900L, 2L), tuple(950L, 3L));
    }

    @Test
    void ranges_noLines_oneRangeFromTheStart() {
        assertThat(new LineRanges(0, 4).ranges()).extracting(LineRanges.Range::from, LineRanges.Range::firstLine)
                .containsExactly(tuple(0L, 1L));
    }

    @Test
    void new_noRange_throws() {
        assertThatThrownBy(() -> new LineRanges(10, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("count must be at least 1, not 0");
    }

    @Test
    void ranges_lineStartingInTheBytesLeftOverByTheDivision_makesNoRangeMoreThanAsked() {
        LineRanges ranges = new LineRanges(1003, 4);
        for (long offset = 0; offset <= 1000; offset += 250) {
            ranges.starting(offset / 250 + 1, offset, StudioTypes.forLines());
        }

        assertThat(ranges.ranges()).extracting(LineRanges.Range::from, LineRanges.Range::firstLine)
                .containsExactly(tuple(0L, 1L), tuple(250L, 2L), tuple(500L, 3L), tuple(750L, 4L));
    }

    @Test
    void ranges_fileOfFewerBytesThanRanges_hasNoEmptyRange() {
        LineRanges ranges = new LineRanges(5, 8);
        ranges.starting(1, 0, StudioTypes.forLines());
        ranges.starting(2, 2, StudioTypes.forLines());
        ranges.starting(3, 4, StudioTypes.forLines());

        assertThat(ranges.ranges())
                .extracting(LineRanges.Range::from, LineRanges.Range::to, LineRanges.Range::firstLine)
                .containsExactly(tuple(0L, 2L, 1L), tuple(2L, 4L, 2L), tuple(4L, Long.MAX_VALUE, 3L));
    }

    @Test
    void new_oneRange_isTheWholeFile() {
        LineRanges ranges = new LineRanges(100, 1);
        ranges.starting(1, 0, StudioTypes.forLines());
        ranges.starting(2, 50, StudioTypes.forLines());

        assertThat(ranges.ranges())
                .extracting(LineRanges.Range::from, LineRanges.Range::to, LineRanges.Range::firstLine)
                .containsExactly(tuple(0L, Long.MAX_VALUE, 1L));
    }
}
