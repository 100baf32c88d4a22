package org.yanxun.rules.catalogue;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.yanxun.Alliance;
import org.yanxun.AllianceId;
import org.yanxun.AlliancePlan;
import org.yanxun.DateRange;
import org.yanxun.Exchange;
import org.yanxun.ExchangeKind;
import org.yanxun.InstitutionId;
import org.yanxun.PersonId;
import org.yanxun.internal.English;
import org.yanxun.policy.ExchangeLimits;
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
 * Rules on the exchanges of the four mutual mechanism (四互): parties, duration, the plan period,
 * reciprocity and the kinds in use. The rules on participants are keyed by person, in
 * {@link PersonRules}.
 */
final class ExchangeRules {

    private ExchangeRules() {
    }

    static List<Rule> all() {
        return List.of(parties(), duration(), outsidePlan(), reciprocity(), kindUnused());
    }

    private static LocalRule<Entity.OfExchange> exchangeRule(String code, Severity severity, String zh, String en,
            String description, Check check, String... fields) {
        return LocalRule.of(RuleInfo.local(code, severity, zh, en, description, fields), Entity.OfExchange.class,
                (record, context, sink) -> check.check(record.exchange(), record.alliance(), record.location(),
                        context, sink));
    }

    /** The check of an exchange rule. */
    @FunctionalInterface
    private interface Check {
        void check(Exchange exchange, AllianceId alliance, Location at, RuleContext context, FindingSink sink);
    }

    private static Rule parties() {
        return exchangeRule("EXCHANGE_PARTIES", Severity.ERROR, "交流双方不符", "Invalid exchange parties",
                "An exchange moves at least one named participant, each named once, between two different member "
                        + "institutions of its alliance.",
                (exchange, allianceId, at, context, sink) -> {
                    if (exchange.from().equals(exchange.to())) {
                        sink.add(at.child("to"), "交流“" + exchange.id() + "”的派出与接收单位相同（"
                                        + Units.zh(context, exchange.from()) + "）",
                                "exchange '" + exchange.id() + "' sends and receives at the same unit "
                                        + Units.en(context, exchange.from()));
                    }
                    context.dimensions().alliance(allianceId).ifPresent(alliance -> {
                        Units.requireMember(context, alliance, exchange.from(), at.child("from"), sink);
                        if (!exchange.to().equals(exchange.from())) {
                            Units.requireMember(context, alliance, exchange.to(), at.child("to"), sink);
                        }
                    });
                    if (exchange.participants().isEmpty()) {
                        sink.add(at.child("participants"), exchange.kind().zh() + "“" + exchange.id() + "”（"
                                        + Units.zh(context, exchange.from()) + "派往" + Units.zh(context, exchange.to())
                                        + "）未列出交流人员",
                                exchange.kind().en() + " '" + exchange.id() + "' from "
                                        + Units.en(context, exchange.from()) + " to " + Units.en(context, exchange.to())
                                        + " names no participant");
                    }
                    Set<PersonId> named = new HashSet<>();
                    for (int i = 0; i < exchange.participants().size(); i++) {
                        PersonId participant = exchange.participants().get(i);
                        if (!named.add(participant)) {
                            sink.add(at.child("participants", i), "交流“" + exchange.id() + "”重复列出人员“"
                                            + participant + "”",
                                    "exchange '" + exchange.id() + "' names participant '" + participant + "' twice");
                        }
                    }
                });
    }

    private static Rule duration() {
        return exchangeRule("EXCHANGE_DURATION", Severity.WARNING, "交流时长超出范围", "Exchange duration out of range",
                "An exchange lasts, both ends included, within the days the policy sets for its kind.",
                (exchange, allianceId, at, context, sink) -> {
                    ExchangeLimits limits = context.policy().alliances().exchanges().get(exchange.kind());
                    long days = exchange.period().days();
                    if (limits != null && (days < limits.minDays() || days > limits.maxDays())) {
                        boolean exactly = limits.minDays() == limits.maxDays();
                        sink.add(at.child("end"), exchange.kind().zh() + "“" + exchange.id() + "”为期 " + days + " 天，应为 "
                                        + limits.minDays() + (exactly ? "" : " 至 " + limits.maxDays()) + " 天",
                                exchange.kind().en() + " '" + exchange.id() + "' lasts " + English.count(days, "day")
                                        + "; the policy allows " + (exactly
                                                ? "exactly " + English.count(limits.minDays(), "day")
                                                : limits.minDays() + " to " + limits.maxDays() + " days"));
                    }
                }, "alliances.exchanges.*.minDays", "alliances.exchanges.*.maxDays");
    }

    private static Rule outsidePlan() {
        return exchangeRule("EXCHANGE_OUTSIDE_PLAN", Severity.WARNING, "交流不在规划期内", "Exchange outside the plan",
                "An exchange starts and ends within its alliance's plan period.",
                (exchange, allianceId, at, context, sink) -> context.dimensions().alliance(allianceId)
                        .flatMap(Alliance::plan).map(plan -> plan.period())
                        .filter(period -> !period.contains(exchange.start()) || !period.contains(exchange.end()))
                        .ifPresent(period -> sink.add(at.child(period.contains(exchange.start()) ? "end" : "start"),
                                "交流“" + exchange.id() + "”（"
                                        + Periods.zh(exchange.period()) + "）超出规划期 " + Periods.zh(period),
                                "exchange '" + exchange.id() + "' (" + Periods.en(exchange.period())
                                        + ") lies outside the plan period " + Periods.en(period))));
    }

    /**
     * Two institutions of an alliance, in identifier order, and an exchange kind. It hashes alike in every
     * JVM, as a key of a distributed run must: the kind by its code, since an enum constant's own hash code
     * is its identity hash.
     */
    record Flow(AllianceId alliance, InstitutionId first, InstitutionId second, ExchangeKind kind)
            implements Serializable {

        @Override
        public int hashCode() {
            return Objects.hash(alliance, first, second, kind.code());
        }

        /** The flow as a message names it: {@code qiyingen: qijiang-tts ↔ yingshan-tts, CADRE_SECONDMENT}. */
        @Override
        public String toString() {
            return alliance + ": " + first + " ↔ " + second + ", " + kind.code();
        }
    }

    /** How many exchanges of a flow run each way, and where the first of them is. */
    static final class Balance implements Serializable {
        private static final long serialVersionUID = 1L;

        private int forward;
        private int backward;
        private Spot first;

        Balance add(Balance other) {
            forward += other.forward;
            backward += other.backward;
            first = Spot.first(first, other.first);
            return this;
        }
    }

    private static Rule reciprocity() {
        return KeyedRule.<Flow, Balance>of(RuleInfo.keyed("EXCHANGE_RECIPROCITY", Severity.WARNING,
                "alliance, institution pair and exchange kind", "交流不对等", "Exchange not reciprocal",
                "\"Mutual\" means both ways: between two member units of an alliance, the exchanges of one kind "
                        + "started by the as-of date differ by direction by no more than the policy's tolerance, and "
                        + "once the alliance's plan has ended before the as-of date, a kind that ran between them ran "
                        + "both ways. An exchange that names no participant moved no one and does not count, nor does "
                        + "one with a unit outside the alliance (EXCHANGE_PARTIES reports that).",
                "alliances.reciprocityTolerance"),
                (entity, context, emit) -> {
                    if (entity instanceof Entity.OfExchange e && moved(e, context)) {
                        Exchange exchange = e.exchange();
                        boolean forward = exchange.from().compareTo(exchange.to()) < 0;
                        Balance balance = new Balance();
                        balance.forward = forward ? 1 : 0;
                        balance.backward = forward ? 0 : 1;
                        balance.first = Spot.of(e.location());
                        emit.accept(new Flow(e.alliance(), forward ? exchange.from() : exchange.to(),
                                forward ? exchange.to() : exchange.from(), exchange.kind()), balance);
                    }
                },
                Balance::add,
                (flow, balance, context, sink) -> {
                    int tolerance = context.policy().alliances().reciprocityTolerance();
                    Optional<DateRange> ended = context.dimensions().alliance(flow.alliance())
                            .flatMap(Alliance::plan).map(AlliancePlan::period)
                            .filter(period -> period.end().isBefore(context.asOf()));
                    if (ended.isPresent() && Math.min(balance.forward, balance.backward) == 0) {
                        sink.add(balance.first.location().child("kind"), flow.kind().zh() + "：规划期 "
                                        + Periods.zh(ended.get()) + " 已结束，" + Units.zh(context, flow.first()) + "派往"
                                        + Units.zh(context, flow.second()) + " " + balance.forward + " 次，反向 "
                                        + balance.backward + " 次，只有单向",
                                flow.kind().en() + ": the plan " + Periods.en(ended.get()) + " has ended with "
                                        + balance.forward + " from " + Units.en(context, flow.first()) + " to "
                                        + Units.en(context, flow.second()) + " and " + balance.backward
                                        + " the other way, one way only");
                    } else if (Math.abs(balance.forward - balance.backward) > tolerance) {
                        sink.add(balance.first.location().child("kind"), flow.kind().zh() + "："
                                        + Units.zh(context, flow.first()) + "派往" + Units.zh(context, flow.second())
                                        + " " + balance.forward + " 次，反向 " + balance.backward + " 次，差额超过 "
                                        + tolerance,
                                flow.kind().en() + ": " + balance.forward + " from " + Units.en(context, flow.first())
                                        + " to " + Units.en(context, flow.second()) + " but " + balance.backward
                                        + " the other way; the tolerance is " + tolerance);
                    }
                });
    }

    /** The exchange kinds an alliance has used, and where the alliance record is. */
    static final class KindsUsed implements Serializable {
        private static final long serialVersionUID = 1L;

        private final Set<ExchangeKind> kinds = EnumSet.noneOf(ExchangeKind.class);
        private Spot allianceAt;

        KindsUsed add(KindsUsed other) {
            kinds.addAll(other.kinds);
            allianceAt = Spot.first(allianceAt, other.allianceAt);
            return this;
        }
    }

    private static Rule kindUnused() {
        return KeyedRule.<AllianceId, KindsUsed>of(RuleInfo.keyed("EXCHANGE_KIND_UNUSED", Severity.WARNING, "alliance",
                "“四互”有未开展的类别", "Exchange kind never used",
                "Once an alliance's plan has ended (or at once, for an alliance without a plan), every exchange kind "
                        + "the policy requires has been used at least once, by an exchange that names a participant and moves "
                        + "them between two member units (as EXCHANGE_RECIPROCITY counts exchanges). "
                        + AllianceRules.UMBRELLA_NEEDS_NONE,
                "alliances.requiredExchangeKinds"),
                (entity, context, emit) -> {
                    KindsUsed used = new KindsUsed();
                    if (entity instanceof Entity.OfExchange e && moved(e, context)) {
                        used.kinds.add(e.exchange().kind());
                        emit.accept(e.alliance(), used);
                    } else if (entity instanceof Entity.OfAlliance e) {
                        used.allianceAt = Spot.of(e.location());
                        emit.accept(e.alliance().id(), used);
                    }
                },
                KindsUsed::add,
                (key, used, context, sink) -> {
                    if (used.allianceAt == null) {
                        return;
                    }
                    Optional<Alliance> alliance = context.dimensions().alliance(key);
                    boolean due = alliance.flatMap(Alliance::plan)
                            .map(plan -> plan.period().end().isBefore(context.asOf())).orElse(true);
                    Set<ExchangeKind> missing = EnumSet.noneOf(ExchangeKind.class);
                    missing.addAll(context.policy().alliances().requiredExchangeKinds());
                    missing.removeAll(used.kinds);
                    if (due && !missing.isEmpty() && !(used.kinds.isEmpty() && context.dimensions().isUmbrella(key))) {
                        String name = alliance.map(Alliance::name).orElse(key.value());
                        sink.add(used.allianceAt.childrenLocation("exchanges"), "联盟“" + name + "”未开展"
                                        + missing.stream().map(ExchangeKind::zh).collect(Collectors.joining("、")),
                                "alliance '" + name + "' has run no "
                                        + English.list("or", missing.stream().map(ExchangeKind::en).toList()));
                    }
                });
    }

    /**
     * Tells whether an exchange counts towards reciprocity and the kinds used: started by the as-of date,
     * between two different member units of its alliance, and naming someone it moved. An exchange with
     * a unit outside the alliance is {@code EXCHANGE_PARTIES}'s finding, not a flow of the alliance.
     */
    private static boolean moved(Entity.OfExchange e, RuleContext context) {
        Exchange exchange = e.exchange();
        return !exchange.start().isAfter(context.asOf()) && !exchange.from().equals(exchange.to())
                && !exchange.participants().isEmpty() && context.dimensions().isMember(e.alliance(), exchange.from())
                && context.dimensions().isMember(e.alliance(), exchange.to());
    }
}
