package org.yanxun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.constraints.DateRange;
import org.junit.jupiter.api.Test;

class CycleTest {

    @Test
    void of_sevenYears_throwsQuotingTheLength() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> Cycle.of(LocalDate.of(2026, 1, 9), 7))
                .withMessage("Cycle length must be 1 to 5 years, was 7");
    }

    @Test
    void end_startOn29February_endsOn28FebruaryOfACommonYear() {
        assertThat(Cycle.of(LocalDate.of(2024, 2, 29), 1).end()).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Property
    void end_isStartPlusLength(@ForAll @DateRange(min = "1990-01-01", max = "2100-12-31") LocalDate start,
            @ForAll @IntRange(min = 1, max = 5) int years) {
        Cycle cycle = Cycle.of(start, years);
        assertThat(cycle.end()).isEqualTo(start.plusYears(years));
        assertThat(cycle.isActiveOn(cycle.lastDay())).isTrue();
        assertThat(cycle.isActiveOn(cycle.end())).isFalse();
    }
}
