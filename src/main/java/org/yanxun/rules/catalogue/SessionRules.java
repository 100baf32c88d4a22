package org.yanxun.rules.catalogue;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.yanxun.Alliance;
import org.yanxun.AllianceId;
import org.yanxun.DateRange;
import org.yanxun.Expert;
import org.yanxun.InstitutionId;
import org.yanxun.JointSession;
import org.yanxun.SessionKind;
import org.yanxun.SessionRole;
import org.yanxun.SessionUnit;
import org.yanxun.internal.Dates;
import org.yanxun.internal.English;
import org.yanxun.policy.Severity;
import org.yanxun.rules.Entity;
import org.yanxun.rules.FindingSink;
import org.yanxun.rules.Grouping;
import org.yanxun.rules.KeyedRule;
import org.yanxun.rules.LocalRule;
import org.yanxun.rules.Location;
import org.yanxun.rules.Rule;
import org.yanxun.rules.RuleContext;
import org.yanxun.rules.RuleInfo;

/**
 * Rules on joint sessions: host units, the plan period, experts, rotation and frequency.
 */
final class SessionRules {

    private SessionRules() {
    }

    static List<Rule> all() {
        return List.of(hostUnit(), outsidePlan(), rotation(), frequency(), expertExternal());
    }

    private static LocalRule<Entity.OfSession> sessionRule(String code, Severity severity, String zh, String en,
            String description, Check check, String... fields) {
        return LocalRule.of(RuleInfo.local(code, severity, zh, en, description, fields), Entity.OfSession.class,
                (record, context, sink) -> context.dimensions().alliance(record.alliance()).ifPresent(
                        alliance -> check.check(record.session(), alliance, record.location(), context, sink)));
    }

    /** The check of a session rule, with the session's alliance. */
    @FunctionalInterface
    private interface Check {
        void check(JointSession session, Alliance alliance, Location at, RuleContext context, FindingSink sink);
    }

    private static Rule hostUnit() {
        return sessionRule("SESSION_HOST_UNIT", Severity.ERROR, "联合研修举办单位不符", "Session units invalid",
                "A joint session names at least one host unit (主办), and every unit it names (主办, 承办, 协办) is a "
                        + "member of its alliance (a unit outside it is reported once, where it is first named); a "
                        + "unit is named once per role, and not as both 主办 and 协办 (a host leads, a co-host assists).",
                (session, alliance, at, context, sink) -> {
                    if (session.unitsWith(SessionRole.HOST).isEmpty()) {
                        sink.add(at.child("units"), "联合研修“" + session.theme() + "”没有主办单位",
                                "session '" + session.theme() + "' names no host unit");
                    }
                    Map<InstitutionId, Set<SessionRole>> roles = new HashMap<>();
                    for (int i = 0; i < session.units().size(); i++) {
                        SessionUnit named = session.units().get(i);
                        InstitutionId unit = named.institution();
                        Set<SessionRole> ofUnit = roles.get(unit);
                        if (ofUnit == null) {
                            ofUnit = EnumSet.noneOf(SessionRole.class);
                            roles.put(unit, ofUnit);
                            // Where the unit is first named, once however many roles it has.
                            Units.requireMember(context, alliance, unit, at.child("units", i, "institution"), sink);
                        }
                        if (!ofUnit.add(named.role())) {
                            sink.add(at.child("units", i), "联合研修“" + session.theme() + "”重复列出单位"
                                            + Units.zh(context, unit) + "为" + named.role().zh(),
                                    "session '" + session.theme() + "' names unit " + Units.en(context, unit) + " as "
                                            + named.role().en() + " twice");
                        } else if ((named.role() == SessionRole.HOST || named.role() == SessionRole.CO_HOST)
                                && ofUnit.contains(SessionRole.HOST) && ofUnit.contains(SessionRole.CO_HOST)) {
                            sink.add(at.child("units", i, "role"), "单位" + Units.zh(context, unit)
                                            + "在联合研修“" + session.theme() + "”中既是主办又是协办",
                                    "unit " + Units.en(context, unit) + " is both host and co-host of "
                                            + "session '" + session.theme() + "'");
                        }
                    }
                });
    }

    private static Rule outsidePlan() {
        return sessionRule("SESSION_OUTSIDE_PLAN", Severity.INFO, "联合研修不在规划期内", "Session outside the plan",
                "A joint session falls within its alliance's plan period; one outside it does not count towards "
                        + "the plan.",
                (session, alliance, at, context, sink) -> alliance.plan().map(plan -> plan.period())
                        .filter(period -> !period.contains(session.date()))
                        .ifPresent(period -> sink.add(at.child("date"), "联合研修“" + session.theme() + "”的日期 "
                                        + session.date() + " 不在规划期 " + Periods.zh(period) + " 内",
                                "session '" + session.theme() + "' on " + session.date() + " lies outside the plan period "
                                        + Periods.en(period))));
    }

    private static Rule expertExternal() {
        return sessionRule("SESSION_EXPERT_EXTERNAL", Severity.WARNING, "外部专家不足", "Too few external experts",
                "A joint research session invites at least the policy's number of experts from outside the "
                        + "alliance; an expert recorded with the identifier of a member institution is not "
                        + "external. The affiliation text is not compared with the members' names: an expert "
                        + "recorded with an affiliation alone counts as external.",
                (session, alliance, at, context, sink) -> {
                    if (session.kind() != SessionKind.JOINT_RESEARCH) {
                        return;
                    }
                    int internal = 0;
                    for (Expert expert : session.experts()) {
                        internal += expert.institution()
                                .filter(id -> context.dimensions().isMember(alliance.id(), id)).isPresent() ? 1 : 0;
                    }
                    int external = session.experts().size() - internal;
                    int required = context.policy().alliances().minExternalExperts();
                    if (external < required) {
                        sink.add(at.child("experts"), "联合研修“" + session.theme() + "”邀请了 " + external + " 名外部专家"
                                        + (internal == 0 ? "" : "（另有 " + internal + " 名来自联盟成员单位，不计入）")
                                        + "，至少应为 " + required + " 名",
                                "session '" + session.theme() + "' invites " + English.count(external, "external expert")
                                        + (internal == 0 ? "" : " (" + internal + " more from members of the alliance, "
                                                + "who do not count)")
                                        + "; the policy requires at least " + required);
                    }
                }, "alliances.minExternalExperts");
    }

    /** A session's date, kind, host units and location, as the keyed session rules keep it. */
    record Hosting(LocalDate date, SessionKind kind, Set<InstitutionId> hosts, String theme, Spot at)
            implements Serializable {
        Location location() {
            return at.location();
        }
    }

    /** The sessions of one alliance and where the alliance record is. */
    static final class SessionLog implements Serializable {
        private static final long serialVersionUID = 1L;

        private Spot allianceAt;
        private final List<Hosting> hostings = new ArrayList<>(1);

        static final Grouping<AllianceId, SessionLog> GROUPING = Grouping.of(SessionLog::map, SessionLog::add);

        SessionLog add(SessionLog other) {
            allianceAt = Spot.first(allianceAt, other.allianceAt);
            hostings.addAll(other.hostings);
            return this;
        }

        private static void map(Entity entity, RuleContext context, BiConsumer<AllianceId, SessionLog> emit) {
            SessionLog log = new SessionLog();
            if (entity instanceof Entity.OfSession e) {
                JointSession session = e.session();
                log.hostings.add(new Hosting(session.date(), session.kind(), Set.copyOf(session.unitsWith(SessionRole.HOST)),
                        session.theme(), Spot.of(e.location())));
                emit.accept(e.alliance(), log);
            } else if (entity instanceof Entity.OfAlliance e) {
                log.allianceAt = Spot.of(e.location());
                emit.accept(e.alliance().id(), log);
            }
        }
    }

    private static Rule rotation() {
        return KeyedRule.<AllianceId, SessionLog>of(RuleInfo.keyed("SESSION_ROTATION", Severity.WARNING, "alliance",
                "主办单位未轮换", "Hosting does not rotate",
                "Partners take turns to host (轮流举办): no unit hosts more than the policy's number of consecutive "
                        + "joint sessions of an alliance, in date order.",
                "alliances.maxConsecutiveHostings"),
                SessionLog.GROUPING,
                (key, log, context, sink) -> {
                    int limit = context.policy().alliances().maxConsecutiveHostings();
                    // Each session's hosts with their streaks, made anew from the last session's: a unit that
                    // did not host the last one starts again at 1. (Emptying one map instead keeps the size a
                    // session of many hosts gave it, and every later session would walk it.)
                    Map<InstitutionId, Integer> streaks = Map.of();
                    List<Hosting> ordered = log.hostings.stream()
                            .sorted(Comparator.comparing(Hosting::date).thenComparing(Hosting::at)).toList();
                    for (Hosting hosting : ordered) {
                        Map<InstitutionId, Integer> next = new HashMap<>();
                        for (InstitutionId host : hosting.hosts().stream().sorted().toList()) {
                            int streak = streaks.getOrDefault(host, 0) + 1;
                            next.put(host, streak);
                            if (streak == limit + 1) {
                                sink.add(hosting.location().child("units"), "单位" + Units.zh(context, host) + "连续主办第 "
                                                + streak + " 次（“" + hosting.theme() + "”），上限为 " + limit + " 次",
                                        "unit " + Units.en(context, host) + " hosts "
                                                + English.count(streak, "consecutive session")
                                                + ", up to '" + hosting.theme() + "'; the limit is " + limit);
                            }
                        }
                        streaks = next;
                    }
                });
    }

    private static Rule frequency() {
        return KeyedRule.<AllianceId, SessionLog>of(RuleInfo.keyed("SESSION_FREQUENCY", Severity.WARNING, "alliance",
                "联合研修频次不足", "Too few sessions",
                "Each full year of an alliance's plan that has ended by the as-of date holds at least the policy's "
                        + "number of joint research sessions (联合研修; working meetings, competitions and showcases do "
                        + "not count). A plan that ends at most " + AllianceRules.PLAN_END_MARGIN_DAYS + " days before "
                        + "a full year (as ALLIANCE_PLAN_PERIOD allows) has its last year checked up to its end. "
                        + "The first " + Listing.LISTED + " years short of sessions are reported one by one, "
                        + "any others in one finding. " + AllianceRules.UMBRELLA_NEEDS_NONE,
                "alliances.minSessionsPerYear"),
                SessionLog.GROUPING,
                (key, log, context, sink) -> {
                    if (log.allianceAt == null) {
                        return;
                    }
                    context.dimensions().alliance(key).flatMap(Alliance::plan).map(plan -> plan.period())
                            .ifPresent(period -> frequency(key, log, period, context, sink));
                });
    }

    private static void frequency(AllianceId key, SessionLog log, DateRange period, RuleContext context,
            FindingSink sink) {
        int required = context.policy().alliances().minSessionsPerYear();
        Map<Long, Long> perYear = log.hostings.stream()
                .filter(h -> h.kind() == SessionKind.JOINT_RESEARCH && period.contains(h.date()))
                .collect(Collectors.groupingBy(h -> planYear(period.start(), h.date()), TreeMap::new,
                        Collectors.counting()));
        // An umbrella may leave the sessions that count to the alliances in it, as it may its exchanges.
        if (perYear.isEmpty() && context.dimensions().isUmbrella(key)) {
            return;
        }
        Location at = log.allianceAt.location().child("plan", "period");
        // A plan of centuries (ALLIANCE_PLAN_PERIOD's to report) would give a finding a year: the first
        // years short of sessions have one each, the others one together.
        long shortYears = 0;
        DateRange firstUnlisted = null;
        DateRange lastUnlisted = null;
        for (long year = 0; ; year++) {
            LocalDate end = Dates.yearsOn(period.start(), year + 1).minusDays(1);
            if (end.isAfter(period.end().plusDays(AllianceRules.PLAN_END_MARGIN_DAYS))) {
                break;
            }
            DateRange span = DateRange.of(Dates.yearsOn(period.start(), year), end.isAfter(period.end()) ? period.end()
                    : end);
            if (!span.end().isBefore(context.asOf())) {
                break;
            }
            long held = perYear.getOrDefault(year, 0L);
            if (held >= required) {
                continue;
            }
            if (++shortYears <= Listing.LISTED) {
                sink.add(at, "规划第 " + (year + 1) + " 年（" + Periods.zh(span) + "）举办 " + held + " 次联合研修，至少应为 "
                                + required + " 次",
                        "plan year " + (year + 1) + " (" + Periods.en(span) + ") held "
                                + English.count(held, "joint research session") + "; the policy requires at least "
                                + required);
            } else {
                firstUnlisted = firstUnlisted == null ? span : firstUnlisted;
                lastUnlisted = span;
            }
        }
        if (firstUnlisted != null) {
            long more = shortYears - Listing.LISTED;
            DateRange span = DateRange.of(firstUnlisted.start(), lastUnlisted.end());
            sink.add(at, "规划另有 " + more + " 个年度（" + Periods.zh(span) + " 之间）每年联合研修少于 " + required + " 次",
                    English.count(more, "more plan year") + " (within " + Periods.en(span) + ") held fewer than "
                            + English.count(required, "joint research session") + " each");
        }
    }

    /**
     * The plan year, from 0, that holds a day on or after the plan's start: the year {@code n} runs from
     * {@link Dates#yearsOn Dates.yearsOn(start, n)}, as the spans the rule reports do. {@link ChronoUnit#YEARS}
     * counts whole years the same way: a year from 29 February is complete on 1 March of a common year.
     */
    private static long planYear(LocalDate start, LocalDate day) {
        return ChronoUnit.YEARS.between(start, day);
    }
}
