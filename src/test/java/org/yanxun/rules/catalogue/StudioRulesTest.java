package org.yanxun.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.yanxun.rules.catalogue.Mutations.LIWAN;
import static org.yanxun.rules.catalogue.Mutations.LIWAN_POLICY;
import static org.yanxun.rules.catalogue.Mutations.SG;
import static org.yanxun.rules.catalogue.Mutations.findings;
import static org.yanxun.rules.catalogue.Mutations.fires;
import static org.yanxun.rules.catalogue.Mutations.liwan;
import static org.yanxun.rules.catalogue.Mutations.membership;
import static org.yanxun.rules.catalogue.Mutations.memberships;
import static org.yanxun.rules.catalogue.Mutations.personAt;
import static org.yanxun.rules.catalogue.Mutations.plus;
import static org.yanxun.rules.catalogue.Mutations.pointers;
import static org.yanxun.rules.catalogue.Mutations.studio;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yanxun.Certificate;
import org.yanxun.Cycle;
import org.yanxun.Dataset;
import org.yanxun.Evaluation;
import org.yanxun.EvaluationKind;
import org.yanxun.Grade;
import org.yanxun.HostDuty;
import org.yanxun.InstitutionId;
import org.yanxun.Membership;
import org.yanxun.MentoringPair;
import org.yanxun.PersonId;
import org.yanxun.PlannedActivity;
import org.yanxun.Studio;
import org.yanxun.StudioForm;
import org.yanxun.StudioStatus;
import org.yanxun.StudioType;
import org.yanxun.Tier;
import org.yanxun.examples.ExampleCommunities;
import org.yanxun.policy.GradeOutcome;
import org.yanxun.policy.Policy;
import org.yanxun.policy.Severity;
import org.yanxun.policy.StudioTypePolicy;
import org.yanxun.rules.Dimensions;
import org.yanxun.rules.Entity;
import org.yanxun.rules.Finding;
import org.yanxun.rules.FindingSink;
import org.yanxun.rules.LocalRule;
import org.yanxun.rules.Report;
import org.yanxun.rules.Rule;
import org.yanxun.rules.RuleContext;
import org.yanxun.rules.RuleEngine;

/** The rules of {@code StudioRules}, on studio 3 of the Liwan example (a special-grade studio). */
class StudioRulesTest {

    private static final LocalDate LAUNCH = LocalDate.of(2026, 1, 9);
    private static final String AT = "/clusters/0/studios/3";
    private static final String NAME = studio(SG).name();
    private static final PersonId HOST = personAt(SG, 0).id();
    private static final PersonId MEMBER = personAt(SG, 2).id();

    private static Dataset sg(java.util.function.UnaryOperator<Studio> change) {
        return studio(LIWAN, SG, change);
    }

    private static Studio withActivities(Studio s, List<PlannedActivity> activities) {
        return new Studio(s.id(), s.name(), s.type(), s.level(), s.hostInstitution(), s.researchDirection(), s.stages(),
                s.subjects(), s.cycle(), s.status(), s.memberships(), s.evaluations(), activities, s.mentoringPairs(),
                s.certificates());
    }

    private static Studio ofType(Studio s, StudioType type) {
        return new Studio(s.id(), s.name(), type, s.level(), s.hostInstitution(), s.researchDirection(), s.stages(),
                s.subjects(), s.cycle(), s.status(), s.memberships(), s.evaluations(), s.activities(),
                s.mentoringPairs(), s.certificates());
    }

    // ----- STUDIO_HOST_COUNT

    @Test
    void studioHostCount_hostLeftBeforeAsOf_fires() {
        var data = sg(s -> membership(s, 0, m -> m.withLeftOn(LocalDate.of(2026, 2, 1))));
        fires(liwan(data), "STUDIO_HOST_COUNT", AT + "/memberships")
                .is(Severity.ERROR, NAME, "0", "2026-03-01", "1");
    }

    @Test
    void studioHostCount_assistantAlsoHost_fires() {
        var data = sg(s -> membership(s, 1, m -> Membership.of(m.person(), Tier.HOST, m.joinedOn())));
        fires(liwan(data), "STUDIO_HOST_COUNT", AT + "/memberships").is(Severity.ERROR, NAME, "2");
    }

    @Test
    void studioHostCount_hostLeavesOnAsOf_quiet() {
        var data = sg(s -> membership(s, 0, m -> m.withLeftOn(LocalDate.of(2026, 3, 1))));
        assertThat(findings(liwan(data), "STUDIO_HOST_COUNT")).isEmpty();
    }

    @Test
    void studioHostCount_hostListedTwice_quiet() {
        var data = sg(s -> plus(s, Membership.of(HOST, Tier.HOST, LAUNCH)));
        assertThat(findings(liwan(data), "STUDIO_HOST_COUNT")).isEmpty();
    }

    private static final Policy TWO_HOSTS = Mutations.studios(LIWAN_POLICY, p -> p.withHostsPerStudio(2));

    @Test
    void studioHostCount_oneHostWhereTwoRequired_fires() {
        fires(liwan(LIWAN, TWO_HOSTS), "STUDIO_HOST_COUNT", AT + "/memberships")
                .is(Severity.ERROR, NAME, "2026-03-01")
                .zh("有 1 名主持人，应为 2 名")
                .en("has 1 host on 2026-03-01; the policy requires 2");
    }

    @Test
    void studioHostCount_twoHostsWhereTwoRequired_quiet() {
        var data = sg(s -> membership(s, 1, m -> Membership.of(m.person(), Tier.HOST, m.joinedOn())));
        assertThat(pointers(liwan(data, TWO_HOSTS), "STUDIO_HOST_COUNT")).doesNotContain(AT + "/memberships");
    }

    @Test
    void studioHostCount_threeHostsWhereTwoRequired_fires() {
        var data = sg(s -> membership(membership(s, 1, m -> Membership.of(m.person(), Tier.HOST, m.joinedOn())), 2,
                m -> Membership.of(m.person(), Tier.HOST, m.joinedOn())));
        fires(liwan(data, TWO_HOSTS), "STUDIO_HOST_COUNT", AT + "/memberships")
                .zh("有 3 名主持人，应为 2 名")
                .en("has 3 hosts on 2026-03-01; the policy requires 2");
    }

    @Test
    void studioHostCount_liwanExample_quiet() {
        assertThat(findings(liwan(LIWAN), "STUDIO_HOST_COUNT")).isEmpty();
    }

    // ----- STUDIO_MEMBER_COUNT

    @Test
    void studioMemberCount_oneMemberTooFew_fires() {
        var data = sg(s -> memberships(s, list -> list.subList(0, 4)));
        fires(liwan(data), "STUDIO_MEMBER_COUNT", AT + "/memberships").is(Severity.ERROR, NAME, "2", "3", "15");
    }

    @Test
    void studioMemberCount_oneMember_countsItInTheSingular() {
        var data = sg(s -> memberships(s, list -> list.subList(0, 3)));
        fires(liwan(data), "STUDIO_MEMBER_COUNT", AT + "/memberships").is(Severity.ERROR, NAME, "1", "3", "15")
                .en("has 1 member on ");
    }

    @Test
    void studioMemberCount_policyOfOneCount_quotesItOnce() {
        var policy = Mutations.studioType(LIWAN_POLICY, StudioType.SPECIAL_GRADE_STUDIO,
                t -> t.withMinMembers(5).withMaxMembers(5));
        var data = sg(s -> memberships(s, list -> list.subList(0, 5)));
        fires(liwan(data, policy), "STUDIO_MEMBER_COUNT", AT + "/memberships").is(Severity.ERROR, NAME, "3")
                .zh("名成员，特级教师/正高级教师工作室应为 5 名")
                .en("; a special-grade studio needs exactly 5");
    }

    @Test
    void studioMemberCount_membersLeftBeforeAsOf_fires() {
        var data = sg(s -> {
            Studio changed = s;
            for (int i = 4; i < 8; i++) {
                changed = membership(changed, i, m -> m.withLeftOn(LocalDate.of(2026, 2, 1)));
            }
            return changed;
        });
        fires(liwan(data), "STUDIO_MEMBER_COUNT", AT + "/memberships").is(Severity.ERROR, NAME, "2");
    }

    @Test
    void studioMemberCount_exactlyTheMinimum_quiet() {
        var data = sg(s -> memberships(s, list -> list.subList(0, 5)));
        assertThat(findings(liwan(data), "STUDIO_MEMBER_COUNT")).isEmpty();
    }

    @Test
    void studioMemberCount_exactlyTheMaximum_quiet() {
        var data = sg(s -> {
            Studio changed = s;
            for (int i = 2; i < 8; i++) {
                changed = plus(changed, Membership.of(personAt(4, i).id(), Tier.MEMBER, LAUNCH));
            }
            for (int i = 2; i < 5; i++) {
                changed = plus(changed, Membership.of(personAt(5, i).id(), Tier.MEMBER, LAUNCH));
            }
            return changed;
        });
        assertThat(pointers(liwan(data), "STUDIO_MEMBER_COUNT")).doesNotContain(AT + "/memberships");
    }

    private static final Policy SIX_MEMBERS = Mutations.studioType(LIWAN_POLICY, StudioType.SPECIAL_GRADE_STUDIO,
            t -> t.withMaxMembers(6));

    @Test
    void studioMemberCount_sixMembersOneListedTwiceWhereSixAllowed_quiet() {
        var data = sg(s -> plus(s, Membership.of(MEMBER, Tier.MEMBER, LAUNCH)));
        assertThat(findings(liwan(data, SIX_MEMBERS), "STUDIO_MEMBER_COUNT")).isEmpty();
    }

    @Test
    void studioMemberCount_twoMembersOneListedTwice_firesCountingTwo() {
        var data = sg(s -> plus(memberships(s, list -> list.subList(0, 4)), Membership.of(MEMBER, Tier.MEMBER, LAUNCH)));
        fires(liwan(data), "STUDIO_MEMBER_COUNT", AT + "/memberships").is(Severity.ERROR, NAME, "3", "15")
                .en("has 2 members on ");
    }

    @Test
    void studioMemberCount_twoMembersWithEqualHashCodes_countsBoth() {
        PersonId aa = PersonId.of("TRAINEE-Aa");
        PersonId bb = PersonId.of("TRAINEE-BB");
        var data = sg(s -> plus(plus(memberships(s, list -> list.subList(0, 3)), Membership.of(aa, Tier.MEMBER, LAUNCH)),
                Membership.of(bb, Tier.MEMBER, LAUNCH)));
        assertThat(findings(liwan(data), "STUDIO_MEMBER_COUNT")).isEmpty();
    }

    @Test
    void studioMemberCount_seventyMembersOneListedTwiceWhereSeventyAllowed_quiet() {
        var data = sg(s -> {
            Studio.Builder studio = memberships(s, list -> list.subList(0, 2)).toBuilder();
            for (int i = 0; i < 70; i++) {
                studio.membership(Membership.of(PersonId.of("member-" + i), Tier.MEMBER, LAUNCH));
            }
            return studio.membership(Membership.of(PersonId.of("member-69"), Tier.MEMBER, LAUNCH)).build();
        });
        Policy seventy = Mutations.studioType(LIWAN_POLICY, StudioType.SPECIAL_GRADE_STUDIO, t -> t.withMaxMembers(70));
        assertThat(findings(liwan(data, seventy), "STUDIO_MEMBER_COUNT")).isEmpty();
    }

    @Test
    void studioMemberCount_liwanExample_quiet() {
        assertThat(findings(liwan(LIWAN), "STUDIO_MEMBER_COUNT")).isEmpty();
    }

    // ----- STUDIO_ONLINE_TRAINEES

    private static final Policy ONE_TRAINEE = Mutations.studioType(LIWAN_POLICY, StudioType.SPECIAL_GRADE_STUDIO,
            t -> t.withMinOnlineTrainees(1));

    @Test
    void studioOnlineTrainees_policyRequiresOne_fires() {
        fires(liwan(LIWAN, ONE_TRAINEE), "STUDIO_ONLINE_TRAINEES", AT + "/memberships")
                .is(Severity.WARNING, NAME, "0", "1");
    }

    @Test
    void studioOnlineTrainees_oneTraineeWhereOneRequired_quiet() {
        var data = sg(s -> plus(s, Membership.of(personAt(4, 2).id(), Tier.ONLINE_TRAINEE, LAUNCH)));
        assertThat(pointers(liwan(data, ONE_TRAINEE), "STUDIO_ONLINE_TRAINEES")).doesNotContain(AT + "/memberships");
    }

    @Test
    void studioOnlineTrainees_oneTraineeListedTwiceWhereTwoRequired_fires() {
        Policy two = Mutations.studioType(LIWAN_POLICY, StudioType.SPECIAL_GRADE_STUDIO, t -> t.withMinOnlineTrainees(2));
        Membership trainee = Membership.of(personAt(4, 2).id(), Tier.ONLINE_TRAINEE, LAUNCH);
        var data = sg(s -> plus(plus(s, trainee), trainee));
        fires(liwan(data, two), "STUDIO_ONLINE_TRAINEES", AT + "/memberships").is(Severity.WARNING, NAME, "2")
                .en("has 1 online trainee on ");
    }

    @Test
    void studioOnlineTrainees_liwanExample_quiet() {
        assertThat(findings(liwan(LIWAN), "STUDIO_ONLINE_TRAINEES")).isEmpty();
    }

    /** The special-grade studio after a failed evaluation: everyone left on 2026-02-28. */
    private static Dataset everyoneLeft(StudioStatus status) {
        return sg(s -> memberships(s, list -> list.stream().map(m -> m.withLeftOn(LocalDate.of(2026, 2, 28))).toList())
                .toBuilder().evaluation(FAILED).status(status).build());
    }

    /** The codes and pointers of the three counts' findings of a studio as of 2026-06-01, one trainee required. */
    private static List<String> counts(Dataset data) {
        return RuleEngine.of(ONE_TRAINEE).validate(data, LocalDate.of(2026, 6, 1)).findings().stream()
                .filter(f -> f.code().startsWith("STUDIO_") && f.code().endsWith("_COUNT")
                        || f.code().equals("STUDIO_ONLINE_TRAINEES"))
                .filter(f -> f.pointer().startsWith(AT + "/"))
                .map(f -> f.code() + " " + f.pointer()).toList();
    }

    @Test
    void studioCounts_activeStudioEveryoneLeft_fire() {
        assertThat(counts(everyoneLeft(StudioStatus.ACTIVE))).containsExactlyInAnyOrder(
                "STUDIO_HOST_COUNT " + AT + "/memberships", "STUDIO_MEMBER_COUNT " + AT + "/memberships",
                "STUDIO_ONLINE_TRAINEES " + AT + "/memberships");
    }

    @Test
    void studioCounts_dissolvedStudio_quiet() {
        assertThat(counts(everyoneLeft(StudioStatus.DISSOLVED))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"2023-12-31, 2024-01-01", "2024-01-01, 2024-01-01", "2025-06-30, 2025-06-30",
            "2025-12-31, 2025-12-31", "2026-01-01, 2025-12-31", "2030-02-28, 2025-12-31"})
    void referenceDate_isTheAsOfDateMovedIntoTheCycle(LocalDate asOf, LocalDate expected) {
        assertThat(StudioRules.referenceDate(Cycle.of(LocalDate.of(2024, 1, 1), 2), asOf)).isEqualTo(expected);
    }

    // ----- STUDIO_DUPLICATE_MEMBER

    @Test
    void studioDuplicateMember_memberListedTwice_fires() {
        var data = sg(s -> plus(s, Membership.of(MEMBER, Tier.MEMBER, LAUNCH)));
        fires(liwan(data), "STUDIO_DUPLICATE_MEMBER", AT + "/memberships/8/person")
                .is(Severity.ERROR, MEMBER.value(), NAME)
                .says("人员“" + MEMBER.value() + "”在“" + NAME + "”中已有重叠的成员身份（成员）", "person '" + MEMBER.value()
                        + "' already holds an overlapping membership of studio '" + NAME + "' (as member)");
    }

    @Test
    void studioDuplicateMember_rejoinsAfterLeaving_quiet() {
        var data = sg(s -> plus(membership(s, 2, m -> m.withLeftOn(LocalDate.of(2026, 1, 31))),
                Membership.of(MEMBER, Tier.MEMBER, LocalDate.of(2026, 2, 1))));
        assertThat(findings(liwan(data), "STUDIO_DUPLICATE_MEMBER")).isEmpty();
    }

    @Test
    void studioDuplicateMember_earlierMembershipListedLater_quiet() {
        var data = sg(s -> plus(membership(s, 2, m -> Membership.of(MEMBER, Tier.MEMBER, LocalDate.of(2026, 2, 1))),
                Membership.of(MEMBER, Tier.MEMBER, LAUNCH).withLeftOn(LocalDate.of(2026, 1, 31))));
        assertThat(findings(liwan(data), "STUDIO_DUPLICATE_MEMBER")).isEmpty();
    }

    @Test
    void studioDuplicateMember_twoPersonsWithEqualHashCodes_quiet() {
        PersonId aa = PersonId.of("TRAINEE-Aa");
        PersonId bb = PersonId.of("TRAINEE-BB");
        assertThat(aa.hashCode()).as("the two identifiers' hash codes collide").isEqualTo(bb.hashCode());
        var data = sg(s -> plus(plus(s, Membership.of(aa, Tier.MEMBER, LAUNCH)), Membership.of(bb, Tier.MEMBER, LAUNCH)));
        assertThat(findings(liwan(data), "STUDIO_DUPLICATE_MEMBER")).isEmpty();
    }

    @Test
    void studioDuplicateMember_personListedTwiceBesideACollidingOne_fires() {
        PersonId aa = PersonId.of("TRAINEE-Aa");
        PersonId bb = PersonId.of("TRAINEE-BB");
        var data = sg(s -> plus(plus(plus(s, Membership.of(aa, Tier.MEMBER, LAUNCH)), Membership.of(bb, Tier.MEMBER,
                LAUNCH)), Membership.of(aa, Tier.MEMBER, LAUNCH)));
        fires(liwan(data), "STUDIO_DUPLICATE_MEMBER", AT + "/memberships/10/person");
    }

    @Test
    void studioDuplicateMember_twoLaterMembershipsWithinAnOpenOne_bothFire() {
        var data = sg(s -> plus(plus(s,
                Membership.of(MEMBER, Tier.ONLINE_TRAINEE, LocalDate.of(2026, 2, 1)).withLeftOn(LocalDate.of(2026, 2, 10))),
                Membership.of(MEMBER, Tier.ONLINE_TRAINEE, LocalDate.of(2026, 4, 1))));
        assertThat(findings(liwan(data), "STUDIO_DUPLICATE_MEMBER"))
                .extracting(Finding::pointer, Finding::messageEn)
                .containsExactly(
                        tuple(AT + "/memberships/8/person", "person '" + MEMBER.value()
                                + "' already holds an overlapping membership of studio '" + NAME + "' (as member)"),
                        tuple(AT + "/memberships/9/person", "person '" + MEMBER.value()
                                + "' already holds an overlapping membership of studio '" + NAME + "' (as member)"));
    }

    @Test
    void studioDuplicateMember_secondListingOverlapsAnOnlineTraineeship_namesTheTierInEachLanguage() {
        var data = sg(s -> plus(plus(s, Membership.of(MEMBER, Tier.ONLINE_TRAINEE, LocalDate.of(2025, 9, 1))),
                Membership.of(MEMBER, Tier.ONLINE_TRAINEE, LAUNCH)));
        fires(liwan(data), "STUDIO_DUPLICATE_MEMBER", AT + "/memberships/9/person")
                .says("人员“" + MEMBER.value() + "”在“" + NAME + "”中已有重叠的成员身份（网络学员）", "person '"
                        + MEMBER.value() + "' already holds an overlapping membership of studio '" + NAME
                        + "' (as online trainee)");
    }

    @Test
    void studioDuplicateMember_laterMembershipAfterTheLongestEnded_quiet() {
        var data = sg(s -> plus(plus(membership(s, 2, m -> m.withLeftOn(LocalDate.of(2026, 3, 31))),
                Membership.of(MEMBER, Tier.ONLINE_TRAINEE, LocalDate.of(2026, 2, 1)).withLeftOn(LocalDate.of(2026, 2, 10))),
                Membership.of(MEMBER, Tier.ONLINE_TRAINEE, LocalDate.of(2026, 4, 1))));
        assertThat(pointers(liwan(data), "STUDIO_DUPLICATE_MEMBER")).containsExactly(AT + "/memberships/8/person");
    }

    @Test
    void studioDuplicateMember_twoLaterMembershipsWithinAClosedOne_bothFire() {
        // The second ends long before the first: the third is compared with the first, not the second.
        var data = sg(s -> plus(plus(membership(s, 2, m -> m.withLeftOn(LocalDate.of(2026, 12, 31))),
                Membership.of(MEMBER, Tier.ONLINE_TRAINEE, LocalDate.of(2026, 2, 1)).withLeftOn(LocalDate.of(2026, 2, 10))),
                Membership.of(MEMBER, Tier.ONLINE_TRAINEE, LocalDate.of(2026, 4, 1))));
        assertThat(pointers(liwan(data), "STUDIO_DUPLICATE_MEMBER"))
                .containsExactly(AT + "/memberships/8/person", AT + "/memberships/9/person");
    }

    @Test
    void studioDuplicateMember_everyMembershipOfOnePerson_fires() {
        // No two memberships name different persons: every hash code is the same.
        var data = sg(s -> memberships(s, list -> List.of(list.get(0), Membership.of(HOST, Tier.HOST, LAUNCH))));
        fires(liwan(data), "STUDIO_DUPLICATE_MEMBER", AT + "/memberships/1/person").is(Severity.ERROR, HOST.value(), NAME);
    }

    @Test
    void studioDuplicateMember_liwanExample_quiet() {
        assertThat(findings(liwan(LIWAN), "STUDIO_DUPLICATE_MEMBER")).isEmpty();
    }

    // ----- STUDIO_CYCLE_LENGTH

    @Test
    void studioCycleLength_threeYearStudio_fires() {
        var data = sg(s -> s.toBuilder().cycle(Cycle.of(LAUNCH, 3)).build());
        fires(liwan(data), "STUDIO_CYCLE_LENGTH", AT + "/cycle/years").is(Severity.ERROR, NAME, "3", "2");
    }

    @Test
    void studioCycleLength_policyOfOneYear_countsItInTheSingular() {
        Policy oneYear = Mutations.studioType(LIWAN_POLICY, StudioType.SPECIAL_GRADE_STUDIO, t -> t.withCycleYears(1));
        fires(liwan(LIWAN, oneYear), "STUDIO_CYCLE_LENGTH", AT + "/cycle/years").is(Severity.ERROR, NAME, "2", "1")
                .en("has a 2-year cycle; the policy sets 1 year for a special-grade studio");
    }

    @Test
    void studioCycleLength_typeThePolicyDoesNotDefine_fires() {
        StudioType rural = new StudioType("RURAL_TEACHER_STUDIO", StudioForm.STUDIO, 3, "乡村教师工作室", "rural-teacher studio");
        var data = sg(s -> ofType(s, rural));
        fires(liwan(data), "STUDIO_CYCLE_LENGTH", AT + "/type")
                .is(Severity.ERROR, "RURAL_TEACHER_STUDIO", "guangzhou-liwan-2026")
                .says("政策 guangzhou-liwan-2026 未规定类型 RURAL_TEACHER_STUDIO（乡村教师工作室）的周期",
                        "policy guangzhou-liwan-2026 defines no cycle for studio type RURAL_TEACHER_STUDIO "
                                + "(rural-teacher studio)");
    }

    private static final StudioType RURAL = new StudioType("RURAL_TEACHER_STUDIO", StudioForm.STUDIO, 3, "乡村教师工作室",
            "rural-teacher studio");

    /** The Liwan preset with a type of its own, set as the special-grade studios are. */
    private static Policy defining(StudioType type) {
        SortedMap<String, StudioTypePolicy> types = new TreeMap<>(LIWAN_POLICY.studios().types());
        types.put(type.code(), types.get(StudioType.SPECIAL_GRADE_STUDIO.code()).withType(type));
        return LIWAN_POLICY.withStudios(LIWAN_POLICY.studios().withTypes(types));
    }

    @Test
    void studioCycleLength_typeThePolicyDefinesOtherwise_firesSayingSo() {
        Policy policy = defining(new StudioType(RURAL.code(), StudioForm.STUDIO, 2, RURAL.zh(), RURAL.en()));
        fires(liwan(sg(s -> ofType(s, RURAL)), policy), "STUDIO_CYCLE_LENGTH", AT + "/type")
                .says("政策 guangzhou-liwan-2026 对类型 RURAL_TEACHER_STUDIO 的定义与本工作室不同：梯级为第 2 级，本工作室为第 3 级",
                        "policy guangzhou-liwan-2026 defines studio type RURAL_TEACHER_STUDIO otherwise than this "
                                + "studio: its rung is 2, this studio's 3");
    }

    @Test
    void studioCycleLength_typeThePolicyDefinesWithOtherFormAndNames_namesEachDifference() {
        Policy policy = defining(new StudioType(RURAL.code(), StudioForm.WORKSHOP, 3, "乡村教师工作坊",
                "rural teacher workshop"));
        fires(liwan(sg(s -> ofType(s, RURAL)), policy), "STUDIO_CYCLE_LENGTH", AT + "/type")
                .says("政策 guangzhou-liwan-2026 对类型 RURAL_TEACHER_STUDIO 的定义与本工作室不同：形式为工作坊，本工作室为工作室；"
                                + "中文名称为“乡村教师工作坊”，本工作室为“乡村教师工作室”；英文名称为“rural teacher workshop”，"
                                + "本工作室为“rural-teacher studio”",
                        "policy guangzhou-liwan-2026 defines studio type RURAL_TEACHER_STUDIO otherwise than this "
                                + "studio: its form is workshop, this studio's studio; its Chinese name is '乡村教师工作坊', "
                                + "this studio's '乡村教师工作室'; its English name is 'rural teacher workshop', this "
                                + "studio's 'rural-teacher studio'");
    }

    @Test
    void studioCycleLength_liwanExample_quiet() {
        assertThat(findings(liwan(LIWAN), "STUDIO_CYCLE_LENGTH")).isEmpty();
    }

    // ----- STUDIO_MEMBERSHIP_OUTSIDE_CYCLE

    @Test
    void studioMembershipOutsideCycle_joinedBeforeCycle_fires() {
        var data = sg(s -> membership(s, 2, m -> Membership.of(m.person(), m.tier(), LocalDate.of(2025, 12, 1))));
        fires(liwan(data), "STUDIO_MEMBERSHIP_OUTSIDE_CYCLE", AT + "/memberships/2/joinedOn")
                .is(Severity.WARNING, MEMBER.value(), "2025-12-01", "2026-01-09", "2028-01-08");
    }

    @Test
    void studioMembershipOutsideCycle_leftAfterCycle_fires() {
        var data = sg(s -> membership(s, 2, m -> m.withLeftOn(LocalDate.of(2028, 3, 1))));
        fires(liwan(data), "STUDIO_MEMBERSHIP_OUTSIDE_CYCLE", AT + "/memberships/2/leftOn")
                .is(Severity.WARNING, MEMBER.value(), "2028-03-01", "2028-01-08");
    }

    @Test
    void studioMembershipOutsideCycle_leftOn28FebruaryAfterAYearFrom29February_quiet_andThe1stOfMarchFires() {
        Cycle leapDay = Cycle.of(LocalDate.of(2024, 2, 29), 2);
        LocalDate joined = LocalDate.of(2024, 2, 29);
        var quiet = sg(s -> membership(s.toBuilder().cycle(leapDay).build(), 2,
                m -> Membership.of(m.person(), m.tier(), joined).withLeftOn(LocalDate.of(2026, 2, 28))));
        var late = sg(s -> membership(s.toBuilder().cycle(leapDay).build(), 2,
                m -> Membership.of(m.person(), m.tier(), joined).withLeftOn(LocalDate.of(2026, 3, 1))));

        assertThat(pointers(liwan(quiet), "STUDIO_MEMBERSHIP_OUTSIDE_CYCLE"))
                .doesNotContain(AT + "/memberships/2/leftOn");
        fires(liwan(late), "STUDIO_MEMBERSHIP_OUTSIDE_CYCLE", AT + "/memberships/2/leftOn")
                .is(Severity.WARNING, "2026-03-01", "2026-02-28");
    }

    @Test
    void studioMembershipOutsideCycle_sameMembershipTwiceLeavingLate_firesAtTheSecondIndex() {
        var data = sg(s -> {
            Studio late = membership(s, 2, m -> m.withLeftOn(LocalDate.of(2028, 3, 1)));
            return plus(late, late.memberships().get(2));
        });
        fires(liwan(data), "STUDIO_MEMBERSHIP_OUTSIDE_CYCLE", AT + "/memberships/8/leftOn")
                .is(Severity.WARNING, MEMBER.value(), "2028-03-01");
    }

    @Test
    void studioMembershipOutsideCycle_leavesOnLastDay_quiet() {
        var data = sg(s -> membership(s, 2, m -> m.withLeftOn(LocalDate.of(2028, 1, 8))));
        assertThat(findings(liwan(data), "STUDIO_MEMBERSHIP_OUTSIDE_CYCLE")).isEmpty();
    }

    @Test
    void studioMembershipOutsideCycle_liwanExample_quiet() {
        assertThat(findings(liwan(LIWAN), "STUDIO_MEMBERSHIP_OUTSIDE_CYCLE")).isEmpty();
    }

    // ----- STUDIO_EVALUATION_SCHEDULE

    @Test
    void studioEvaluationSchedule_midTermOutsideWindow_fires() {
        var data = sg(s -> s.toBuilder()
                .evaluation(Evaluation.of(EvaluationKind.MID_TERM, LocalDate.of(2026, 2, 1), Grade.PASS)).build());
        fires(liwan(data), "STUDIO_EVALUATION_SCHEDULE", AT + "/evaluations/0/date")
                .is(Severity.WARNING, "2026-02-01", "2026-10-09", "2027-04-09");
    }

    @Test
    void studioEvaluationSchedule_midTermTwice_fires() {
        Evaluation midTerm = Evaluation.of(EvaluationKind.MID_TERM, LocalDate.of(2027, 1, 9), Grade.PASS);
        var data = sg(s -> s.toBuilder().evaluation(midTerm).evaluation(midTerm).build());
        fires(liwan(data, LocalDate.of(2027, 2, 1)), "STUDIO_EVALUATION_SCHEDULE", AT + "/evaluations/1")
                .is(Severity.WARNING, NAME)
                .zh("中期考核")
                .en("mid-term evaluation");
    }

    @Test
    void studioEvaluationSchedule_midTermMissingAfterWindow_fires() {
        fires(liwan(LIWAN, LocalDate.of(2027, 5, 1)), "STUDIO_EVALUATION_SCHEDULE", AT + "/evaluations")
                .is(Severity.WARNING, NAME, "2026-10-09", "2027-04-09");
    }

    @Test
    void studioEvaluationSchedule_midTermAtMidpoint_quiet() {
        var data = sg(s -> s.toBuilder()
                .evaluation(Evaluation.of(EvaluationKind.MID_TERM, LocalDate.of(2027, 1, 9), Grade.GOOD)).build());
        assertThat(pointers(liwan(data, LocalDate.of(2027, 5, 1)), "STUDIO_EVALUATION_SCHEDULE"))
                .noneMatch(p -> p.startsWith(AT + "/"));
    }

    private static final Evaluation MID_TERM = Evaluation.of(EvaluationKind.MID_TERM, LocalDate.of(2027, 1, 9), Grade.GOOD);

    @Test
    void studioEvaluationSchedule_finalMissingAfterWindow_fires() {
        var data = sg(s -> s.toBuilder().evaluation(MID_TERM).build());
        fires(liwan(data, LocalDate.of(2028, 5, 1)), "STUDIO_EVALUATION_SCHEDULE", AT + "/evaluations")
                .is(Severity.WARNING, NAME, "2027-10-08", "2028-04-08")
                .zh("终期考核")
                .en("final evaluation");
    }

    @Test
    void studioEvaluationSchedule_dissolvedStudioWithoutFinal_quiet() {
        var data = sg(s -> s.toBuilder().evaluation(MID_TERM).status(StudioStatus.DISSOLVED).build());
        assertThat(pointers(liwan(data, LocalDate.of(2028, 5, 1)), "STUDIO_EVALUATION_SCHEDULE"))
                .noneMatch(p -> p.startsWith(AT + "/"));
    }

    @Test
    void studioEvaluationSchedule_dissolvedStudioWithoutMidTerm_quiet() {
        var data = sg(s -> s.toBuilder().status(StudioStatus.DISSOLVED).build());
        assertThat(pointers(liwan(data, LocalDate.of(2027, 5, 1)), "STUDIO_EVALUATION_SCHEDULE"))
                .noneMatch(p -> p.startsWith(AT + "/"));
    }

    /** Evaluations due a month either side: studio 3's mid-term window is 2026-12-09 to 2027-02-09. */
    private static final Policy ONE_MONTH_WINDOWS = Mutations.studios(LIWAN_POLICY,
            p -> p.withEvaluationWindowMonths(1));

    private static Dataset midTermOn(LocalDate date) {
        return sg(s -> s.toBuilder().evaluation(Evaluation.of(EvaluationKind.MID_TERM, date, Grade.PASS)).build());
    }

    @Test
    void studioEvaluationSchedule_midTermBeforeTheCycleUnderTwoYearMargins_fires() {
        Policy widest = Mutations.studios(LIWAN_POLICY, p -> p.withEvaluationWindowMonths(24));
        fires(liwan(midTermOn(LocalDate.of(2025, 3, 1)), widest), "STUDIO_EVALUATION_SCHEDULE",
                AT + "/evaluations/0/date").en("2026-01-09 to 2028-01-08");
        assertThat(pointers(liwan(midTermOn(LAUNCH), widest), "STUDIO_EVALUATION_SCHEDULE"))
                .noneMatch(p -> p.startsWith(AT + "/"));
    }

    @Test
    void studioEvaluationSchedule_midTermOnTheFirstDayOfAOneMonthWindow_quiet() {
        assertThat(pointers(liwan(midTermOn(LocalDate.of(2026, 12, 9)), ONE_MONTH_WINDOWS),
                "STUDIO_EVALUATION_SCHEDULE")).noneMatch(p -> p.startsWith(AT + "/"));
    }

    @Test
    void studioEvaluationSchedule_midTermTheDayBeforeAOneMonthWindow_fires() {
        fires(liwan(midTermOn(LocalDate.of(2026, 12, 8)), ONE_MONTH_WINDOWS), "STUDIO_EVALUATION_SCHEDULE",
                AT + "/evaluations/0/date")
                .is(Severity.WARNING, "2026-12-08", "2026-12-09", "2027-02-09");
    }

    @Test
    void studioEvaluationSchedule_midTermOnTheLastDayOfAOneMonthWindow_quiet() {
        assertThat(pointers(liwan(midTermOn(LocalDate.of(2027, 2, 9)), ONE_MONTH_WINDOWS),
                "STUDIO_EVALUATION_SCHEDULE")).noneMatch(p -> p.startsWith(AT + "/"));
    }

    @Test
    void studioEvaluationSchedule_midTermTheDayAfterAOneMonthWindow_fires() {
        fires(liwan(midTermOn(LocalDate.of(2027, 2, 10)), ONE_MONTH_WINDOWS), "STUDIO_EVALUATION_SCHEDULE",
                AT + "/evaluations/0/date")
                .is(Severity.WARNING, "2027-02-10", "2026-12-09", "2027-02-09");
    }

    @Test
    void studioEvaluationSchedule_midTermMissingOnTheLastDayOfAOneMonthWindow_quiet() {
        Report report = RuleEngine.of(ONE_MONTH_WINDOWS).validate(LIWAN, LocalDate.of(2027, 2, 9));
        assertThat(pointers(report, "STUDIO_EVALUATION_SCHEDULE")).noneMatch(p -> p.startsWith(AT + "/"));
    }

    @Test
    void studioEvaluationSchedule_midTermMissingTheDayAfterAOneMonthWindow_fires() {
        Report report = RuleEngine.of(ONE_MONTH_WINDOWS).validate(LIWAN, LocalDate.of(2027, 2, 10));
        fires(report, "STUDIO_EVALUATION_SCHEDULE", AT + "/evaluations")
                .is(Severity.WARNING, NAME, "2026-12-09", "2027-02-09")
                .zh("中期考核");
    }

    /** A mid-term due in cycles of three years or more only, where the preset says two. */
    private static final Policy MID_TERM_FROM_THREE_YEARS = Mutations.studios(LIWAN_POLICY,
            p -> p.withMidTermMinCycleYears(3));

    @Test
    void studioEvaluationSchedule_twoYearCycleWithoutMidTermWhereThreeYearsNeedOne_quiet() {
        Report report = RuleEngine.of(MID_TERM_FROM_THREE_YEARS).validate(LIWAN, LocalDate.of(2027, 5, 1));
        assertThat(pointers(report, "STUDIO_EVALUATION_SCHEDULE")).noneMatch(p -> p.startsWith(AT + "/"));
    }

    @Test
    void studioEvaluationSchedule_threeYearCycleWithoutMidTermWhereThreeYearsNeedOne_fires() {
        // The three-year cycle's midpoint is 2027-07-11.
        var data = sg(s -> s.toBuilder().cycle(Cycle.of(LAUNCH, 3)).build());
        Report report = RuleEngine.of(MID_TERM_FROM_THREE_YEARS).validate(data, LocalDate.of(2027, 11, 1));
        fires(report, "STUDIO_EVALUATION_SCHEDULE", AT + "/evaluations")
                .is(Severity.WARNING, NAME, "2027-04-11", "2027-10-11")
                .zh("中期考核");
    }

    @Test
    void studioEvaluationSchedule_liwanExample_quiet() {
        assertThat(findings(liwan(LIWAN), "STUDIO_EVALUATION_SCHEDULE")).isEmpty();
    }

    // ----- STUDIO_FAILED_CONTINUES

    private static final Evaluation FAILED = Evaluation.of(EvaluationKind.MID_TERM, LocalDate.of(2026, 2, 15), Grade.FAIL);

    @Test
    void studioFailedContinues_failedButActive_fires() {
        var data = sg(s -> s.toBuilder().evaluation(FAILED).build());
        fires(liwan(data), "STUDIO_FAILED_CONTINUES", AT + "/status")
                .is(Severity.ERROR, NAME, "2026-02-15")
                .says("“" + NAME + "”于 2026-02-15 考核为不合格，应撤销，但状态仍为运行中", "studio '" + NAME
                        + "' was graded 'fail' on 2026-02-15, which dissolves it, but it is still active");
    }

    @Test
    void studioFailedContinues_failedButRecordedAsCompleted_fires() {
        var data = sg(s -> s.toBuilder().evaluation(FAILED).status(StudioStatus.COMPLETED).build());
        fires(liwan(data), "STUDIO_FAILED_CONTINUES", AT + "/status")
                .says("“" + NAME + "”于 2026-02-15 考核为不合格，应撤销，但状态为已结业", "studio '" + NAME
                        + "' was graded 'fail' on 2026-02-15, which dissolves it, but it is recorded as completed");
    }

    @Test
    void studioFailedContinues_twoFails_namesTheEarliestWhateverTheirOrder() {
        Evaluation finalFail = Evaluation.of(EvaluationKind.FINAL, LocalDate.of(2027, 12, 20), Grade.FAIL);
        var data = sg(s -> s.toBuilder().evaluation(finalFail).evaluation(FAILED).build());
        fires(liwan(data, LocalDate.of(2028, 2, 1)), "STUDIO_FAILED_CONTINUES", AT + "/status")
                .is(Severity.ERROR, "2026-02-15");
    }

    @Test
    void studioFailedContinues_failedAndDissolved_quiet() {
        var data = sg(s -> s.toBuilder().evaluation(FAILED).status(StudioStatus.DISSOLVED).build());
        assertThat(findings(liwan(data), "STUDIO_FAILED_CONTINUES")).isEmpty();
    }

    @Test
    void studioFailedContinues_failAfterAsOf_quiet() {
        var data = sg(s -> s.toBuilder().evaluation(FAILED).build());
        assertThat(findings(liwan(data, LocalDate.of(2026, 2, 14)), "STUDIO_FAILED_CONTINUES")).isEmpty();
    }

    /** The three grades of Guangzhou 2019 (优秀, 合格, 不合格): no 良好. */
    private static final Policy THREE_GRADES = Mutations.studios(LIWAN_POLICY, s -> s.withGrades(new TreeMap<>(Map.of(
            Grade.EXCELLENT, GradeOutcome.CONTINUES, Grade.PASS, GradeOutcome.CONTINUES, Grade.FAIL, GradeOutcome.DISSOLVES))));

    private static final Evaluation GOOD = Evaluation.of(EvaluationKind.MID_TERM, LocalDate.of(2026, 2, 15), Grade.GOOD);

    @Test
    void studioFailedContinues_gradeThePolicyDoesNotDefine_fires() {
        var data = sg(s -> s.toBuilder().evaluation(GOOD).build());
        fires(liwan(data, THREE_GRADES), "STUDIO_FAILED_CONTINUES", AT + "/evaluations/0/grade")
                .is(Severity.ERROR, NAME, "2026-02-15")
                .says("“" + NAME + "”于 2026-02-15 考核为良好，政策未定义此等级（已定义：不合格、合格、优秀），无法判断是否应撤销",
                        "studio '" + NAME + "' was graded 'good' on 2026-02-15, a grade the policy does not define "
                                + "(it defines fail, pass and excellent), so whether it dissolves the studio is "
                                + "unknown");
    }

    @Test
    void studioFailedContinues_undefinedGradeBeforeOrAfterAFail_firesForBoth() {
        var goodThenFail = sg(s -> s.toBuilder().evaluation(GOOD).evaluation(FAILED).build());
        var failThenGood = sg(s -> s.toBuilder().evaluation(FAILED).evaluation(GOOD).build());
        assertThat(pointers(liwan(goodThenFail, THREE_GRADES), "STUDIO_FAILED_CONTINUES"))
                .containsExactlyInAnyOrder(AT + "/evaluations/0/grade", AT + "/status");
        assertThat(pointers(liwan(failThenGood, THREE_GRADES), "STUDIO_FAILED_CONTINUES"))
                .containsExactlyInAnyOrder(AT + "/evaluations/1/grade", AT + "/status");
    }

    @Test
    void studioFailedContinues_undefinedGradeOfACompletedStudio_fires() {
        var data = sg(s -> s.toBuilder().evaluation(GOOD).status(StudioStatus.COMPLETED).build());
        fires(liwan(data, THREE_GRADES), "STUDIO_FAILED_CONTINUES", AT + "/evaluations/0/grade");
    }

    @Test
    void studioFailedContinues_undefinedGradeOfADissolvedStudio_quiet() {
        var data = sg(s -> s.toBuilder().evaluation(GOOD).status(StudioStatus.DISSOLVED).build());
        assertThat(findings(liwan(data, THREE_GRADES), "STUDIO_FAILED_CONTINUES")).isEmpty();
    }

    @Test
    void studioFailedContinues_undefinedGradeAfterAsOf_quiet() {
        var data = sg(s -> s.toBuilder().evaluation(GOOD).build());
        Report report = RuleEngine.of(THREE_GRADES).validate(data, LocalDate.of(2026, 2, 14));
        assertThat(findings(report, "STUDIO_FAILED_CONTINUES")).isEmpty();
    }

    @Test
    void studioFailedContinues_goodUnderAPolicyThatDefinesIt_quiet() {
        var data = sg(s -> s.toBuilder().evaluation(GOOD).build());
        assertThat(findings(liwan(data), "STUDIO_FAILED_CONTINUES")).isEmpty();
    }

    @Test
    void studioFailedContinues_liwanExample_quiet() {
        assertThat(findings(liwan(LIWAN), "STUDIO_FAILED_CONTINUES")).isEmpty();
    }

    // ----- STUDIO_HOST_DUTIES

    @Test
    void studioHostDuties_noInheritorActivity_fires() {
        var data = sg(s -> withActivities(s, s.activities().stream().filter(a -> a.duty() != HostDuty.INHERITOR).toList()));
        fires(liwan(data), "STUDIO_HOST_DUTIES", AT + "/activities")
                .is(Severity.WARNING, NAME)
                .zh("传承者")
                .en("inheritor");
    }

    @Test
    void studioHostDuties_activityAfterCycle_fires() {
        var data = sg(s -> withActivities(s, s.activities().stream()
                .map(a -> a.duty() == HostDuty.PRACTITIONER ? PlannedActivity.of(a.title(), a.duty(), LocalDate.of(2028, 3, 1)) : a)
                .toList()));
        fires(liwan(data), "STUDIO_HOST_DUTIES", AT + "/activities")
                .is(Severity.WARNING, NAME)
                .zh("实践者")
                .en("practitioner");
    }

    @Test
    void studioHostDuties_liwanExample_quiet() {
        assertThat(findings(liwan(LIWAN), "STUDIO_HOST_DUTIES")).isEmpty();
    }

    // ----- STUDIO_MENTORING_PAIRS

    @Test
    void studioMentoringPairs_memberAsMentor_fires() {
        PersonId member = personAt(SG, 4).id();
        var data = sg(s -> s.toBuilder().mentoringPair(MentoringPair.of(member, personAt(SG, 5).id())).build());
        fires(liwan(data), "STUDIO_MENTORING_PAIRS", AT + "/mentoringPairs/2/mentor")
                .is(Severity.WARNING, member.value())
                .says("师傅“" + member + "”不是工作室“" + NAME + "”的主持人、助手、理论导师之一", "the pair's mentor '"
                        + member + "' is not among the hosts, assistants or mentors of studio '" + NAME + "'");
    }

    @Test
    void studioMentoringPairs_memberAsMentorInAWorkshop_namesTheWorkshopInEachLanguage() {
        int workshop = 94;
        Studio studio = studio(workshop);
        PersonId member = personAt(workshop, 2).id();
        var data = studio(LIWAN, workshop, s -> s.toBuilder()
                .mentoringPair(MentoringPair.of(member, personAt(workshop, 3).id())).build());
        fires(liwan(data), "STUDIO_MENTORING_PAIRS", "/clusters/0/studios/94/mentoringPairs/2/mentor")
                .says("师傅“" + member + "”不是工作坊“" + studio.name() + "”的主持人、助手、理论导师之一",
                        "the pair's mentor '" + member + "' is not among the hosts, assistants or mentors of workshop '"
                                + studio.name() + "'");
    }

    @Test
    void studioMentoringPairs_assistantAsApprentice_fires() {
        PersonId assistant = personAt(SG, 1).id();
        var data = sg(s -> s.toBuilder().mentoringPair(MentoringPair.of(HOST, assistant)).build());
        fires(liwan(data), "STUDIO_MENTORING_PAIRS", AT + "/mentoringPairs/2/apprentice")
                .is(Severity.WARNING, assistant.value())
                .says("徒弟“" + assistant + "”不是工作室“" + NAME + "”的成员或网络学员", "apprentice '" + assistant
                        + "' is not a member or online trainee of studio '" + NAME + "'");
    }

    @Test
    void studioMentoringPairs_fourthApprentice_fires() {
        var data = sg(s -> s.toBuilder().mentoringPair(MentoringPair.of(HOST, personAt(SG, 4).id()))
                .mentoringPair(MentoringPair.of(HOST, personAt(SG, 5).id())).build());
        fires(liwan(data), "STUDIO_MENTORING_PAIRS", AT + "/mentoringPairs/3").is(Severity.WARNING, HOST.value(), "3");
    }

    @Test
    void studioMentoringPairs_thirdApprentice_quiet() {
        var data = sg(s -> s.toBuilder().mentoringPair(MentoringPair.of(HOST, personAt(SG, 4).id())).build());
        assertThat(findings(liwan(data), "STUDIO_MENTORING_PAIRS")).isEmpty();
    }

    @Test
    void studioMentoringPairs_thirdApprenticeAndAPairListedTwice_reportsTheRepeatOnly() {
        var data = sg(s -> s.toBuilder().mentoringPair(MentoringPair.of(HOST, personAt(SG, 4).id()))
                .mentoringPair(MentoringPair.of(HOST, MEMBER)).build());
        assertThat(findings(liwan(data), "STUDIO_MENTORING_PAIRS"))
                .extracting(Finding::pointer, Finding::messageZh, Finding::messageEn)
                .containsExactly(tuple(AT + "/mentoringPairs/3", "师徒结对（师傅“" + HOST + "”，徒弟“" + MEMBER
                        + "”）重复列出", "the pair of mentor '" + HOST.value() + "' and apprentice '" + MEMBER.value()
                        + "' is listed twice"));
    }

    @Test
    void studioMentoringPairs_fourthApprenticeAfterAPairListedTwice_firesAtTheFourth() {
        var data = sg(s -> s.toBuilder().mentoringPair(MentoringPair.of(HOST, MEMBER))
                .mentoringPair(MentoringPair.of(HOST, personAt(SG, 4).id()))
                .mentoringPair(MentoringPair.of(HOST, personAt(SG, 5).id())).build());
        fires(liwan(data), "STUDIO_MENTORING_PAIRS", AT + "/mentoringPairs/4").is(Severity.WARNING, HOST.value(), "3");
    }

    private static final Policy FOUR_APPRENTICES = Mutations.studios(LIWAN_POLICY,
            p -> p.withMaxApprenticesPerMentor(4));

    @Test
    void studioMentoringPairs_fourthApprenticeWhereFourAllowed_quiet() {
        var data = sg(s -> s.toBuilder().mentoringPair(MentoringPair.of(HOST, personAt(SG, 4).id()))
                .mentoringPair(MentoringPair.of(HOST, personAt(SG, 5).id())).build());
        assertThat(findings(liwan(data, FOUR_APPRENTICES), "STUDIO_MENTORING_PAIRS")).isEmpty();
    }

    @Test
    void studioMentoringPairs_fifthApprenticeWhereFourAllowed_fires() {
        var data = sg(s -> s.toBuilder().mentoringPair(MentoringPair.of(HOST, personAt(SG, 4).id()))
                .mentoringPair(MentoringPair.of(HOST, personAt(SG, 5).id()))
                .mentoringPair(MentoringPair.of(HOST, personAt(SG, 6).id())).build());
        fires(liwan(data, FOUR_APPRENTICES), "STUDIO_MENTORING_PAIRS", AT + "/mentoringPairs/4")
                .is(Severity.WARNING, HOST.value(), "4")
                .zh("师傅“" + HOST + "”的徒弟超过 4 名")
                .en("has more than 4 apprentices");
    }

    @Test
    void studioMentoringPairsAndCertificates_hundredThousandEach_checkedInLinearTime() {
        int n = 100_000;
        var data = sg(s -> {
            Studio.Builder studio = s.toBuilder();
            for (int i = 0; i < n; i++) {
                PersonId trainee = PersonId.of("trainee-" + i);
                studio.membership(Membership.of(trainee, Tier.ONLINE_TRAINEE, LAUNCH))
                        .mentoringPair(MentoringPair.of(HOST, trainee))
                        .certificate(Certificate.certificate(InstitutionId.of("liwan-edu-bureau"), LAUNCH, trainee));
            }
            return studio.build();
        });
        Policy only = Mutations.only(LIWAN_POLICY, "STUDIO_MENTORING_PAIRS", "STUDIO_CERTIFICATE_HOLDER");

        // Each pair and certificate once looked through every membership: 100,000 of each took minutes.
        Report report = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> RuleEngine.of(only).validate(data, LAUNCH.plusMonths(1)));

        assertThat(pointers(report, "STUDIO_MENTORING_PAIRS")).containsExactly(AT + "/mentoringPairs/3");
        assertThat(pointers(report, "STUDIO_CERTIFICATE_HOLDER")).hasSize(n)
                .contains(AT + "/certificates/2/holder", AT + "/certificates/" + (n + 1) + "/holder");
    }

    @Test
    void studioMentoringPairs_liwanExample_quiet() {
        assertThat(findings(liwan(LIWAN), "STUDIO_MENTORING_PAIRS")).isEmpty();
    }

    // ----- STUDIO_CERTIFICATE_HOLDER

    private static final PersonId OUTSIDER = personAt(4, 0).id();

    private static Dataset certificateTo(PersonId holder) {
        return sg(s -> s.toBuilder().certificate(Certificate.certificate(InstitutionId.of("liwan-edu-bureau"), LAUNCH,
                holder)).build());
    }

    @Test
    void studioCertificateHolder_personOutsideTheStudio_fires() {
        fires(liwan(certificateTo(OUTSIDER)), "STUDIO_CERTIFICATE_HOLDER", AT + "/certificates/2/holder")
                .is(Severity.WARNING, NAME, OUTSIDER.value())
                .zh("不是其主持人、助手、理论导师、顾问、成员之一")
                .en("is none of its hosts, assistants, mentors, advisors or members");
    }

    @Test
    void studioCertificateHolder_onlineTrainee_fires() {
        var data = studio(certificateTo(OUTSIDER), SG, s -> s.toBuilder()
                .membership(new Membership(OUTSIDER, Tier.ONLINE_TRAINEE, LAUNCH, Optional.empty())).build());
        fires(liwan(data), "STUDIO_CERTIFICATE_HOLDER", AT + "/certificates/2/holder");
    }

    @Test
    void studioCertificateHolder_memberOfTheStudio_quiet() {
        assertThat(findings(liwan(certificateTo(MEMBER)), "STUDIO_CERTIFICATE_HOLDER")).isEmpty();
    }

    @Test
    void studioCertificateHolder_policyNamingNoTiers_quiet() {
        var policy = Mutations.studios(LIWAN_POLICY, s -> s.withCertificateTiers(Set.of()));
        assertThat(findings(liwan(certificateTo(OUTSIDER), policy), "STUDIO_CERTIFICATE_HOLDER")).isEmpty();
    }

    @Test
    void studioCertificateHolder_liwanExample_quiet() {
        assertThat(findings(liwan(LIWAN), "STUDIO_CERTIFICATE_HOLDER")).isEmpty();
    }

    // ----- the rules built anew

    private static <E extends Entity> void check(LocalRule<E> rule, Entity record, RuleContext context,
            FindingSink sink) {
        rule.check(rule.entityType().cast(record), context, sink);
    }

    /**
     * The catalogue builds its rules once, when its class is first used, so a change to how a rule is put
     * together (the type's settings looked up, a dissolved studio skipped) would not show in a test that runs
     * after that, as a mutation test's do: the rules built anew find on the studio what the engine finds.
     */
    @Test
    void all_builtAnew_findWhatTheEngineFinds() {
        var data = sg(s -> memberships(s, list -> list.subList(1, 3)));
        Entity record = Entity.allOf(data).stream().filter(e -> e.location().pointer().equals(AT)).findFirst()
                .orElseThrow();
        RuleContext context = new RuleContext(LIWAN_POLICY, ExampleCommunities.LIWAN_AS_OF, Dimensions.of(data));
        List<String> found = new ArrayList<>();
        for (Rule rule : StudioRules.all()) {
            check((LocalRule<?>) rule, record, context,
                    (at, zh, en) -> found.add(rule.info().code() + " " + at.pointer() + " " + en));
        }

        Set<String> codes = StudioRules.all().stream().map(rule -> rule.info().code()).collect(Collectors.toSet());
        assertThat(found).anyMatch(f -> f.startsWith("STUDIO_HOST_COUNT " + AT + "/memberships "))
                .anyMatch(f -> f.startsWith("STUDIO_MEMBER_COUNT " + AT + "/memberships "))
                .containsExactlyInAnyOrderElementsOf(liwan(data).findings().stream()
                        .filter(f -> codes.contains(f.code()) && f.pointer().startsWith(AT + "/"))
                        .map(f -> f.code() + " " + f.pointer() + " " + f.messageEn()).toList());
    }
}
