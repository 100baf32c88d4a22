package org.yanxun.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yanxun.rules.catalogue.Mutations.QIYINGEN;
import static org.yanxun.rules.catalogue.Mutations.QIYINGEN_POLICY;
import static org.yanxun.rules.catalogue.Mutations.exchange;
import static org.yanxun.rules.catalogue.Mutations.exchanges;
import static org.yanxun.rules.catalogue.Mutations.findings;
import static org.yanxun.rules.catalogue.Mutations.fires;
import static org.yanxun.rules.catalogue.Mutations.pointers;
import static org.yanxun.rules.catalogue.Mutations.qiyingen;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.yanxun.AllianceId;
import org.yanxun.Dataset;
import org.yanxun.ExchangeKind;
import org.yanxun.InstitutionId;
import org.yanxun.policy.ExchangeLimits;
import org.yanxun.policy.Policy;
import org.yanxun.policy.Severity;
import org.yanxun.rules.Finding;
import org.yanxun.rules.Report;

/**
 * The rules of {@code ExchangeRules}, on the 24 exchanges of 綦营恩: six per kind, in kind order,
 * each pair of units both ways. Exchange 0 is a 30-day cadre secondment from 綦江 to 营山 from
 * 2023-03-01, exchange 1 the one back; exchange 3 is the secondment from 恩阳 to 营山. Each moves one
 * person.
 */
class ExchangeRulesTest {

    private static final InstitutionId QIJIANG = InstitutionId.of("qijiang-tts");
    private static final InstitutionId YINGSHAN = InstitutionId.of("yingshan-tts");
    private static final String NAME = Mutations.alliance().name();
    private static final LocalDate AFTER_PLAN = LocalDate.of(2026, 3, 1);

    /** The data with the exchanges at the indexes selected emptied of their participants. */
    private static Dataset emptied(Dataset data, IntPredicate which) {
        return exchanges(data, list -> {
            for (int i = 0; i < list.size(); i++) {
                if (which.test(i)) {
                    list.set(i, Mutations.withParticipants(list.get(i), List.of()));
                }
            }
            return list;
        });
    }

    /** The 綦营恩 preset with the limits of one exchange kind changed. */
    private static Policy limits(ExchangeKind kind, UnaryOperator<ExchangeLimits> change) {
        return Mutations.alliances(QIYINGEN_POLICY, p -> {
            SortedMap<ExchangeKind, ExchangeLimits> exchanges = new TreeMap<>(p.exchanges());
            exchanges.put(kind, change.apply(exchanges.get(kind)));
            return p.withExchanges(exchanges);
        });
    }

    // ----- EXCHANGE_PARTIES

    @Test
    void exchangeParties_sendsToItself_fires() {
        var data = exchange(QIYINGEN, 0, x -> Mutations.between(x, QIJIANG, QIJIANG));
        fires(qiyingen(data), "EXCHANGE_PARTIES", "/alliances/0/exchanges/0/to")
                .is(Severity.ERROR, "qiyingen-x-01", "qijiang-tts");
    }

    @Test
    void exchangeParties_receiverOutsideTheAlliance_fires() {
        var data = exchange(QIYINGEN, 0, x -> Mutations.between(x, QIJIANG, InstitutionId.of("nowhere-tts")));
        fires(qiyingen(data), "EXCHANGE_PARTIES", "/alliances/0/exchanges/0/to").is(Severity.ERROR, "nowhere-tts", NAME);
    }

    @Test
    void exchangeParties_senderOutsideTheAlliance_fires() {
        var data = exchange(QIYINGEN, 0, x -> Mutations.between(x, InstitutionId.of("nowhere-tts"), YINGSHAN));
        fires(qiyingen(data), "EXCHANGE_PARTIES", "/alliances/0/exchanges/0/from").is(Severity.ERROR, "nowhere-tts", NAME);
    }

    @Test
    void exchangeParties_participantNamedTwice_firesAtTheSecond() {
        var data = exchange(QIYINGEN, 0, x -> Mutations.withParticipants(x,
                List.of(x.participants().get(0), x.participants().get(0))));
        fires(qiyingen(data), "EXCHANGE_PARTIES", "/alliances/0/exchanges/0/participants/1")
                .is(Severity.ERROR, "qiyingen-x-01")
                .zh("重复列出人员")
                .en("twice");
    }

    @Test
    void exchangeParties_noParticipant_fires() {
        var data = emptied(QIYINGEN, i -> i == 3);
        Finding finding = fires(qiyingen(data), "EXCHANGE_PARTIES", "/alliances/0/exchanges/3/participants")
                .is(Severity.ERROR, "qiyingen-x-04", "enyang-tts", "yingshan-tts")
                .finding();
        assertThat(finding.messageZh()).isEqualTo("管理干部互挂“qiyingen-x-04”（“恩阳区教师进修学校”（enyang-tts）派往“营山县教师进修学校”（yingshan-tts））未列出交流人员");
        assertThat(finding.messageEn())
                .isEqualTo("cadre secondment 'qiyingen-x-04' from '恩阳区教师进修学校' (enyang-tts) to '营山县教师进修学校' (yingshan-tts) names no participant");
    }

    @Test
    void exchangeParties_everyExchangeEmptied_firesOncePerExchange() {
        Report report = qiyingen(emptied(QIYINGEN, i -> true), AFTER_PLAN);
        fires(report, "EXCHANGE_PARTIES", "/alliances/0/exchanges/23/participants")
                .is(Severity.ERROR, "qiyingen-x-24", "enyang-tts", "qijiang-tts")
                .zh("参训教师互访")
                .en("teacher mutual visit");
        assertThat(Mutations.pointers(report, "EXCHANGE_PARTIES")).hasSize(24)
                .allMatch(pointer -> pointer.matches("/alliances/0/exchanges/\\d+/participants"));
    }

    @Test
    void exchangeParties_toItselfWithNoParticipant_firesForBoth() {
        var data = exchange(emptied(QIYINGEN, i -> i == 0), 0, x -> Mutations.between(x, QIJIANG, QIJIANG));
        assertThat(Mutations.pointers(qiyingen(data), "EXCHANGE_PARTIES"))
                .containsExactly("/alliances/0/exchanges/0/participants", "/alliances/0/exchanges/0/to");
    }

    @Test
    void exchangeParties_exchangesWithParticipants_quiet() {
        var data = emptied(QIYINGEN, i -> i == 3);
        assertThat(Mutations.pointers(qiyingen(data), "EXCHANGE_PARTIES"))
                .containsExactly("/alliances/0/exchanges/3/participants");
    }

    @Test
    void exchangeParties_qiyingenExample_quiet() {
        assertThat(QIYINGEN.alliances().get(0).exchanges()).allMatch(x -> !x.participants().isEmpty());
        assertThat(findings(qiyingen(QIYINGEN), "EXCHANGE_PARTIES")).isEmpty();
    }

    // ----- EXCHANGE_DURATION

    @Test
    void exchangeDuration_threeDaySecondment_fires() {
        var data = exchange(QIYINGEN, 0, x -> Mutations.during(x, x.start(), x.start().plusDays(2)));
        fires(qiyingen(data), "EXCHANGE_DURATION", "/alliances/0/exchanges/0/end")
                .is(Severity.WARNING, "qiyingen-x-01", "3", "7", "366")
                .zh("管理干部互挂")
                .en("cadre secondment");
    }

    @Test
    void exchangeDuration_thirtyOneDayVisit_fires() {
        var data = exchange(QIYINGEN, 18, x -> Mutations.during(x, x.start(), x.start().plusDays(30)));
        fires(qiyingen(data), "EXCHANGE_DURATION", "/alliances/0/exchanges/18/end")
                .is(Severity.WARNING, "qiyingen-x-19", "31", "1", "30");
    }

    @Test
    void exchangeDuration_sevenDaySecondment_quiet() {
        var data = exchange(QIYINGEN, 0, x -> Mutations.during(x, x.start(), x.start().plusDays(6)));
        assertThat(findings(qiyingen(data), "EXCHANGE_DURATION")).isEmpty();
    }

    @Test
    void exchangeDuration_thirtyDayVisit_quiet() {
        var data = exchange(QIYINGEN, 18, x -> Mutations.during(x, x.start(), x.start().plusDays(29)));
        assertThat(findings(qiyingen(data), "EXCHANGE_DURATION")).isEmpty();
    }

    @Test
    void exchangeDuration_sixDaySecondment_fires() {
        var data = exchange(QIYINGEN, 0, x -> Mutations.during(x, x.start(), x.start().plusDays(5)));
        fires(qiyingen(data), "EXCHANGE_DURATION", "/alliances/0/exchanges/0/end")
                .is(Severity.WARNING, "qiyingen-x-01")
                .zh("为期 6 天，应为 7 至 366 天")
                .en("lasts 6 days; the policy allows 7 to 366");
    }

    @Test
    void exchangeDuration_yearOfSecondmentHolding29February_quiet_andADayMoreFires() {
        LocalDate start = LocalDate.of(2023, 3, 1);
        var year = exchange(QIYINGEN, 0, x -> Mutations.during(x, start, LocalDate.of(2024, 2, 29)));
        var longer = exchange(QIYINGEN, 0, x -> Mutations.during(x, start, LocalDate.of(2024, 3, 1)));

        assertThat(pointers(qiyingen(year), "EXCHANGE_DURATION")).doesNotContain("/alliances/0/exchanges/0/end");
        fires(qiyingen(longer), "EXCHANGE_DURATION", "/alliances/0/exchanges/0/end").en("lasts 367 days");
    }

    @Test
    void exchangeDuration_policyOfOneLength_isQuotedAsExactlyThatLength() {
        Policy oneDay = limits(ExchangeKind.CADRE_SECONDMENT, l -> l.withMinDays(1).withMaxDays(1));
        fires(qiyingen(QIYINGEN, oneDay), "EXCHANGE_DURATION", "/alliances/0/exchanges/0/end")
                .zh("为期 30 天，应为 1 天")
                .en("lasts 30 days; the policy allows exactly 1 day");
    }

    /** The preset with cadre secondments allowed 5 to 400 days instead of 7 to 366. */
    private static final Policy SECONDMENTS_OF_5_TO_400_DAYS = limits(ExchangeKind.CADRE_SECONDMENT,
            l -> l.withMinDays(5).withMaxDays(400));

    @Test
    void exchangeDuration_fourDaySecondmentUnderAFiveDayMinimum_fires() {
        var data = exchange(QIYINGEN, 0, x -> Mutations.during(x, x.start(), x.start().plusDays(3)));
        fires(qiyingen(data, SECONDMENTS_OF_5_TO_400_DAYS), "EXCHANGE_DURATION", "/alliances/0/exchanges/0/end")
                .is(Severity.WARNING, "qiyingen-x-01")
                .zh("为期 4 天，应为 5 至 400 天")
                .en("lasts 4 days; the policy allows 5 to 400");
    }

    @Test
    void exchangeDuration_fiveDaySecondmentUnderAFiveDayMinimum_quiet() {
        var data = exchange(QIYINGEN, 0, x -> Mutations.during(x, x.start(), x.start().plusDays(4)));
        assertThat(findings(qiyingen(data, SECONDMENTS_OF_5_TO_400_DAYS), "EXCHANGE_DURATION")).isEmpty();
    }

    @Test
    void exchangeDuration_401DaySecondmentUnderA400DayMaximum_fires() {
        var data = exchange(QIYINGEN, 0, x -> Mutations.during(x, x.start(), x.start().plusDays(400)));
        fires(qiyingen(data, SECONDMENTS_OF_5_TO_400_DAYS), "EXCHANGE_DURATION", "/alliances/0/exchanges/0/end")
                .is(Severity.WARNING, "qiyingen-x-01")
                .zh("为期 401 天，应为 5 至 400 天")
                .en("lasts 401 days; the policy allows 5 to 400");
    }

    @Test
    void exchangeDuration_400DaySecondmentUnderA400DayMaximum_quiet() {
        var data = exchange(QIYINGEN, 0, x -> Mutations.during(x, x.start(), x.start().plusDays(399)));
        assertThat(findings(qiyingen(data, SECONDMENTS_OF_5_TO_400_DAYS), "EXCHANGE_DURATION")).isEmpty();
    }

    @Test
    void exchangeDuration_qiyingenExample_quiet() {
        assertThat(findings(qiyingen(QIYINGEN), "EXCHANGE_DURATION")).isEmpty();
    }

    // ----- EXCHANGE_OUTSIDE_PLAN

    @Test
    void exchangeOutsidePlan_startsBeforeThePlan_fires() {
        var data = exchange(QIYINGEN, 0, x -> Mutations.during(x, LocalDate.of(2022, 12, 1), LocalDate.of(2022, 12, 30)));
        fires(qiyingen(data), "EXCHANGE_OUTSIDE_PLAN", "/alliances/0/exchanges/0/start")
                .is(Severity.WARNING, "qiyingen-x-01", "2022-12-01", "2022-12-30", "2023-01-01", "2025-12-31");
    }

    @Test
    void exchangeOutsidePlan_endsAfterThePlan_fires() {
        var data = exchange(QIYINGEN, 0, x -> Mutations.during(x, LocalDate.of(2025, 12, 20), LocalDate.of(2026, 1, 18)));
        fires(qiyingen(data), "EXCHANGE_OUTSIDE_PLAN", "/alliances/0/exchanges/0/end")
                .is(Severity.WARNING, "qiyingen-x-01", "2025-12-20", "2026-01-18");
    }

    @Test
    void exchangeOutsidePlan_qiyingenExample_quiet() {
        assertThat(findings(qiyingen(QIYINGEN), "EXCHANGE_OUTSIDE_PLAN")).isEmpty();
    }

    // ----- EXCHANGE_RECIPROCITY

    @Test
    void flow_asAKeyInAMessage_namesItsAllianceUnitsAndKind() {
        var flow = new ExchangeRules.Flow(AllianceId.of("qiyingen"), InstitutionId.of("qijiang-tts"),
                InstitutionId.of("yingshan-tts"), ExchangeKind.CADRE_SECONDMENT);
        assertThat(flow).hasToString("qiyingen: qijiang-tts ↔ yingshan-tts, CADRE_SECONDMENT");
    }

    /**
     * The secondment back from 营山 to 綦江 goes to an institution outside the alliance instead: that is
     * EXCHANGE_PARTIES's finding; for reciprocity, 綦江 to 营山 is one way, and the other is no flow of
     * the alliance at all.
     */
    @Test
    void exchangeReciprocity_secondmentToAnInstitutionOutsideTheAlliance_isNoFlowOfIt() {
        InstitutionId nowhere = InstitutionId.of("nowhere-tts");
        var report = qiyingen(exchange(QIYINGEN, 1, x -> Mutations.between(x, YINGSHAN, nowhere)), AFTER_PLAN);
        assertThat(pointers(report, "EXCHANGE_PARTIES")).containsExactly("/alliances/0/exchanges/1/to");
        assertThat(findings(report, "EXCHANGE_RECIPROCITY")).singleElement().satisfies(f -> assertThat(f.messageEn())
                .contains("1 from '綦江区教师进修学校' (qijiang-tts) to '营山县教师进修学校' (yingshan-tts) and 0 the other way"));
    }

    @Test
    void exchangeReciprocity_bothSecondmentsOneWay_fires() {
        var data = exchange(QIYINGEN, 1, x -> Mutations.between(x, QIJIANG, YINGSHAN));
        fires(qiyingen(data), "EXCHANGE_RECIPROCITY", "/alliances/0/exchanges/0/kind")
                .is(Severity.WARNING, "qijiang-tts", "yingshan-tts", "2", "0", "1")
                .zh("管理干部互挂")
                .en("cadre secondment");
    }

    @Test
    void exchangeReciprocity_bothSecondmentsOneWay_namesTheUnitsInIdentifierOrder() {
        var data = exchange(QIYINGEN, 0, x -> Mutations.between(x, YINGSHAN, QIJIANG));
        data = exchange(data, 1, x -> Mutations.between(x, YINGSHAN, QIJIANG));
        Finding finding = fires(qiyingen(data), "EXCHANGE_RECIPROCITY", "/alliances/0/exchanges/0/kind").finding();
        assertThat(finding.messageZh()).isEqualTo("管理干部互挂：“綦江区教师进修学校”（qijiang-tts）派往“营山县教师进修学校”（yingshan-tts） 0 次，反向 2 次，差额超过 1");
        assertThat(finding.messageEn())
                .isEqualTo("cadre secondment: 0 from '綦江区教师进修学校' (qijiang-tts) to '营山县教师进修学校' (yingshan-tts) but 2 the other way; the tolerance is 1");
    }

    @Test
    void exchangeReciprocity_oneReturnMissingWithinTolerance_quiet() {
        var data = exchanges(QIYINGEN, list -> {
            list.remove(1);
            return list;
        });
        assertThat(findings(qiyingen(data), "EXCHANGE_RECIPROCITY")).isEmpty();
    }

    @Test
    void exchangeReciprocity_oneReturnMissingAfterThePlanEnded_fires() {
        var data = exchanges(QIYINGEN, list -> {
            list.remove(1);
            return list;
        });
        fires(qiyingen(data, LocalDate.of(2026, 1, 1)), "EXCHANGE_RECIPROCITY", "/alliances/0/exchanges/0/kind")
                .is(Severity.WARNING, "qijiang-tts", "yingshan-tts", "2023-01-01", "2025-12-31")
                .zh("管理干部互挂：规划期 2023-01-01 至 2025-12-31 已结束，“綦江区教师进修学校”（qijiang-tts）派往“营山县教师进修学校”（yingshan-tts） 1 次，反向 0 次，只有单向")
                .en("cadre secondment: the plan 2023-01-01 to 2025-12-31 has ended with 1 from '綦江区教师进修学校' (qijiang-tts) to "
                        + "'营山县教师进修学校' (yingshan-tts) and 0 the other way, one way only");
    }

    @Test
    void exchangeReciprocity_oneReturnMissingOnThePlansLastDay_quiet() {
        var data = exchanges(QIYINGEN, list -> {
            list.remove(1);
            return list;
        });
        assertThat(findings(qiyingen(data, LocalDate.of(2025, 12, 31)), "EXCHANGE_RECIPROCITY")).isEmpty();
    }

    @Test
    void exchangeReciprocity_bothWaysAfterThePlanEnded_quiet() {
        assertThat(findings(qiyingen(QIYINGEN, LocalDate.of(2026, 1, 1)), "EXCHANGE_RECIPROCITY")).isEmpty();
    }

    @Test
    void exchangeReciprocity_oneWayExchangeNotStartedByAsOf_quiet() {
        var data = exchange(QIYINGEN, 1, x -> Mutations.during(Mutations.between(x, QIJIANG, YINGSHAN),
                LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 30)));
        assertThat(findings(qiyingen(data), "EXCHANGE_RECIPROCITY")).isEmpty();
    }

    /** Two secondments from 綦江 to 营山 (exchanges 0 and 2) and one back (exchange 1): within the tolerance. */
    private static final Dataset TWO_OUT_ONE_BACK = exchange(QIYINGEN, 2, x -> Mutations.between(x, QIJIANG, YINGSHAN));

    @Test
    void exchangeReciprocity_twoSecondmentsOutOneBack_quiet() {
        assertThat(findings(qiyingen(TWO_OUT_ONE_BACK), "EXCHANGE_RECIPROCITY")).isEmpty();
    }

    @Test
    void exchangeReciprocity_onlyReturnSecondmentEmptied_fires() {
        var data = emptied(TWO_OUT_ONE_BACK, i -> i == 1);
        fires(qiyingen(data), "EXCHANGE_RECIPROCITY", "/alliances/0/exchanges/0/kind")
                .is(Severity.WARNING, "qijiang-tts", "yingshan-tts", "2", "0", "1")
                .zh("管理干部互挂");
    }

    @Test
    void exchangeReciprocity_onlyReturnSecondmentEmptiedInTwoRuns_fires() {
        var data = emptied(TWO_OUT_ONE_BACK, i -> i == 1);
        var report = Mutations.qiyingenInTwoRuns(data, "/alliances/0/exchanges/2"::equals);
        fires(report, "EXCHANGE_RECIPROCITY", "/alliances/0/exchanges/0/kind")
                .is(Severity.WARNING, "qijiang-tts", "yingshan-tts", "2", "0", "1");
    }

    /** The preset with a reciprocity tolerance of 2 instead of 1. */
    private static final Policy TOLERANCE_OF_TWO = Mutations.alliances(QIYINGEN_POLICY,
            p -> p.withReciprocityTolerance(2));

    @Test
    void exchangeReciprocity_bothSecondmentsOneWayUnderAToleranceOfTwo_quiet() {
        var data = exchange(QIYINGEN, 1, x -> Mutations.between(x, QIJIANG, YINGSHAN));
        assertThat(findings(qiyingen(data, TOLERANCE_OF_TWO), "EXCHANGE_RECIPROCITY")).isEmpty();
    }

    @Test
    void exchangeReciprocity_threeSecondmentsOneWayUnderAToleranceOfTwo_fires() {
        var data = exchange(TWO_OUT_ONE_BACK, 1, x -> Mutations.between(x, QIJIANG, YINGSHAN));
        fires(qiyingen(data, TOLERANCE_OF_TWO), "EXCHANGE_RECIPROCITY", "/alliances/0/exchanges/0/kind")
                .is(Severity.WARNING)
                .says("管理干部互挂：“綦江区教师进修学校”（qijiang-tts）派往“营山县教师进修学校”（yingshan-tts） 3 次，反向 0 次，差额超过 2",
                        "cadre secondment: 3 from '綦江区教师进修学校' (qijiang-tts) to '营山县教师进修学校' (yingshan-tts) but 0 the other way; the tolerance is 2");
    }

    @Test
    void exchangeReciprocity_everyExchangeEmptied_quiet() {
        assertThat(findings(qiyingen(emptied(QIYINGEN, i -> true)), "EXCHANGE_RECIPROCITY")).isEmpty();
    }

    @Test
    void exchangeReciprocity_qiyingenExample_quiet() {
        assertThat(findings(qiyingen(QIYINGEN), "EXCHANGE_RECIPROCITY")).isEmpty();
    }

    // ----- EXCHANGE_KIND_UNUSED

    private static final Dataset WITHOUT_VISITS = exchanges(QIYINGEN, list -> list.stream()
            .filter(x -> x.kind() != ExchangeKind.TEACHER_MUTUAL_VISIT).toList());

    @Test
    void exchangeKindUnused_noVisitsByThePlanEnd_fires() {
        fires(qiyingen(WITHOUT_VISITS, AFTER_PLAN), "EXCHANGE_KIND_UNUSED", "/alliances/0/exchanges")
                .is(Severity.WARNING)
                .says("联盟“" + NAME + "”未开展参训教师互访", "alliance '" + NAME + "' has run no teacher mutual visit");
    }

    @Test
    void exchangeKindUnused_umbrellaWithoutExchangesOfItsOwn_quiet() {
        var report = qiyingen(Mutations.withBareCommunity(QIYINGEN, true), AFTER_PLAN);
        assertThat(findings(report, "EXCHANGE_KIND_UNUSED")).isEmpty();
    }

    @Test
    void exchangeKindUnused_sameRecordNamedAsParentByNoAlliance_fires() {
        fires(qiyingen(Mutations.withBareCommunity(QIYINGEN, false), AFTER_PLAN), "EXCHANGE_KIND_UNUSED",
                "/alliances/1/exchanges").zh("联盟“成渝地区双城经济圈研训机构“10+20”共同体”未开展管理干部互挂");
    }

    @Test
    void exchangeKindUnused_umbrellaWithExchangesOfSomeKinds_fires() {
        Dataset data = Mutations.underCommunity(community -> Mutations.withExchanges(community,
                Mutations.alliance().exchanges().stream().filter(x -> x.kind() != ExchangeKind.TEACHER_MUTUAL_VISIT)
                        .toList()));
        fires(qiyingen(data, AFTER_PLAN), "EXCHANGE_KIND_UNUSED", "/alliances/1/exchanges")
                .en("has run no teacher mutual visit");
    }

    @Test
    void exchangeKindUnused_allianceListedTwice_firesOnceAtTheFirstRecord() {
        var report = qiyingen(Mutations.allianceListedTwice(WITHOUT_VISITS), AFTER_PLAN);
        assertThat(Mutations.pointers(report, "EXCHANGE_KIND_UNUSED")).containsExactly("/alliances/0/exchanges");
    }

    @Test
    void exchangeKindUnused_everyVisitToAnInstitutionOutsideTheAllianceByThePlanEnd_fires() {
        var data = exchanges(QIYINGEN, list -> list.stream().map(x -> x.kind() == ExchangeKind.TEACHER_MUTUAL_VISIT
                ? Mutations.between(x, x.from(), InstitutionId.of("nowhere-tts")) : x).toList());
        fires(qiyingen(data, AFTER_PLAN), "EXCHANGE_KIND_UNUSED", "/alliances/0/exchanges")
                .en("has run no teacher mutual visit");
    }

    @Test
    void exchangeKindUnused_everyVisitEmptiedByThePlanEnd_fires() {
        var data = emptied(QIYINGEN, i -> i >= 18);
        Finding finding = fires(qiyingen(data, AFTER_PLAN), "EXCHANGE_KIND_UNUSED", "/alliances/0/exchanges")
                .is(Severity.WARNING)
                .zh("参训教师互访")
                .en("teacher mutual visit")
                .finding();
        assertThat(finding.messageEn()).doesNotContain("cadre secondment", "research-trainer dispatch",
                "trainer mutual learning");
    }

    @Test
    void exchangeKindUnused_everyVisitToItselfByThePlanEnd_fires() {
        var data = exchanges(QIYINGEN, list -> {
            for (int i = 18; i < list.size(); i++) {
                list.set(i, Mutations.between(list.get(i), QIJIANG, QIJIANG));
            }
            return list;
        });
        fires(qiyingen(data, AFTER_PLAN), "EXCHANGE_KIND_UNUSED", "/alliances/0/exchanges").en("teacher mutual visit");
    }

    @Test
    void exchangeKindUnused_everyExchangeEmptiedByThePlanEnd_fires() {
        fires(qiyingen(emptied(QIYINGEN, i -> true), AFTER_PLAN), "EXCHANGE_KIND_UNUSED", "/alliances/0/exchanges")
                .is(Severity.WARNING)
                .says("联盟“" + NAME + "”未开展管理干部互挂、研训员互派、培训者互学、参训教师互访", "alliance '" + NAME
                        + "' has run no cadre secondment, "
                        + "research-trainer dispatch, trainer mutual learning or teacher mutual visit");
    }

    @Test
    void exchangeKindUnused_oneVisitEmptiedByThePlanEnd_quiet() {
        var data = emptied(QIYINGEN, i -> i == 18);
        assertThat(findings(qiyingen(data, AFTER_PLAN), "EXCHANGE_KIND_UNUSED")).isEmpty();
    }

    @Test
    void exchangeKindUnused_noVisitsWhileThePlanRuns_quiet() {
        assertThat(findings(qiyingen(WITHOUT_VISITS), "EXCHANGE_KIND_UNUSED")).isEmpty();
    }

    @Test
    void exchangeKindUnused_qiyingenExampleAfterThePlan_quiet() {
        assertThat(findings(qiyingen(QIYINGEN, AFTER_PLAN), "EXCHANGE_KIND_UNUSED")).isEmpty();
    }
}
