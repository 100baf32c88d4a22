package org.yanxun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MembershipTest {

    private static final LocalDate JOINED = LocalDate.of(2026, 1, 9);
    private static final PersonId PERSON = PersonId.of("syn-lw-0003");
    private static final Membership MEMBER = Membership.of(PERSON, Tier.MEMBER, JOINED);

    @Test
    void of_hasNotEnded() {
        assertThat(MEMBER.leftOn()).isEmpty();
    }

    @Test
    void withLeftOn_dayBeforeJoining_throwsQuotingBothDays() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> MEMBER.withLeftOn(JOINED.minusDays(1)))
                .withMessage("Membership of syn-lw-0003 must not end before it starts, was 2026-01-09 to 2026-01-08");
    }

    @Test
    void withLeftOn_joiningDay_isAccepted() {
        assertThat(MEMBER.withLeftOn(JOINED).leftOn()).contains(JOINED);
    }

    @Test
    void withLeftOn_keepsTheOtherComponents() {
        assertThat(MEMBER.withLeftOn(JOINED.plusDays(5)))
                .isEqualTo(new Membership(PERSON, Tier.MEMBER, JOINED, Optional.of(JOINED.plusDays(5))));
    }

    @Test
    void isActiveOn_dayBeforeJoining_isFalse() {
        assertThat(MEMBER.isActiveOn(JOINED.minusDays(1))).isFalse();
    }

    @Test
    void isActiveOn_joiningDay_isTrue() {
        assertThat(MEMBER.isActiveOn(JOINED)).isTrue();
    }

    @Test
    void isActiveOn_notEndedFarLater_isTrue() {
        assertThat(MEMBER.isActiveOn(JOINED.plusYears(10))).isTrue();
    }

    @Test
    void isActiveOn_dayLeft_isTrue() {
        assertThat(MEMBER.withLeftOn(JOINED.plusDays(30)).isActiveOn(JOINED.plusDays(30))).isTrue();
    }

    @Test
    void isActiveOn_dayAfterLeaving_isFalse() {
        assertThat(MEMBER.withLeftOn(JOINED.plusDays(30)).isActiveOn(JOINED.plusDays(31))).isFalse();
    }
}
