package org.yanxun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;

class MentoringPairTest {

    private static final PersonId HOST = PersonId.of("syn-lw-0001");
    private static final PersonId MEMBER = PersonId.of("syn-lw-0003");

    @Test
    void of_samePersonTwice_throwsQuotingThePerson() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> MentoringPair.of(HOST, HOST))
                .withMessage("Mentoring pair must join two people, was syn-lw-0001 twice");
    }

    @Test
    void of_keepsTheRoles() {
        assertThat(MentoringPair.of(HOST, MEMBER).apprentice()).isEqualTo(MEMBER);
    }

    @Test
    void equals_rolesSwapped_isFalse() {
        assertThat(MentoringPair.of(HOST, MEMBER)).isNotEqualTo(MentoringPair.of(MEMBER, HOST));
    }
}
