package org.yanxun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;
import org.junit.jupiter.api.Test;

class CycleTest {

    private static final LocalDate LAUNCH = LocalDate.of(2026, 1, 9);

    @Test
    void of_sevenYears_throwsQuotingTheLength() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> Cycle.of(LAUNCH, 7))
                .withMessage("Cycle length must be 1 to 5 years, was 7");
    }

    @Test
    void of_zeroYears_throwsQuotingTheLength() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> Cycle.of(LAUNCH, 0))
                .withMessage("Cycle length must be 1 to 5 years, was 0");
    }

    @Test
    void of_fiveYears_isAccepted() {
        assertThat(Cycle.of(LAUNCH, Cycle.MAX_YEARS).years()).isEqualTo(5);
    }

    @Test
    void endExclusive_startOn29February_endsOn1MarchOfACommonYear_soItsLastDayIs28February() {
        Cycle cycle = Cycle.of(LocalDate.of(2024, 2, 29), 1);

        assertThat(cycle.endExclusive()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(cycle.lastDay()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(cycle.isActiveOn(LocalDate.of(2025, 2, 28))).isTrue();
    }

    @Test
    void endExclusive_startOn29February_endsOn29FebruaryOfALeapYear() {
        assertThat(Cycle.of(LocalDate.of(2024, 2, 29), 4).endExclusive()).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void endExclusive_startOn1MarchBeforeALeapYear_lastDayIs29February() {
        assertThat(Cycle.of(LocalDate.of(2023, 3, 1), 1).lastDay()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void endExclusive_liwanStudio_isTwoYearsAfterLaunch() {
        assertThat(Cycle.of(LAUNCH, 2).endExclusive()).isEqualTo(LocalDate.of(2028, 1, 9));
    }

    @Test
    void lastDay_isTheDayBeforeTheEnd() {
        assertThat(Cycle.of(LAUNCH, 1).lastDay()).isEqualTo(LocalDate.of(2027, 1, 8));
    }

    @Test
    void range_runsFromStartToLastDay() {
        assertThat(Cycle.of(LAUNCH, 1).range()).isEqualTo(DateRange.of(LAUNCH, LocalDate.of(2027, 1, 8)));
    }

    @Test
    void midpoint_twoYearCycle_isHalfwayInDays() {
        // 2026-01-09 to 2028-01-09 is 730 days; halfway is 365 days after the start.
        assertThat(Cycle.of(LAUNCH, 2).midpoint()).isEqualTo(LocalDate.of(2027, 1, 9));
    }

    @Test
    void isActiveOn_dayBeforeStart_isFalse() {
        assertThat(Cycle.of(LAUNCH, 2).isActiveOn(LAUNCH.minusDays(1))).isFalse();
    }

    @Test
    void isActiveOn_start_isTrue() {
        assertThat(Cycle.of(LAUNCH, 2).isActiveOn(LAUNCH)).isTrue();
    }

    @Test
    void window_launch_isTheFirstThreeMonths() {
        assertThat(Cycle.of(LAUNCH, 2).window(Phase.LAUNCH))
                .isEqualTo(DateRange.of(LAUNCH, LocalDate.of(2026, 4, 8)));
    }

    @Test
    void window_midTerm_isThreeMonthsEitherSideOfTheMidpoint() {
        assertThat(Cycle.of(LAUNCH, 2).window(Phase.MID_TERM))
                .isEqualTo(DateRange.of(LocalDate.of(2026, 10, 9), LocalDate.of(2027, 4, 9)));
    }

    @Test
    void window_final_isThreeMonthsEitherSideOfTheLastDay() {
        assertThat(Cycle.of(LAUNCH, 1).window(Phase.FINAL))
                .isEqualTo(DateRange.of(LocalDate.of(2026, 10, 8), LocalDate.of(2027, 4, 8)));
    }

    @Test
    void window_marginAsLongAsTheCycle_keepsTheWindowsWithinItButTheFinalAfterIt() {
        Cycle cycle = Cycle.of(LAUNCH, 2);
        Period margin = Period.ofMonths(24);

        assertThat(cycle.window(Phase.LAUNCH, margin)).isEqualTo(cycle.range());
        assertThat(cycle.window(Phase.MID_TERM, margin)).isEqualTo(cycle.range());
        assertThat(cycle.window(Phase.FINAL, margin))
                .isEqualTo(DateRange.of(LAUNCH, cycle.lastDay().plusMonths(24)));
    }

    @Test
    void window_finalWithoutAMargin_isTheLastDayAlone() {
        Cycle cycle = Cycle.of(LAUNCH, 2);
        assertThat(cycle.window(Phase.FINAL, Period.ZERO)).isEqualTo(DateRange.of(cycle.lastDay(), cycle.lastDay()));
    }

    @Test
    void of_startingAfterTheYear9999_throwsQuotingTheStart() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> Cycle.of(LocalDate.of(10_000, 1, 1), 1))
                .withMessage("start must be in the years 0000 to 9999, was +10000-01-01");
    }

    @Test
    void of_startingBeforeTheYear0000_throwsQuotingTheStart() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> Cycle.of(LocalDate.MIN, 2))
                .withMessage("start must be in the years 0000 to 9999, was -999999999-01-01");
    }

    @Test
    void of_latestStart_windowsOfTheWidestPolicyMarginWork() {
        Cycle cycle = Cycle.of(LocalDate.of(9999, 12, 31), Cycle.MAX_YEARS);

        assertThat(cycle.window(Phase.FINAL, Period.ofMonths(24)).end()).isEqualTo(LocalDate.of(10_006, 12, 30));
    }

    @Test
    void of_earliestStart_windowsOfTheWidestPolicyMarginWork() {
        Cycle cycle = Cycle.of(LocalDate.of(0, 1, 1), 1);

        assertThat(cycle.window(Phase.MID_TERM, Period.ofMonths(24)).start()).isEqualTo(LocalDate.of(0, 1, 1));
        assertThat(cycle.window(Phase.FINAL, Period.ofMonths(24)).end()).isEqualTo(LocalDate.of(2, 12, 31));
    }

    @Test
    void window_marginPastTheSupportedDates_throwsQuotingTheMargin() {
        Cycle cycle = Cycle.of(LAUNCH, 2);

        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> cycle.window(Phase.FINAL, Period.ofYears(Year.MAX_VALUE)))
                .withMessage("Phase margin P999999999Y takes the final window of the cycle past the supported dates")
                .satisfies(e -> assertThat(InvalidValueException.zhOf(e))
                        .isEqualTo("时限 P999999999Y 使周期的终期时段超出可表示的日期"));
        assertThat(InvalidValueException.zhOf(new IllegalArgumentException())).isEqualTo("java.lang.IllegalArgumentException");
    }

    @Test
    void window_negativeMargin_refusedInBothLanguages() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Cycle.of(LAUNCH, 2).window(Phase.LAUNCH, Period.ofDays(-1)))
                .withMessage("Phase margin must not be negative, was P-1D")
                .satisfies(e -> assertThat(e.zh()).isEqualTo("阶段前后的时限不能为负，实为 P-1D"));
    }

    /** Near the ends of the years of the model, a cycle is refused or all it computes is a date. */
    @Property
    void of_nearTheLimits_refusedOrEveryDateWorks(@ForAll("nearTheLimits") LocalDate start,
            @ForAll @IntRange(min = 1, max = 5) int years, @ForAll @IntRange(min = 0, max = 24) int marginMonths) {
        Cycle cycle;
        try {
            cycle = Cycle.of(start, years);
        } catch (IllegalArgumentException refused) {
            return;
        }
        assertThat(cycle.isActiveOn(cycle.lastDay())).isTrue();
        assertThat(cycle.range().contains(cycle.midpoint())).isTrue();
        for (Phase phase : Phase.values()) {
            assertThat(cycle.window(phase).days()).isPositive();
            assertThat(cycle.window(phase, Period.ofMonths(marginMonths)).days()).isPositive();
        }
    }

    /** Days in the ten years either side of the first and the last year of the model. */
    @Provide
    Arbitrary<LocalDate> nearTheLimits() {
        long tenYears = 3653;
        long first = LocalDate.of(0, 1, 1).toEpochDay();
        long last = LocalDate.of(9999, 12, 31).toEpochDay();
        return Arbitraries.oneOf(Arbitraries.longs().between(first - tenYears, first + tenYears),
                Arbitraries.longs().between(last - tenYears, last + tenYears)).map(LocalDate::ofEpochDay);
    }

    @Property
    void endExclusive_isStartPlusLength(@ForAll("starts") LocalDate start,
            @ForAll @IntRange(min = 1, max = 5) int years) {
        int year = start.getYear() + years;
        boolean leapDayToCommonYear = start.getMonthValue() == 2 && start.getDayOfMonth() == 29 && !Year.isLeap(year);
        assertThat(Cycle.of(start, years).endExclusive())
                .isEqualTo(leapDayToCommonYear ? LocalDate.of(year, 3, 1) : start.withYear(year));
    }

    @Property
    void isActiveOn_lastDay_isTrue(@ForAll("starts") LocalDate start, @ForAll @IntRange(min = 1, max = 5) int years) {
        Cycle cycle = Cycle.of(start, years);
        assertThat(cycle.isActiveOn(cycle.lastDay())).isTrue();
    }

    @Property
    void isActiveOn_endExclusive_isFalse(@ForAll("starts") LocalDate start,
            @ForAll @IntRange(min = 1, max = 5) int years) {
        Cycle cycle = Cycle.of(start, years);
        assertThat(cycle.isActiveOn(cycle.endExclusive())).isFalse();
    }

    @Property
    void window_midTerm_containsTheMidpoint(@ForAll("starts") LocalDate start,
            @ForAll @IntRange(min = 1, max = 5) int years) {
        Cycle cycle = Cycle.of(start, years);
        assertThat(cycle.window(Phase.MID_TERM).contains(cycle.midpoint())).isTrue();
    }

    @Property
    void midpoint_liesInTheCycle(@ForAll("starts") LocalDate start, @ForAll @IntRange(min = 1, max = 5) int years) {
        Cycle cycle = Cycle.of(start, years);
        assertThat(cycle.isActiveOn(cycle.midpoint())).isTrue();
    }

    /** Days from 1900 to 2200, with one in five a 29 February. */
    @Provide
    Arbitrary<LocalDate> starts() {
        Arbitrary<LocalDate> any = Dates.dates().between(LocalDate.of(1900, 1, 1), LocalDate.of(2200, 12, 31));
        Arbitrary<LocalDate> leapDays = Arbitraries.integers().between(1900, 2200).filter(Year::isLeap)
                .map(year -> LocalDate.of(year, 2, 29));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, any), net.jqwik.api.Tuple.of(1, leapDays));
    }
}
