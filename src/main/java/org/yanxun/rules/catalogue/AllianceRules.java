package org.yanxun.rules.catalogue;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.yanxun.Alliance;
import org.yanxun.AllianceId;
import org.yanxun.AllianceMember;
import org.yanxun.DateRange;
import org.yanxun.Institution;
import org.yanxun.InstitutionId;
import org.yanxun.Province;
import org.yanxun.UnitRole;
import org.yanxun.internal.Dates;
import org.yanxun.internal.English;
import org.yanxun.policy.AlliancePolicy;
import org.yanxun.policy.PlanStructure;
import org.yanxun.policy.ProvinceQuota;
import org.yanxun.policy.Severity;
import org.yanxun.rules.Entity;
import org.yanxun.rules.FindingSink;
import org.yanxun.rules.KeyedRule;
import org.yanxun.rules.LocalRule;
import org.yanxun.rules.Location;
import org.yanxun.rules.Rule;
import org.yanxun.rules.RuleContext;
import org.yanxun.rules.RuleInfo;

/**
 * Rules on one alliance: lead unit, member kinds, plan period and structure, and the composition of
 * umbrella alliances.
 */
final class AllianceRules {

    private AllianceRules() {
    }

    static List<Rule> all() {
        return List.of(leadUnit(), memberKind(), parentCycle(), memberOutsideParent(), composition(), planPeriod(),
                planStructure());
    }

    private static LocalRule<Entity.OfAlliance> allianceRule(String code, Severity severity, String zh, String en,
            String description, Check check, String... fields) {
        return LocalRule.of(RuleInfo.local(code, severity, zh, en, description, fields), Entity.OfAlliance.class,
                (record, context, sink) -> check.check(record.alliance(), record.location(), context, sink));
    }

    /** The check of an alliance rule. */
    @FunctionalInterface
    private interface Check {
        void check(Alliance alliance, Location at, RuleContext context, FindingSink sink);
    }

    private static Rule leadUnit() {
        return allianceRule("ALLIANCE_LEAD_UNIT", Severity.ERROR, "牵头单位数量不符", "Wrong number of lead units",
                "An alliance has exactly the policy's number of lead units (牵头单位); an institution listed "
                        + "twice as lead unit counts once. " + UMBRELLA_NEEDS_NONE,
                (alliance, at, context, sink) -> {
                    int leads = new HashSet<>(alliance.membersWith(UnitRole.LEAD)).size();
                    int required = context.policy().alliances().leadUnits();
                    if (leads != required && !(leads == 0 && context.dimensions().isUmbrella(alliance.id()))) {
                        sink.add(at.child("members"), "联盟“" + alliance.name() + "”有 " + leads + " 个牵头单位，应为 "
                                        + required + " 个",
                                "alliance '" + alliance.name() + "' has " + English.count(leads, "lead unit") + "; the policy requires "
                                        + required);
                    }
                }, "alliances.leadUnits");
    }

    private static Rule memberKind() {
        return allianceRule("ALLIANCE_MEMBER_KIND", Severity.ERROR, "成员机构类型不符", "Member of the wrong kind",
                "Every member institution of an alliance is of a kind the policy admits (研训机构: teacher-training "
                        + "schools, research institutes and universities in the presets); an institution listed "
                        + "twice is reported once, at its first listing.",
                (alliance, at, context, sink) -> {
                    Set<InstitutionId> seen = new HashSet<>();
                    for (int i = 0; i < alliance.members().size(); i++) {
                        InstitutionId listed = alliance.members().get(i).institution();
                        if (!seen.add(listed)) {
                            continue;
                        }
                        Location member = at.child("members", i, "institution");
                        context.dimensions().institution(listed)
                                .filter(inst -> !context.policy().alliances().memberKinds().contains(inst.kind()))
                                .ifPresent(inst -> sink.add(member, "成员“" + inst.name() + "”是" + inst.kind().zh()
                                                + "，不是政策认可的成员类型（" + Admitted.zh(context.policy().alliances()
                                                        .memberKinds()) + "）",
                                        "member '" + inst.name() + "' is of kind '" + inst.kind().en()
                                                + "', which the policy does not admit ("
                                                + Admitted.en(context.policy().alliances().memberKinds()) + ")"));
                    }
                }, "alliances.memberKinds");
    }

    private static Rule parentCycle() {
        return allianceRule("ALLIANCE_PARENT_CYCLE", Severity.ERROR, "联盟上级关系成环", "Alliance parent chain loops",
                "Following an alliance's parent, and its parent's parent, never leads back to the alliance: "
                        + "a community cannot contain itself. Every alliance on a loop is reported; a message "
                        + "names the first " + Listing.LISTED + " alliances of the loop and counts the rest.",
                (alliance, at, context, sink) -> alliance.parent().ifPresent(parent -> {
                    int steps = context.dimensions().parentSteps(parent, alliance.id());
                    if (steps < 0) {
                        return;
                    }
                    // The loop holds the alliance and the `steps` alliances from its parent on.
                    int length = steps + 1;
                    StringBuilder names = new StringBuilder(alliance.id().value());
                    Optional<AllianceId> next = Optional.of(parent);
                    for (int i = 1; i < Math.min(length, Listing.LISTED) && next.isPresent(); i++) {
                        names.append(" → ").append(next.get().value());
                        next = context.dimensions().alliance(next.get()).flatMap(Alliance::parent);
                    }
                    String end = " → " + alliance.id();
                    int rest = length - Listing.LISTED;
                    String zh = rest > 0 ? names + " → " + Listing.moreZh(rest) + end : names + end;
                    String en = rest > 0 ? names + " → " + Listing.moreEn(rest) + end : names + end;
                    sink.add(at.child("parent"), "联盟“" + alliance.name() + "”的上级关系成环：" + zh,
                            "the parent chain of alliance '" + alliance.name() + "' loops: " + en);
                }));
    }

    private static Rule memberOutsideParent() {
        return allianceRule("ALLIANCE_MEMBER_OUTSIDE_PARENT", Severity.WARNING, "成员不在上级联盟内",
                "Member outside the parent alliance",
                "An alliance that names a parent lies inside it: each of its member institutions is a member of the "
                        + "parent too (綦江, 营山 and 恩阳 are among the 30 institutions of the \"10+20\" community). "
                        + "An institution listed twice is reported once. A parent that is not in the data is "
                        + "REF_UNKNOWN's to report.",
                (alliance, at, context, sink) -> alliance.parent().flatMap(context.dimensions()::alliance)
                        .ifPresent(parent -> {
                            Set<InstitutionId> seen = new HashSet<>();
                            for (int i = 0; i < alliance.members().size(); i++) {
                                InstitutionId member = alliance.members().get(i).institution();
                                if (seen.add(member) && !context.dimensions().isMember(parent.id(), member)) {
                                    String unit = context.dimensions().institution(member).map(Institution::name)
                                            .orElse(member.value());
                                    sink.add(at.child("members", i, "institution"), "联盟“" + alliance.name()
                                                    + "”的成员单位“" + unit + "”不是其上级联盟“" + parent.name() + "”的成员",
                                            "member '" + unit + "' of alliance '" + alliance.name()
                                                    + "' is not a member of its parent '" + parent.name() + "'");
                                }
                            }
                        }));
    }

    /** An alliance record's member counts per province. */
    static final class Composition implements Serializable {
        private static final long serialVersionUID = 1L;

        private String name;
        private Spot at;
        private final Map<Province, Integer> provinces = new EnumMap<>(Province.class);

        Composition add(Composition other) {
            if (other.name != null && (name == null || other.at.compareTo(at) < 0)) {
                name = other.name;
                at = other.at;
                provinces.clear();
                provinces.putAll(other.provinces);
            }
            return this;
        }
    }

    private static Rule composition() {
        return KeyedRule.<AllianceId, Composition>of(RuleInfo.keyed("ALLIANCE_COMPOSITION", Severity.ERROR, "alliance",
                "联盟成员构成不符", "Alliance composition off quota",
                "An outermost umbrella alliance — one that other alliances name as their parent and that names "
                        + "no parent of its own, such as the Chengdu-Chongqing \"10+20\" community — has the policy's "
                        + "number of member institutions from each listed province-level division (10 from Chongqing "
                        + "and 20 from Sichuan); an institution listed twice counts once. An alliance inside another "
                        + "is a part of the community, not held to its quotas, whether or not alliances name it as "
                        + "their parent.",
                "alliances.compositionQuotas"),
                AllianceRules::mapComposition, Composition::add,
                (key, state, context, sink) -> {
                    if (state.name == null || !context.dimensions().isUmbrella(key)
                            || context.dimensions().alliance(key).flatMap(Alliance::parent).isPresent()) {
                        return;
                    }
                    for (ProvinceQuota quota : context.policy().alliances().compositionQuotas()) {
                        int count = state.provinces.getOrDefault(quota.province(), 0);
                        if (count < quota.min() || count > quota.max()) {
                            String range = quota.min() == quota.max() ? "" + quota.min() : quota.min() + "-" + quota.max();
                            sink.add(state.at.location().child("members"), "联盟“" + state.name + "”有 " + count + " 个"
                                            + quota.province().zh() + "成员单位，应为 " + range + " 个",
                                    "alliance '" + state.name + "' has " + English.count(count, "member") + " from "
                                            + quota.province().en() + "; the policy requires " + range);
                        }
                    }
                });
    }

    private static void mapComposition(Entity entity, RuleContext context, BiConsumer<AllianceId, Composition> emit) {
        if (!(entity instanceof Entity.OfAlliance e)) {
            return;
        }
        Composition own = new Composition();
        own.name = e.alliance().name();
        own.at = Spot.of(e.location());
        e.alliance().members().stream().map(AllianceMember::institution).distinct()
                .forEach(member -> context.dimensions().institution(member).map(Institution::region)
                        .ifPresent(region -> own.provinces.merge(region.province(), 1, Integer::sum)));
        emit.accept(e.alliance().id(), own);
    }

    /**
     * What the rules on an alliance's own arrangements say of an umbrella alliance, which may leave them
     * to the alliances in it.
     */
    static final String UMBRELLA_NEEDS_NONE = "An umbrella alliance (one that other alliances name as their parent, "
            + "such as the \"10+20\" community) may have none: no lead unit, no plan, no session and no exchange "
            + "of its own, since the alliances in it have theirs; what it has is checked.";

    /**
     * How many days a plan's last day may lie from the exact end of its years: a plan from September
     * 2023 "for three years" may be written to end in August or in September 2026. The catalogue's one
     * number that is not the policy's: it reads how plans are written, not a rule a policy sets.
     */
    static final int PLAN_END_MARGIN_DAYS = 31;

    private static Rule planPeriod() {
        return allianceRule("ALLIANCE_PLAN_PERIOD", Severity.WARNING, "联盟规划期限不符", "Plan period off",
                "Where the policy requires a plan, an alliance has one, and the plan covers the policy's number of "
                        + "years (a three-year plan, 三年规划): its last day lies within " + PLAN_END_MARGIN_DAYS
                        + " days of the day before the same date that many years on, since plans are written to the "
                        + "month. " + UMBRELLA_NEEDS_NONE,
                (alliance, at, context, sink) -> {
                    AlliancePolicy policy = context.policy().alliances();
                    if (alliance.plan().isEmpty()) {
                        if (policy.planRequired() && !context.dimensions().isUmbrella(alliance.id())) {
                            sink.add(at, "联盟“" + alliance.name() + "”没有规划", "alliance '" + alliance.name() + "' has no plan");
                        }
                        return;
                    }
                    DateRange period = alliance.plan().get().period();
                    long expected = Dates.yearsOn(period.start(), policy.planYears()).minusDays(1).toEpochDay();
                    if (Math.abs(period.end().toEpochDay() - expected) > PLAN_END_MARGIN_DAYS) {
                        sink.add(at.child("plan", "period"), "规划期 " + Periods.zh(period) + " 不是 "
                                        + policy.planYears() + " 年",
                                "plan period " + Periods.en(period) + " is not "
                                        + English.count(policy.planYears(), "year") + " long");
                    }
                }, "alliances.planRequired", "alliances.planYears");
    }

    private static Rule planStructure() {
        return allianceRule("ALLIANCE_PLAN_STRUCTURE", Severity.WARNING, "联盟规划结构不全", "Plan structure incomplete",
                "An alliance plan declares at least the policy's numbers of collaboration mechanisms, shared "
                        + "resource kinds, joint research topics, major activity kinds and key tasks (the \"3-3-3-3\" "
                        + "structure of the 綦营恩 plan, and the five key tasks of the \"10+20\" community it belongs "
                        + "to); an item listed twice counts once.",
                (alliance, at, context, sink) -> alliance.plan().ifPresent(plan -> {
                    PlanStructure required = context.policy().alliances().planStructure();
                    Location p = at.child("plan");
                    part(sink, p, "mechanisms", "协同机制", "collaboration mechanism", distinct(plan.mechanisms()),
                            required.mechanisms());
                    part(sink, p, "resourceKinds", "共享资源类别", "shared resource kind", plan.resourceKinds().size(),
                            required.resourceKinds());
                    part(sink, p, "topics", "联合研究课题", "joint research topic", distinct(plan.topics()),
                            required.topics());
                    part(sink, p, "activityKinds", "重大活动类别", "major activity kind", plan.activityKinds().size(),
                            required.activityKinds());
                    part(sink, p, "keyTasks", "重点任务", "key task", distinct(plan.keyTasks()), required.keyTasks());
                }), "alliances.planStructure");
    }

    private static int distinct(List<String> items) {
        return new HashSet<>(items).size();
    }

    private static void part(FindingSink sink, Location plan, String field, String zh, String en, int declared,
            int required) {
        if (declared < required) {
            sink.add(plan.child(field), "规划列出 " + declared + " 项" + zh + "，至少应有 " + required + " 项",
                    "the plan declares " + English.count(declared, en) + "; the policy requires at least " + required);
        }
    }
}
