package org.yanxun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangeTest {

    private static final LocalDate JULY_1 = LocalDate.of(2022, 7, 1);
    private static final LocalDate JUNE_30 = LocalDate.of(2025, 6, 30);
    private static final DateRange PLAN = DateRange.of(JULY_1, JUNE_30);

    @Test
    void of_endBeforeStart_throwsQuotingBothDays() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> DateRange.of(JUNE_30, JULY_1))
                .withMessage("Date range must not end before it starts, was 2025-06-30 to 2022-07-01");
    }

    @Test
    void of_sameDay_isOneDayLong() {
        assertThat(DateRange.of(JULY_1, JULY_1).days()).isEqualTo(1);
    }

    @Test
    void days_countsBothEnds() {
        assertThat(DateRange.of(JULY_1, JULY_1.plusDays(9)).days()).isEqualTo(10);
    }

    @Test
    void contains_firstAndLastDay_isTrue() {
        assertThat(PLAN.contains(JULY_1) && PLAN.contains(JUNE_30)).isTrue();
    }

    @Test
    void contains_dayBeforeStart_isFalse() {
        assertThat(PLAN.contains(JULY_1.minusDays(1))).isFalse();
    }

    @Test
    void contains_dayAfterEnd_isFalse() {
        assertThat(PLAN.contains(JUNE_30.plusDays(1))).isFalse();
    }

    @Test
    void overlaps_rangesSharingOnlyTheLastDay_isTrue() {
        assertThat(PLAN.overlaps(DateRange.of(JUNE_30, JUNE_30.plusDays(5)))).isTrue();
    }

    @Test
    void overlaps_rangeEndingTheDayBefore_isFalse() {
        assertThat(PLAN.overlaps(DateRange.of(JULY_1.minusDays(5), JULY_1.minusDays(1)))).isFalse();
    }

    @Test
    void overlaps_rangeInside_isTrue() {
        assertThat(PLAN.overlaps(DateRange.of(JULY_1.plusDays(3), JULY_1.plusDays(4)))).isTrue();
    }

    @Test
    void toString_isIsoInterval() {
        assertThat(PLAN).hasToString("2022-07-01/2025-06-30");
    }
}
