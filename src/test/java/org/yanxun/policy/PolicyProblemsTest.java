package org.yanxun.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.assertj.core.api.ListAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yanxun.ExchangeKind;
import org.yanxun.Grade;
import org.yanxun.HonourKind;
import org.yanxun.InstitutionKind;
import org.yanxun.Level;
import org.yanxun.Province;
import org.yanxun.Stage;
import org.yanxun.StudioType;
import org.yanxun.Tier;
import org.yanxun.Title;

/** {@link Policy#problems()}: one test per kind of inconsistency, each naming its field. */
class PolicyProblemsTest {

    private static final Policy LIWAN = Presets.guangzhouLiwan2026();

    private static Policy type(StudioType type, UnaryOperator<StudioTypePolicy> change) {
        SortedMap<String, StudioTypePolicy> types = new TreeMap<>(LIWAN.studios().types());
        types.put(type.code(), change.apply(types.get(type.code())));
        return LIWAN.withStudios(LIWAN.studios().withTypes(types));
    }

    private static Policy alliances(UnaryOperator<AlliancePolicy> change) {
        return LIWAN.withAlliances(change.apply(LIWAN.alliances()));
    }

    private static ListAssert<Tuple> assertProblems(Policy policy) {
        return assertThat(policy.problems().stream().map(p -> tuple(p.field(), p.en())).toList());
    }

    static List<Policy> presets() {
        return Presets.all();
    }

    @ParameterizedTest
    @MethodSource("presets")
    void problems_ofPreset_none(Policy preset) {
        assertThat(preset.problems()).isEmpty();
    }

    @Test
    void problems_minMembersAboveMax_namesTheField() {
        assertProblems(type(StudioType.SPECIAL_GRADE_STUDIO, t -> t.withMinMembers(16)))
                .containsExactly(tuple("studios.types.SPECIAL_GRADE_STUDIO.minMembers", "minimum 16 is above maximum 15"));
    }

    @Test
    void problems_negativeMinMembers_namesTheField() {
        assertProblems(type(StudioType.SPECIAL_GRADE_STUDIO, t -> t.withMinMembers(-1)))
                .containsExactly(tuple("studios.types.SPECIAL_GRADE_STUDIO.minMembers", "must be 0 to 100000, was -1"));
    }

    @Test
    void problems_builtInTypeWithAnotherName_refused() {
        StudioType renamed = StudioType.of("FAMOUS_TEACHER_STUDIO", StudioType.FAMOUS_TEACHER_STUDIO.form(),
                StudioType.FAMOUS_TEACHER_STUDIO.rung(), StudioType.FAMOUS_TEACHER_STUDIO.zh(), "famous teacher studio");
        assertProblems(type(StudioType.FAMOUS_TEACHER_STUDIO, t -> t.withType(renamed))).containsExactly(tuple(
                "studios.types.FAMOUS_TEACHER_STUDIO.type", "must not redefine the built-in studio type "
                        + "FAMOUS_TEACHER_STUDIO (its form, rung and names must be the built-in type's)"));
    }

    @Test
    void problems_customTypeBesideTheBuiltIns_none() {
        StudioType custom = StudioType.of("COUNTY_STUDIO", StudioType.FAMOUS_TEACHER_STUDIO.form(), 3, "县级工作室",
                "county studio");
        SortedMap<String, StudioTypePolicy> types = new TreeMap<>(LIWAN.studios().types());
        types.put(custom.code(), types.get(StudioType.FAMOUS_TEACHER_STUDIO.code()).withType(custom));
        assertThat(LIWAN.withStudios(LIWAN.studios().withTypes(types)).problems()).isEmpty();
    }

    @Test
    void problems_maxMembersAboveTheLimit_namesTheField() {
        assertProblems(type(StudioType.SPECIAL_GRADE_STUDIO, t -> t.withMaxMembers(100_001))).containsExactly(tuple(
                "studios.types.SPECIAL_GRADE_STUDIO.maxMembers", "must be 0 to 100000, was 100001"));
    }

    @Test
    void problems_cycleOfZeroYears_namesTheField() {
        assertProblems(type(StudioType.BACKBONE_WORKSHOP, t -> t.withCycleYears(0)))
                .containsExactly(tuple("studios.types.BACKBONE_WORKSHOP.cycleYears", "must be 1 to 5, was 0"));
    }

    @Test
    void problems_cycleOfSixYears_namesTheField() {
        assertProblems(type(StudioType.BACKBONE_WORKSHOP, t -> t.withCycleYears(6)))
                .containsExactly(tuple("studios.types.BACKBONE_WORKSHOP.cycleYears", "must be 1 to 5, was 6"));
    }

    @Test
    void problems_negativeOnlineTrainees_namesTheField() {
        assertProblems(type(StudioType.BACKBONE_WORKSHOP, t -> t.withMinOnlineTrainees(-5)))
                .containsExactly(tuple("studios.types.BACKBONE_WORKSHOP.minOnlineTrainees", "must be 0 to 100000, was -5"));
    }

    @Test
    void problems_typeUnderAnotherTypesKey_namesTheField() {
        SortedMap<String, StudioTypePolicy> types = new TreeMap<>(LIWAN.studios().types());
        types.put("SPECIAL_GRADE_STUDIO", types.get("FAMOUS_TEACHER_STUDIO"));
        assertProblems(LIWAN.withStudios(LIWAN.studios().withTypes(types))).containsExactly(tuple(
                "studios.types.SPECIAL_GRADE_STUDIO.type",
                "key SPECIAL_GRADE_STUDIO does not match type code FAMOUS_TEACHER_STUDIO"));
    }

    @Test
    void problems_noHostCriteria_namesTheField() {
        assertProblems(type(StudioType.PRINCIPAL_STUDIO, t -> t.withHostCriteria(List.of())))
                .containsExactly(tuple("studios.types.PRINCIPAL_STUDIO.hostCriteria", "needs at least one host criterion"));
    }

    @Test
    void problems_hostCriterionGivenTwice_namesTheSecondCopy() {
        HostCriterion senior = new HostCriterion.TitleAtLeast(Title.SENIOR, Set.of());
        HostCriterion vocational = new HostCriterion.TitleAtLeast(Title.SENIOR, Set.of(Stage.VOCATIONAL));
        assertProblems(type(StudioType.PRINCIPAL_STUDIO, t -> t.withHostCriteria(List.of(senior, vocational, senior))))
                .containsExactly(tuple("studios.types.PRINCIPAL_STUDIO.hostCriteria.2",
                        "repeats an earlier host criterion (a title of senior teacher or higher)"));
    }

    @Test
    void problems_hostCriteriaOfOneTitleForDifferentStages_none() {
        assertProblems(type(StudioType.PRINCIPAL_STUDIO, t -> t.withHostCriteria(List.of(
                new HostCriterion.TitleAtLeast(Title.SENIOR, Set.of(Stage.VOCATIONAL)),
                new HostCriterion.TitleAtLeast(Title.SENIOR, Set.of(Stage.PRIMARY)))))).isEmpty();
    }

    @Test
    void problems_negativeMinTeachingYears_isOneProblem() {
        assertProblems(type(StudioType.NEW_TEACHER_WORKSHOP, t -> t.withMembers(new MemberEligibility(OptionalInt.of(-1),
                OptionalInt.of(5), OptionalInt.empty(), true, true)))).containsExactly(tuple(
                "studios.types.NEW_TEACHER_WORKSHOP.members.minTeachingYears", "must be 0 to 60, was -1"));
    }

    @Test
    void problems_minTeachingYearsAboveRangeAndAboveMax_isOneProblem() {
        assertProblems(type(StudioType.NEW_TEACHER_WORKSHOP, t -> t.withMembers(new MemberEligibility(
                OptionalInt.of(61), OptionalInt.of(5), OptionalInt.empty(), true, true)))).containsExactly(tuple(
                "studios.types.NEW_TEACHER_WORKSHOP.members.minTeachingYears", "must be 0 to 60, was 61"));
    }

    @Test
    void problems_maxTeachingYearsOutOfRange_isOneProblem() {
        assertProblems(type(StudioType.NEW_TEACHER_WORKSHOP, t -> t.withMembers(new MemberEligibility(OptionalInt.of(0),
                OptionalInt.of(-2), OptionalInt.empty(), true, true)))).containsExactly(tuple(
                "studios.types.NEW_TEACHER_WORKSHOP.members.maxTeachingYears", "must be 0 to 60, was -2"));
    }

    @Test
    void problems_teachingYearsMinAboveMax_namesTheField() {
        assertProblems(type(StudioType.NEW_TEACHER_WORKSHOP, t -> t.withMembers(new MemberEligibility(OptionalInt.of(4),
                OptionalInt.of(3), OptionalInt.empty(), true, true)))).containsExactly(tuple(
                "studios.types.NEW_TEACHER_WORKSHOP.members.minTeachingYears", "minimum 4 is above maximum 3"));
    }

    @Test
    void problems_maxAgeOfTen_namesTheField() {
        assertProblems(type(StudioType.NEW_TEACHER_WORKSHOP, t -> t.withMembers(new MemberEligibility(OptionalInt.empty(),
                OptionalInt.empty(), OptionalInt.of(10), true, true)))).containsExactly(tuple(
                "studios.types.NEW_TEACHER_WORKSHOP.members.maxAge", "must be 16 to 100, was 10"));
    }

    @Test
    void problems_noGrades_namesTheField() {
        assertProblems(LIWAN.withStudios(LIWAN.studios().withGrades(new TreeMap<Grade, GradeOutcome>())))
                .containsExactly(tuple("studios.grades", "needs at least one grade"));
    }

    @Test
    void problems_honourKindWithoutLevels_namesTheField() {
        SortedMap<HonourKind, Set<Level>> levels = new TreeMap<>(Map.of(HonourKind.SPECIAL_GRADE_TEACHER, Set.of()));
        assertProblems(LIWAN.withStudios(LIWAN.studios().withHonourLevels(levels)))
                .containsExactly(tuple("studios.honourLevels.SPECIAL_GRADE_TEACHER", "needs at least one level"));
    }

    @Test
    void problems_zeroHostsPerStudio_namesTheField() {
        assertProblems(LIWAN.withStudios(LIWAN.studios().withHostsPerStudio(0)))
                .containsExactly(tuple("studios.hostsPerStudio", "must be 1 to 10, was 0"));
    }

    @Test
    void problems_negativeEvaluationWindow_namesTheField() {
        assertProblems(LIWAN.withStudios(LIWAN.studios().withEvaluationWindowMonths(-1)))
                .containsExactly(tuple("studios.evaluationWindowMonths", "must be 0 to 24, was -1"));
    }

    @Test
    void problems_veryLongBadId_quotesItsStart() {
        assertThat(LIWAN.withId("x".repeat(2_000)).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.en()).endsWith("was '" + "x".repeat(79) + "…'");
            assertThat(problem.zh()).endsWith("实为“" + "x".repeat(79) + "…”");
        });
    }

    @Test
    void problems_badId_quotesIt() {
        assertProblems(LIWAN.withId("Guangzhou Liwan")).containsExactly(tuple("id",
                "must be 1 to 64 lower-case letters, digits, dots or hyphens, starting with a letter or digit, "
                        + "was 'Guangzhou Liwan'"));
    }

    @Test
    void problems_blankName_namesTheField() {
        assertProblems(LIWAN.withNameZh(" ")).containsExactly(tuple("nameZh",
                "must be non-blank text of at most 500 characters"));
    }

    @Test
    void problems_controlCharacterInAName_namesItsPlace() {
        assertProblems(LIWAN.withNameEn("Liwan\u001b[2J FAKE: PASSED")).containsExactly(tuple("nameEn",
                "character 6, U+001B, is a control character or an unpaired surrogate"));
    }

    @Test
    void problems_controlCharacterFirst_namesTheFirstPlaceInBothLanguages() {
        Policy policy = LIWAN.withNameZh("\u0007荔湾");
        assertProblems(policy).containsExactly(tuple("nameZh",
                "character 1, U+0007, is a control character or an unpaired surrogate"));
        assertThat(policy.problems()).singleElement().extracting(PolicyProblem::zh)
                .isEqualTo("第 1 个字符 U+0007 是控制字符或不成对的代理码元");
    }

    @Test
    void problems_unpairedSurrogateInTheSource_namesItsPlace() {
        assertProblems(LIWAN.withSource("source \ud800")).containsExactly(tuple("source",
                "character 8, U+D800, is a control character or an unpaired surrogate"));
    }

    @Test
    void problems_chineseAndPairedSurrogatesInTheSource_none() {
        assertProblems(LIWAN.withSource("穗教发〔2021〕58号 \ud83d\ude00")).isEmpty();
    }

    @Test
    void problems_endsBeforeItStarts_namesBothDates() {
        assertProblems(LIWAN.withEffectiveUntil(Optional.of(LocalDate.of(2025, 12, 31)))).containsExactly(tuple(
                "effectiveUntil", "ends on 2025-12-31, before it starts on 2026-01-09"));
    }

    @Test
    void problems_negativePlanCountTolerance_namesTheField() {
        assertProblems(LIWAN.withClusters(LIWAN.clusters().withPlanCountTolerance(-1)))
                .containsExactly(tuple("clusters.planCountTolerance", "must be 0 to 100000, was -1"));
    }

    @Test
    void problems_negativeReciprocityTolerance_namesTheField() {
        assertProblems(alliances(a -> a.withReciprocityTolerance(-2)))
                .containsExactly(tuple("alliances.reciprocityTolerance", "must be 0 to 100000, was -2"));
    }

    @Test
    void problems_negativeSessionsPerYear_namesTheField() {
        assertProblems(alliances(a -> a.withMinSessionsPerYear(-1)))
                .containsExactly(tuple("alliances.minSessionsPerYear", "must be 0 to 365, was -1"));
    }

    @Test
    void problems_noMentorTiers_namesTheField() {
        assertProblems(LIWAN.withStudios(LIWAN.studios().withMentorTiers(EnumSet.noneOf(Tier.class))))
                .containsExactly(tuple("studios.mentorTiers", "needs at least one tier that may mentor"));
    }

    @Test
    void problems_noMemberKinds_namesTheField() {
        assertProblems(alliances(a -> a.withMemberKinds(EnumSet.noneOf(InstitutionKind.class))))
                .containsExactly(tuple("alliances.memberKinds", "needs at least one member kind"));
    }

    @Test
    void problems_twoQuotasOfOneProvince_namesTheSecond() {
        assertProblems(alliances(a -> a.withCompositionQuotas(List.of(new ProvinceQuota(Province.SICHUAN, 1, 2),
                new ProvinceQuota(Province.CHONGQING, 10, 10), new ProvinceQuota(Province.SICHUAN, 5, 6)))))
                .containsExactly(tuple("alliances.compositionQuotas.2.province",
                        "Sichuan already has a quota; it cannot have a second"));
    }

    @Test
    void problems_quotaMinAboveMax_namesTheQuota() {
        assertProblems(alliances(a -> a.withCompositionQuotas(List.of(new ProvinceQuota(Province.CHONGQING, 10, 10),
                new ProvinceQuota(Province.SICHUAN, 21, 20))))).containsExactly(tuple(
                "alliances.compositionQuotas.1.min", "minimum 21 is above maximum 20"));
    }

    @Test
    void problems_quotaMaxAboveTheLimit_namesTheQuota() {
        assertProblems(alliances(a -> a.withCompositionQuotas(List.of(new ProvinceQuota(Province.CHONGQING, 10,
                Integer.MAX_VALUE))))).containsExactly(tuple("alliances.compositionQuotas.0.max",
                "must be 0 to 100000, was 2147483647"));
    }

    @Test
    void problems_exchangeMaxDaysAboveTheLimit_namesTheKind() {
        SortedMap<ExchangeKind, ExchangeLimits> exchanges = new TreeMap<>(LIWAN.alliances().exchanges());
        exchanges.put(ExchangeKind.CADRE_SECONDMENT, exchanges.get(ExchangeKind.CADRE_SECONDMENT).withMaxDays(3661));
        assertProblems(alliances(a -> a.withExchanges(exchanges))).containsExactly(tuple(
                "alliances.exchanges.CADRE_SECONDMENT.maxDays", "must be 1 to 3660, was 3661"));
    }

    @Test
    void problems_endOfTime_namesTheDate() {
        assertProblems(LIWAN.withEffectiveUntil(Optional.of(LocalDate.MAX))).containsExactly(tuple("effectiveUntil",
                "must be in the years 0000 to 9999, was +999999999-12-31"));
    }

    @Test
    void problems_datesInTheFirstAndLastYearsADocumentHolds_none() {
        assertProblems(LIWAN.withEffectiveFrom(LocalDate.of(0, 1, 1))
                .withEffectiveUntil(Optional.of(LocalDate.of(9999, 12, 31)))).isEmpty();
    }

    @Test
    void problems_startInYearMinusOne_namesTheDate() {
        assertProblems(LIWAN.withEffectiveFrom(LocalDate.of(-1, 12, 31))).containsExactly(tuple("effectiveFrom",
                "must be in the years 0000 to 9999, was -0001-12-31"));
    }

    @Test
    void problems_startInYear10000_namesTheDate() {
        assertProblems(LIWAN.withEffectiveFrom(LocalDate.of(10_000, 1, 1)).withEffectiveUntil(Optional.empty()))
                .containsExactly(tuple("effectiveFrom", "must be in the years 0000 to 9999, was +10000-01-01"));
    }

    @Test
    void problems_ruleCodeOf65Characters_namesTheLength() {
        String code = "A".repeat(65);
        assertProblems(LIWAN.withDisabledRules(new TreeSet<>(List.of(code)))).extracting(t -> t.toList().get(1))
                .singleElement().asString().startsWith("rule code must be 1 to 64 ");
    }

    @Test
    void problems_exchangeOfZeroDays_namesTheKind() {
        SortedMap<ExchangeKind, ExchangeLimits> exchanges = new TreeMap<>(LIWAN.alliances().exchanges());
        exchanges.put(ExchangeKind.CADRE_SECONDMENT, exchanges.get(ExchangeKind.CADRE_SECONDMENT).withMinDays(0));
        assertProblems(alliances(a -> a.withExchanges(exchanges))).containsExactly(tuple(
                "alliances.exchanges.CADRE_SECONDMENT.minDays", "must be 1 to 3660, was 0"));
    }

    @Test
    void problems_exchangeMinDaysAboveMax_namesTheKind() {
        SortedMap<ExchangeKind, ExchangeLimits> exchanges = new TreeMap<>(LIWAN.alliances().exchanges());
        exchanges.put(ExchangeKind.TEACHER_MUTUAL_VISIT, exchanges.get(ExchangeKind.TEACHER_MUTUAL_VISIT).withMinDays(31));
        assertProblems(alliances(a -> a.withExchanges(exchanges))).containsExactly(tuple(
                "alliances.exchanges.TEACHER_MUTUAL_VISIT.minDays", "minimum 31 is above maximum 30"));
    }

    @Test
    void problems_negativePlanStructure_namesThePart() {
        assertProblems(alliances(a -> a.withPlanStructure(a.planStructure().withTopics(-3))))
                .containsExactly(tuple("alliances.planStructure.topics", "must be 0 to 100, was -3"));
    }

    @Test
    void problems_malformedSeverityCode_quotesIt() {
        assertProblems(LIWAN.withSeverities(new TreeMap<>(Map.of("session_rotation", Severity.ERROR))))
                .containsExactly(tuple("severities.session_rotation", "rule code must be 1 to 64 upper-case letters, "
                        + "digits and _, starting with a letter, was 'session_rotation'"));
    }

    @Test
    void problems_severityOfADisabledRule_saysItIsNeverUsed() {
        assertProblems(LIWAN.withSeverities(new TreeMap<>(Map.of("SESSION_ROTATION", Severity.ERROR)))
                .withDisabledRules(new TreeSet<>(List.of("SESSION_ROTATION", "STUDIO_NAME_CONVENTION"))))
                .containsExactly(tuple("severities.SESSION_ROTATION",
                        "the rule 'SESSION_ROTATION' is disabled (disabledRules), so this severity is never used"));
    }

    @Test
    void problems_severityOfARuleThatRuns_quiet() {
        assertProblems(LIWAN.withSeverities(new TreeMap<>(Map.of("SESSION_ROTATION", Severity.ERROR)))
                .withDisabledRules(new TreeSet<>(List.of("STUDIO_NAME_CONVENTION")))).isEmpty();
    }

    @Test
    void problems_malformedDisabledCode_quotesIt() {
        assertProblems(LIWAN.withDisabledRules(new TreeSet<>(List.of("9_LIVES"))))
                .containsExactly(tuple("disabledRules.9_LIVES", "rule code must be 1 to 64 upper-case letters, "
                        + "digits and _, starting with a letter, was '9_LIVES'"));
    }

    @Test
    void problems_twoAtOnce_bothReported() {
        assertThat(LIWAN.withId("X").withClusters(LIWAN.clusters().withPlanCountTolerance(-1)).problems())
                .extracting(PolicyProblem::field).containsExactly("id", "clusters.planCountTolerance");
    }

    @Test
    void problem_zhMessage_quotesTheValue() {
        assertThat(type(StudioType.BACKBONE_WORKSHOP, t -> t.withCycleYears(6)).problems())
                .extracting(PolicyProblem::zh).containsExactly("须在 1 至 5 之间，实为 6");
    }

    @Test
    void problem_toString_isFieldAndEnglishMessage() {
        assertThat(LIWAN.withStudios(LIWAN.studios().withHostsPerStudio(0)).problems().get(0))
                .hasToString("studios.hostsPerStudio: must be 1 to 10, was 0");
    }

    @Test
    void unknownRuleCodes_codesNoRuleHas_eachAtItsFieldSeveritiesFirst() {
        Policy policy = LIWAN.withSeverities(new TreeMap<>(Map.of("STUDIO_HOST_COUNT", Severity.WARNING,
                "STUDIO_HOST_COUNTS", Severity.INFO))).withDisabledRules(new TreeSet<>(List.of("B_RULE", "A_RULE")));

        assertThat(policy.unknownRuleCodes(Set.of("STUDIO_HOST_COUNT")))
                .extracting(PolicyProblem::field, PolicyProblem::zh, PolicyProblem::en).containsExactly(
                        tuple("severities.STUDIO_HOST_COUNTS", "没有代码为“STUDIO_HOST_COUNTS”的规则",
                                "no rule has the code 'STUDIO_HOST_COUNTS'"),
                        tuple("disabledRules.A_RULE", "没有代码为“A_RULE”的规则", "no rule has the code 'A_RULE'"),
                        tuple("disabledRules.B_RULE", "没有代码为“B_RULE”的规则", "no rule has the code 'B_RULE'"));
    }

    @Test
    void unknownRuleCodes_everyCodeKnown_none() {
        Policy policy = LIWAN.withSeverities(new TreeMap<>(Map.of("STUDIO_HOST_COUNT", Severity.WARNING)))
                .withDisabledRules(new TreeSet<>(List.of("A_RULE")));

        assertThat(policy.unknownRuleCodes(Set.of("STUDIO_HOST_COUNT", "A_RULE", "OTHER"))).isEmpty();
        assertThat(policy.problems()).isEmpty();
    }
}
