package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A file is cut at line starts into ranges that follow one another, and the ranges are read side by side. */
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
    void readSideBySide_combinesInTheOrderOfTheRanges_onThreadsOfTheirOwn() {
        List<String> threads = new ArrayList<>();

        String all = LineRanges.readSideBySide(cut(100, 4), range -> {
            synchronized (threads) {
                threads.add(Thread.currentThread().getName());
            }
            return "[" + range.firstLine() + "]";
        }, String::concat);

        assertThat(all).isEqualTo("[1][26][51][76]");
        assertThat(threads).containsExactlyInAnyOrder(Thread.currentThread().getName(), "yanxun-range-1",
                "yanxun-range-2", "yanxun-range-3");
    }

    @Test
    void readSideBySide_failures_throwsTheFirstInTheOrderOfTheRanges_afterEveryThreadEnded() {
        List<LineRanges.Range> ranges = cut(100, 4);

        assertThatThrownBy(() -> LineRanges.readSideBySide(ranges, range -> {
            if (range.firstLine() > 1) {
                throw new IllegalStateException("range from line " + range.firstLine());
            }
            return "";
        }, String::concat)).hasMessage("range from line 26");
        assertThat(Thread.getAllStackTraces().keySet().stream().map(Thread::getName).collect(Collectors.toList()))
                .noneMatch(name -> name.startsWith("yanxun-range"));
    }

    @Test
    void readSideBySide_theCallingThreadsRangeFails_throwsItsFailure() {
        Error failure = new AssertionError("first range");

        assertThatThrownBy(() -> LineRanges.readSideBySide(cut(100, 2), range -> {
            if (range.firstLine() == 1) {
                throw failure;
            }
            return "";
        }, String::concat)).isSameAs(failure);
    }
}
