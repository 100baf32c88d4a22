package org.yanxun;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SessionUnitTest {

    @Test
    void of_keepsTheRole() {
        assertThat(SessionUnit.of(InstitutionId.of("yingshan-tts"), SessionRole.HOST).role())
                .isEqualTo(SessionRole.HOST);
    }

    @Test
    void equals_sameInstitutionOtherRole_isFalse() {
        InstitutionId qijiang = InstitutionId.of("qijiang-tts");
        assertThat(SessionUnit.of(qijiang, SessionRole.HOST)).isNotEqualTo(SessionUnit.of(qijiang, SessionRole.ORGANISER));
    }
}
