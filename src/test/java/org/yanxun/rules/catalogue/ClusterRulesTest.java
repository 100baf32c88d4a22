package org.yanxun.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yanxun.rules.catalogue.Mutations.LIWAN;
import static org.yanxun.rules.catalogue.Mutations.LIWAN_POLICY;
import static org.yanxun.rules.catalogue.Mutations.findings;
import static org.yanxun.rules.catalogue.Mutations.fires;
import static org.yanxun.rules.catalogue.Mutations.liwan;
import static org.yanxun.rules.catalogue.Mutations.studios;

import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.yanxun.Cycle;
import org.yanxun.Dataset;
import org.yanxun.Stage;
import org.yanxun.Studio;
import org.yanxun.StudioStatus;
import org.yanxun.StudioType;
import org.yanxun.policy.Severity;

/** The rules of {@code ClusterRules}, on the Liwan cluster. */
class ClusterRulesTest {

    private static final String CLUSTER = LIWAN.clusters().get(0).name();

    private static Studio ofType(Studio s, StudioType type) {
        return new Studio(s.id(), s.name(), type, s.level(), s.hostInstitution(), s.researchDirection(), s.stages(),
                s.subjects(), s.cycle(), s.status(), s.memberships(), s.evaluations(), s.activities(),
                s.mentoringPairs(), s.certificates());
    }

    // ----- CLUSTER_STAGE_COVERAGE

    @Test
    void clusterStageCoverage_preschoolStudiosCompleted_fires() {
        var data = studios(LIWAN, list -> list.stream()
                .map(s -> s.stages().contains(Stage.PRESCHOOL) ? s.toBuilder().status(StudioStatus.COMPLETED).build() : s)
                .toList());
        fires(liwan(data), "CLUSTER_STAGE_COVERAGE", "/clusters/0/studios")
                .is(Severity.WARNING, CLUSTER)
                .zh("学前")
                .en("PRESCHOOL");
    }

    @Test
    void clusterStageCoverage_policyRequiresVocational_fires() {
        var policy = LIWAN_POLICY.withClusters(LIWAN_POLICY.clusters()
                .withRequiredStages(EnumSet.of(Stage.PRIMARY, Stage.VOCATIONAL)));
        fires(liwan(LIWAN, policy), "CLUSTER_STAGE_COVERAGE", "/clusters/0/studios")
                .is(Severity.WARNING, CLUSTER)
                .zh("中职")
                .en("VOCATIONAL");
    }

    @Test
    void clusterStageCoverage_preschoolStudiosCycleEndedBeforeTheAsOfDate_fires() {
        var data = preschoolCycles(Cycle.of(LocalDate.of(2023, 9, 1), 2));
        fires(liwan(data), "CLUSTER_STAGE_COVERAGE", "/clusters/0/studios").en("PRESCHOOL");
        // Their last day still counts.
        assertThat(findings(liwan(data, LocalDate.of(2025, 8, 31)), "CLUSTER_STAGE_COVERAGE")).isEmpty();
    }

    @Test
    void clusterStageCoverage_preschoolStudiosCycleStartsAfterTheAsOfDate_quiet() {
        var data = preschoolCycles(Cycle.of(LocalDate.of(2026, 9, 1), 2));
        assertThat(findings(liwan(data), "CLUSTER_STAGE_COVERAGE")).isEmpty();
    }

    private static Dataset preschoolCycles(Cycle cycle) {
        return studios(LIWAN, list -> list.stream()
                .map(s -> s.stages().contains(Stage.PRESCHOOL) ? s.toBuilder().cycle(cycle).build() : s)
                .toList());
    }

    @Test
    void clusterStageCoverage_liwanExample_quiet() {
        assertThat(findings(liwan(LIWAN), "CLUSTER_STAGE_COVERAGE")).isEmpty();
    }

    // ----- CLUSTER_PLAN_COUNTS

    @Test
    void clusterPlanCounts_oneWorkshopFewerThanPlanned_fires() {
        var data = studios(LIWAN, list -> list.subList(0, list.size() - 1));
        fires(liwan(data), "CLUSTER_PLAN_COUNTS", "/clusters/0/plan/studioCounts/NEW_TEACHER_WORKSHOP")
                .is(Severity.WARNING, CLUSTER, "42", "43", "NEW_TEACHER_WORKSHOP");
    }

    @Test
    void clusterPlanCounts_studioOfUnplannedType_fires() {
        var data = Mutations.studio(LIWAN, 16, s -> ofType(s, StudioType.HEAD_TEACHER_STUDIO));
        fires(liwan(data), "CLUSTER_PLAN_COUNTS", "/clusters/0/studios")
                .is(Severity.WARNING, CLUSTER, "1", "0", "HEAD_TEACHER_STUDIO");
    }

    @Test
    void clusterPlanCounts_oneFewerWithinToleranceOfOne_quiet() {
        var data = studios(LIWAN, list -> list.subList(0, list.size() - 1));
        var policy = LIWAN_POLICY.withClusters(LIWAN_POLICY.clusters().withPlanCountTolerance(1));
        assertThat(findings(liwan(data, policy), "CLUSTER_PLAN_COUNTS")).isEmpty();
    }

    @Test
    void clusterPlanCounts_liwanExample_quiet() {
        assertThat(findings(liwan(LIWAN), "CLUSTER_PLAN_COUNTS")).isEmpty();
    }
}
