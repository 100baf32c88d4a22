package org.yanxun.rules.catalogue;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yanxun.Cluster;
import org.yanxun.ClusterId;
import org.yanxun.Stage;
import org.yanxun.StudioStatus;
import org.yanxun.StudioType;
import org.yanxun.internal.English;
import org.yanxun.policy.Severity;
import org.yanxun.policy.StudioTypePolicy;
import org.yanxun.rules.Entity;
import org.yanxun.rules.Grouping;
import org.yanxun.rules.KeyedRule;
import org.yanxun.rules.Location;
import org.yanxun.rules.Rule;
import org.yanxun.rules.RuleContext;
import org.yanxun.rules.RuleInfo;

/**
 * Rules keyed by cluster: stage coverage and the published plan.
 */
final class ClusterRules {

    private ClusterRules() {
    }

    static List<Rule> all() {
        return List.of(stageCoverage(), planCounts());
    }

    /**
     * What the records say about one cluster: the cluster record, the stages of its studios that have not
     * ended by the as-of date, and its studios' types, counted by code, with the type of each code for
     * the messages: that of the code's first studio in document order, since studios built in code may
     * give one code types of different names.
     */
    static final class ClusterFacts implements Serializable {
        private static final long serialVersionUID = 1L;

        private String name;
        private SortedMap<String, Integer> plan;
        private Spot clusterAt;
        private final Set<Stage> activeStages = EnumSet.noneOf(Stage.class);
        private final SortedMap<String, Integer> counts = new TreeMap<>();
        private final SortedMap<String, TypeSeen> types = new TreeMap<>();

        static final Grouping<ClusterId, ClusterFacts> GROUPING = Grouping.folding(ClusterFacts::fold, ClusterFacts::add);
        private static final Function<ClusterId, ClusterFacts> NEW = id -> new ClusterFacts();

        private static void fold(Entity entity, RuleContext context, Grouping.States<ClusterId, ClusterFacts> states) {
            if (entity instanceof Entity.OfCluster e) {
                Cluster cluster = e.cluster();
                states.get(cluster.id(), NEW).offer(cluster.name(),
                        cluster.plan().map(p -> new TreeMap<>(p.studioCounts())).orElse(null), Spot.of(e.location()));
            } else if (entity instanceof Entity.OfStudio e) {
                ClusterFacts facts = states.get(e.cluster(), NEW);
                if (e.studio().status() == StudioStatus.ACTIVE
                        && !context.asOf().isAfter(e.studio().cycle().lastDay())) {
                    facts.activeStages.addAll(e.studio().stages());
                }
                StudioType type = e.studio().type();
                facts.counts.merge(type.code(), 1, Integer::sum);
                facts.types.merge(type.code(), new TypeSeen(type, Spot.of(e.location())), TypeSeen::first);
            }
        }

        /** Keeps the cluster record first in document order. */
        private void offer(String name, SortedMap<String, Integer> plan, Spot at) {
            if (this.name == null || at.compareTo(clusterAt) < 0) {
                this.name = name;
                this.plan = plan;
                this.clusterAt = at;
            }
        }

        ClusterFacts add(ClusterFacts other) {
            if (other.name != null) {
                offer(other.name, other.plan, other.clusterAt);
            }
            activeStages.addAll(other.activeStages);
            other.counts.forEach((code, count) -> counts.merge(code, count, Integer::sum));
            other.types.forEach((code, seen) -> types.merge(code, seen, TypeSeen::first));
            return this;
        }
    }

    /** A studio type as a studio at a spot gives it. */
    private record TypeSeen(StudioType type, Spot at) implements Serializable {
        TypeSeen first(TypeSeen other) {
            return other.at.compareTo(at) < 0 ? other : this;
        }
    }

    private static Rule stageCoverage() {
        return KeyedRule.<ClusterId, ClusterFacts>of(RuleInfo.keyed("CLUSTER_STAGE_COVERAGE", Severity.WARNING,
                "cluster", "集群学段未全覆盖", "Cluster misses stages",
                "The active studios of a cluster together serve every stage the policy requires (全学段覆盖: "
                        + "kindergarten, primary and secondary in Liwan). A studio counts while its status is ACTIVE "
                        + "and its cycle has not ended before the as-of date; one whose cycle starts later counts, as "
                        + "the studio counts take the nearest day of the cycle.",
                "clusters.requiredStages"),
                ClusterFacts.GROUPING,
                (key, facts, context, sink) -> {
                    if (facts.name == null) {
                        return;
                    }
                    Set<Stage> missing = EnumSet.noneOf(Stage.class);
                    missing.addAll(context.policy().clusters().requiredStages());
                    missing.removeAll(facts.activeStages);
                    if (!missing.isEmpty()) {
                        sink.add(facts.clusterAt.childrenLocation("studios"), "集群“" + facts.name + "”运行中的工作室未覆盖学段："
                                        + missing.stream().map(Stage::zh).collect(Collectors.joining("、")),
                                (missing.size() == 1 ? "the stage " : "the stages ")
                                        + English.list("and", missing.stream().map(Stage::en).toList())
                                        + (missing.size() == 1 ? " is" : " are")
                                        + " served by no active studio of cluster '" + facts.name + "'");
                    }
                });
    }

    private static Rule planCounts() {
        return KeyedRule.<ClusterId, ClusterFacts>of(RuleInfo.keyed("CLUSTER_PLAN_COUNTS", Severity.WARNING, "cluster",
                "工作室数量与计划不符", "Studio counts differ from the plan",
                "Where a cluster publishes a plan, the number of its studios of each type equals the planned count "
                        + "within the policy's tolerance (Liwan 2026: 16 special-grade, 11 principal and 67 "
                        + "famous-teacher studios, 121 backbone and 43 new-teacher workshops). Every studio record of "
                        + "the cluster counts, whatever its status or cycle: a cluster is one launch with its plan "
                        + "(2026年荔湾区… launched on 2026-01-09), and a later round of studios, with a plan of its own, "
                        + "is a cluster of its own. The message names a type as the cluster's first studio of its code "
                        + "gives it, else as the policy defines it.",
                "clusters.planCountTolerance", "studios.types.*.type"),
                ClusterFacts.GROUPING,
                (key, facts, context, sink) -> {
                    if (facts.name == null || facts.plan == null) {
                        return;
                    }
                    SortedMap<String, Integer> planned = facts.plan;
                    Set<String> codes = new TreeSet<>(planned.keySet());
                    codes.addAll(facts.counts.keySet());
                    int tolerance = context.policy().clusters().planCountTolerance();
                    for (String code : codes) {
                        int plan = planned.getOrDefault(code, 0);
                        int actual = facts.counts.getOrDefault(code, 0);
                        if (Math.abs(actual - plan) > tolerance) {
                            Location at = planned.containsKey(code)
                                    ? facts.clusterAt.location().child("plan", "studioCounts", code)
                                    : facts.clusterAt.childrenLocation("studios");
                            Optional<StudioType> type = typeOf(code, facts, context);
                            String zh = type.map(StudioType::zh).orElse("类型为 " + code + " 的工作室");
                            String en = type.map(t -> English.count(actual, t.en()))
                                    .orElse(English.count(actual, "studio") + " of type " + code);
                            sink.add(at, "集群“" + facts.name + "”有 " + actual + " 个" + zh + "，计划为 " + plan + " 个",
                                    "cluster '" + facts.name + "' has " + en + "; its plan says " + plan);
                        }
                    }
                });
    }

    /**
     * The type of a code the counts or the plan name, for the messages: the type of the cluster's studios,
     * else one the policy defines, else a built-in one. A code of none of them is shown as it is.
     */
    private static Optional<StudioType> typeOf(String code, ClusterFacts facts, RuleContext context) {
        TypeSeen seen = facts.types.get(code);
        if (seen != null) {
            return Optional.of(seen.type());
        }
        StudioTypePolicy defined = context.policy().studios().types().get(code);
        return defined != null ? Optional.of(defined.type()) : StudioType.builtIn(code);
    }
}
