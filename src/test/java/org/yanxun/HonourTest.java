package org.yanxun;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HonourTest {

    private static final LocalDate AWARDED = LocalDate.of(2019, 9, 10);

    @Test
    void of_keepsTheLevel() {
        assertThat(Honour.of(HonourKind.SPECIAL_GRADE_TEACHER, Level.PROVINCIAL, AWARDED).level())
                .isEqualTo(Level.PROVINCIAL);
    }

    @Test
    void equals_otherLevel_isFalse() {
        assertThat(Honour.of(HonourKind.FAMOUS_TEACHER, Level.DISTRICT, AWARDED))
                .isNotEqualTo(Honour.of(HonourKind.FAMOUS_TEACHER, Level.MUNICIPAL, AWARDED));
    }

    @Test
    void isHeldOn_fromTheDayOfTheAward() {
        Honour honour = Honour.of(HonourKind.FAMOUS_TEACHER, Level.DISTRICT, AWARDED);
        assertThat(honour.isHeldOn(AWARDED.minusDays(1))).isFalse();
        assertThat(honour.isHeldOn(AWARDED)).isTrue();
        assertThat(honour.isHeldOn(AWARDED.plusYears(5))).isTrue();
    }
}
