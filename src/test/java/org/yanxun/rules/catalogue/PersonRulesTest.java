package org.yanxun.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.yanxun.rules.catalogue.Mutations.FT;
import static org.yanxun.rules.catalogue.Mutations.LIWAN;
import static org.yanxun.rules.catalogue.Mutations.LIWAN_POLICY;
import static org.yanxun.rules.catalogue.Mutations.NT;
import static org.yanxun.rules.catalogue.Mutations.QIYINGEN;
import static org.yanxun.rules.catalogue.Mutations.SG;
import static org.yanxun.rules.catalogue.Mutations.exchange;
import static org.yanxun.rules.catalogue.Mutations.findings;
import static org.yanxun.rules.catalogue.Mutations.fires;
import static org.yanxun.rules.catalogue.Mutations.liwan;
import static org.yanxun.rules.catalogue.Mutations.person;
import static org.yanxun.rules.catalogue.Mutations.personAt;
import static org.yanxun.rules.catalogue.Mutations.plus;
import static org.yanxun.rules.catalogue.Mutations.pointers;
import static org.yanxun.rules.catalogue.Mutations.qiyingen;
import static org.yanxun.rules.catalogue.Mutations.qiyingenPerson;
import static org.yanxun.rules.catalogue.Mutations.studio;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.yanxun.Cycle;
import org.yanxun.Dataset;
import org.yanxun.Evaluation;
import org.yanxun.EvaluationKind;
import org.yanxun.Exchange;
import org.yanxun.ExchangeId;
import org.yanxun.Grade;
import org.yanxun.Honour;
import org.yanxun.HonourKind;
import org.yanxun.InstitutionId;
import org.yanxun.Level;
import org.yanxun.Membership;
import org.yanxun.Person;
import org.yanxun.PersonId;
import org.yanxun.Post;
import org.yanxun.Stage;
import org.yanxun.Studio;
import org.yanxun.StudioId;
import org.yanxun.StudioStatus;
import org.yanxun.StudioType;
import org.yanxun.Subject;
import org.yanxun.Tier;
import org.yanxun.Title;
import org.yanxun.policy.HostCriterion;
import org.yanxun.policy.MemberEligibility;
import org.yanxun.policy.Policy;
import org.yanxun.policy.Presets;
import org.yanxun.policy.Severity;
import org.yanxun.policy.StudioTypePolicy;
import org.yanxun.rules.Finding;
import org.yanxun.rules.Report;

/**
 * The rules of {@code PersonRules}, keyed by person: host and member eligibility, studio level and
 * name, how many studios at once, the ladder, and the people of exchanges.
 */
class PersonRulesTest {

    private static final LocalDate LAUNCH = LocalDate.of(2026, 1, 9);
    private static final Person SG_HOST = personAt(SG, 0);
    private static final Person SG_MEMBER = personAt(SG, 2);
    private static final Person NT_MEMBER = personAt(NT, 2);
    private static final String SG_NAME = studio(SG).name();
    private static final String OTHER_NAME = studio(4).name();
    private static final InstitutionId QIJIANG = InstitutionId.of("qijiang-tts");
    private static final InstitutionId YINGSHAN = InstitutionId.of("yingshan-tts");

    private static Person withSubjects(Person p, Subject subject) {
        return new Person(p.id(), p.name(), p.synthetic(), p.birthDate(), p.title(), p.honours(), p.posts(), p.stages(),
                new TreeSet<>(Set.of(subject)), p.employer(), p.teachingSince());
    }

    private static Person withStages(Person p, Stage... stages) {
        return new Person(p.id(), p.name(), p.synthetic(), p.birthDate(), p.title(), p.honours(), p.posts(), Set.of(stages),
                p.subjects(), p.employer(), p.teachingSince());
    }

    /** The name of a person of the 綦营恩 example. */
    private static String name(PersonId id) {
        return QIYINGEN.person(id).orElseThrow().name();
    }

    private static Studio named(Studio s, String name) {
        return new Studio(s.id(), name, s.type(), s.level(), s.hostInstitution(), s.researchDirection(), s.stages(),
                s.subjects(), s.cycle(), s.status(), s.memberships(), s.evaluations(), s.activities(), s.mentoringPairs(),
                s.certificates());
    }

    // ----- STUDIO_HOST_ELIGIBLE

    @Test
    void studioHostEligible_specialGradeHostOnlySenior_fires() {
        var data = person(LIWAN, SG_HOST.id(), p -> p.toBuilder().title(Title.SENIOR).build());
        fires(liwan(data), "STUDIO_HOST_ELIGIBLE", "/clusters/0/studios/3/memberships/0/person")
                .is(Severity.ERROR, SG_HOST.id().value(), SG_HOST.name())
                .zh("职称不低于正高级")
                .en("may not host a special-grade studio, which needs one of: a title of full senior teacher or higher; ");
    }

    @Test
    void studioHostEligible_policyOfSixtyFourCriteria_firesNamingTheFirstTenAndHowManyMore() {
        StudioTypePolicy specialGrade = LIWAN_POLICY.studios().types().get(StudioType.SPECIAL_GRADE_STUDIO.code());
        List<HostCriterion> many = new ArrayList<>();
        Stage[] stages = Stage.values();
        for (int subset = 0; subset < 1 << stages.length; subset++) {
            Set<Stage> of = EnumSet.noneOf(Stage.class);
            for (int i = 0; i < stages.length; i++) {
                if ((subset & 1 << i) != 0) {
                    of.add(stages[i]);
                }
            }
            many.add(new HostCriterion.TitleAtLeast(Title.PROFESSOR, of));
        }
        TreeMap<String, StudioTypePolicy> types = new TreeMap<>(LIWAN_POLICY.studios().types());
        types.put(StudioType.SPECIAL_GRADE_STUDIO.code(), specialGrade.withHostCriteria(many));
        Policy policy = LIWAN_POLICY.withId("many-criteria").withStudios(LIWAN_POLICY.studios().withTypes(types));
        var data = person(LIWAN, SG_HOST.id(), p -> p.toBuilder().title(Title.SENIOR).build());

        Report report = liwan(data, policy);

        assertThat(report.withCode("ENGINE_RULE_FAILED").findings()).isEmpty();
        assertThat(report.withCode("STUDIO_HOST_ELIGIBLE").findings()).singleElement().satisfies(f -> {
            assertThat(f.messageEn()).endsWith("; … and " + (many.size() - 10) + " more").hasSizeLessThan(2_000);
            assertThat(f.messageZh()).endsWith(" …另有 " + (many.size() - 10) + " 个）");
        });
    }

    @Test
    void studioHostEligible_seniorWithProvincialSpecialGradeHonour_quiet() {
        var data = person(LIWAN, SG_HOST.id(), p -> p.toBuilder().title(Title.SENIOR)
                .honour(Honour.of(HonourKind.SPECIAL_GRADE_TEACHER, Level.PROVINCIAL, LocalDate.of(2020, 9, 10))).build());
        assertThat(findings(liwan(data), "STUDIO_HOST_ELIGIBLE")).isEmpty();
    }

    /**
     * Under {@code guangdong-provincial-2021}, which asks the special-grade studio's host for what Guangzhou 2019
     * asks of an expert studio's: the findings on that host, now senior with a 名校长 honour.
     */
    private static List<Finding> guangdongHostWithFamousPrincipalHonour(Level level) {
        var data = person(LIWAN, SG_HOST.id(), p -> p.toBuilder().title(Title.SENIOR)
                .honour(Honour.of(HonourKind.FAMOUS_PRINCIPAL, level, LocalDate.of(2020, 9, 10))).build());
        return findings(liwan(data, Mutations.only(Presets.guangdongProvincial2021(), "STUDIO_HOST_ELIGIBLE")),
                "STUDIO_HOST_ELIGIBLE").stream().filter(f -> f.pointer().startsWith("/clusters/0/studios/3/")).toList();
    }

    @Test
    void studioHostEligible_guangdongMunicipalFamousPrincipal_quiet() {
        assertThat(guangdongHostWithFamousPrincipalHonour(Level.MUNICIPAL)).isEmpty();
    }

    @Test
    void studioHostEligible_guangdongDistrictFamousPrincipal_fires() {
        assertThat(guangdongHostWithFamousPrincipalHonour(Level.DISTRICT)).extracting(Finding::pointer)
                .containsExactly("/clusters/0/studios/3/memberships/0/person");
    }

    @Test
    void studioHostEligible_qualifyingHonourAwardedAfterTheAsOfDate_fires() {
        var data = person(LIWAN, SG_HOST.id(), p -> p.toBuilder().title(Title.SENIOR)
                .honour(Honour.of(HonourKind.SPECIAL_GRADE_TEACHER, Level.PROVINCIAL, LocalDate.of(2026, 3, 2))).build());
        fires(liwan(data), "STUDIO_HOST_ELIGIBLE", "/clusters/0/studios/3/memberships/0/person");
    }

    @Test
    void studioHostEligible_qualifyingHonourAwardedOnTheAsOfDate_quiet() {
        var data = person(LIWAN, SG_HOST.id(), p -> p.toBuilder().title(Title.SENIOR)
                .honour(Honour.of(HonourKind.SPECIAL_GRADE_TEACHER, Level.PROVINCIAL, LocalDate.of(2026, 3, 1))).build());
        assertThat(findings(liwan(data), "STUDIO_HOST_ELIGIBLE")).isEmpty();
    }

    /**
     * The findings of STUDIO_HOST_ELIGIBLE on Liwan as of 2026-03-01 whose special-grade studio's host is a
     * senior teacher with a provincial 特级教师 honour awarded on a day, under Liwan's policy with every honour
     * criterion of that studio type given a term of three years.
     */
    private static List<Finding> hostWithSpecialGradeHonourForThreeYears(LocalDate awarded) {
        StudioTypePolicy specialGrade = LIWAN_POLICY.studios().types().get(StudioType.SPECIAL_GRADE_STUDIO.code());
        List<HostCriterion> criteria = specialGrade.hostCriteria().stream()
                .map(c -> c instanceof HostCriterion.HonourAtLeast honour ? honour.withTermYears(3) : c).toList();
        assertThat(criteria).isNotEqualTo(specialGrade.hostCriteria());
        TreeMap<String, StudioTypePolicy> types = new TreeMap<>(LIWAN_POLICY.studios().types());
        types.put(StudioType.SPECIAL_GRADE_STUDIO.code(), specialGrade.withHostCriteria(criteria));
        Policy policy = LIWAN_POLICY.withId("honour-terms").withStudios(LIWAN_POLICY.studios().withTypes(types));
        var data = person(LIWAN, SG_HOST.id(), p -> p.toBuilder().title(Title.SENIOR)
                .honour(Honour.of(HonourKind.SPECIAL_GRADE_TEACHER, Level.PROVINCIAL, awarded)).build());
        return findings(liwan(data, policy), "STUDIO_HOST_ELIGIBLE");
    }

    @Test
    void studioHostEligible_qualifyingHonourWhoseTermEndedTheDayBefore_firesNamingTheTerm() {
        assertThat(hostWithSpecialGradeHonourForThreeYears(LocalDate.of(2023, 3, 1))).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/clusters/0/studios/3/memberships/0/person");
            assertThat(f.messageZh()).contains("省级及以上特级教师（获评3年内）");
            assertThat(f.messageEn()).contains("an honour of special-grade teacher at provincial level or higher, "
                    + "awarded within 3 years");
        });
    }

    @Test
    void studioHostEligible_qualifyingHonourOnTheLastDayOfItsTerm_quiet() {
        assertThat(hostWithSpecialGradeHonourForThreeYears(LocalDate.of(2023, 3, 2))).isEmpty();
    }

    /**
     * Liwan with the special-grade studio's host a senior teacher holding a provincial 特级教师 honour
     * awarded on a day, and their seat changed.
     */
    private static Dataset seniorHostAwarded(LocalDate awarded, UnaryOperator<Membership> seat) {
        var data = person(LIWAN, SG_HOST.id(), p -> p.toBuilder().title(Title.SENIOR)
                .honour(Honour.of(HonourKind.SPECIAL_GRADE_TEACHER, Level.PROVINCIAL, awarded)).build());
        return studio(data, SG, s -> Mutations.membership(s, 0, seat));
    }

    private static final UnaryOperator<Membership> TAKES_OVER_IN_JUNE =
            m -> Membership.of(m.person(), m.tier(), LocalDate.of(2026, 6, 1));
    private static final UnaryOperator<Membership> LEFT_IN_FEBRUARY = m -> m.withLeftOn(LocalDate.of(2026, 2, 1));

    @Test
    void studioHostEligible_hostTakingOverAfterTheAsOfDate_isJudgedOnTheirFirstDay() {
        assertThat(findings(liwan(seniorHostAwarded(LocalDate.of(2026, 6, 1), TAKES_OVER_IN_JUNE)),
                "STUDIO_HOST_ELIGIBLE")).isEmpty();
        fires(liwan(seniorHostAwarded(LocalDate.of(2026, 6, 2), TAKES_OVER_IN_JUNE)), "STUDIO_HOST_ELIGIBLE",
                "/clusters/0/studios/3/memberships/0/person")
                .zh("（" + SG_HOST.id() + "）在 2026-06-01 不符合特级教师/正高级教师工作室主持人条件")
                .en(") may not host a special-grade studio on 2026-06-01, which needs one of: ");
    }

    @Test
    void studioHostEligible_hostWhoLeftBeforeTheAsOfDate_isJudgedOnTheirLastDay() {
        assertThat(findings(liwan(seniorHostAwarded(LocalDate.of(2026, 2, 1), LEFT_IN_FEBRUARY)),
                "STUDIO_HOST_ELIGIBLE")).isEmpty();
        fires(liwan(seniorHostAwarded(LocalDate.of(2026, 2, 2), LEFT_IN_FEBRUARY)), "STUDIO_HOST_ELIGIBLE",
                "/clusters/0/studios/3/memberships/0/person").en(" on 2026-02-01, which needs one of: ");
    }

    @Test
    void studioHostEligible_hostWhoLeftAfterTheCycleEnded_isJudgedOnItsLastDay() {
        Report report = liwan(seniorHostAwarded(LocalDate.of(2028, 3, 1), m -> m.withLeftOn(LocalDate.of(2028, 6, 1))),
                LocalDate.of(2028, 9, 1));
        fires(report, "STUDIO_HOST_ELIGIBLE", "/clusters/0/studios/3/memberships/0/person")
                .en(" on 2028-01-08, which needs one of: ");
    }

    @Test
    void studioHostEligible_hostToTheEndAsOfAfterTheCycle_isJudgedOnItsLastDay() {
        Report report = liwan(seniorHostAwarded(LocalDate.of(2028, 1, 9), m -> m), LocalDate.of(2028, 9, 1));
        fires(report, "STUDIO_HOST_ELIGIBLE", "/clusters/0/studios/3/memberships/0/person")
                .en(" on 2028-01-08, which needs one of: ");
        assertThat(findings(liwan(seniorHostAwarded(LocalDate.of(2028, 1, 8), m -> m), LocalDate.of(2028, 9, 1)),
                "STUDIO_HOST_ELIGIBLE")).isEmpty();
    }

    @Test
    void studioHostEligible_liwanExample_quiet() {
        assertThat(findings(liwan(LIWAN), "STUDIO_HOST_ELIGIBLE")).isEmpty();
    }

    @Test
    void studioHostEligible_hostOfTwoTypesEligibleForOneOnly_firesForTheOtherOnly() {
        // A senior host qualifies for a backbone workshop but not for a special-grade studio: the answer
        // is kept by type, so the second type is asked anew.
        Studio workshop = copyOf(studio(94), "syn-lw-host-bb", studio(94).cycle(), StudioStatus.ACTIVE,
                List.of(Membership.of(SG_HOST.id(), Tier.HOST, LAUNCH)));
        Studio second = copyOf(studio(SG), "syn-lw-host-sg", studio(SG).cycle(), StudioStatus.ACTIVE,
                List.of(Membership.of(SG_HOST.id(), Tier.HOST, LAUNCH)));
        var data = Mutations.studios(person(LIWAN, SG_HOST.id(), p -> p.toBuilder().title(Title.SENIOR).build()),
                list -> {
                    list.add(workshop);
                    list.add(second);
                    return list;
                });
        assertThat(pointers(liwan(data), "STUDIO_HOST_ELIGIBLE")).containsExactlyInAnyOrder(
                "/clusters/0/studios/3/memberships/0/person", "/clusters/0/studios/259/memberships/0/person");
    }

    @Test
    void studioHostEligible_hostOfManyStudiosWithManyHonours_checkedOnceAType() {
        int n = 100_000;
        // Honours of a kind no host criterion asks for, each of which a criterion of honours read for
        // every studio hosted.
        Person.Builder host = SG_HOST.toBuilder().title(Title.SENIOR);
        for (int i = 0; i < n; i++) {
            host.honour(Honour.of(HonourKind.RISING_STAR, Level.DISTRICT, LocalDate.of(2000, 1, 1).plusDays(i % 5000)));
        }
        Person hostRecord = host.build();
        Studio template = studio(SG);
        List<Studio> hosted = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            hosted.add(copyOf(template, "syn-lw-hosted-" + i, template.cycle(), StudioStatus.ACTIVE,
                    List.of(Membership.of(SG_HOST.id(), Tier.HOST, template.cycle().start()))));
        }
        var data = Mutations.studios(person(LIWAN, SG_HOST.id(), p -> hostRecord), list -> {
            list.addAll(hosted);
            return list;
        });

        Report report = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> liwan(data, Mutations.only(LIWAN_POLICY, "STUDIO_HOST_ELIGIBLE")));

        // The studio of the example and every studio added.
        assertThat(findings(report, "STUDIO_HOST_ELIGIBLE")).hasSize(n + 1);
    }

    // ----- STUDIO_LEVEL_ABOVE_HONOUR

    @Test
    void studioLevelAboveHonour_provincialStudioOfTitleOnlyHost_fires() {
        var data = studio(LIWAN, SG, s -> s.toBuilder().level(Level.PROVINCIAL).build());
        fires(liwan(data), "STUDIO_LEVEL_ABOVE_HONOUR", "/clusters/0/studios/3/level")
                .is(Severity.WARNING, SG_NAME, SG_HOST.id().value())
                .zh("省级", "市级")
                .en("provincial level", "municipal level");
    }

    @Test
    void studioLevelAboveHonour_municipalStudioOfDistrictFamousTeacher_fires() {
        var data = studio(LIWAN, FT, s -> s.toBuilder().level(Level.MUNICIPAL).build());
        fires(liwan(data), "STUDIO_LEVEL_ABOVE_HONOUR", "/clusters/0/studios/27/level")
                .is(Severity.WARNING, studio(FT).name(), personAt(FT, 0).id().value())
                .en("municipal level", "district level");
    }

    @Test
    void studioLevelAboveHonour_titleOnlyHost_quotesTheCeilingForHostsWithoutHonour() {
        var data = studio(LIWAN, SG, s -> s.toBuilder().level(Level.PROVINCIAL).build());
        fires(liwan(data), "STUDIO_LEVEL_ABOVE_HONOUR", "/clusters/0/studios/3/level")
                .says("“" + SG_NAME + "”为省级工作室，高于主持人“" + SG_HOST.name() + "”（" + SG_HOST.id()
                                + "）的资格（无荣誉者最高可主持市级工作室）",
                        "studio '" + SG_NAME + "' is at provincial level, above its host '" + SG_HOST.name() + "' ("
                                + SG_HOST.id() + "), who holds no honour and may lead studios up to municipal level");
    }

    @Test
    void studioLevelAboveHonour_honouredHost_quotesTheHighestHonour() {
        var data = studio(LIWAN, FT, s -> s.toBuilder().level(Level.MUNICIPAL).build());
        Person host = personAt(FT, 0);
        fires(liwan(data), "STUDIO_LEVEL_ABOVE_HONOUR", "/clusters/0/studios/27/level")
                .says("“" + studio(FT).name() + "”为市级工作室，高于主持人“" + host.name() + "”（" + host.id()
                                + "）的资格（最高荣誉级别为区级）",
                        "studio '" + studio(FT).name() + "' is at municipal level, above its host '" + host.name() + "' ("
                                + host.id() + "), whose highest honour is at district level");
    }

    @Test
    void studioLevelAboveHonour_municipalStudioOfTitleOnlyHost_quiet() {
        var data = studio(LIWAN, SG, s -> s.toBuilder().level(Level.MUNICIPAL).build());
        assertThat(findings(liwan(data), "STUDIO_LEVEL_ABOVE_HONOUR")).isEmpty();
    }

    @Test
    void studioLevelAboveHonour_higherHonourAwardedAfterTheAsOfDate_notCounted() {
        Person host = personAt(FT, 0);
        var data = studio(person(LIWAN, host.id(), p -> p.toBuilder()
                .honour(Honour.of(HonourKind.FAMOUS_TEACHER, Level.PROVINCIAL, LocalDate.of(2026, 3, 2))).build()),
                FT, s -> s.toBuilder().level(Level.MUNICIPAL).build());
        fires(liwan(data), "STUDIO_LEVEL_ABOVE_HONOUR", "/clusters/0/studios/27/level")
                .en("whose highest honour is at district level");
    }

    /**
     * Liwan with the famous-teacher studio at municipal level, its host (a district 名教师) also a
     * provincial 名教师 from a day, and their seat changed.
     */
    private static Dataset municipalStudioOfHostAwarded(LocalDate awarded, UnaryOperator<Membership> seat) {
        var data = person(LIWAN, personAt(FT, 0).id(), p -> p.toBuilder()
                .honour(Honour.of(HonourKind.FAMOUS_TEACHER, Level.PROVINCIAL, awarded)).build());
        return studio(data, FT, s -> Mutations.membership(s.toBuilder().level(Level.MUNICIPAL).build(), 0, seat));
    }

    @Test
    void studioLevelAboveHonour_hostWhoLeftBeforeTheAsOfDate_honourAwardedAfterwardsNotCounted() {
        var data = municipalStudioOfHostAwarded(LocalDate.of(2026, 2, 2), LEFT_IN_FEBRUARY);
        fires(liwan(data), "STUDIO_LEVEL_ABOVE_HONOUR", "/clusters/0/studios/27/level")
                .zh("在 2026-02-01 的资格（最高荣誉级别为区级）")
                .en(") on 2026-02-01, whose highest honour is at district level");
    }

    @Test
    void studioLevelAboveHonour_hostTakingOverAfterTheAsOfDate_honourAwardedByThenCounted() {
        var data = municipalStudioOfHostAwarded(LocalDate.of(2026, 6, 1), TAKES_OVER_IN_JUNE);
        assertThat(findings(liwan(data), "STUDIO_LEVEL_ABOVE_HONOUR")).isEmpty();
    }

    @Test
    void studioLevelAboveHonour_hostQualifiedByTitleWithALowerHonour_mayLeadUpToTheTitleOnlyLevel() {
        var honoured = person(LIWAN, SG_HOST.id(), p -> p.toBuilder()
                .honour(Honour.of(HonourKind.BACKBONE_TEACHER, Level.DISTRICT, LocalDate.of(2020, 9, 10))).build());
        assertThat(findings(liwan(studio(honoured, SG, s -> s.toBuilder().level(Level.MUNICIPAL).build())),
                "STUDIO_LEVEL_ABOVE_HONOUR")).isEmpty();
        fires(liwan(studio(honoured, SG, s -> s.toBuilder().level(Level.PROVINCIAL).build())),
                "STUDIO_LEVEL_ABOVE_HONOUR", "/clusters/0/studios/3/level")
                .zh("（无高于市级的荣誉，最高可主持市级工作室）")
                .en(", who holds no honour above municipal level and may lead studios up to municipal level");
    }

    @Test
    void studioLevelAboveHonour_workshop_isNamedAWorkshopInBothLanguages() {
        var data = studio(LIWAN, NT, s -> s.toBuilder().level(Level.NATIONAL).build());
        fires(liwan(data), "STUDIO_LEVEL_ABOVE_HONOUR", "/clusters/0/studios/215/level")
                .zh("”为国家级工作坊，高于主持人").zh("工作坊）")
                .en("workshop '" + studio(NT).name() + "' is at national level").en("workshops up to");
    }

    @Test
    void studioSameStageSubject_memberWithNoSubject_saysSo() {
        var data = person(LIWAN, SG_MEMBER.id(), p -> new Person(p.id(), p.name(), p.synthetic(), p.birthDate(),
                p.title(), p.honours(), p.posts(), p.stages(), new TreeSet<>(), p.employer(), p.teachingSince()));
        fires(liwan(data), "STUDIO_SAME_STAGE_SUBJECT", "/clusters/0/studios/3/memberships/2/person")
                .zh("的学科（未填写）与“" + SG_NAME + "”的学科（数学）不一致")
                .en("teaches no subject on record, none of the subjects of studio '" + SG_NAME + "' (mathematics)");
    }

    @Test
    void studioLevelAboveHonour_hostListedTwice_firesOnce() {
        var data = studio(LIWAN, SG, s -> plus(s.toBuilder().level(Level.PROVINCIAL).build(),
                Membership.of(SG_HOST.id(), Tier.HOST, s.cycle().start())));
        assertThat(pointers(liwan(data), "STUDIO_LEVEL_ABOVE_HONOUR")).containsExactly("/clusters/0/studios/3/level");
    }

    /** The famous-teacher studio at municipal level, its host gone in February and back on 20 February. */
    private static Dataset municipalStudioOfHostBackOn20February(Optional<LocalDate> provincialHonourOn) {
        Person host = personAt(FT, 0);
        var data = provincialHonourOn.map(day -> person(LIWAN, host.id(), p -> p.toBuilder()
                .honour(Honour.of(HonourKind.FAMOUS_TEACHER, Level.PROVINCIAL, day)).build())).orElse(LIWAN);
        return studio(data, FT, s -> plus(Mutations.membership(s.toBuilder().level(Level.MUNICIPAL).build(), 0,
                LEFT_IN_FEBRUARY), Membership.of(host.id(), Tier.HOST, LocalDate.of(2026, 2, 20))));
    }

    @Test
    void studioLevelAboveHonour_hostWhoLeftAndCameBack_judgedOnceAsOfTheDate() {
        fires(liwan(municipalStudioOfHostBackOn20February(Optional.empty())), "STUDIO_LEVEL_ABOVE_HONOUR",
                "/clusters/0/studios/27/level").en("(" + personAt(FT, 0).id() + "), whose highest honour is at "
                        + "district");
        assertThat(findings(liwan(municipalStudioOfHostBackOn20February(Optional.of(LocalDate.of(2026, 2, 10)))),
                "STUDIO_LEVEL_ABOVE_HONOUR")).isEmpty();
    }

    @Test
    void studioLevelAboveHonour_liwanExample_quiet() {
        assertThat(findings(liwan(LIWAN), "STUDIO_LEVEL_ABOVE_HONOUR")).isEmpty();
    }

    // ----- STUDIO_MEMBER_ELIGIBLE

    @Test
    void studioMemberEligible_newTeacherWorkshopMemberTaughtFiveYears_fires() {
        var data = person(LIWAN, NT_MEMBER.id(), p -> p.toBuilder().teachingSince(LocalDate.of(2020, 9, 1)).build());
        fires(liwan(data), "STUDIO_MEMBER_ELIGIBLE", "/clusters/0/studios/215/memberships/2/person")
                .is(Severity.ERROR, NT_MEMBER.id().value(), "5", "2026-01-09").zh("要求 0 至 3 年")
                .en("had taught 5 years on joining on 2026-01-09; a new-teacher workshop takes 0 to 3 years");
    }

    @Test
    void studioMemberEligible_teachingStartUnknown_fires() {
        var data = person(LIWAN, NT_MEMBER.id(), Mutations::withoutTeachingSince);
        fires(liwan(data), "STUDIO_MEMBER_ELIGIBLE", "/clusters/0/studios/215/memberships/2/person")
                .is(Severity.ERROR, NT_MEMBER.id().value()).zh("教龄要求 0 至 3 年")
                .en("the teaching years of '" + NT_MEMBER.name() + "' (" + NT_MEMBER.id().value() + ") are unknown, so "
                        + "the new-teacher workshop requirement of 0 to 3 years cannot be checked");
    }

    @Test
    void studioMemberEligible_memberOverAgeCap_fires() {
        var policy = Mutations.studioType(LIWAN_POLICY, StudioType.NEW_TEACHER_WORKSHOP,
                t -> t.withMembers(new MemberEligibility(OptionalInt.empty(),
                        OptionalInt.empty(), OptionalInt.of(30), true, true)));
        var data = person(LIWAN, NT_MEMBER.id(), p -> p.toBuilder().birthDate(LocalDate.of(1990, 1, 1)).build());
        fires(liwan(data, policy), "STUDIO_MEMBER_ELIGIBLE", "/clusters/0/studios/215/memberships/2/person")
                .is(Severity.ERROR, NT_MEMBER.id().value(), "36", "30")
                .en("was 36 years old on joining; a new-teacher workshop takes members up to age 30");
    }

    private static Policy newTeacherMembers(MemberEligibility members) {
        return Mutations.studioType(LIWAN_POLICY, StudioType.NEW_TEACHER_WORKSHOP, t -> t.withMembers(members));
    }

    @Test
    void studioMemberEligible_belowAMinimumWithoutMaximum_fires() {
        var policy = newTeacherMembers(new MemberEligibility(OptionalInt.of(5), OptionalInt.empty(), OptionalInt.empty(),
                true, true));
        var data = person(LIWAN, NT_MEMBER.id(), p -> p.toBuilder().teachingSince(LocalDate.of(2024, 1, 9)).build());
        fires(liwan(data, policy), "STUDIO_MEMBER_ELIGIBLE", "/clusters/0/studios/215/memberships/2/person")
                .is(Severity.ERROR, NT_MEMBER.id().value(), "2").zh("要求 5 年及以上").en("takes 5 years or more");
    }

    @Test
    void studioMemberEligible_aboveAMaximumWithoutMinimum_fires() {
        var policy = newTeacherMembers(new MemberEligibility(OptionalInt.empty(), OptionalInt.of(3), OptionalInt.empty(),
                true, true));
        var data = person(LIWAN, NT_MEMBER.id(), p -> p.toBuilder().teachingSince(LocalDate.of(2020, 9, 1)).build());
        fires(liwan(data, policy), "STUDIO_MEMBER_ELIGIBLE", "/clusters/0/studios/215/memberships/2/person")
                .is(Severity.ERROR, NT_MEMBER.id().value(), "5").zh("要求 0 至 3 年").en("takes 0 to 3 years");
    }

    @Test
    void studioMemberEligible_rangeOfOneYear_isQuotedAsExactlyThatYear() {
        var policy = newTeacherMembers(new MemberEligibility(OptionalInt.of(1), OptionalInt.of(1), OptionalInt.empty(),
                true, true));
        var data = person(LIWAN, NT_MEMBER.id(), p -> p.toBuilder().teachingSince(LocalDate.of(2020, 9, 1)).build());
        fires(liwan(data, policy), "STUDIO_MEMBER_ELIGIBLE", "/clusters/0/studios/215/memberships/2/person")
                .zh("要求 1 年").en("a new-teacher workshop takes exactly 1 year");
    }

    @Test
    void studioMemberEligible_beganTeachingAfterJoiningBelowAMinimum_fires() {
        var policy = newTeacherMembers(new MemberEligibility(OptionalInt.of(5), OptionalInt.empty(), OptionalInt.empty(),
                true, true));
        var data = person(LIWAN, NT_MEMBER.id(), p -> p.toBuilder().teachingSince(LocalDate.of(2026, 9, 1)).build());
        Finding finding = fires(liwan(data, policy), "STUDIO_MEMBER_ELIGIBLE",
                "/clusters/0/studios/215/memberships/2/person")
                .is(Severity.ERROR, NT_MEMBER.id().value(), "2026-01-09", "2026-09-01").zh("要求教龄 5 年及以上")
                .en("takes 5 years or more").finding();
        assertThat(finding.messageEn()).contains("had not begun teaching").doesNotContain("unknown");
        assertThat(finding.messageZh()).contains("尚未任教").doesNotContain("未知");
    }

    @Test
    void studioMemberEligible_beganTeachingAfterJoiningANewTeacherWorkshop_quiet() {
        var data = person(LIWAN, NT_MEMBER.id(), p -> p.toBuilder().teachingSince(LocalDate.of(2026, 9, 1)).build());
        assertThat(findings(liwan(data), "STUDIO_MEMBER_ELIGIBLE")).isEmpty();
    }

    @Test
    void studioMemberEligible_exactlyTheAgeCap_quiet() {
        var policy = newTeacherMembers(new MemberEligibility(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.of(30),
                true, true));
        var data = person(LIWAN, NT_MEMBER.id(), p -> p.toBuilder().birthDate(LocalDate.of(1996, 1, 9)).build());
        assertThat(findings(liwan(data, policy), "STUDIO_MEMBER_ELIGIBLE")).isEmpty();
    }

    @Test
    void studioMemberEligible_exactlyThreeYears_quiet() {
        var data = person(LIWAN, NT_MEMBER.id(), p -> p.toBuilder().teachingSince(LocalDate.of(2023, 1, 9)).build());
        assertThat(findings(liwan(data), "STUDIO_MEMBER_ELIGIBLE")).isEmpty();
    }

    @Test
    void studioMemberEligible_exactlyAMinimumOfFiveYears_quiet() {
        var policy = newTeacherMembers(new MemberEligibility(OptionalInt.of(5), OptionalInt.empty(), OptionalInt.empty(),
                true, true));
        var data = person(LIWAN, NT_MEMBER.id(), p -> p.toBuilder().teachingSince(LocalDate.of(2021, 1, 9)).build());
        assertThat(pointers(liwan(data, policy), "STUDIO_MEMBER_ELIGIBLE"))
                .doesNotContain("/clusters/0/studios/215/memberships/2/person");
    }

    @Test
    void studioMemberEligible_aYearBelowAMinimumOfFiveYears_fires() {
        var policy = newTeacherMembers(new MemberEligibility(OptionalInt.of(5), OptionalInt.empty(), OptionalInt.empty(),
                true, true));
        var data = person(LIWAN, NT_MEMBER.id(), p -> p.toBuilder().teachingSince(LocalDate.of(2022, 1, 9)).build());
        fires(liwan(data, policy), "STUDIO_MEMBER_ELIGIBLE", "/clusters/0/studios/215/memberships/2/person")
                .is(Severity.ERROR, NT_MEMBER.id().value(), "4", "2026-01-09").zh("加入时教龄为 4 年，")
                .en("had taught 4 years on joining on 2026-01-09; a new-teacher workshop takes 5 years or more");
    }

    @Test
    void studioMemberEligible_aYearOverTheAgeCap_fires() {
        var policy = newTeacherMembers(new MemberEligibility(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.of(30),
                true, true));
        var data = person(LIWAN, NT_MEMBER.id(), p -> p.toBuilder().birthDate(LocalDate.of(1995, 1, 9)).build());
        fires(liwan(data, policy), "STUDIO_MEMBER_ELIGIBLE", "/clusters/0/studios/215/memberships/2/person")
                .is(Severity.ERROR, NT_MEMBER.id().value(), "31", "30")
                .en("was 31 years old on joining; a new-teacher workshop takes members up to age 30");
    }

    @Test
    void studioMemberEligible_liwanExample_quiet() {
        assertThat(findings(liwan(LIWAN), "STUDIO_MEMBER_ELIGIBLE")).isEmpty();
    }

    // ----- STUDIO_SAME_STAGE_SUBJECT

    @Test
    void studioSameStageSubject_memberTeachesPhysics_fires() {
        var data = person(LIWAN, SG_MEMBER.id(), p -> withSubjects(p, Subject.PHYSICS));
        fires(liwan(data), "STUDIO_SAME_STAGE_SUBJECT", "/clusters/0/studios/3/memberships/2/person")
                .is(Severity.WARNING, SG_MEMBER.id().value(), SG_NAME).zh("的学科（物理）与“" + SG_NAME + "”的学科（数学）不一致")
                .en("teaches physics, none of the subjects of studio '" + SG_NAME + "' (mathematics)");
    }

    @Test
    void studioSameStageSubject_memberTeachesPrimary_fires() {
        var data = person(LIWAN, SG_MEMBER.id(), p -> withStages(p, Stage.PRIMARY));
        fires(liwan(data), "STUDIO_SAME_STAGE_SUBJECT", "/clusters/0/studios/3/memberships/2/person")
                .is(Severity.WARNING, SG_MEMBER.id().value(), SG_NAME)
                .says("“" + SG_MEMBER.name() + "”（" + SG_MEMBER.id() + "）的学段（小学）与“" + SG_NAME + "”的学段（高中）不一致",
                        "'" + SG_MEMBER.name() + "' (" + SG_MEMBER.id() + ") teaches none of the stages of studio '" + SG_NAME
                                + "' (senior secondary school); the person's record gives primary school");
    }

    @Test
    void studioSameStageSubject_memberOfTwoOtherStages_listsThemInEachLanguage() {
        var data = person(LIWAN, SG_MEMBER.id(), p -> withStages(p, Stage.PRIMARY, Stage.JUNIOR_SECONDARY));
        fires(liwan(data), "STUDIO_SAME_STAGE_SUBJECT", "/clusters/0/studios/3/memberships/2/person")
                .zh("的学段（小学、初中）与")
                .en("; the person's record gives primary school and junior secondary school");
    }

    @Test
    void studioSameStageSubject_memberOfNoStage_saysNoneIsGiven() {
        var data = person(LIWAN, SG_MEMBER.id(), p -> withStages(p));
        fires(liwan(data), "STUDIO_SAME_STAGE_SUBJECT", "/clusters/0/studios/3/memberships/2/person")
                .zh("的学段（未填写）与")
                .en("; the person's record gives no stage");
    }

    @Test
    void studioSameStageSubject_principalStudioMemberOfOtherStage_quiet() {
        Person cadre = personAt(16, 2);
        var data = person(LIWAN, cadre.id(), p -> withStages(p, Stage.VOCATIONAL));
        assertThat(findings(liwan(data), "STUDIO_SAME_STAGE_SUBJECT")).isEmpty();
    }

    @Test
    void studioSameStageSubject_studioOfManySubjects_namesTenAndCountsTheRest() {
        var data = person(studio(LIWAN, SG, s -> {
            Studio.Builder studio = s.toBuilder();
            for (int i = 0; i < 25; i++) {
                studio.subject(Subject.of(String.format(Locale.ROOT, "SUBJ%02d", i)));
            }
            return studio.build();
        }), SG_MEMBER.id(), p -> withSubjects(p, Subject.PHYSICS));

        Finding finding = fires(liwan(data), "STUDIO_SAME_STAGE_SUBJECT", "/clusters/0/studios/3/memberships/2/person")
                .is(Severity.WARNING, SG_MEMBER.id().value(), SG_NAME)
                .en("(mathematics, SUBJ00, SUBJ01, SUBJ02, SUBJ03, SUBJ04, SUBJ05, SUBJ06, SUBJ07, SUBJ08, … and 16 more)")
                .zh("（数学、SUBJ00、SUBJ01、SUBJ02、SUBJ03、SUBJ04、SUBJ05、SUBJ06、SUBJ07、SUBJ08 …另有 16 个）")
                .finding();
        assertThat(finding.messageEn()).doesNotContain("SUBJ09");
    }

    @Test
    void studioSameStageSubject_twentyThousandMembersAndSubjects_checkedInLinearTime() {
        int n = 20_000;
        List<Person> members = new ArrayList<>();
        var data = studio(LIWAN, SG, s -> {
            Studio.Builder studio = s.toBuilder();
            for (int i = 0; i < n; i++) {
                studio.subject(Subject.of(String.format(Locale.ROOT, "SUBJ%06d", i)));
                Person member = Person.builder(PersonId.of("syn-member-" + i), "成员" + i).stage(Stage.SENIOR_SECONDARY)
                        .subject(Subject.MATHEMATICS).build();
                members.add(member);
                studio.membership(Membership.of(member.id(), Tier.MEMBER, s.cycle().start()));
            }
            return studio.build();
        });
        var withMembers = Mutations.persons(data, persons -> {
            List<Person> all = new ArrayList<>(persons);
            all.addAll(members);
            return all;
        });
        // Each member's seat parsed the studio's subjects again, and each check walked all of them.
        Report report = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> liwan(withMembers, Mutations.only(LIWAN_POLICY, "STUDIO_SAME_STAGE_SUBJECT")));

        assertThat(findings(report, "STUDIO_SAME_STAGE_SUBJECT")).isEmpty();
    }

    @Test
    void studioSameStageSubject_liwanExample_quiet() {
        assertThat(findings(liwan(LIWAN), "STUDIO_SAME_STAGE_SUBJECT")).isEmpty();
    }

    // ----- STUDIO_NAME_CONVENTION

    @Test
    void studioNameConvention_nameWithoutHost_fires() {
        var data = studio(LIWAN, SG, s -> named(s, "高中数学正高级教师工作室"));
        fires(liwan(data), "STUDIO_NAME_CONVENTION", "/clusters/0/studios/3/name")
                .is(Severity.INFO, "高中数学正高级教师工作室", SG_HOST.name())
                .says("工作室名称“高中数学正高级教师工作室”未包含主持人姓名“" + SG_HOST.name() + "”",
                        "studio name '高中数学正高级教师工作室' does not contain its host's name '" + SG_HOST.name() + "'");
    }

    @Test
    void studioNameConvention_neitherHostNorForm_namesBoth() {
        var data = studio(LIWAN, SG, s -> named(s, "高中数学正高级教师工作坊"));
        fires(liwan(data), "STUDIO_NAME_CONVENTION", "/clusters/0/studios/3/name")
                .says("工作室名称“高中数学正高级教师工作坊”未包含主持人姓名“" + SG_HOST.name() + "”，且未以“工作室”结尾",
                        "studio name '高中数学正高级教师工作坊' does not contain its host's name '" + SG_HOST.name()
                                + "' and does not end with '工作室'");
    }

    @Test
    void studioNameConvention_hostListedTwice_firesOnce() {
        var data = studio(LIWAN, SG, s -> plus(named(s, "高中数学正高级教师工作室"),
                Membership.of(SG_HOST.id(), Tier.HOST, s.cycle().start())));
        assertThat(pointers(liwan(data), "STUDIO_NAME_CONVENTION")).containsExactly("/clusters/0/studios/3/name");
    }

    @Test
    void studioNameConvention_workshopCalledStudio_fires() {
        Person host = personAt(NT, 0);
        var data = studio(LIWAN, NT, s -> named(s, host.name() + "新教师工作室"));
        fires(liwan(data), "STUDIO_NAME_CONVENTION", "/clusters/0/studios/215/name")
                .is(Severity.INFO, host.name() + "新教师工作室", "工作坊")
                .says("工作坊名称“" + host.name() + "新教师工作室”未以“工作坊”结尾",
                        "studio name '" + host.name() + "新教师工作室' does not end with '工作坊'");
    }

    @Test
    void studioNameConvention_hostLeavesAfterAsOf_stillChecked() {
        var data = studio(LIWAN, SG, s -> Mutations.membership(named(s, "荔湾区" + SG_MEMBER.name() + "名师工作室"), 0,
                m -> m.withLeftOn(LocalDate.of(2026, 12, 31))));
        fires(liwan(data), "STUDIO_NAME_CONVENTION", "/clusters/0/studios/3/name")
                .is(Severity.INFO, SG_HOST.name());
    }

    @Test
    void studioNameConvention_hostLeavesOnAsOf_stillChecked() {
        var data = studio(LIWAN, SG, s -> Mutations.membership(named(s, "荔湾区" + SG_MEMBER.name() + "名师工作室"), 0,
                m -> m.withLeftOn(LocalDate.of(2026, 3, 1))));
        fires(liwan(data), "STUDIO_NAME_CONVENTION", "/clusters/0/studios/3/name")
                .is(Severity.INFO, SG_HOST.name());
    }

    @Test
    void studioNameConvention_hostLeftOnTheCyclesLastDay_stillCheckedAfterTheCycle() {
        // Staying to the last day of the cycle is no handover, even once the as-of date is past it.
        LocalDate lastDay = studio(SG).cycle().lastDay();
        var data = studio(LIWAN, SG, s -> Mutations.membership(named(s, "荔湾区" + SG_MEMBER.name() + "名师工作室"), 0,
                m -> m.withLeftOn(lastDay)));
        fires(liwan(data, lastDay.plusMonths(2)), "STUDIO_NAME_CONVENTION", "/clusters/0/studios/3/name")
                .is(Severity.INFO, SG_HOST.name());
    }

    @Test
    void studioNameConvention_formerHostAfterAHandover_quiet() {
        var data = studio(LIWAN, SG, s -> plus(Mutations.membership(named(s, "荔湾区" + SG_MEMBER.name() + "名师工作室"), 0,
                m -> m.withLeftOn(LocalDate.of(2026, 2, 1))), Membership.of(SG_MEMBER.id(), Tier.HOST,
                LocalDate.of(2026, 2, 2))));
        assertThat(findings(liwan(data), "STUDIO_NAME_CONVENTION")).isEmpty();
    }

    /** Studio 3, whose host leaves on 2026-06-30 and whose member takes over as host the next day. */
    private static Dataset handedOverInJuly() {
        return studio(LIWAN, SG, s -> plus(Mutations.membership(s, 0, m -> m.withLeftOn(LocalDate.of(2026, 6, 30))),
                Membership.of(SG_MEMBER.id(), Tier.HOST, LocalDate.of(2026, 7, 1))));
    }

    @Test
    void studioNameConvention_successorTakingOverAfterAsOf_notYetChecked() {
        var data = handedOverInJuly();
        assertThat(findings(liwan(data), "STUDIO_NAME_CONVENTION")).isEmpty();
    }

    @Test
    void studioNameConvention_successorAfterTakingOver_fires() {
        var data = handedOverInJuly();
        fires(liwan(data, LocalDate.of(2026, 8, 1)), "STUDIO_NAME_CONVENTION", "/clusters/0/studios/3/name")
                .is(Severity.INFO, SG_MEMBER.name());
    }

    @Test
    void studioNameConvention_successorOnTheDayTheyTakeOver_fires() {
        fires(liwan(handedOverInJuly(), LocalDate.of(2026, 7, 1)), "STUDIO_NAME_CONVENTION",
                "/clusters/0/studios/3/name").is(Severity.INFO, SG_MEMBER.name());
    }

    @Test
    void studioNameConvention_hostFromTheFirstDayAsOfBeforeTheLaunch_isChecked() {
        var data = studio(LIWAN, SG, s -> named(s, "高中数学正高级教师工作室"));
        fires(liwan(data, LAUNCH.minusDays(1)), "STUDIO_NAME_CONVENTION", "/clusters/0/studios/3/name")
                .is(Severity.INFO, SG_HOST.name());
    }

    @Test
    void studioNameConvention_policyWithoutConvention_quiet() {
        var data = studio(LIWAN, SG, s -> named(s, "高中数学正高级教师工作室"));
        var policy = Mutations.studios(LIWAN_POLICY, s -> s.withNameIncludesHost(false));
        assertThat(findings(liwan(data, policy), "STUDIO_NAME_CONVENTION")).isEmpty();
    }

    @Test
    void studioNameConvention_placeBeforeTheHostAndOtherWordsForTheType_quiet() {
        var data = studio(LIWAN, SG, s -> named(s, "荔湾区" + SG_HOST.name() + "名师工作室"));
        assertThat(findings(liwan(data), "STUDIO_NAME_CONVENTION")).isEmpty();
    }

    @Test
    void studioNameConvention_liwanExample_quiet() {
        assertThat(findings(liwan(LIWAN), "STUDIO_NAME_CONVENTION")).isEmpty();
    }

    // ----- PERSON_HOSTS_TOO_MANY

    @Test
    void personHostsTooMany_hostsASecondStudio_fires() {
        var data = studio(LIWAN, 4, s -> plus(s, Membership.of(SG_HOST.id(), Tier.HOST, LAUNCH)));
        fires(liwan(data), "PERSON_HOSTS_TOO_MANY", "/clusters/0/studios/4/memberships/8/person")
                .is(Severity.ERROR, SG_HOST.id().value(), "2", "1", SG_NAME, OTHER_NAME, "2026-03-01");
    }

    @Test
    void personHostsTooMany_secondHostingStartsOnAsOf_fires() {
        var data = studio(LIWAN, 4, s -> plus(s, Membership.of(SG_HOST.id(), Tier.HOST, LocalDate.of(2026, 3, 1))));
        fires(liwan(data), "PERSON_HOSTS_TOO_MANY", "/clusters/0/studios/4/memberships/8/person")
                .is(Severity.ERROR, SG_HOST.id().value(), "2", "1");
    }

    @Test
    void personHostsTooMany_secondHostingEndsOnAsOf_fires() {
        var data = studio(LIWAN, 4, s -> plus(s,
                Membership.of(SG_HOST.id(), Tier.HOST, LAUNCH).withLeftOn(LocalDate.of(2026, 3, 1))));
        fires(liwan(data), "PERSON_HOSTS_TOO_MANY", "/clusters/0/studios/4/memberships/8/person")
                .is(Severity.ERROR, SG_HOST.id().value(), "2", "1");
    }

    @Test
    void personHostsTooMany_secondHostingEndsAfterAsOf_fires() {
        var data = studio(LIWAN, 4, s -> plus(s,
                Membership.of(SG_HOST.id(), Tier.HOST, LAUNCH).withLeftOn(LocalDate.of(2026, 12, 31))));
        fires(liwan(data), "PERSON_HOSTS_TOO_MANY", "/clusters/0/studios/4/memberships/8/person")
                .is(Severity.ERROR, SG_HOST.id().value(), "2", "1");
    }

    @Test
    void personHostsTooMany_endedHostingEarlierInTheDocument_namesOnlyTheActiveStudios() {
        var data = studio(studio(LIWAN, 4, s -> plus(s, Membership.of(SG_HOST.id(), Tier.HOST, LAUNCH))), 2,
                s -> plus(s, Membership.of(SG_HOST.id(), Tier.HOST, LAUNCH).withLeftOn(LocalDate.of(2026, 2, 1))));
        Finding finding = fires(liwan(data), "PERSON_HOSTS_TOO_MANY", "/clusters/0/studios/4/memberships/8/person")
                .finding();
        assertThat(finding.messageEn()).isEqualTo("'" + SG_HOST.name() + "' (" + SG_HOST.id().value()
                + ") hosts 2 studios on 2026-03-01 (" + SG_NAME + ", " + OTHER_NAME + "); the limit is 1");
    }

    @Test
    void personHostsTooMany_personWithoutARecord_isNamedByIdentifier() {
        var data = Mutations.persons(studio(LIWAN, 4, s -> plus(s, Membership.of(SG_HOST.id(), Tier.HOST, LAUNCH))),
                list -> {
                    list.removeIf(person -> person.id().equals(SG_HOST.id()));
                    return list;
                });
        fires(liwan(data), "PERSON_HOSTS_TOO_MANY", "/clusters/0/studios/4/memberships/8/person")
                .en("person '" + SG_HOST.id().value() + "' hosts 2 studios on 2026-03-01 (")
                .zh("人员“" + SG_HOST.id().value() + "”在 2026-03-01 同时主持 2 个工作室（");
    }

    @Test
    void personHostsTooMany_hostsThirteenStudios_namesTenAndCountsTheRest() {
        Dataset data = LIWAN;
        for (int index = 0; index <= 12; index++) {
            if (index != SG) {
                data = studio(data, index, s -> plus(s, Membership.of(SG_HOST.id(), Tier.HOST, LAUNCH)));
            }
        }

        Finding finding = fires(liwan(data), "PERSON_HOSTS_TOO_MANY", "/clusters/0/studios/1/memberships/8/person")
                .is(Severity.ERROR, SG_HOST.id().value(), "13", "1")
                .en("… and 3 more); the limit is 1")
                .zh(" …另有 3 个），上限为 1 个")
                .finding();
        assertThat(finding.messageEn()).contains(studio(0).name()).doesNotContain(studio(12).name());
    }

    @Test
    void personHostsTooMany_hostsTenStudios_namesEveryOneAndCountsNone() {
        Dataset data = LIWAN;
        for (int index = 0; index <= 9; index++) {
            if (index != SG) {
                data = studio(data, index, s -> plus(s, Membership.of(SG_HOST.id(), Tier.HOST, LAUNCH)));
            }
        }

        fires(liwan(data), "PERSON_HOSTS_TOO_MANY", "/clusters/0/studios/1/memberships/8/person")
                .is(Severity.ERROR, SG_HOST.id().value(), "10", "1")
                .en(", " + studio(9).name() + "); the limit is 1")
                .zh("、" + studio(9).name() + "），上限为 1 个");
    }

    @Test
    void personHostsTooMany_secondHostingEndedBeforeAsOf_quiet() {
        var data = studio(LIWAN, 4, s -> plus(s,
                Membership.of(SG_HOST.id(), Tier.HOST, LAUNCH).withLeftOn(LocalDate.of(2026, 2, 1))));
        assertThat(findings(liwan(data), "PERSON_HOSTS_TOO_MANY")).isEmpty();
    }

    @Test
    void personHostsTooMany_secondStudiosCycleStartsOnAsOf_fires() {
        var data = studio(LIWAN, 4, s -> plus(s, Membership.of(SG_HOST.id(), Tier.HOST, LAUNCH)).toBuilder()
                .cycle(Cycle.of(LocalDate.of(2026, 3, 1), 2)).build());
        fires(liwan(data), "PERSON_HOSTS_TOO_MANY", "/clusters/0/studios/4/memberships/8/person")
                .is(Severity.ERROR, SG_HOST.id().value(), "2", "1");
    }

    @Test
    void personHostsTooMany_secondStudiosCycleEndsOnAsOf_fires() {
        var data = studio(LIWAN, 4, s -> plus(s, Membership.of(SG_HOST.id(), Tier.HOST, LocalDate.of(2024, 3, 2)))
                .toBuilder().cycle(Cycle.of(LocalDate.of(2024, 3, 2), 2)).build());
        fires(liwan(data), "PERSON_HOSTS_TOO_MANY", "/clusters/0/studios/4/memberships/8/person")
                .is(Severity.ERROR, SG_HOST.id().value(), "2", "1");
    }

    @Test
    void personHostsTooMany_secondStudiosCycleEndedTheDayBeforeAsOf_quiet() {
        var data = studio(LIWAN, 4, s -> plus(s, Membership.of(SG_HOST.id(), Tier.HOST, LocalDate.of(2024, 3, 1)))
                .toBuilder().cycle(Cycle.of(LocalDate.of(2024, 3, 1), 2)).build());
        assertThat(findings(liwan(data), "PERSON_HOSTS_TOO_MANY")).isEmpty();
    }

    @Test
    void personHostsTooMany_hostListedTwiceInOneStudio_quiet() {
        var data = studio(LIWAN, SG, s -> plus(s, Membership.of(SG_HOST.id(), Tier.HOST, LAUNCH)));
        assertThat(findings(liwan(data), "PERSON_HOSTS_TOO_MANY")).isEmpty();
    }

    @Test
    void personHostsTooMany_listedTwiceInOneOfTwoStudios_countsAndNamesEachStudioOnce() {
        var data = studio(studio(LIWAN, SG, s -> plus(s, Membership.of(SG_HOST.id(), Tier.HOST, LAUNCH))), 4,
                s -> plus(s, Membership.of(SG_HOST.id(), Tier.HOST, LAUNCH)));
        Finding finding = fires(liwan(data), "PERSON_HOSTS_TOO_MANY", "/clusters/0/studios/4/memberships/8/person")
                .finding();
        assertThat(finding.messageEn()).isEqualTo("'" + SG_HOST.name() + "' (" + SG_HOST.id().value()
                + ") hosts 2 studios on 2026-03-01 (" + SG_NAME + ", " + OTHER_NAME + "); the limit is 1");
    }

    private static final Policy TWO_HOSTED_AT_ONCE = Mutations.studios(LIWAN_POLICY, p -> p.withMaxHostedAtOnce(2));

    @Test
    void personHostsTooMany_hostsTwoStudiosWhereTwoAllowed_quiet() {
        var data = studio(LIWAN, 4, s -> plus(s, Membership.of(SG_HOST.id(), Tier.HOST, LAUNCH)));
        assertThat(findings(liwan(data, TWO_HOSTED_AT_ONCE), "PERSON_HOSTS_TOO_MANY")).isEmpty();
    }

    @Test
    void personHostsTooMany_hostsThreeStudiosWhereTwoAllowed_firesAtTheThird() {
        var data = studio(studio(LIWAN, 4, s -> plus(s, Membership.of(SG_HOST.id(), Tier.HOST, LAUNCH))), 5,
                s -> plus(s, Membership.of(SG_HOST.id(), Tier.HOST, LAUNCH)));
        fires(liwan(data, TWO_HOSTED_AT_ONCE), "PERSON_HOSTS_TOO_MANY", "/clusters/0/studios/5/memberships/8/person")
                .is(Severity.ERROR, SG_HOST.id().value(), "3", SG_NAME, OTHER_NAME, studio(5).name())
                .zh("，上限为 2 个")
                .en("; the limit is 2");
    }

    @Test
    void personHostsTooMany_liwanExample_quiet() {
        assertThat(findings(liwan(LIWAN), "PERSON_HOSTS_TOO_MANY")).isEmpty();
    }

    // ----- PERSON_JOINS_TOO_MANY

    @Test
    void personJoinsTooMany_memberOfASecondStudio_fires() {
        var data = studio(LIWAN, 4, s -> plus(s, Membership.of(SG_MEMBER.id(), Tier.MEMBER, LAUNCH)));
        fires(liwan(data), "PERSON_JOINS_TOO_MANY", "/clusters/0/studios/4/memberships/8/person")
                .is(Severity.WARNING, SG_MEMBER.id().value(), "2", "1", SG_NAME, OTHER_NAME);
    }

    @Test
    void personJoinsTooMany_onlineTraineeOfASecondStudio_quiet() {
        var data = studio(LIWAN, 4, s -> plus(s, Membership.of(SG_MEMBER.id(), Tier.ONLINE_TRAINEE, LAUNCH)));
        assertThat(findings(liwan(data), "PERSON_JOINS_TOO_MANY")).isEmpty();
    }

    @Test
    void personJoinsTooMany_memberListedTwiceInOneStudio_quiet() {
        var data = studio(LIWAN, SG, s -> plus(s, Membership.of(SG_MEMBER.id(), Tier.MEMBER, LAUNCH)));
        assertThat(findings(liwan(data), "PERSON_JOINS_TOO_MANY")).isEmpty();
    }

    @Test
    void personJoinsTooMany_listedTwiceInOneOfTwoStudios_countsAndNamesEachStudioOnce() {
        var data = studio(studio(LIWAN, SG, s -> plus(s, Membership.of(SG_MEMBER.id(), Tier.MEMBER, LAUNCH))), 4,
                s -> plus(s, Membership.of(SG_MEMBER.id(), Tier.MEMBER, LAUNCH)));
        Finding finding = fires(liwan(data), "PERSON_JOINS_TOO_MANY", "/clusters/0/studios/4/memberships/8/person")
                .finding();
        assertThat(finding.messageZh()).isEqualTo("“" + SG_MEMBER.name() + "”（" + SG_MEMBER.id().value()
                + "）在 2026-03-01 同时加入 2 个工作室（"
                + SG_NAME + "、" + OTHER_NAME + "），上限为 1 个");
    }

    private static final Policy TWO_JOINED_AT_ONCE = Mutations.studios(LIWAN_POLICY, p -> p.withMaxJoinedAtOnce(2));

    @Test
    void personJoinsTooMany_memberOfTwoStudiosWhereTwoAllowed_quiet() {
        var data = studio(LIWAN, 4, s -> plus(s, Membership.of(SG_MEMBER.id(), Tier.MEMBER, LAUNCH)));
        assertThat(findings(liwan(data, TWO_JOINED_AT_ONCE), "PERSON_JOINS_TOO_MANY")).isEmpty();
    }

    @Test
    void personJoinsTooMany_memberOfThreeStudiosWhereTwoAllowed_firesAtTheThird() {
        var data = studio(studio(LIWAN, 4, s -> plus(s, Membership.of(SG_MEMBER.id(), Tier.MEMBER, LAUNCH))), 5,
                s -> plus(s, Membership.of(SG_MEMBER.id(), Tier.MEMBER, LAUNCH)));
        fires(liwan(data, TWO_JOINED_AT_ONCE), "PERSON_JOINS_TOO_MANY", "/clusters/0/studios/5/memberships/8/person")
                .is(Severity.WARNING, SG_MEMBER.id().value(), "3", SG_NAME, OTHER_NAME, studio(5).name())
                .zh("，上限为 2 个")
                .en("; the limit is 2");
    }

    @Test
    void personJoinsTooMany_liwanExample_quiet() {
        assertThat(findings(liwan(LIWAN), "PERSON_JOINS_TOO_MANY")).isEmpty();
    }

    // ----- PERSON_LADDER_SKIP

    @Test
    void personLadderSkip_memberWithoutHonourJoinsSpecialGradeStudio_fires() {
        var data = person(LIWAN, SG_MEMBER.id(), Mutations::withoutHonours);
        fires(liwan(data), "PERSON_LADDER_SKIP", "/clusters/0/studios/3/memberships/2/person")
                .is(Severity.WARNING, SG_MEMBER.id().value(), "1", "4", "2026-01-09", "2")
                .zh("已达到第 1 梯级，于 2026-01-09 加入第 4 梯级的特级教师/正高级教师工作室，超过允许的 2 个梯级跨度");
    }

    @Test
    void personLadderSkip_honourAwardedAfterJoining_fires() {
        var data = person(LIWAN, SG_MEMBER.id(), p -> Mutations.withoutHonours(p).toBuilder()
                .honour(Honour.of(HonourKind.BACKBONE_TEACHER, Level.DISTRICT, LocalDate.of(2026, 6, 1))).build());
        fires(liwan(data), "PERSON_LADDER_SKIP", "/clusters/0/studios/3/memberships/2/person")
                .is(Severity.WARNING, SG_MEMBER.id().value(), "1", "4");
    }

    private static final Person FT_MEMBER = personAt(FT, 2);

    private static Dataset ftMemberTeachingSince(LocalDate since) {
        return person(LIWAN, FT_MEMBER.id(), p -> Mutations.withoutHonours(p).toBuilder().teachingSince(since).build());
    }

    @Test
    void personLadderSkip_newTeacherOfExactlyTheMaximumYearsJoinsRungThree_fires() {
        fires(liwan(ftMemberTeachingSince(LocalDate.of(2023, 1, 9))), "PERSON_LADDER_SKIP",
                "/clusters/0/studios/27/memberships/2/person")
                .is(Severity.WARNING, FT_MEMBER.id().value(), "2026-01-09", "2")
                .en("had attained rung 0 when joining a rung 3");
    }

    @Test
    void personLadderSkip_teacherPastTheNewTeacherYearsJoinsRungThree_quiet() {
        assertThat(pointers(liwan(ftMemberTeachingSince(LocalDate.of(2022, 1, 9))), "PERSON_LADDER_SKIP"))
                .doesNotContain("/clusters/0/studios/27/memberships/2/person");
    }

    /** New teachers of up to five years' 教龄, who have not attained rung 1, where the preset says three. */
    private static final Policy NEW_TEACHERS_UP_TO_FIVE_YEARS = Mutations.studios(LIWAN_POLICY,
            p -> p.withNewTeacherMaxYears(5));

    @Test
    void personLadderSkip_teacherOfExactlyTheRaisedNewTeacherYearsJoinsRungThree_fires() {
        fires(liwan(ftMemberTeachingSince(LocalDate.of(2021, 1, 9)), NEW_TEACHERS_UP_TO_FIVE_YEARS),
                "PERSON_LADDER_SKIP", "/clusters/0/studios/27/memberships/2/person")
                .is(Severity.WARNING, FT_MEMBER.id().value(), "2026-01-09")
                .en("had attained rung 0 when joining a rung 3");
    }

    @Test
    void personLadderSkip_teacherPastTheRaisedNewTeacherYearsJoinsRungThree_quiet() {
        assertThat(pointers(liwan(ftMemberTeachingSince(LocalDate.of(2020, 1, 9)), NEW_TEACHERS_UP_TO_FIVE_YEARS),
                "PERSON_LADDER_SKIP")).doesNotContain("/clusters/0/studios/27/memberships/2/person");
    }

    private static final Policy THREE_RUNGS_UP = Mutations.studios(LIWAN_POLICY, p -> p.withLadderMaxStep(3));

    @Test
    void personLadderSkip_memberWithoutHonourJoinsThreeRungsUpWhereThreeAllowed_quiet() {
        var data = person(LIWAN, SG_MEMBER.id(), Mutations::withoutHonours);
        assertThat(findings(liwan(data, THREE_RUNGS_UP), "PERSON_LADDER_SKIP")).isEmpty();
    }

    @Test
    void personLadderSkip_newTeacherJoinsFourRungsUpWhereThreeAllowed_fires() {
        var data = person(LIWAN, SG_MEMBER.id(), p -> Mutations.withoutHonours(p).toBuilder()
                .teachingSince(LocalDate.of(2023, 1, 9)).build());
        fires(liwan(data, THREE_RUNGS_UP), "PERSON_LADDER_SKIP", "/clusters/0/studios/3/memberships/2/person")
                .is(Severity.WARNING, SG_MEMBER.id().value(), "0", "4", "2026-01-09", "3")
                .zh("已达到第 0 梯级，于 2026-01-09 加入第 4 梯级的特级教师/正高级教师工作室，超过允许的 3 个梯级跨度")
                .en("; the policy allows 3 rungs up");
    }

    /**
     * Liwan with the special-grade member without honours, who was also a member of a 2024 backbone
     * workshop (rung 2), appended as studio 258, and left it on a day.
     */
    private static Dataset withCompletedBackboneWorkshop(LocalDate leftOn) {
        return withBackboneWorkshopSeat(Tier.MEMBER, leftOn);
    }

    /**
     * Liwan with the special-grade member without honours, who also held a seat of a tier in a 2024
     * backbone workshop (rung 2), appended as studio 258, and left it on a day; its other seat is the
     * other tier's.
     */
    private static Dataset withBackboneWorkshopSeat(Tier tier, LocalDate leftOn) {
        Studio b = studio(94);
        Cycle cycle = Cycle.of(LocalDate.of(2024, 1, 1), 1);
        Tier other = tier == Tier.HOST ? Tier.MEMBER : Tier.HOST;
        Studio completed = new Studio(StudioId.of("syn-lw-2024-bb-001"), b.name(), b.type(), b.level(),
                b.hostInstitution(), b.researchDirection(), b.stages(), b.subjects(), cycle, StudioStatus.COMPLETED,
                List.of(Membership.of(personAt(94, 0).id(), other, cycle.start()),
                        Membership.of(SG_MEMBER.id(), tier, cycle.start()).withLeftOn(leftOn)),
                List.of(), List.of(), List.of(), List.of());
        var data = person(LIWAN, SG_MEMBER.id(), Mutations::withoutHonours);
        return Mutations.studios(data, list -> {
            list.add(completed);
            return list;
        });
    }

    @Test
    void personLadderSkip_memberStayedInABackboneWorkshopToItsLastDay_quiet() {
        assertThat(pointers(liwan(withCompletedBackboneWorkshop(LocalDate.of(2024, 12, 31))), "PERSON_LADDER_SKIP"))
                .doesNotContain("/clusters/0/studios/3/memberships/2/person");
    }

    @Test
    void personLadderSkip_hostedABackboneWorkshopToItsLastDay_attainsItsRung_quiet() {
        assertThat(pointers(liwan(withBackboneWorkshopSeat(Tier.HOST, LocalDate.of(2024, 12, 31))),
                "PERSON_LADDER_SKIP")).doesNotContain("/clusters/0/studios/3/memberships/2/person");
    }

    @Test
    void personLadderSkip_hostLeftABackboneWorkshopTheDayBeforeItsLastDay_fires() {
        fires(liwan(withBackboneWorkshopSeat(Tier.HOST, LocalDate.of(2024, 12, 30))), "PERSON_LADDER_SKIP",
                "/clusters/0/studios/3/memberships/2/person")
                .is(Severity.WARNING, SG_MEMBER.id().value(), "1", "4");
    }

    @Test
    void personLadderSkip_memberLeftABackboneWorkshopTheDayBeforeItsLastDay_fires() {
        fires(liwan(withCompletedBackboneWorkshop(LocalDate.of(2024, 12, 30))), "PERSON_LADDER_SKIP",
                "/clusters/0/studios/3/memberships/2/person")
                .is(Severity.WARNING, SG_MEMBER.id().value(), "1", "4");
    }

    @Test
    void personLadderSkip_lowerHonourAwardedAfterAHigherOne_keepsTheHigherRung() {
        var data = person(LIWAN, SG_MEMBER.id(), p -> Mutations.withoutHonours(p).toBuilder()
                .honour(Honour.of(HonourKind.BACKBONE_TEACHER, Level.DISTRICT, LocalDate.of(2020, 9, 10)))
                .honour(Honour.of(HonourKind.RISING_STAR, Level.DISTRICT, LocalDate.of(2022, 9, 10))).build());
        assertThat(pointers(liwan(data), "PERSON_LADDER_SKIP"))
                .doesNotContain("/clusters/0/studios/3/memberships/2/person");
    }

    @Test
    void personLadderSkip_honourAwardedOnTheDayOfJoining_quiet() {
        var data = person(LIWAN, SG_MEMBER.id(), p -> Mutations.withoutHonours(p).toBuilder()
                .honour(Honour.of(HonourKind.BACKBONE_TEACHER, Level.DISTRICT, LAUNCH)).build());
        assertThat(pointers(liwan(data), "PERSON_LADDER_SKIP"))
                .doesNotContain("/clusters/0/studios/3/memberships/2/person");
    }

    @Test
    void personLadderSkip_honourAwardedTheDayAfterJoining_fires() {
        var data = person(LIWAN, SG_MEMBER.id(), p -> Mutations.withoutHonours(p).toBuilder()
                .honour(Honour.of(HonourKind.BACKBONE_TEACHER, Level.DISTRICT, LAUNCH.plusDays(1))).build());
        fires(liwan(data), "PERSON_LADDER_SKIP", "/clusters/0/studios/3/memberships/2/person")
                .is(Severity.WARNING, SG_MEMBER.id().value(), "1", "4");
    }

    /**
     * Liwan with the special-grade member without honours, a member of a second special-grade studio
     * joined on the same day as the first (appended as studio 258), and of a backbone workshop of one
     * year from a day (appended as studio 259) in a status, stayed in to its last day.
     */
    private static Dataset withSecondSeatAndBackboneWorkshopFrom(LocalDate start, StudioStatus status) {
        Cycle cycle = Cycle.of(start, 1);
        Studio second = copyOf(studio(SG), "syn-lw-second-sg", studio(SG).cycle(), StudioStatus.ACTIVE,
                List.of(Membership.of(SG_HOST.id(), Tier.HOST, LAUNCH), Membership.of(SG_MEMBER.id(), Tier.MEMBER, LAUNCH)));
        Studio workshop = copyOf(studio(94), "syn-lw-workshop", cycle, status,
                List.of(Membership.of(personAt(94, 0).id(), Tier.HOST, start),
                        Membership.of(SG_MEMBER.id(), Tier.MEMBER, start)));
        return Mutations.studios(person(LIWAN, SG_MEMBER.id(), Mutations::withoutHonours), list -> {
            list.add(second);
            list.add(workshop);
            return list;
        });
    }

    @Test
    void personLadderSkip_workshopCompletedOnTheDayOfJoiningTwoStudios_quietForBoth() {
        // The cycle's last day is the day before the two seats are joined.
        assertThat(pointers(liwan(withSecondSeatAndBackboneWorkshopFrom(LAUNCH.minusYears(1), StudioStatus.COMPLETED)),
                "PERSON_LADDER_SKIP")).doesNotContain("/clusters/0/studios/3/memberships/2/person",
                        "/clusters/0/studios/258/memberships/1/person");
    }

    @Test
    void personLadderSkip_workshopCompletedTheDayAfterJoiningTwoStudios_firesForBoth() {
        // The cycle's last day is the day the two seats are joined: completed only the day after.
        Report report = liwan(withSecondSeatAndBackboneWorkshopFrom(LAUNCH.minusYears(1).plusDays(1),
                StudioStatus.COMPLETED));
        fires(report, "PERSON_LADDER_SKIP", "/clusters/0/studios/3/memberships/2/person")
                .is(Severity.WARNING, SG_MEMBER.id().value(), "1", "4");
        fires(report, "PERSON_LADDER_SKIP", "/clusters/0/studios/258/memberships/1/person")
                .is(Severity.WARNING, SG_MEMBER.id().value(), "1", "4");
    }

    @Test
    void personLadderSkip_dissolvedWorkshopWhoseCycleEndedBeforeJoining_fires() {
        fires(liwan(withSecondSeatAndBackboneWorkshopFrom(LAUNCH.minusYears(2), StudioStatus.DISSOLVED)),
                "PERSON_LADDER_SKIP", "/clusters/0/studios/3/memberships/2/person")
                .is(Severity.WARNING, SG_MEMBER.id().value(), "1", "4");
    }

    @Test
    void personLadderSkip_workshopGradedToDissolveButRecordedAsCompleted_givesNoRung_fires() {
        Dataset data = withSecondSeatAndBackboneWorkshopFrom(LAUNCH.minusYears(2), StudioStatus.COMPLETED);
        Dataset failed = Mutations.studios(data, list -> {
            Studio workshop = list.get(259);
            list.set(259, workshop.toBuilder().evaluation(Evaluation.of(EvaluationKind.FINAL,
                    workshop.cycle().lastDay(), Grade.FAIL)).build());
            return list;
        });
        assertThat(pointers(liwan(data), "PERSON_LADDER_SKIP"))
                .doesNotContain("/clusters/0/studios/3/memberships/2/person");
        fires(liwan(failed), "PERSON_LADDER_SKIP", "/clusters/0/studios/3/memberships/2/person")
                .is(Severity.WARNING, SG_MEMBER.id().value(), "1", "4");
    }

    @Test
    void personLadderSkip_workshopGradedToDissolveAfterTheAsOfDate_stillGivesItsRung_quiet() {
        Dataset failedLater = Mutations.studios(withSecondSeatAndBackboneWorkshopFrom(LAUNCH.minusYears(2),
                StudioStatus.COMPLETED), list -> {
                    Studio workshop = list.get(259);
                    list.set(259, workshop.toBuilder().evaluation(Evaluation.of(EvaluationKind.FINAL,
                            LocalDate.of(2026, 3, 2), Grade.FAIL)).build());
                    return list;
                });
        assertThat(pointers(liwan(failedLater), "PERSON_LADDER_SKIP"))
                .doesNotContain("/clusters/0/studios/3/memberships/2/person");
    }

    @Test
    void personLadderSkip_memberOfManyStudios_checkedInLogLinearTime() {
        int n = 100_000;
        // Special-grade studios (rung 4) of one year, a hundred starting each day from 2010-01-01, each
        // joined on its first day: those joined before the first ones were completed (2011-01-01, 365
        // days on) skip rungs, the others do not.
        LocalDate first = LocalDate.of(2010, 1, 1);
        Studio template = studio(SG);
        List<Studio> joined = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Cycle cycle = Cycle.of(first.plusDays(i / 100), 1);
            joined.add(copyOf(template, "syn-lw-joined-" + i, cycle, StudioStatus.COMPLETED,
                    List.of(Membership.of(SG_HOST.id(), Tier.HOST, cycle.start()),
                            Membership.of(SG_MEMBER.id(), Tier.MEMBER, cycle.start()))));
        }
        var data = Mutations.studios(person(LIWAN, SG_MEMBER.id(), Mutations::withoutHonours), list -> {
            list.addAll(joined);
            return list;
        });

        // Each seat read every seat and honour again to find the rung attained on joining.
        Report report = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> liwan(data, Mutations.only(LIWAN_POLICY, "PERSON_LADDER_SKIP")));

        assertThat(findings(report, "PERSON_LADDER_SKIP")).hasSize(365 * 100);
    }

    /** A studio like the template under another identifier, with a cycle, a status and memberships. */
    private static Studio copyOf(Studio s, String id, Cycle cycle, StudioStatus status, List<Membership> memberships) {
        return new Studio(StudioId.of(id), s.name(), s.type(), s.level(), s.hostInstitution(), s.researchDirection(),
                s.stages(), s.subjects(), cycle, status, memberships, List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void personLadderSkip_liwanExample_quiet() {
        assertThat(findings(liwan(LIWAN), "PERSON_LADDER_SKIP")).isEmpty();
    }

    // ----- PERSON_HONOUR_TITLE

    /** The first person of the Liwan example: a provincial 特级教师 since 2019 with the 正高级 title. */
    private static final Person SPECIAL_GRADE = LIWAN.persons().get(0);

    private static Dataset specialGradeTitled(Optional<Title> title) {
        return person(LIWAN, SPECIAL_GRADE.id(), p -> new Person(p.id(), p.name(), p.synthetic(), p.birthDate(), title,
                p.honours(), p.posts(), p.stages(), p.subjects(), p.employer(), p.teachingSince()));
    }

    @Test
    void personHonourTitle_specialGradeTeacherWithFirstGradeTitle_fires() {
        assertThat(SPECIAL_GRADE.honours().get(0).kind()).isEqualTo(HonourKind.SPECIAL_GRADE_TEACHER);
        fires(liwan(specialGradeTitled(Optional.of(Title.FIRST_GRADE))), "PERSON_HONOUR_TITLE", "/persons/0/honours/0")
                .is(Severity.ERROR, SPECIAL_GRADE.id().value(), SPECIAL_GRADE.name())
                .zh("持有省级特级教师荣誉，须具备高级及以上职称，其职称为一级")
                .en("holds the provincial special-grade teacher honour, which requires the title of senior teacher or "
                        + "higher; the person's title is first-grade teacher");
    }

    @Test
    void personHonourTitle_specialGradeTeacherWithoutATitle_fires() {
        fires(liwan(specialGradeTitled(Optional.empty())), "PERSON_HONOUR_TITLE", "/persons/0/honours/0")
                .zh("其职称未填写")
                .en("the person's title is not given");
    }

    @Test
    void personHonourTitle_specialGradeTeacherWithTheSeniorTitle_quiet() {
        assertThat(findings(liwan(specialGradeTitled(Optional.of(Title.SENIOR))), "PERSON_HONOUR_TITLE")).isEmpty();
    }

    @Test
    void personHonourTitle_honourAwardedAfterTheAsOfDate_quiet() {
        var data = person(specialGradeTitled(Optional.of(Title.FIRST_GRADE)), SPECIAL_GRADE.id(),
                p -> new Person(p.id(), p.name(), p.synthetic(), p.birthDate(), p.title(),
                        List.of(Honour.of(HonourKind.SPECIAL_GRADE_TEACHER, Level.PROVINCIAL, LocalDate.of(2026, 9, 10))),
                        p.posts(), p.stages(), p.subjects(), p.employer(), p.teachingSince()));
        assertThat(findings(liwan(data), "PERSON_HONOUR_TITLE")).isEmpty();
        assertThat(findings(liwan(data, LocalDate.of(2026, 9, 10)), "PERSON_HONOUR_TITLE")).hasSize(1);
    }

    @Test
    void personHonourTitle_policyWithoutHonourTitles_quiet() {
        Policy policy = LIWAN_POLICY.withStudios(LIWAN_POLICY.studios().withHonourTitles(new TreeMap<>()));
        var data = specialGradeTitled(Optional.of(Title.THIRD_GRADE));
        assertThat(findings(liwan(data, policy), "PERSON_HONOUR_TITLE")).isEmpty();
        assertThat(findings(liwan(data), "PERSON_HONOUR_TITLE")).hasSize(1);
    }

    @Test
    void personHonourTitle_honourWithoutARequiredTitle_quiet() {
        var data = person(LIWAN, SG_MEMBER.id(), p -> p.toBuilder().title(Title.THIRD_GRADE)
                .honour(Honour.of(HonourKind.BACKBONE_TEACHER, Level.MUNICIPAL, LocalDate.of(2020, 9, 10))).build());
        assertThat(findings(liwan(data), "PERSON_HONOUR_TITLE")).isEmpty();
    }

    @Test
    void personHonourTitle_liwanExample_quiet() {
        assertThat(findings(liwan(LIWAN), "PERSON_HONOUR_TITLE")).isEmpty();
    }

    // ----- PERSON_HONOUR_LEVEL

    private static Dataset specialGradeAt(Level level) {
        return person(LIWAN, SPECIAL_GRADE.id(), p -> new Person(p.id(), p.name(), p.synthetic(), p.birthDate(), p.title(),
                List.of(Honour.of(HonourKind.SPECIAL_GRADE_TEACHER, level, LocalDate.of(2019, 9, 10))), p.posts(),
                p.stages(), p.subjects(), p.employer(), p.teachingSince()));
    }

    @Test
    void personHonourLevel_nationalSpecialGradeTeacher_fires() {
        fires(liwan(specialGradeAt(Level.NATIONAL)), "PERSON_HONOUR_LEVEL", "/persons/0/honours/0/level")
                .is(Severity.ERROR, SPECIAL_GRADE.id().value(), SPECIAL_GRADE.name())
                .zh("的特级教师荣誉为国家级，特级教师只授予省级")
                .en("holds the special-grade teacher honour at the national level; it is awarded at the provincial "
                        + "level only");
    }

    @Test
    void personHonourLevel_districtSpecialGradeTeacher_fires() {
        fires(liwan(specialGradeAt(Level.DISTRICT)), "PERSON_HONOUR_LEVEL", "/persons/0/honours/0/level").zh("区级");
    }

    @Test
    void personHonourLevel_kindOfTwoLevels_namesBoth() {
        var levels = new TreeMap<>(LIWAN_POLICY.studios().honourLevels());
        levels.put(HonourKind.SPECIAL_GRADE_TEACHER, Set.of(Level.PROVINCIAL, Level.NATIONAL));
        var policy = Mutations.studios(LIWAN_POLICY, p -> p.withHonourLevels(levels));
        fires(liwan(specialGradeAt(Level.DISTRICT), policy), "PERSON_HONOUR_LEVEL", "/persons/0/honours/0/level")
                .en("it is awarded at the provincial or national level only");
    }

    @Test
    void personHonourLevel_provincialSpecialGradeTeacher_quiet() {
        assertThat(findings(liwan(specialGradeAt(Level.PROVINCIAL)), "PERSON_HONOUR_LEVEL")).isEmpty();
    }

    @Test
    void personHonourLevel_policyWithoutHonourLevels_quiet() {
        Policy policy = LIWAN_POLICY.withStudios(LIWAN_POLICY.studios().withHonourLevels(new TreeMap<>()));
        assertThat(findings(liwan(specialGradeAt(Level.NATIONAL), policy), "PERSON_HONOUR_LEVEL")).isEmpty();
    }

    @Test
    void personHonourLevel_kindWithoutListedLevels_quiet() {
        var data = person(LIWAN, SG_MEMBER.id(), p -> p.toBuilder()
                .honour(Honour.of(HonourKind.BACKBONE_TEACHER, Level.NATIONAL, LocalDate.of(2020, 9, 10))).build());
        assertThat(findings(liwan(data), "PERSON_HONOUR_LEVEL")).isEmpty();
    }

    @Test
    void personHonourLevel_liwanExample_quiet() {
        assertThat(findings(liwan(LIWAN), "PERSON_HONOUR_LEVEL")).isEmpty();
    }

    // ----- EXCHANGE_PARTICIPANT_POST

    @Test
    void exchangeParticipantPost_teacherOnCadreSecondment_fires() {
        PersonId teacher = qiyingenPerson(QIJIANG, Post.TEACHER);
        var data = exchange(QIYINGEN, 0, x -> Mutations.withParticipants(x, List.of(teacher)));
        fires(qiyingen(data), "EXCHANGE_PARTICIPANT_POST", "/alliances/0/exchanges/0/participants/0")
                .is(Severity.ERROR, teacher.value())
                .says("“" + name(teacher) + "”（" + teacher + "）不是管理干部，不能参加管理干部互挂", "'" + name(teacher)
                        + "' (" + teacher + ") does not hold the post of cadre that a cadre secondment requires");
    }

    @Test
    void exchangeParticipantPost_trainerOnResearchTrainerDispatch_fires() {
        PersonId trainer = qiyingenPerson(QIJIANG, Post.TRAINER);
        var data = exchange(QIYINGEN, 6, x -> Mutations.withParticipants(x, List.of(trainer)));
        fires(qiyingen(data), "EXCHANGE_PARTICIPANT_POST", "/alliances/0/exchanges/6/participants/0")
                .zh("不是研训员，不能参加研训员互派")
                .en(" does not hold the post of research-trainer that a research-trainer dispatch requires");
    }

    @Test
    void exchangeParticipantPost_researchTrainerOnTrainerMutualLearning_quiet() {
        // 研训员（培训师）: a research-trainer is one of the trainers that 培训者互学 moves.
        PersonId researchTrainer = qiyingenPerson(QIJIANG, Post.RESEARCH_TRAINER);
        var data = exchange(QIYINGEN, 12, x -> Mutations.withParticipants(x, List.of(researchTrainer)));
        assertThat(findings(qiyingen(data), "EXCHANGE_PARTICIPANT_POST")).isEmpty();
    }

    @Test
    void exchangeParticipantPost_teacherListedTwice_firesAtTheFirstListingOnly() {
        PersonId teacher = qiyingenPerson(QIJIANG, Post.TEACHER);
        var data = exchange(QIYINGEN, 0, x -> Mutations.withParticipants(x, List.of(teacher, teacher)));
        assertThat(pointers(qiyingen(data), "EXCHANGE_PARTICIPANT_POST"))
                .containsExactly("/alliances/0/exchanges/0/participants/0");
    }

    @Test
    void exchangeParticipantPost_qiyingenExample_quiet() {
        assertThat(findings(qiyingen(QIYINGEN), "EXCHANGE_PARTICIPANT_POST")).isEmpty();
    }

    // ----- EXCHANGE_PARTICIPANT_AFFILIATION

    @Test
    void exchangeParticipantAffiliation_participantOfTheReceivingUnit_fires() {
        PersonId cadre = qiyingenPerson(YINGSHAN, Post.CADRE);
        var data = exchange(QIYINGEN, 0, x -> Mutations.withParticipants(x, List.of(cadre)));
        fires(qiyingen(data), "EXCHANGE_PARTICIPANT_AFFILIATION", "/alliances/0/exchanges/0/participants/0")
                .is(Severity.WARNING, cadre.value(), "yingshan-tts", "qijiang-tts");
    }

    @Test
    void exchangeParticipantAffiliation_employerUnknown_fires() {
        PersonId cadre = qiyingenPerson(QIJIANG, Post.CADRE);
        var data = person(QIYINGEN, cadre, p -> new Person(p.id(), p.name(), p.synthetic(), p.birthDate(), p.title(),
                p.honours(), p.posts(), p.stages(), p.subjects(), Optional.empty(), p.teachingSince()));
        fires(qiyingen(data), "EXCHANGE_PARTICIPANT_AFFILIATION", "/alliances/0/exchanges/0/participants/0")
                .is(Severity.WARNING, cadre.value(), "qijiang-tts")
                .zh("未填写工作单位，无法确认来自派出单位“綦江区教师进修学校”（qijiang-tts）")
                .en("has no employer on record, so is not shown to work for the sending unit '綦江区教师进修学校' (qijiang-tts)");
    }

    @Test
    void exchangeParticipantAffiliation_qiyingenExample_quiet() {
        assertThat(findings(qiyingen(QIYINGEN), "EXCHANGE_PARTICIPANT_AFFILIATION")).isEmpty();
    }

    // ----- EXCHANGE_OVERLAP

    private static Dataset withSecondSecondment(LocalDate start, LocalDate end) {
        return Mutations.exchanges(QIYINGEN, list -> {
            var first = list.get(0);
            list.add(new Exchange(ExchangeId.of("qiyingen-x-99"), first.kind(), first.from(), first.to(),
                    first.participants(), start, end));
            return list;
        });
    }

    @Test
    void exchangeOverlap_sameCadreOnTwoSecondmentsAtOnce_fires() {
        var data = withSecondSecondment(LocalDate.of(2023, 3, 15), LocalDate.of(2023, 3, 24));
        fires(qiyingen(data), "EXCHANGE_OVERLAP", "/alliances/0/exchanges/24/participants/0")
                .is(Severity.WARNING, "qiyingen-x-99", "2023-03-15", "2023-03-24", "qiyingen-x-01", "2023-03-01", "2023-03-30",
                        qiyingenPerson(QIJIANG, Post.CADRE).value())
                .en("for the same person, '")
                .zh("）参加的交流“qiyingen-x-99”");
    }

    @Test
    void exchangeOverlap_twoShortSecondmentsWithinALongOne_firesOnBoth() {
        var data = Mutations.exchanges(QIYINGEN, list -> {
            var first = list.get(0);
            list.add(new Exchange(ExchangeId.of("qiyingen-x-98"), first.kind(), first.from(), first.to(),
                    first.participants(), LocalDate.of(2023, 3, 5), LocalDate.of(2023, 3, 10)));
            list.add(new Exchange(ExchangeId.of("qiyingen-x-99"), first.kind(), first.from(), first.to(),
                    first.participants(), LocalDate.of(2023, 3, 15), LocalDate.of(2023, 3, 20)));
            return list;
        });
        var report = qiyingen(data);
        fires(report, "EXCHANGE_OVERLAP", "/alliances/0/exchanges/24/participants/0")
                .is(Severity.WARNING, "qiyingen-x-98", "qiyingen-x-01");
        fires(report, "EXCHANGE_OVERLAP", "/alliances/0/exchanges/25/participants/0")
                .is(Severity.WARNING, "qiyingen-x-99", "2023-03-15", "2023-03-20", "qiyingen-x-01", "2023-03-01", "2023-03-30");
    }

    @Test
    void exchangeOverlap_participantListedTwice_quiet() {
        var data = exchange(QIYINGEN, 0, x -> Mutations.withParticipants(x,
                List.of(x.participants().get(0), x.participants().get(0))));
        assertThat(findings(qiyingen(data), "EXCHANGE_OVERLAP")).isEmpty();
    }

    @Test
    void exchangeOverlap_participantListedTwiceOnASecondmentAtTheSameTime_firesOnce() {
        var data = Mutations.exchanges(QIYINGEN, list -> {
            var first = list.get(0);
            PersonId cadre = first.participants().get(0);
            list.add(new Exchange(ExchangeId.of("qiyingen-x-99"), first.kind(), first.from(), first.to(),
                    List.of(cadre, cadre), LocalDate.of(2023, 3, 15), LocalDate.of(2023, 3, 24)));
            return list;
        });
        assertThat(pointers(qiyingen(data), "EXCHANGE_OVERLAP"))
                .containsExactly("/alliances/0/exchanges/24/participants/0");
    }

    @Test
    void exchangeOverlap_secondSecondmentStartsTheDayAfter_quiet() {
        var data = withSecondSecondment(LocalDate.of(2023, 3, 31), LocalDate.of(2023, 4, 9));
        assertThat(findings(qiyingen(data), "EXCHANGE_OVERLAP")).isEmpty();
    }

    @Test
    void exchangeOverlap_qiyingenExample_quiet() {
        assertThat(findings(qiyingen(QIYINGEN), "EXCHANGE_OVERLAP")).isEmpty();
    }
}
