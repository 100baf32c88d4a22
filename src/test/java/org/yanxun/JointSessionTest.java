package org.yanxun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JointSessionTest {

    private static final InstitutionId QIJIANG = InstitutionId.of("qijiang-tts");
    private static final InstitutionId YINGSHAN = InstitutionId.of("yingshan-tts");
    private static final InstitutionId ENYANG = InstitutionId.of("enyang-tts");

    private static JointSession session(String theme, Set<ParticipantLayer> layers) {
        return new JointSession(SessionId.of("qiyingen-2022-11"), LocalDate.of(2022, 11, 1), theme,
                SessionKind.JOINT_RESEARCH, SessionMode.HYBRID,
                List.of(SessionUnit.of(YINGSHAN, SessionRole.HOST), SessionUnit.of(QIJIANG, SessionRole.CO_HOST),
                        SessionUnit.of(ENYANG, SessionRole.CO_HOST)),
                layers, List.of(), List.of());
    }

    @Test
    void unitsWith_host_isYingshan() {
        assertThat(session("研训员专业素养", Set.of()).unitsWith(SessionRole.HOST)).containsExactly(YINGSHAN);
    }

    @Test
    void unitsWith_coHost_isInUnitOrder() {
        assertThat(session("研训员专业素养", Set.of()).unitsWith(SessionRole.CO_HOST)).containsExactly(QIJIANG, ENYANG);
    }

    @Test
    void unitsWith_roleNobodyHas_isEmpty() {
        assertThat(session("研训员专业素养", Set.of()).unitsWith(SessionRole.ORGANISER)).isEmpty();
    }

    @Test
    void layers_iterateInDeclarationOrder() {
        Set<ParticipantLayer> layers = new LinkedHashSet<>(List.of(ParticipantLayer.CADRES, ParticipantLayer.TEACHERS));
        assertThat(session("研训员专业素养", layers).layers())
                .containsExactly(ParticipantLayer.TEACHERS, ParticipantLayer.CADRES);
    }

    @Test
    void new_themeWithControlCharacter_throwsQuotingIt() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> session("研训\u0000员", Set.of()))
                .withMessage("theme must not contain control characters, was '研训\\u0000员'");
    }
}
