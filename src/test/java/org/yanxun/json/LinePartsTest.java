package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinePartsTest {

    @ParameterizedTest(name = "{0} parts")
    @ValueSource(ints = {1, 3, 7, 8, 63, 64})
    void mark_eachLineItsOwnParts_acrossWordBoundaries(int parts) {
        int lines = 200;
        LineParts needed = new LineParts(lines, parts);
        for (long line = 1; line <= lines; line++) {
            needed.mark(line, pattern(line));
        }

        for (long line = 1; line <= lines; line++) {
            for (int part = 0; part < parts; part++) {
                assertThat(needed.needs(line, part)).as("line %d, part %d", line, part)
                        .isEqualTo((pattern(line) & 1L << part) != 0);
            }
        }
    }

    /** Parts that differ from line to line, the first and last among them. */
    private static long pattern(long line) {
        return line % 5 == 0 ? 0 : line * 0x9E3779B97F4A7C15L | line & 1 | (line % 3 == 0 ? Long.MIN_VALUE : 0);
    }

    @Test
    void mark_bitsOfPartsBeyondTheSplit_ignored() {
        LineParts needed = new LineParts(3, 2);

        needed.mark(2, LineParts.EVERY_PART);

        assertThat(needed.needs(1, 0)).isFalse();
        assertThat(needed.needs(1, 1)).isFalse();
        assertThat(needed.needs(2, 0)).isTrue();
        assertThat(needed.needs(2, 1)).isTrue();
        assertThat(needed.needs(3, 0)).as("not spilled into the next line").isFalse();
    }

    @Test
    void needs_aLineNotCounted_isRead() {
        LineParts needed = new LineParts(2, 3);

        needed.mark(3, 0b1);
        needed.mark(0, 0b1);

        assertThat(needed.needs(3, 1)).as("the file grew").isTrue();
        assertThat(needed.needs(0, 1)).isTrue();
        assertThat(needed.needs(1, 0)).isFalse();
        assertThat(needed.needs(2, 0)).isFalse();
    }

    @Test
    void bytesFor_aBitPerLineAndPart() {
        assertThat(LineParts.bytesFor(11_313_902, 7)).isEqualTo((11_313_902L * 7 + 63) / 64 * 8);
        assertThat(LineParts.bytesFor(0, 7)).isZero();
        assertThat(LineParts.bytesFor(-1, 7)).as("a file that could not be read").isZero();
    }

    @Test
    void create_partsOutOfRange_throws() {
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new LineParts(10, 0))
                .withMessage("parts must be from 1 to 64, not 0");
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new LineParts(10, 65));
    }

}
