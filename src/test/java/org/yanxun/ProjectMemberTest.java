package org.yanxun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProjectMemberTest {

    private static final PersonId HOST = PersonId.of("syn-lw-0001");
    private static final InstitutionId SCHOOL = InstitutionId.of("huaqiao-primary");

    @Test
    void new_fromAStudio_keepsTheStudio() {
        assertThat(new ProjectMember(HOST, SCHOOL, Optional.of(StudioId.of("liwan-2026-sg-001"))).studio())
                .contains(StudioId.of("liwan-2026-sg-001"));
    }

    @Test
    void equals_withAndWithoutStudio_isFalse() {
        assertThat(new ProjectMember(HOST, SCHOOL, Optional.empty()))
                .isNotEqualTo(new ProjectMember(HOST, SCHOOL, Optional.of(StudioId.of("liwan-2026-sg-001"))));
    }
}
