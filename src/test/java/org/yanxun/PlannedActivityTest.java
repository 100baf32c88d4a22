package org.yanxun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlannedActivityTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 12);

    @Test
    void of_keepsTheDuty() {
        assertThat(PlannedActivity.of("主持人示范课", HostDuty.NAVIGATOR, DAY).duty()).isEqualTo(HostDuty.NAVIGATOR);
    }

    @Test
    void of_blankTitle_throwsQuotingIt() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> PlannedActivity.of("   ", HostDuty.INHERITOR, DAY))
                .withMessage("title must not be blank, was '   '");
    }
}
