package org.yanxun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AlliancePlanTest {

    private static final DateRange PERIOD = DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31));

    private static AlliancePlan plan(List<String> mechanisms, Set<ResourceKind> resourceKinds) {
        return new AlliancePlan("三年规划", PERIOD, mechanisms, resourceKinds, List.of("教师专业发展", "校本研修", "数字化转型"),
                EnumSet.of(SessionKind.JOINT_RESEARCH), List.of("区域协同机制建设"));
    }

    @Test
    void new_blankMechanism_throwsQuotingIt() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> plan(List.of("管理协同", " "), Set.of()))
                .withMessage("mechanisms must not be blank, was ' '");
    }

    @Test
    void mechanisms_keepTheirOrder() {
        assertThat(plan(List.of("资源协同", "管理协同", "研训协同"), Set.of()).mechanisms())
                .containsExactly("资源协同", "管理协同", "研训协同");
    }

    @Test
    void resourceKinds_iterateInDeclarationOrder() {
        Set<ResourceKind> kinds = new LinkedHashSet<>(
                List.of(ResourceKind.TRAINING_PLAN, ResourceKind.RESEARCH_OUTCOME, ResourceKind.LESSON_CASE));
        assertThat(plan(List.of(), kinds).resourceKinds())
                .containsExactly(ResourceKind.LESSON_CASE, ResourceKind.RESEARCH_OUTCOME, ResourceKind.TRAINING_PLAN);
    }

    @Test
    void new_blankTitle_throwsQuotingIt() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> new AlliancePlan("", PERIOD, List.of(), Set.of(), List.of(), Set.of(), List.of()))
                .withMessage("title must not be blank, was ''");
    }
}
