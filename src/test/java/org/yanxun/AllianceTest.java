package org.yanxun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AllianceTest {

    private static final AllianceId QIYINGEN = AllianceId.of("qiyingen");
    private static final InstitutionId QIJIANG = InstitutionId.of("qijiang-tts");
    private static final InstitutionId YINGSHAN = InstitutionId.of("yingshan-tts");
    private static final InstitutionId ENYANG = InstitutionId.of("enyang-tts");

    private static Alliance alliance(Optional<AllianceId> parent) {
        return new Alliance(QIYINGEN, "綦营恩共同体", parent,
                List.of(AllianceMember.of(QIJIANG, UnitRole.LEAD), AllianceMember.of(YINGSHAN, UnitRole.PARTNER),
                        AllianceMember.of(ENYANG, UnitRole.PARTNER)),
                Optional.empty(), List.of(), List.of(), List.of());
    }

    @Test
    void new_ownParent_throwsQuotingTheId() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> alliance(Optional.of(QIYINGEN)))
                .withMessage("Alliance qiyingen must not be its own parent");
    }

    @Test
    void new_parentAlliance_isKept() {
        assertThat(alliance(Optional.of(AllianceId.of("chengyu-10-20"))).parent())
                .contains(AllianceId.of("chengyu-10-20"));
    }

    @Test
    void membersWith_lead_isQijiang() {
        assertThat(alliance(Optional.empty()).membersWith(UnitRole.LEAD)).containsExactly(QIJIANG);
    }

    @Test
    void membersWith_partner_isInMemberOrder() {
        assertThat(alliance(Optional.empty()).membersWith(UnitRole.PARTNER)).containsExactly(YINGSHAN, ENYANG);
    }

    @Test
    void new_blankName_throwsQuotingIt() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> new Alliance(QIYINGEN, " ", Optional.empty(), List.of(), Optional.empty(),
                        List.of(), List.of(), List.of()))
                .withMessage("name must not be blank, was ' '");
    }
}
