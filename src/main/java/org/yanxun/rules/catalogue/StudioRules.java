package org.yanxun.rules.catalogue;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Collectors;
import org.yanxun.Cycle;
import org.yanxun.DateRange;
import org.yanxun.Evaluation;
import org.yanxun.EvaluationKind;
import org.yanxun.Grade;
import org.yanxun.HostDuty;
import org.yanxun.Membership;
import org.yanxun.MentoringPair;
import org.yanxun.Phase;
import org.yanxun.PersonId;
import org.yanxun.Studio;
import org.yanxun.StudioStatus;
import org.yanxun.StudioType;
import org.yanxun.Tier;
import org.yanxun.internal.English;
import org.yanxun.internal.Memberships;
import org.yanxun.policy.GradeOutcome;
import org.yanxun.policy.Severity;
import org.yanxun.policy.StudioPolicy;
import org.yanxun.policy.StudioTypePolicy;
import org.yanxun.rules.Entity;
import org.yanxun.rules.FindingSink;
import org.yanxun.rules.LocalRule;
import org.yanxun.rules.Location;
import org.yanxun.rules.Rule;
import org.yanxun.rules.RuleContext;
import org.yanxun.rules.RuleInfo;

/**
 * Rules on one studio: hosts and members counted, cycle, memberships, evaluations, host duties and
 * mentoring pairs.
 */
final class StudioRules {

    private StudioRules() {
    }

    static List<Rule> all() {
        return List.of(hostCount(), memberCount(), onlineTrainees(), duplicateMember(), cycleLength(),
                membershipOutsideCycle(), evaluationSchedule(), failedContinues(), hostDuties(), mentoringPairs(),
                certificateHolder());
    }

    /**
     * The day counts are taken on: the as-of date, moved into the cycle if it lies outside. The cycle's
     * last day is computed only for an as-of date past it: date arithmetic is most of what counting a
     * studio's hosts costs.
     */
    static LocalDate referenceDate(Cycle cycle, LocalDate asOf) {
        if (asOf.isBefore(cycle.start())) {
            return cycle.start();
        }
        LocalDate end = cycle.endExclusive();
        return asOf.isBefore(end) ? asOf : cycle.lastDay();
    }

    /**
     * The number of persons holding a membership of a tier that runs on a day. A person listed twice
     * counts once (STUDIO_DUPLICATE_MEMBER reports the second listing). The counts run for every studio
     * and studios seldom list anyone twice: the studio's memberships know whether it does
     * ({@link Memberships#eachPersonOnce}), and persons are compared only if it does.
     */
    private static long active(Studio studio, Tier tier, LocalDate date) {
        List<Membership> memberships = studio.memberships();
        if (!Memberships.eachPersonOnce(memberships)) {
            return distinct(memberships, tier, date);
        }
        long active = 0;
        for (int i = 0; i < memberships.size(); i++) {
            Membership membership = memberships.get(i);
            active += membership.tier() == tier && membership.isActiveOn(date) ? 1 : 0;
        }
        return active;
    }

    /** The number of persons holding a membership of a tier that runs on a day, each counted once. */
    private static long distinct(List<Membership> memberships, Tier tier, LocalDate date) {
        Set<PersonId> persons = new HashSet<>();
        for (Membership membership : memberships) {
            if (membership.tier() == tier && membership.isActiveOn(date)) {
                persons.add(membership.person());
            }
        }
        return persons.size();
    }

    private static String quoted(Studio studio) {
        return "“" + studio.name() + "”";
    }

    private static LocalRule<Entity.OfStudio> studioRule(String code, Severity severity, String zh, String en,
            String description, Check check, String... fields) {
        return LocalRule.of(RuleInfo.local(code, severity, zh, en, description, fields), Entity.OfStudio.class,
                (record, context, sink) -> check.check(record.studio(), record.location(), context, sink));
    }

    /** The check of a studio rule. */
    @FunctionalInterface
    private interface Check {
        void check(Studio studio, Location at, RuleContext context, FindingSink sink);
    }

    /** Runs a check that needs the policy's settings for the studio's type; silent if there are none. */
    private static Check withType(TypedCheck check) {
        return (studio, at, context, sink) -> context.policy().studios().of(studio.type())
                .ifPresent(type -> check.check(studio, type, at, context, sink));
    }

    /** Runs a check of a studio's people only while it runs: a dissolved (撤销) studio has no one to count. */
    private static Check unlessDissolved(Check check) {
        return (studio, at, context, sink) -> {
            if (studio.status() != StudioStatus.DISSOLVED) {
                check.check(studio, at, context, sink);
            }
        };
    }

    /** The check of a studio rule that reads its type's settings. */
    @FunctionalInterface
    private interface TypedCheck {
        void check(Studio studio, StudioTypePolicy type, Location at, RuleContext context, FindingSink sink);
    }

    private static LocalRule<?> hostCount() {
        return studioRule("STUDIO_HOST_COUNT", Severity.ERROR, "主持人人数不符", "Wrong number of hosts",
                "A studio has exactly the policy's number of distinct hosts (主持人) on the as-of date, or on the nearest day "
                        + "of its cycle; a dissolved studio is not counted.",
                unlessDissolved((studio, at, context, sink) -> {
                    LocalDate day = referenceDate(studio.cycle(), context.asOf());
                    long hosts = active(studio, Tier.HOST, day);
                    int required = context.policy().studios().hostsPerStudio();
                    if (hosts != required) {
                        sink.add(at.child("memberships"), quoted(studio) + "在 " + day + " 有 " + hosts + " 名主持人，应为 "
                                        + required + " 名",
                                "studio '" + studio.name() + "' has " + English.count(hosts, "host") + " on " + day + "; the policy requires "
                                        + required);
                    }
                }), "studios.hostsPerStudio");
    }

    private static LocalRule<?> memberCount() {
        return studioRule("STUDIO_MEMBER_COUNT", Severity.ERROR, "成员人数超出范围", "Member count out of range",
                "The number of distinct in-person members (tier MEMBER) on the as-of date, or on the nearest day of the cycle, "
                        + "lies within the policy's range for the studio type; a dissolved studio is not counted.",
                unlessDissolved(withType((studio, type, at, context, sink) -> {
                    LocalDate day = referenceDate(studio.cycle(), context.asOf());
                    long members = active(studio, Tier.MEMBER, day);
                    if (members < type.minMembers() || members > type.maxMembers()) {
                        boolean exactly = type.minMembers() == type.maxMembers();
                        sink.add(at.child("memberships"), quoted(studio) + "在 " + day + " 有 " + members
                                        + " 名成员，" + studio.type().zh() + "应为 " + type.minMembers()
                                        + (exactly ? "" : " 至 " + type.maxMembers()) + " 名",
                                "studio '" + studio.name() + "' has " + English.count(members, "member") + " on " + day
                                        + "; " + English.indefinite(studio.type().en()) + " needs "
                                        + (exactly ? "exactly " + type.minMembers()
                                                : type.minMembers() + " to " + type.maxMembers()));
                    }
                })), "studios.types.*.minMembers", "studios.types.*.maxMembers");
    }

    private static LocalRule<?> onlineTrainees() {
        return studioRule("STUDIO_ONLINE_TRAINEES", Severity.WARNING, "网络学员不足", "Too few online trainees",
                "A studio reaches at least the policy's number of distinct online trainees (网络学员) on the as-of date, or on "
                        + "the nearest day of its cycle; a dissolved studio is not counted. A minimum of 0, as in the "
                        + "Liwan and 綦营恩 presets, which publish none, keeps the rule quiet.",
                unlessDissolved(withType((studio, type, at, context, sink) -> {
                    LocalDate day = referenceDate(studio.cycle(), context.asOf());
                    long trainees = active(studio, Tier.ONLINE_TRAINEE, day);
                    if (trainees < type.minOnlineTrainees()) {
                        sink.add(at.child("memberships"), quoted(studio) + "在 " + day + " 有 " + trainees
                                        + " 名网络学员，至少应有 " + type.minOnlineTrainees() + " 名",
                                "studio '" + studio.name() + "' has " + English.count(trainees, "online trainee") + " on " + day
                                        + "; the policy requires at least " + type.minOnlineTrainees());
                    }
                })), "studios.types.*.minOnlineTrainees");
    }

    private static LocalRule<?> duplicateMember() {
        return studioRule("STUDIO_DUPLICATE_MEMBER", Severity.ERROR, "同一人员重复加入", "Person listed twice",
                "One person holds at most one membership of a studio at a time; a second membership that overlaps "
                        + "the first is reported.",
                (studio, at, context, sink) -> {
                    List<Membership> memberships = studio.memberships();
                    if (Memberships.eachPersonOnce(memberships)) {
                        return;
                    }
                    // a stable sort: memberships of one person joining on one day stay in list order
                    Integer[] order = new Integer[memberships.size()];
                    Arrays.setAll(order, i -> i);
                    Arrays.sort(order, Comparator.comparing((Integer i) -> memberships.get(i).person().value())
                            .thenComparing(i -> memberships.get(i).joinedOn()));
                    // the membership of the person ending last so far: a later one that starts before it ends overlaps it
                    Membership longest = memberships.get(order[0]);
                    for (int k = 1; k < order.length; k++) {
                        Membership current = memberships.get(order[k]);
                        if (!longest.person().equals(current.person())) {
                            longest = current;
                            continue;
                        }
                        if (longest.leftOn().isEmpty() || !longest.leftOn().get().isBefore(current.joinedOn())) {
                            sink.add(at.child("memberships", order[k], "person"), "人员“" + current.person() + "”在"
                                            + quoted(studio) + "中已有重叠的成员身份（" + longest.tier().zh() + "）",
                                    "person '" + current.person() + "' already holds an overlapping membership of studio '"
                                            + studio.name() + "' (as " + longest.tier().en() + ")");
                        }
                        if (endsLater(current, longest)) {
                            longest = current;
                        }
                    }
                });
    }

    /** Tells whether a membership ends after another: an open one after any that ends. */
    private static boolean endsLater(Membership one, Membership other) {
        return other.leftOn().isPresent() && (one.leftOn().isEmpty() || one.leftOn().get().isAfter(other.leftOn().get()));
    }

    private static LocalRule<?> cycleLength() {
        return studioRule("STUDIO_CYCLE_LENGTH", Severity.ERROR, "周期长度不符", "Wrong cycle length",
                "A studio's cycle has the length the policy sets for its type (for example 2 years for studios and "
                        + "1 year for workshops in Liwan); a type the policy does not define, or defines with another "
                        + "form, rung or name, is reported too.",
                (studio, at, context, sink) -> {
                    Optional<StudioTypePolicy> type = context.policy().studios().of(studio.type());
                    StudioTypePolicy sameCode = context.policy().studios().types().get(studio.type().code());
                    if (type.isEmpty() && sameCode != null) {
                        TypeDifferences differ = new TypeDifferences(sameCode.type(), studio.type());
                        sink.add(at.child("type"), "政策 " + context.policy().id() + " 对类型 " + studio.type().code()
                                        + " 的定义与本工作室不同：" + String.join("；", differ.zh),
                                "policy " + context.policy().id() + " defines studio type " + studio.type().code()
                                        + " otherwise than this studio: " + String.join("; ", differ.en));
                    } else if (type.isEmpty()) {
                        sink.add(at.child("type"), "政策 " + context.policy().id() + " 未规定类型 " + studio.type().code()
                                        + "（" + studio.type().zh() + "）的周期",
                                "policy " + context.policy().id() + " defines no cycle for studio type "
                                        + studio.type().code() + " (" + studio.type().en() + ")");
                    } else if (studio.cycle().years() != type.get().cycleYears()) {
                        sink.add(at.child("cycle", "years"), quoted(studio) + "的周期为 " + studio.cycle().years()
                                        + " 年，" + studio.type().zh() + "应为 " + type.get().cycleYears() + " 年",
                                "studio '" + studio.name() + "' has a " + studio.cycle().years() + "-year cycle; the "
                                        + "policy sets " + English.count(type.get().cycleYears(), "year") + " for "
                                        + English.indefinite(studio.type().en()));
                    }
                }, "studios.types.*.cycleYears");
    }

    /** What a policy's definition of a studio type says otherwise than a studio's, in each language. */
    private static final class TypeDifferences {
        private final List<String> zh = new ArrayList<>();
        private final List<String> en = new ArrayList<>();

        TypeDifferences(StudioType policy, StudioType studio) {
            if (policy.form() != studio.form()) {
                zh.add("形式为" + policy.form().zh() + "，本工作室为" + studio.form().zh());
                en.add("its form is " + policy.form().en() + ", this studio's " + studio.form().en());
            }
            if (policy.rung() != studio.rung()) {
                zh.add("梯级为第 " + policy.rung() + " 级，本工作室为第 " + studio.rung() + " 级");
                en.add("its rung is " + policy.rung() + ", this studio's " + studio.rung());
            }
            if (!policy.zh().equals(studio.zh())) {
                zh.add("中文名称为“" + policy.zh() + "”，本工作室为“" + studio.zh() + "”");
                en.add("its Chinese name is '" + policy.zh() + "', this studio's '" + studio.zh() + "'");
            }
            if (!policy.en().equals(studio.en())) {
                zh.add("英文名称为“" + policy.en() + "”，本工作室为“" + studio.en() + "”");
                en.add("its English name is '" + policy.en() + "', this studio's '" + studio.en() + "'");
            }
        }
    }

    private static LocalRule<?> membershipOutsideCycle() {
        return studioRule("STUDIO_MEMBERSHIP_OUTSIDE_CYCLE", Severity.WARNING, "成员身份超出周期",
                "Membership outside the cycle",
                "A membership starts within the studio's cycle and, if it ends, ends within it.",
                (studio, at, context, sink) -> {
                    DateRange cycle = studio.cycle().range();
                    for (int i = 0; i < studio.memberships().size(); i++) {
                        Membership m = studio.memberships().get(i);
                        if (!cycle.contains(m.joinedOn())) {
                            sink.add(at.child("memberships", i, "joinedOn"), "人员“" + m.person() + "”于 " + m.joinedOn()
                                            + " 加入，不在周期 " + Periods.zh(cycle) + " 内",
                                    "person '" + m.person() + "' joined on " + m.joinedOn() + ", outside the cycle "
                                            + Periods.en(cycle));
                        }
                        Location leftAt = at.child("memberships", i, "leftOn");
                        m.leftOn().filter(left -> left.isAfter(cycle.end())).ifPresent(left -> sink.add(leftAt,
                                "人员“" + m.person() + "”于 " + left + " 离开，晚于周期结束 " + cycle.end(),
                                "person '" + m.person() + "' left on " + left + ", after the cycle ended on "
                                        + cycle.end()));
                    }
                });
    }

    private static LocalRule<?> evaluationSchedule() {
        return studioRule("STUDIO_EVALUATION_SCHEDULE", Severity.WARNING, "考核时间不符", "Evaluation off schedule",
                "Each evaluation falls in its window (the policy's months either side of the cycle's midpoint for "
                        + "the mid-term, of its last day for the final, never before the cycle starts, nor, for the "
                        + "mid-term, after it ends); a due evaluation is reported missing once its window "
                        + "has passed (the mid-term only for cycles of the policy's minimum length; neither for a "
                        + "dissolved studio, which the data does not say when it was dissolved); no kind occurs twice.",
                (studio, at, context, sink) -> {
                    StudioPolicy policy = context.policy().studios();
                    Period margin = Period.ofMonths(policy.evaluationWindowMonths());
                    Map<EvaluationKind, Integer> seen = new HashMap<>();
                    for (int i = 0; i < studio.evaluations().size(); i++) {
                        Evaluation evaluation = studio.evaluations().get(i);
                        DateRange window = studio.cycle().window(phase(evaluation.kind()), margin);
                        if (seen.merge(evaluation.kind(), 1, Integer::sum) > 1) {
                            sink.add(at.child("evaluations", i), quoted(studio) + "有多次" + evaluation.kind().zh(),
                                    "studio '" + studio.name() + "' has more than one " + evaluation.kind().en());
                        } else if (!window.contains(evaluation.date())) {
                            sink.add(at.child("evaluations", i, "date"), evaluation.kind().zh() + "日期 "
                                            + evaluation.date() + " 不在时间窗 " + Periods.zh(window) + " 内",
                                    evaluation.kind().en() + " on " + evaluation.date() + " lies outside its window "
                                            + Periods.en(window));
                        }
                    }
                    boolean evaluated = studio.status() != StudioStatus.DISSOLVED;
                    missing(studio, at, context, sink, seen, EvaluationKind.MID_TERM,
                            evaluated && studio.cycle().years() >= policy.midTermMinCycleYears(), margin);
                    missing(studio, at, context, sink, seen, EvaluationKind.FINAL, evaluated, margin);
                }, "studios.evaluationWindowMonths", "studios.midTermMinCycleYears");
    }

    private static void missing(Studio studio, Location at, RuleContext context, FindingSink sink,
            Map<EvaluationKind, Integer> seen, EvaluationKind kind, boolean needed, Period margin) {
        DateRange window = studio.cycle().window(phase(kind), margin);
        if (needed && !seen.containsKey(kind) && context.asOf().isAfter(window.end())) {
            sink.add(at.child("evaluations"), quoted(studio) + "缺少" + kind.zh() + "（时间窗 " + Periods.zh(window)
                            + " 已过）",
                    "studio '" + studio.name() + "' has no " + kind.en() + " although its window "
                            + Periods.en(window) + " has passed");
        }
    }

    private static Phase phase(EvaluationKind kind) {
        return switch (kind) {
            case MID_TERM -> Phase.MID_TERM;
            case FINAL -> Phase.FINAL;
        };
    }

    private static LocalRule<?> failedContinues() {
        return studioRule("STUDIO_FAILED_CONTINUES", Severity.ERROR, "考核不合格未撤销", "Failed studio not dissolved",
                "A studio whose evaluation, on or before the as-of date, has a grade the policy says dissolves the "
                        + "studio (不合格 in the presets) is DISSOLVED: neither still ACTIVE nor recorded as COMPLETED, "
                        + "which would count its cycle on the members' ladder. The earliest such evaluation is named. "
                        + "A studio's evaluation by then whose grade the policy does not define (良好 under a policy of "
                        + "优秀, 合格 and 不合格) is reported too, unless the studio is dissolved: whether it dissolves "
                        + "the studio is unknown.",
                (studio, at, context, sink) -> {
                    if (studio.status() == StudioStatus.DISSOLVED) {
                        return;
                    }
                    SortedMap<Grade, GradeOutcome> grades = context.policy().studios().grades();
                    for (int i = 0; i < studio.evaluations().size(); i++) {
                        Evaluation evaluation = studio.evaluations().get(i);
                        if (evaluation.date().isAfter(context.asOf())) {
                            continue;
                        }
                        GradeOutcome outcome = grades.get(evaluation.grade());
                        if (outcome == null) {
                            sink.add(at.child("evaluations", i, "grade"), quoted(studio) + "于 " + evaluation.date()
                                            + " 考核为" + evaluation.grade().zh() + "，政策未定义此等级（已定义："
                                            + grades.keySet().stream().map(Grade::zh).collect(Collectors.joining("、"))
                                            + "），无法判断是否应撤销",
                                    "studio '" + studio.name() + "' was graded '" + evaluation.grade().en() + "' on "
                                            + evaluation.date() + ", a grade the policy does not define (it defines "
                                            + English.list("and", grades.keySet().stream().map(Grade::en).toList())
                                            + "), so whether it dissolves the studio is unknown");
                        }
                    }
                    Evaluation dissolving = dissolvingEvaluation(studio, grades, context.asOf());
                    if (dissolving != null) {
                        boolean active = studio.status() == StudioStatus.ACTIVE;
                        sink.add(at.child("status"), quoted(studio) + "于 " + dissolving.date() + " 考核为"
                                        + dissolving.grade().zh() + "，应撤销，但状态" + (active ? "仍" : "") + "为"
                                        + studio.status().zh(),
                                "studio '" + studio.name() + "' was graded '" + dissolving.grade().en() + "' on "
                                        + dissolving.date() + ", which dissolves it, but it is "
                                        + (active ? "still active" : "recorded as " + studio.status().en()));
                    }
                }, "studios.grades");
    }

    /**
     * The earliest evaluation of a studio, on or before a day, whose grade the policy says dissolves it:
     * what {@code STUDIO_FAILED_CONTINUES} names, and what keeps a seat of the studio off the ladder.
     *
     * @return the evaluation, or null if there is none
     */
    static Evaluation dissolvingEvaluation(Studio studio, Map<Grade, GradeOutcome> grades, LocalDate asOf) {
        Evaluation dissolving = null;
        for (Evaluation evaluation : studio.evaluations()) {
            if (!evaluation.date().isAfter(asOf) && grades.get(evaluation.grade()) == GradeOutcome.DISSOLVES
                    && (dissolving == null || evaluation.date().isBefore(dissolving.date()))) {
                dissolving = evaluation;
            }
        }
        return dissolving;
    }

    private static LocalRule<?> hostDuties() {
        return studioRule("STUDIO_HOST_DUTIES", Severity.WARNING, "主持人职责缺少活动", "Host duty without activity",
                "Each host responsibility the policy requires (领航者 navigator, 传承者 inheritor, 实践者 practitioner) "
                        + "has at least one planned activity within the cycle.",
                (studio, at, context, sink) -> {
                    DateRange cycle = studio.cycle().range();
                    for (HostDuty duty : context.policy().studios().requiredDuties()) {
                        boolean planned = studio.activities().stream()
                                .anyMatch(a -> a.duty() == duty && cycle.contains(a.date()));
                        if (!planned) {
                            sink.add(at.child("activities"), quoted(studio) + "在周期内没有服务于“" + duty.zh()
                                            + "”职责的活动",
                                    "studio '" + studio.name() + "' plans no activity for the host's " + duty.en()
                                            + " duty within its cycle");
                        }
                    }
                }, "studios.requiredDuties");
    }

    private static LocalRule<?> mentoringPairs() {
        return studioRule("STUDIO_MENTORING_PAIRS", Severity.WARNING, "师徒结对不符", "Invalid mentoring pair",
                "In each master-apprentice pair (师带徒) the mentor holds one of the policy's mentor tiers in the "
                        + "studio and the apprentice is a member or online trainee of it; no mentor has more than the "
                        + "policy's number of distinct apprentices, and no pair is listed twice.",
                (studio, at, context, sink) -> {
                    if (studio.mentoringPairs().isEmpty()) {
                        return;
                    }
                    StudioPolicy policy = context.policy().studios();
                    Map<PersonId, Set<Tier>> held = tiersHeld(studio);
                    Map<PersonId, Set<PersonId>> apprentices = new HashMap<>();
                    for (int i = 0; i < studio.mentoringPairs().size(); i++) {
                        MentoringPair pair = studio.mentoringPairs().get(i);
                        Location p = at.child("mentoringPairs", i);
                        boolean mentorOk = !Collections.disjoint(held.getOrDefault(pair.mentor(), Set.of()),
                                policy.mentorTiers());
                        if (!mentorOk) {
                            sink.add(p.child("mentor"), "师傅“" + pair.mentor() + "”不是" + studio.type().form().zh()
                                            + "“" + studio.name() + "”的" + tiersZh(policy.mentorTiers())
                                            + (policy.mentorTiers().size() > 1 ? "之一" : ""),
                                    "the pair's mentor '" + pair.mentor() + "' is not among the "
                                            + tiersEn(policy.mentorTiers()) + " of " + studio.type().form().en()
                                            + " '" + studio.name() + "'");
                        }
                        boolean apprenticeOk = held.getOrDefault(pair.apprentice(), Set.of()).stream()
                                .anyMatch(tier -> !tier.isLeading());
                        if (!apprenticeOk) {
                            sink.add(p.child("apprentice"), "徒弟“" + pair.apprentice() + "”不是"
                                            + studio.type().form().zh() + "“" + studio.name() + "”的成员或网络学员",
                                    "apprentice '" + pair.apprentice() + "' is not a member or online trainee of "
                                            + studio.type().form().en() + " '" + studio.name() + "'");
                        }
                        Set<PersonId> ofMentor = apprentices.computeIfAbsent(pair.mentor(), mentor -> new HashSet<>());
                        if (!ofMentor.add(pair.apprentice())) {
                            sink.add(p, "师徒结对（师傅“" + pair.mentor() + "”，徒弟“" + pair.apprentice() + "”）重复列出",
                                    "the pair of mentor '" + pair.mentor() + "' and apprentice '" + pair.apprentice()
                                            + "' is listed twice");
                        } else if (ofMentor.size() == policy.maxApprenticesPerMentor() + 1) {
                            sink.add(p, "师傅“" + pair.mentor() + "”的徒弟超过 " + policy.maxApprenticesPerMentor() + " 名",
                                    "mentor '" + pair.mentor() + "' has more than "
                                            + English.count(policy.maxApprenticesPerMentor(), "apprentice"));
                        }
                    }
                }, "studios.mentorTiers", "studios.maxApprenticesPerMentor");
    }

    /** Tiers as a Chinese message names them: {@code 主持人、助手、理论导师}. */
    private static String tiersZh(Set<Tier> tiers) {
        return tiers.stream().map(Tier::zh).collect(Collectors.joining("、"));
    }

    /** Tiers as an English message names their holders: {@code hosts, assistants or mentors}. */
    private static String tiersEn(Set<Tier> tiers) {
        return English.list("or", tiers.stream().map(tier -> English.plural(tier.en())).toList());
    }

    private static LocalRule<?> certificateHolder() {
        return studioRule("STUDIO_CERTIFICATE_HOLDER", Severity.WARNING, "证书持有人不符", "Certificate holder not eligible",
                "A studio's certificates (证书) go to its people in the tiers the policy names (Guangdong: 主持人, "
                        + "理论导师, 顾问, 助手 and 成员, not online trainees): each holder has a membership of the studio "
                        + "in one of them. A policy that names no tiers lets anyone hold one.",
                (studio, at, context, sink) -> {
                    Set<Tier> tiers = context.policy().studios().certificateTiers();
                    if (tiers.isEmpty() || studio.certificates().isEmpty()) {
                        return;
                    }
                    Map<PersonId, Set<Tier>> held = tiersHeld(studio);
                    for (int i = 0; i < studio.certificates().size(); i++) {
                        Optional<PersonId> holder = studio.certificates().get(i).holder();
                        if (holder.isEmpty() || !Collections.disjoint(held.getOrDefault(holder.get(), Set.of()), tiers)) {
                            continue;
                        }
                        sink.add(at.child("certificates", i, "holder"), quoted(studio) + "的证书持有人“" + holder.get()
                                        + "”不是其" + tiersZh(tiers) + "之一",
                                "the holder '" + holder.get() + "' of a certificate of studio '" + studio.name()
                                        + "' is none of its " + tiersEn(tiers));
                    }
                }, "studios.certificateTiers");
    }

    /**
     * By person, the tiers of the person's memberships of a studio: built once per studio, so that
     * checking its pairs and certificates takes time in proportion to their number, not its square.
     */
    private static Map<PersonId, Set<Tier>> tiersHeld(Studio studio) {
        Map<PersonId, Set<Tier>> held = new HashMap<>();
        for (Membership membership : studio.memberships()) {
            held.computeIfAbsent(membership.person(), person -> EnumSet.noneOf(Tier.class)).add(membership.tier());
        }
        return held;
    }
}
