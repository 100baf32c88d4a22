package org.yanxun.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

    @Test
    void parse_yearMonthDay_isTheDate() {
        assertThat(Dates.parse("2026-03-01")).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(Dates.parse("0000-01-01")).isEqualTo(LocalDate.of(0, 1, 1));
        assertThat(Dates.parse("9999-12-31")).isEqualTo(LocalDate.of(9999, 12, 31));
        assertThat(Dates.parse("2028-02-29")).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026-3-1", "2026/03/01", "20260301", "2026-03-01T00:00", " 2026-03-01",
        "+10000-01-01", "-0001-01-01", "+2026-03-01", "2026-02-30", "2026-13-01", "2026-00-10", "2027-02-29",
        "２０２６-03-01", "2026-0a-01", "1 March 2026"})
    void parse_otherwiseWrittenOrNoRealDay_isNull(String text) {
        assertThat(Dates.parse(text)).isNull();
    }

    @Test
    void yearsOn_fromTheTwentyNinthOfFebruary_endsOnTheFirstOfMarch() {
        assertThat(Dates.yearsOn(LocalDate.of(2024, 2, 29), 1)).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(Dates.yearsOn(LocalDate.of(2024, 2, 29), 4)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(Dates.yearsOn(LocalDate.of(2026, 9, 1), 2)).isEqualTo(LocalDate.of(2028, 9, 1));
    }
}
