package org.yanxun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExchangeTest {

    private static final InstitutionId QIJIANG = InstitutionId.of("qijiang-tts");
    private static final InstitutionId YINGSHAN = InstitutionId.of("yingshan-tts");
    private static final LocalDate START = LocalDate.of(2023, 11, 6);

    private static Exchange dispatch(LocalDate start, LocalDate end) {
        return new Exchange(ExchangeId.of("qiyingen-x-01"), ExchangeKind.TRAINER_DISPATCH, QIJIANG, YINGSHAN,
                List.of(PersonId.of("syn-qye-002")), start, end);
    }

    @Test
    void new_endBeforeStart_throwsQuotingBothDays() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> dispatch(START, START.minusDays(1)))
                .withMessage("Exchange qiyingen-x-01 must not end before it starts, was 2023-11-06 to 2023-11-05");
    }

    @Test
    void new_oneDay_isAccepted() {
        assertThat(dispatch(START, START).period().days()).isEqualTo(1);
    }

    @Test
    void period_isStartToEnd() {
        assertThat(dispatch(START, START.plusDays(13)).period()).isEqualTo(DateRange.of(START, START.plusDays(13)));
    }
}
