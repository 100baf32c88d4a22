package org.yanxun;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AllianceMemberTest {

    @Test
    void of_keepsTheRole() {
        assertThat(AllianceMember.of(InstitutionId.of("qijiang-tts"), UnitRole.LEAD).role()).isEqualTo(UnitRole.LEAD);
    }

    @Test
    void equals_sameInstitutionOtherRole_isFalse() {
        InstitutionId qijiang = InstitutionId.of("qijiang-tts");
        assertThat(AllianceMember.of(qijiang, UnitRole.LEAD)).isNotEqualTo(AllianceMember.of(qijiang, UnitRole.PARTNER));
    }
}
