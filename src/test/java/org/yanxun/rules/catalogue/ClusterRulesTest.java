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
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.yanxun.Cluster;
import org.yanxun.ClusterPlan;
import org.yanxun.Cycle;
import org.yanxun.Dataset;
import org.yanxun.Stage;
import org.yanxun.Studio;
import org.yanxun.StudioForm;
import org.yanxun.StudioStatus;
import org.yanxun.StudioType;
import org.yanxun.examples.ExampleCommunities;
import org.yanxun.policy.Severity;
import org.yanxun.policy.StudioTypePolicy;
import org.yanxun.rules.Finding;
import org.yanxun.rules.RuleEngine;

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
                .says("集群“" + CLUSTER + "”运行中的工作室未覆盖学段：学前",
                        "the stage preschool is served by no active studio of cluster '" + CLUSTER + "'");
    }

    @Test
    void clusterStageCoverage_policyRequiresVocational_fires() {
        var policy = LIWAN_POLICY.withClusters(LIWAN_POLICY.clusters()
                .withRequiredStages(EnumSet.of(Stage.PRIMARY, Stage.VOCATIONAL)));
        fires(liwan(LIWAN, policy), "CLUSTER_STAGE_COVERAGE", "/clusters/0/studios")
                .is(Severity.WARNING, CLUSTER)
                .zh("中职")
                .en("secondary vocational school");
    }

    @Test
    void clusterStageCoverage_threeStagesMissing_listsThemInEachLanguage() {
        var data = studios(LIWAN, list -> list.stream()
                .map(s -> s.stages().contains(Stage.PRESCHOOL) ? s.toBuilder().status(StudioStatus.COMPLETED).build() : s)
                .toList());
        var policy = LIWAN_POLICY.withClusters(LIWAN_POLICY.clusters().withRequiredStages(
                EnumSet.of(Stage.PRESCHOOL, Stage.PRIMARY, Stage.VOCATIONAL, Stage.SPECIAL_EDUCATION)));
        fires(liwan(data, policy), "CLUSTER_STAGE_COVERAGE", "/clusters/0/studios")
                .says("集群“" + CLUSTER + "”运行中的工作室未覆盖学段：学前、中职、特教", "the stages preschool, secondary"
                        + " vocational school and special education are served by no active studio of cluster '"
                        + CLUSTER + "'");
    }

    @Test
    void clusterStageCoverage_preschoolStudiosCycleEndedBeforeTheAsOfDate_fires() {
        var data = preschoolCycles(Cycle.of(LocalDate.of(2023, 9, 1), 2));
        fires(liwan(data), "CLUSTER_STAGE_COVERAGE", "/clusters/0/studios")
                .en("the stage preschool is served by no active studio");
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
                .is(Severity.WARNING, CLUSTER, "42", "43")
                .says("集群“" + CLUSTER + "”有 42 个新教师培养工作坊，计划为 43 个",
                        "cluster '" + CLUSTER + "' has 42 new-teacher workshops; its plan says 43");
    }

    @Test
    void clusterPlanCounts_studioOfUnplannedType_fires() {
        var data = Mutations.studio(LIWAN, 16, s -> ofType(s, StudioType.HEAD_TEACHER_STUDIO));
        fires(liwan(data), "CLUSTER_PLAN_COUNTS", "/clusters/0/studios")
                .is(Severity.WARNING, CLUSTER, "1", "0")
                .says("集群“" + CLUSTER + "”有 1 个名班主任工作室，计划为 0 个",
                        "cluster '" + CLUSTER + "' has 1 famous head-teacher studio; its plan says 0");
    }

    @Test
    void clusterPlanCounts_plannedTypeOfNoStudio_namesTheBuiltInType() {
        var data = studios(LIWAN, list -> list.stream().filter(s -> s.type() != StudioType.PRINCIPAL_STUDIO).toList());
        fires(liwan(data), "CLUSTER_PLAN_COUNTS", "/clusters/0/plan/studioCounts/PRINCIPAL_STUDIO")
                .says("集群“" + CLUSTER + "”有 0 个名书记/名校长工作室，计划为 11 个",
                        "cluster '" + CLUSTER + "' has 0 principal studios; its plan says 11");
    }

    @Test
    void clusterPlanCounts_plannedCodeOfNoType_showsTheCode() {
        var data = Mutations.cluster(LIWAN, c -> new Cluster(c.id(), c.name(), c.region(), c.organiser(), c.undertaker(),
                c.launchedOn(), c.studios(), Optional.of(ClusterPlan.of(plus(c.plan().orElseThrow(), "ROBOTICS_WORKSHOP", 2)))));
        fires(liwan(data), "CLUSTER_PLAN_COUNTS", "/clusters/0/plan/studioCounts/ROBOTICS_WORKSHOP")
                .says("集群“" + CLUSTER + "”有 0 个类型为 ROBOTICS_WORKSHOP 的工作室，计划为 2 个",
                        "cluster '" + CLUSTER + "' has 0 studios of type ROBOTICS_WORKSHOP; its plan says 2");
    }

    @Test
    void clusterPlanCounts_plannedTypeThePolicyDefines_namesItByThePolicy() {
        StudioType robotics = StudioType.of("ROBOTICS_WORKSHOP", StudioForm.WORKSHOP, 2, "机器人教育工作坊", "robotics workshop");
        var policy = Mutations.studios(LIWAN_POLICY, studios -> {
            SortedMap<String, StudioTypePolicy> types = new TreeMap<>(studios.types());
            types.put(robotics.code(), types.get("BACKBONE_WORKSHOP").withType(robotics));
            return studios.withTypes(types);
        });
        var data = Mutations.cluster(LIWAN, c -> new Cluster(c.id(), c.name(), c.region(), c.organiser(), c.undertaker(),
                c.launchedOn(), c.studios(), Optional.of(ClusterPlan.of(plus(c.plan().orElseThrow(), robotics.code(), 2)))));
        fires(liwan(data, policy), "CLUSTER_PLAN_COUNTS", "/clusters/0/plan/studioCounts/ROBOTICS_WORKSHOP")
                .says("集群“" + CLUSTER + "”有 0 个机器人教育工作坊，计划为 2 个",
                        "cluster '" + CLUSTER + "' has 0 robotics workshops; its plan says 2");
    }

    @Test
    void clusterPlanCounts_oneCodeOfTwoNamesInTwoRuns_namesTheTypeOfItsFirstStudioAsOneRunDoes() {
        StudioType first = StudioType.of("LOCAL_STUDIO", StudioForm.STUDIO, 3, "甲类工作室", "type-A studio");
        StudioType second = StudioType.of("LOCAL_STUDIO", StudioForm.STUDIO, 3, "乙类工作室", "type-B studio");
        var data = Mutations.cluster(studios(LIWAN, list -> {
            list.set(0, ofType(list.get(0), first));
            list.set(1, ofType(list.get(1), second));
            return list;
        }), c -> new Cluster(c.id(), c.name(), c.region(), c.organiser(), c.undertaker(), c.launchedOn(), c.studios(),
                Optional.of(ClusterPlan.of(plus(c.plan().orElseThrow(), first.code(), 5)))));
        RuleEngine engine = RuleEngine.of(Mutations.only(LIWAN_POLICY, "CLUSTER_PLAN_COUNTS"));
        String english = "cluster '" + CLUSTER + "' has 2 type-A studios; its plan says 5";

        String pointer = "/clusters/0/plan/studioCounts/" + first.code();

        assertThat(engine.validate(data, ExampleCommunities.LIWAN_AS_OF).findings())
                .filteredOn(f -> f.pointer().equals(pointer)).extracting(Finding::messageEn).containsExactly(english);
        // The second studio's run takes the first's state in: the type must not be the one seen first.
        assertThat(Mutations.inTwoRuns(engine, ExampleCommunities.LIWAN_AS_OF, data,
                at -> at.equals("/clusters/0/studios/1")).findings())
                .filteredOn(f -> f.pointer().equals(pointer)).extracting(Finding::messageEn).containsExactly(english);
    }

    private static Map<String, Integer> plus(ClusterPlan plan, String code, int count) {
        Map<String, Integer> counts = new TreeMap<>(plan.studioCounts());
        counts.put(code, count);
        return counts;
    }

    @Test
    void clusterPlanCounts_oneFewerWithinToleranceOfOne_quiet() {
        var data = studios(LIWAN, list -> list.subList(0, list.size() - 1));
        var policy = LIWAN_POLICY.withClusters(LIWAN_POLICY.clusters().withPlanCountTolerance(1));
        assertThat(findings(liwan(data, policy), "CLUSTER_PLAN_COUNTS")).isEmpty();
    }

    @Test
    void clusterPlanCounts_twoFewerBeyondToleranceOfOne_fires() {
        var data = studios(LIWAN, list -> list.subList(0, list.size() - 2));
        var policy = LIWAN_POLICY.withClusters(LIWAN_POLICY.clusters().withPlanCountTolerance(1));
        fires(liwan(data, policy), "CLUSTER_PLAN_COUNTS", "/clusters/0/plan/studioCounts/NEW_TEACHER_WORKSHOP")
                .is(Severity.WARNING, CLUSTER)
                .says("集群“" + CLUSTER + "”有 41 个新教师培养工作坊，计划为 43 个",
                        "cluster '" + CLUSTER + "' has 41 new-teacher workshops; its plan says 43");
    }

    @Test
    void clusterPlanCounts_liwanExample_quiet() {
        assertThat(findings(liwan(LIWAN), "CLUSTER_PLAN_COUNTS")).isEmpty();
    }
}
