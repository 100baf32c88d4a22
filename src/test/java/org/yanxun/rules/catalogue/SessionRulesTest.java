package org.yanxun.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.yanxun.rules.catalogue.Mutations.QIYINGEN;
import static org.yanxun.rules.catalogue.Mutations.QIYINGEN_POLICY;
import static org.yanxun.rules.catalogue.Mutations.alliance;
import static org.yanxun.rules.catalogue.Mutations.findings;
import static org.yanxun.rules.catalogue.Mutations.fires;
import static org.yanxun.rules.catalogue.Mutations.pointers;
import static org.yanxun.rules.catalogue.Mutations.qiyingen;
import static org.yanxun.rules.catalogue.Mutations.session;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yanxun.Alliance;
import org.yanxun.AlliancePlan;
import org.yanxun.Dataset;
import org.yanxun.DateRange;
import org.yanxun.Expert;
import org.yanxun.InstitutionId;
import org.yanxun.JointSession;
import org.yanxun.SessionId;
import org.yanxun.SessionKind;
import org.yanxun.SessionRole;
import org.yanxun.SessionUnit;
import org.yanxun.policy.Policy;
import org.yanxun.policy.Severity;
import org.yanxun.rules.Finding;
import org.yanxun.rules.Report;

/** The rules of {@code SessionRules}, on the five joint sessions of 綦营恩. */
class SessionRulesTest {

    private static final InstitutionId QIJIANG = InstitutionId.of("qijiang-tts");
    private static final InstitutionId YINGSHAN = InstitutionId.of("yingshan-tts");
    private static final InstitutionId ENYANG = InstitutionId.of("enyang-tts");
    private static final String NAME = Mutations.alliance().name();

    private static String theme(int session) {
        return Mutations.alliance().sessions().get(session).theme();
    }

    private static JointSession ofKind(JointSession s, SessionKind kind) {
        return new JointSession(s.id(), s.date(), s.theme(), kind, s.mode(), s.units(), s.layers(), s.experts(),
                s.presentations());
    }

    // ----- SESSION_HOST_UNIT

    @Test
    void sessionHostUnit_hostBecomesOrganiser_fires() {
        var data = session(QIYINGEN, 1, s -> Mutations.withUnits(s, List.of(SessionUnit.of(YINGSHAN, SessionRole.ORGANISER),
                SessionUnit.of(QIJIANG, SessionRole.CO_HOST), SessionUnit.of(ENYANG, SessionRole.CO_HOST))));
        fires(qiyingen(data), "SESSION_HOST_UNIT", "/alliances/0/sessions/1/units").is(Severity.ERROR, theme(1));
    }

    @Test
    void sessionHostUnit_coHostOutsideTheAlliance_fires() {
        var data = session(QIYINGEN, 1, s -> {
            List<SessionUnit> units = new ArrayList<>(s.units());
            units.add(SessionUnit.of(InstitutionId.of("nowhere-tts"), SessionRole.CO_HOST));
            return Mutations.withUnits(s, units);
        });
        fires(qiyingen(data), "SESSION_HOST_UNIT", "/alliances/0/sessions/1/units/3/institution")
                .is(Severity.ERROR, "nowhere-tts", NAME)
                .zh("单位“nowhere-tts”不是联盟“")
                .en("unit 'nowhere-tts' is not a member of alliance '");
    }

    /** The November 2022 session (营山 主办, 綦江 and 恩阳 协办) naming one more unit. */
    private static Dataset sessionNamingAlso(SessionUnit unit) {
        return session(QIYINGEN, 1, s -> {
            List<SessionUnit> units = new ArrayList<>(s.units());
            units.add(unit);
            return Mutations.withUnits(s, units);
        });
    }

    @Test
    void sessionHostUnit_hostAlsoCoHost_fires() {
        fires(qiyingen(sessionNamingAlso(SessionUnit.of(YINGSHAN, SessionRole.CO_HOST))), "SESSION_HOST_UNIT",
                "/alliances/0/sessions/1/units/3/role")
                .is(Severity.ERROR, "yingshan-tts", theme(1))
                .zh("既是主办又是协办")
                .en("is both host and co-host");
    }

    @Test
    void sessionHostUnit_coHostNamedTwice_fires() {
        fires(qiyingen(sessionNamingAlso(SessionUnit.of(QIJIANG, SessionRole.CO_HOST))), "SESSION_HOST_UNIT",
                "/alliances/0/sessions/1/units/3")
                .is(Severity.ERROR, "qijiang-tts", theme(1))
                .zh("重复列出单位“綦江区教师进修学校”（qijiang-tts）为协办")
                .en("names unit '綦江区教师进修学校' (qijiang-tts) as co-host twice");
    }

    @Test
    void sessionHostUnit_hostAndCoHostThenOrganiser_firesOnceAtTheCoHost() {
        var data = session(QIYINGEN, 1, s -> {
            List<SessionUnit> units = new ArrayList<>(s.units());
            units.add(SessionUnit.of(YINGSHAN, SessionRole.CO_HOST));
            units.add(SessionUnit.of(YINGSHAN, SessionRole.ORGANISER));
            return Mutations.withUnits(s, units);
        });
        assertThat(pointers(qiyingen(data), "SESSION_HOST_UNIT")).containsExactly("/alliances/0/sessions/1/units/3/role");
    }

    /** The April 2023 session as reported (承办 綦江, 主办 all three), with 綦江 outside the alliance in both roles. */
    @Test
    void sessionHostUnit_unitOutsideTheAllianceInTwoRoles_reportedOnceWhereFirstNamed() {
        InstitutionId nowhere = InstitutionId.of("nowhere-tts");
        var data = session(QIYINGEN, 2, s -> Mutations.withUnits(s, List.of(
                SessionUnit.of(nowhere, SessionRole.ORGANISER), SessionUnit.of(nowhere, SessionRole.HOST),
                SessionUnit.of(YINGSHAN, SessionRole.HOST), SessionUnit.of(ENYANG, SessionRole.HOST))));
        assertThat(pointers(qiyingen(data), "SESSION_HOST_UNIT")).containsExactly(
                "/alliances/0/sessions/2/units/0/institution");
    }

    @Test
    void sessionHostUnit_hostAlsoOrganiser_quiet() {
        assertThat(findings(qiyingen(sessionNamingAlso(SessionUnit.of(YINGSHAN, SessionRole.ORGANISER))),
                "SESSION_HOST_UNIT")).isEmpty();
    }

    @Test
    void sessionHostUnit_qiyingenExample_quiet() {
        assertThat(findings(qiyingen(QIYINGEN), "SESSION_HOST_UNIT")).isEmpty();
    }

    // ----- SESSION_OUTSIDE_PLAN

    @Test
    void sessionOutsidePlan_sessionAfterThePlan_fires() {
        var data = session(QIYINGEN, 4, s -> Mutations.on(s, LocalDate.of(2026, 2, 1)));
        fires(qiyingen(data), "SESSION_OUTSIDE_PLAN", "/alliances/0/sessions/4/date")
                .is(Severity.INFO, theme(4), "2026-02-01", "2023-01-01", "2025-12-31");
    }

    @Test
    void sessionOutsidePlan_sessionsOfThePlanYears_quiet() {
        assertThat(pointers(qiyingen(QIYINGEN), "SESSION_OUTSIDE_PLAN"))
                .doesNotContain("/alliances/0/sessions/2/date", "/alliances/0/sessions/3/date", "/alliances/0/sessions/4/date");
    }

    @Test
    void sessionOutsidePlan_allianceWithoutPlan_quiet() {
        var data = Mutations.alliance(QIYINGEN, a -> Mutations.withPlan(a, Optional.empty()));
        assertThat(findings(qiyingen(data), "SESSION_OUTSIDE_PLAN")).isEmpty();
    }

    // ----- SESSION_ROTATION

    @Test
    void sessionRotation_yingshanHostsThreeInARow_fires() {
        var data = session(QIYINGEN, 3, s -> Mutations.withUnits(s, List.of(SessionUnit.of(YINGSHAN, SessionRole.HOST),
                SessionUnit.of(QIJIANG, SessionRole.CO_HOST), SessionUnit.of(ENYANG, SessionRole.CO_HOST))));
        fires(qiyingen(data), "SESSION_ROTATION", "/alliances/0/sessions/3/units")
                .is(Severity.WARNING, "yingshan-tts", theme(3), "2")
                .zh("单位“营山县教师进修学校”（yingshan-tts）连续主办第 3 次（“" + theme(3) + "”）")
                .en("unit '营山县教师进修学校' (yingshan-tts) hosts 3 consecutive sessions");
    }

    @Test
    void sessionRotation_threeInARowWhereThreeAreAllowed_quiet() {
        var data = session(QIYINGEN, 3, s -> Mutations.withUnits(s, List.of(SessionUnit.of(YINGSHAN, SessionRole.HOST),
                SessionUnit.of(QIJIANG, SessionRole.CO_HOST), SessionUnit.of(ENYANG, SessionRole.CO_HOST))));
        var policy = Mutations.alliances(QIYINGEN_POLICY, p -> p.withMaxConsecutiveHostings(3));
        assertThat(findings(qiyingen(data, policy), "SESSION_ROTATION")).isEmpty();
    }

    @Test
    void sessionRotation_sessionOfManyHostsThenManySessions_checkedInLinearTime() {
        int n = 100_000;
        JointSession template = QIYINGEN.alliances().get(0).sessions().get(0);
        List<SessionUnit> everyone = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            everyone.add(SessionUnit.of(InstitutionId.of("syn-unit-" + i), SessionRole.HOST));
        }
        List<JointSession> sessions = new ArrayList<>();
        sessions.add(hostedBy(template, 0, everyone));
        for (int i = 1; i <= n; i++) {
            sessions.add(hostedBy(template, i, List.of(SessionUnit.of(i % 2 == 0 ? QIJIANG : YINGSHAN, SessionRole.HOST))));
        }
        var data = alliance(QIYINGEN, a -> Mutations.withSessions(a, sessions));
        // Emptying one map kept the size the first session gave it, and each later session walked it.
        Report report = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> qiyingen(data, Mutations.only(QIYINGEN_POLICY, "SESSION_ROTATION")));

        assertThat(findings(report, "SESSION_ROTATION")).isEmpty();
    }

    /** A session like the template, the {@code i}th in date order, with other units. */
    private static JointSession hostedBy(JointSession template, int i, List<SessionUnit> units) {
        return new JointSession(SessionId.of("syn-session-" + i), template.date().plusDays(i / 100), template.theme(),
                template.kind(), template.mode(), units, template.layers(), template.experts(), template.presentations());
    }

    @Test
    void sessionRotation_qiyingenExample_quiet() {
        assertThat(findings(qiyingen(QIYINGEN), "SESSION_ROTATION")).isEmpty();
    }

    // ----- SESSION_FREQUENCY

    /** The "10+20" community with 綦营恩's plan and the given sessions of its own. */
    private static Alliance communityWithPlan(Alliance community, List<JointSession> sessions) {
        return new Alliance(community.id(), community.name(), community.parent(), community.members(),
                alliance().plan(), sessions, community.exchanges(), community.resources());
    }

    @Test
    void sessionFrequency_umbrellaWithAPlanAndNoSessionOfItsOwn_quiet() {
        Dataset data = Mutations.underCommunity(c -> communityWithPlan(c, List.of()));
        // 綦营恩 itself held no session in 2025.
        assertThat(pointers(qiyingen(data, LocalDate.of(2026, 3, 1)), "SESSION_FREQUENCY"))
                .containsExactly("/alliances/0/plan/period");
    }

    @Test
    void sessionFrequency_umbrellaWithAPlanAndOnlyAWorkingMeeting_quiet() {
        JointSession meeting = alliance().sessions().get(2);
        Dataset data = Mutations.underCommunity(c -> communityWithPlan(c, List.of(new JointSession(meeting.id(),
                meeting.date(), meeting.theme(), SessionKind.WORKING_MEETING, meeting.mode(), meeting.units(),
                meeting.layers(), meeting.experts(), meeting.presentations()))));
        assertThat(pointers(qiyingen(data, LocalDate.of(2026, 3, 1)), "SESSION_FREQUENCY"))
                .containsExactly("/alliances/0/plan/period");
    }

    @Test
    void sessionFrequency_umbrellaWithSessionsOfItsOwn_checked() {
        Dataset data = Mutations.underCommunity(c -> communityWithPlan(c, List.of(alliance().sessions().get(2))));
        assertThat(qiyingen(data, LocalDate.of(2026, 3, 1)).withCode("SESSION_FREQUENCY").findings().stream()
                .filter(f -> f.location().pointer().startsWith("/alliances/1/")).map(Finding::messageEn))
                .containsExactly("plan year 2 (2024-01-01 to 2024-12-31) held 0 joint research sessions; the policy "
                                + "requires at least 1",
                        "plan year 3 (2025-01-01 to 2025-12-31) held 0 joint research sessions; the policy requires at "
                                + "least 1");
    }

    @Test
    void sessionFrequency_sameRecordNamedAsParentByNoAlliance_fires() {
        Dataset named = Mutations.underCommunity(c -> communityWithPlan(c, List.of()));
        Alliance qiyingen = named.alliances().get(0);
        Dataset data = named.withAlliances(List.of(new Alliance(qiyingen.id(), qiyingen.name(), Optional.empty(),
                qiyingen.members(), qiyingen.plan(), qiyingen.sessions(), qiyingen.exchanges(), qiyingen.resources()),
                named.alliances().get(1)));
        assertThat(pointers(qiyingen(data, LocalDate.of(2026, 3, 1)), "SESSION_FREQUENCY")).containsExactly(
                "/alliances/0/plan/period", "/alliances/1/plan/period", "/alliances/1/plan/period",
                "/alliances/1/plan/period");
    }

    @Test
    void sessionFrequency_noSessionIn2024_fires() {
        var data = session(QIYINGEN, 4, s -> Mutations.on(s, LocalDate.of(2025, 3, 1)));
        fires(qiyingen(data), "SESSION_FREQUENCY", "/alliances/0/plan/period")
                .is(Severity.WARNING, "2", "2024-01-01", "2024-12-31", "0", "1");
    }

    @Test
    void sessionFrequency_allianceListedTwice_firesOnceAtTheFirstRecord() {
        var data = Mutations.allianceListedTwice(session(QIYINGEN, 4, s -> Mutations.on(s, LocalDate.of(2025, 3, 1))));
        assertThat(pointers(qiyingen(data), "SESSION_FREQUENCY")).containsExactly("/alliances/0/plan/period");
    }

    @Test
    void sessionFrequency_sessionsOfTheFirstYearMovedBeforeThePlan_fires() {
        var data = session(session(QIYINGEN, 2, s -> Mutations.on(s, LocalDate.of(2022, 12, 1))), 3,
                s -> Mutations.on(s, LocalDate.of(2022, 12, 15)));
        Finding finding = fires(qiyingen(data), "SESSION_FREQUENCY", "/alliances/0/plan/period").finding();
        assertThat(finding.messageZh()).isEqualTo("规划第 1 年（2023-01-01 至 2023-12-31）举办 0 次联合研修，至少应为 1 次");
        assertThat(finding.messageEn())
                .isEqualTo("plan year 1 (2023-01-01 to 2023-12-31) held 0 joint research sessions; the policy "
                        + "requires at least 1");
    }

    /** 2024's only session becomes a working meeting, which the rule does not count, and the English says so. */
    @Test
    void sessionFrequency_yearWithOnlyAWorkingMeeting_firesCountingJointResearchSessions() {
        var data = session(QIYINGEN, 4, s -> new JointSession(s.id(), s.date(), s.theme(), SessionKind.WORKING_MEETING,
                s.mode(), s.units(), s.layers(), s.experts(), s.presentations()));
        Finding finding = fires(qiyingen(data), "SESSION_FREQUENCY", "/alliances/0/plan/period").finding();
        assertThat(finding.messageZh()).contains("举办 0 次联合研修");
        assertThat(finding.messageEn()).contains("held 0 joint research sessions");
    }

    @Test
    void sessionFrequency_oneSessionWhereTwoAreRequired_countsItInTheSingular() {
        Policy twoAYear = QIYINGEN_POLICY.withAlliances(QIYINGEN_POLICY.alliances().withMinSessionsPerYear(2));
        assertThat(qiyingen(QIYINGEN, twoAYear).withCode("SESSION_FREQUENCY").findings()).extracting(Finding::messageEn)
                .contains("plan year 2 (2024-01-01 to 2024-12-31) held 1 joint research session; the policy "
                        + "requires at least 2");
    }

    @Test
    void sessionFrequency_planYearNotOverYet_quiet() {
        var data = session(QIYINGEN, 4, s -> Mutations.on(s, LocalDate.of(2025, 3, 1)));
        assertThat(findings(qiyingen(data, LocalDate.of(2024, 12, 31)), "SESSION_FREQUENCY")).isEmpty();
    }

    @Test
    void sessionFrequency_onlySessionOf2024AWorkingMeeting_fires() {
        var data = session(QIYINGEN, 4, s -> new JointSession(s.id(), s.date(), s.theme(), SessionKind.WORKING_MEETING,
                s.mode(), s.units(), s.layers(), s.experts(), s.presentations()));
        fires(qiyingen(data), "SESSION_FREQUENCY", "/alliances/0/plan/period")
                .is(Severity.WARNING, "2", "2024-01-01", "2024-12-31", "0", "1");
    }

    /** The 綦营恩 data with its plan ending on another day, as of 2026-06-01, when 2025 had no session. */
    private static List<Finding> frequencyWithPlanEnding(LocalDate end) {
        var data = alliance(QIYINGEN, a -> Mutations.withPlan(a, a.plan().map(p -> new AlliancePlan(p.title(),
                DateRange.of(p.period().start(), end), p.mechanisms(), p.resourceKinds(), p.topics(), p.activityKinds(),
                p.keyTasks()))));
        return findings(qiyingen(data, LocalDate.of(2026, 6, 1)), "SESSION_FREQUENCY");
    }

    /**
     * The 綦营恩 data with its plan starting on another day, as of 2026-06-01: its joint sessions are in 2022,
     * 2023 and 2024.
     */
    private static List<Finding> frequencyWithPlanStarting(LocalDate start) {
        var data = alliance(QIYINGEN, a -> Mutations.withPlan(a, a.plan().map(p -> new AlliancePlan(p.title(),
                DateRange.of(start, p.period().end()), p.mechanisms(), p.resourceKinds(), p.topics(), p.activityKinds(),
                p.keyTasks()))));
        return findings(qiyingen(data, LocalDate.of(2026, 6, 1)), "SESSION_FREQUENCY");
    }

    @Test
    void sessionFrequency_planOfACenturyWithoutSessions_tenYearsOneEachAndTheRestTogether() {
        List<Finding> found = frequencyWithPlanStarting(LocalDate.of(1900, 1, 1));

        assertThat(found).hasSize(11).allSatisfy(f -> assertThat(f.pointer()).isEqualTo("/alliances/0/plan/period"));
        assertThat(found).extracting(Finding::messageEn).contains(
                "plan year 10 (1909-01-01 to 1909-12-31) held 0 joint research sessions; the policy requires at "
                        + "least 1",
                // 1910 to 2021 and 2025
                "113 more plan years (within 1910-01-01 to 2025-12-31) held fewer than 1 joint research session each");
        assertThat(found).extracting(Finding::messageZh)
                .contains("规划另有 113 个年度（1910-01-01 至 2025-12-31 之间）每年联合研修少于 1 次");
    }

    @Test
    void sessionFrequency_tenYearsWithoutSessions_oneFindingEach() {
        // 2013 to 2021 and 2025
        assertThat(frequencyWithPlanStarting(LocalDate.of(2013, 1, 1))).extracting(Finding::messageEn).hasSize(10)
                .allMatch(message -> message.startsWith("plan year ")).contains(
                        "plan year 13 (2025-01-01 to 2025-12-31) held 0 joint research sessions; the policy "
                                + "requires at least 1");
    }

    @Test
    void sessionFrequency_planEndingWithinTheMarginOfAFullYear_checksItsLastYearToItsEnd() {
        LocalDate end = LocalDate.of(2025, 12, 31).minusDays(AllianceRules.PLAN_END_MARGIN_DAYS);
        assertThat(frequencyWithPlanEnding(end)).extracting(Finding::messageEn)
                .containsExactly("plan year 3 (2025-01-01 to " + end + ") held 0 joint research sessions; the "
                        + "policy requires at least 1");
    }

    @Test
    void sessionFrequency_planEndingMoreThanTheMarginBeforeAFullYear_leavesItsLastPartialYear() {
        LocalDate end = LocalDate.of(2025, 12, 31).minusDays(AllianceRules.PLAN_END_MARGIN_DAYS + 1);
        assertThat(frequencyWithPlanEnding(end)).isEmpty();
    }

    /**
     * The 綦营恩 data with a plan of 2024-02-29 to 2027-02-28 and two joint sessions, on the given day and on
     * 2026-06-01, as of 2027-06-01. Its years end on 28 February: 2025-02-28, 2026-02-28 and 2027-02-28.
     */
    private static List<Finding> frequencyFromLeapDay(LocalDate first) {
        var data = alliance(QIYINGEN, a -> {
            List<JointSession> sessions = List.of(Mutations.on(a.sessions().get(0), first),
                    Mutations.on(a.sessions().get(1), LocalDate.of(2026, 6, 1)));
            return Mutations.withSessions(Mutations.withPlan(a, a.plan().map(p -> new AlliancePlan(p.title(),
                    DateRange.of(LocalDate.of(2024, 2, 29), LocalDate.of(2027, 2, 28)), p.mechanisms(),
                    p.resourceKinds(), p.topics(), p.activityKinds(), p.keyTasks()))), sessions);
        });
        return findings(qiyingen(data, LocalDate.of(2027, 6, 1)), "SESSION_FREQUENCY");
    }

    @Test
    void sessionFrequency_planFromALeapDay_sessionOnTheSecondYearsFirstDayCountsThere() {
        assertThat(frequencyFromLeapDay(LocalDate.of(2025, 3, 1))).extracting(Finding::messageEn).containsExactly(
                "plan year 1 (2024-02-29 to 2025-02-28) held 0 joint research sessions; the policy requires at "
                        + "least 1");
    }

    @Test
    void sessionFrequency_planFromALeapDay_sessionOnTheFirstYearsLastDayCountsThere() {
        assertThat(frequencyFromLeapDay(LocalDate.of(2025, 2, 28))).extracting(Finding::messageEn).containsExactly(
                "plan year 2 (2025-03-01 to 2026-02-28) held 0 joint research sessions; the policy requires at "
                        + "least 1");
    }

    @Test
    void sessionFrequency_qiyingenExample_quiet() {
        assertThat(findings(qiyingen(QIYINGEN), "SESSION_FREQUENCY")).isEmpty();
    }

    // ----- SESSION_EXPERT_EXTERNAL

    private static final Expert MEMBER_EXPERT = Expert.of("特邀专家乙", "綦江区教师进修学校", QIJIANG);
    private static final Expert EXTERNAL_EXPERT = Expert.of("特邀专家丙", "西南大学", InstitutionId.of("syn-swu"));

    /** The third session of the example inviting these experts alone. */
    private static Dataset withExperts(Expert... experts) {
        return session(QIYINGEN, 2, s -> Mutations.withExperts(s, List.of(experts)));
    }

    @Test
    void sessionExpertExternal_onlyAnExpertFromAMember_firesCountingHerApart() {
        var data = withExperts(MEMBER_EXPERT);
        fires(qiyingen(data), "SESSION_EXPERT_EXTERNAL", "/alliances/0/sessions/2/experts")
                .is(Severity.WARNING, theme(2), "0", "1")
                .zh("邀请了 0 名外部专家（另有 1 名来自联盟成员单位，不计入），至少应为 1 名")
                .en("invites 0 external experts (1 more from members of the alliance, who do not count); "
                        + "the policy requires at least 1");
    }

    @Test
    void sessionExpertExternal_anExpertFromAMemberBesideAnExternalOne_quiet() {
        var data = withExperts(EXTERNAL_EXPERT, MEMBER_EXPERT);
        assertThat(pointers(qiyingen(data), "SESSION_EXPERT_EXTERNAL"))
                .noneMatch(p -> p.startsWith("/alliances/0/sessions/2/"));
    }

    @Test
    void sessionExpertExternal_onlyAnExpertFromAMemberWhereNoneIsRequired_quiet() {
        var data = withExperts(MEMBER_EXPERT);
        Policy none = QIYINGEN_POLICY.withAlliances(QIYINGEN_POLICY.alliances().withMinExternalExperts(0));
        assertThat(findings(qiyingen(data, none), "SESSION_EXPERT_EXTERNAL")).isEmpty();
    }

    @Test
    void sessionExpertExternal_oneExternalExpertWhereTwoAreRequired_countsItInTheSingular() {
        var data = withExperts(EXTERNAL_EXPERT);
        Policy two = QIYINGEN_POLICY.withAlliances(QIYINGEN_POLICY.alliances().withMinExternalExperts(2));
        fires(qiyingen(data, two), "SESSION_EXPERT_EXTERNAL", "/alliances/0/sessions/2/experts")
                .en("invites 1 external expert; the policy requires at least 2");
    }

    @Test
    void sessionExpertExternal_expertFromAnInstitutionOutsideTheAlliance_quiet() {
        var data = withExperts(EXTERNAL_EXPERT);
        assertThat(pointers(qiyingen(data), "SESSION_EXPERT_EXTERNAL"))
                .noneMatch(p -> p.startsWith("/alliances/0/sessions/2/"));
    }

    @Test
    void sessionExpertExternal_expertNamingAMemberByAffiliationTextAlone_countsAsExternal() {
        var data = withExperts(Expert.of("特邀专家乙", "綦江区教师进修学校"));
        assertThat(pointers(qiyingen(data), "SESSION_EXPERT_EXTERNAL"))
                .noneMatch(p -> p.startsWith("/alliances/0/sessions/2/"));
    }

    @Test
    void sessionExpertExternal_workingMeetingWithoutExperts_quiet() {
        var data = session(QIYINGEN, 0, s -> Mutations.withExperts(ofKind(s, SessionKind.WORKING_MEETING), List.of()));
        assertThat(findings(qiyingen(data), "SESSION_EXPERT_EXTERNAL")).isEmpty();
    }

    @Test
    void sessionExpertExternal_qiyingenExample_quiet() {
        assertThat(findings(qiyingen(QIYINGEN), "SESSION_EXPERT_EXTERNAL")).isEmpty();
    }
}
