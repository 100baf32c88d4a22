package org.yanxun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StudioTest {

    private static final LocalDate LAUNCH = LocalDate.of(2026, 1, 9);
    private static final PersonId HOST = PersonId.of("syn-lw-0001");
    private static final PersonId MEMBER = PersonId.of("syn-lw-0003");

    private static Studio.Builder builder() {
        return Studio.builder(StudioId.of("s-001"), "陈思雨名教师工作室", StudioType.FAMOUS_TEACHER_STUDIO)
                .hostInstitution(InstitutionId.of("huaqiao-primary")).researchDirection("大单元教学设计与实施")
                .stage(Stage.PRIMARY).subject(Subject.MATHEMATICS).cycle(Cycle.of(LAUNCH, 2));
    }

    private static Studio studio() {
        return builder().membership(Membership.of(HOST, Tier.HOST, LAUNCH))
                .membership(Membership.of(PersonId.of("syn-lw-0002"), Tier.ASSISTANT, LAUNCH))
                .membership(Membership.of(MEMBER, Tier.MEMBER, LAUNCH))
                .evaluation(Evaluation.of(EvaluationKind.MID_TERM, LocalDate.of(2027, 1, 15), Grade.GOOD))
                .activity(PlannedActivity.of("主持人示范课", HostDuty.NAVIGATOR, LAUNCH.plusMonths(2)))
                .mentoringPair(MentoringPair.of(HOST, MEMBER))
                .certificate(Certificate.plaque(InstitutionId.of("liwan-edu-bureau"), LAUNCH))
                .build();
    }

    @Test
    void builder_defaults_levelIsDistrict() {
        Studio studio = builder().build();
        assertThat(studio.level()).isEqualTo(Level.DISTRICT);
    }

    @Test
    void builder_defaults_statusIsActive() {
        assertThat(builder().build().status()).isEqualTo(StudioStatus.ACTIVE);
    }

    @Test
    void build_withoutCycle_throwsNpeNamingIt() {
        assertThatExceptionOfType(NullPointerException.class)
                .isThrownBy(() -> Studio.builder(StudioId.of("s-001"), "工作室", StudioType.BACKBONE_WORKSHOP)
                        .hostInstitution(InstitutionId.of("i")).researchDirection("方向").build())
                .withMessage("cycle");
    }

    @Test
    void build_blankResearchDirection_throwsQuotingIt() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> builder().researchDirection("").build())
                .withMessage("researchDirection must not be blank, was ''");
    }

    @Test
    void build_nameOf201Characters_throwsQuotingTheLength() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> Studio.builder(StudioId.of("s-001"), "室".repeat(201), StudioType.BACKBONE_WORKSHOP)
                        .hostInstitution(InstitutionId.of("i")).researchDirection("方向").cycle(Cycle.of(LAUNCH, 1))
                        .build())
                .withMessage("name must be at most 200 characters, was 201");
    }

    @Test
    void toBuilder_build_isEqual() {
        assertThat(studio().toBuilder().build()).isEqualTo(studio());
    }

    @Test
    void toBuilder_clearMemberships_removesOnlyMemberships() {
        Studio cleared = studio().toBuilder().clearMemberships().build();
        assertThat(cleared).isEqualTo(new Studio(studio().id(), studio().name(), studio().type(), studio().level(),
                studio().hostInstitution(), studio().researchDirection(), studio().stages(), studio().subjects(),
                studio().cycle(), studio().status(), java.util.List.of(), studio().evaluations(),
                studio().activities(), studio().mentoringPairs(), studio().certificates()));
    }

    @Test
    void membershipsOf_host_isTheHostOnly() {
        assertThat(studio().membershipsOf(Tier.HOST)).extracting(Membership::person).containsExactly(HOST);
    }

    @Test
    void membershipsOf_tierWithoutMembers_isEmpty() {
        assertThat(studio().membershipsOf(Tier.ONLINE_TRAINEE)).isEmpty();
    }

    @Test
    void membershipsOf_result_isUnmodifiable() {
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> studio().membershipsOf(Tier.HOST).clear());
    }

    @Test
    void stages_addedInReverse_iterateInDeclarationOrder() {
        Studio studio = builder().stage(Stage.SENIOR_SECONDARY, Stage.PRESCHOOL).build();
        assertThat(studio.stages()).containsExactly(Stage.PRESCHOOL, Stage.PRIMARY, Stage.SENIOR_SECONDARY);
    }

    @Test
    void subjects_iterateInCodeOrder() {
        Studio studio = builder().subject(Subject.CHINESE).build();
        assertThat(studio.subjects()).containsExactly(Subject.CHINESE, Subject.MATHEMATICS);
    }

    @Test
    void builder_reusedAfterBuild_earlierStudioUnchanged() {
        Studio.Builder builder = builder().membership(Membership.of(HOST, Tier.HOST, LAUNCH));
        Studio first = builder.build();
        builder.membership(Membership.of(MEMBER, Tier.MEMBER, LAUNCH));
        assertThat(first.memberships()).hasSize(1);
    }
}
