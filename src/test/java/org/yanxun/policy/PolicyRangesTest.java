package org.yanxun.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yanxun.ExchangeKind;
import org.yanxun.HonourKind;
import org.yanxun.StudioType;

/** Every number {@link Policy#problems()} bounds is accepted at both ends of its range and refused one beyond. */
class PolicyRangesTest {

    private static final Policy PRESET = Presets.chengyuQiyingen2023();
    private static final String FT = StudioType.FAMOUS_TEACHER_STUDIO.code();

    private static Policy type(Policy p, java.util.function.UnaryOperator<StudioTypePolicy> change) {
        SortedMap<String, StudioTypePolicy> types = new TreeMap<>(p.studios().types());
        types.put(FT, change.apply(types.get(FT)));
        return p.withStudios(p.studios().withTypes(types));
    }

    private static Policy members(Policy p, OptionalInt minYears, OptionalInt maxYears, OptionalInt maxAge) {
        return type(p, t -> t.withMembers(new MemberEligibility(minYears, maxYears, maxAge, false, false)));
    }

    private static Policy exchange(Policy p, int minDays, int maxDays) {
        SortedMap<ExchangeKind, ExchangeLimits> limits = new TreeMap<>(p.alliances().exchanges());
        limits.put(ExchangeKind.TRAINER_DISPATCH, limits.get(ExchangeKind.TRAINER_DISPATCH).withMinDays(minDays)
                .withMaxDays(maxDays));
        return p.withAlliances(p.alliances().withExchanges(limits));
    }

    /** The first honour criterion of the famous-teacher studio given a term. */
    private static Policy term(Policy p, int years) {
        return type(p, t -> {
            List<HostCriterion> criteria = new ArrayList<>(t.hostCriteria());
            criteria.set(FIRST_HONOUR, ((HostCriterion.HonourAtLeast) criteria.get(FIRST_HONOUR)).withTermYears(years));
            return t.withHostCriteria(criteria);
        });
    }

    private static final int FIRST_HONOUR = PRESET.studios().types().get(FT).hostCriteria().stream()
            .map(c -> c instanceof HostCriterion.HonourAtLeast).toList().indexOf(true);

    private static Arguments range(String field, int min, int max, BiFunction<Policy, Integer, Policy> with) {
        return Arguments.of(field, min, max, with);
    }

    static Stream<Arguments> ranges() {
        return Stream.of(
                range("clusters.planCountTolerance", 0, 100_000, (p, v) -> p.withClusters(p.clusters().withPlanCountTolerance(v))),
                range("studios.types." + FT + ".cycleYears", 1, 5, (p, v) -> type(p, t -> t.withCycleYears(v))),
                range("studios.types." + FT + ".minOnlineTrainees", 0, 100_000,
                        (p, v) -> type(p, t -> t.withMinOnlineTrainees(v))),
                range("studios.types." + FT + ".members.minTeachingYears", 0, 60,
                        (p, v) -> members(p, OptionalInt.of(v), OptionalInt.empty(), OptionalInt.empty())),
                range("studios.types." + FT + ".members.maxTeachingYears", 0, 60,
                        (p, v) -> members(p, OptionalInt.empty(), OptionalInt.of(v), OptionalInt.empty())),
                range("studios.types." + FT + ".members.maxAge", 16, 100,
                        (p, v) -> members(p, OptionalInt.empty(), OptionalInt.empty(), OptionalInt.of(v))),
                range("studios.types." + FT + ".hostCriteria." + FIRST_HONOUR + ".termYears", 1,
                        HostCriterion.HonourAtLeast.MAX_TERM_YEARS, PolicyRangesTest::term),
                range("studios.hostsPerStudio", 1, 10, (p, v) -> p.withStudios(p.studios().withHostsPerStudio(v))),
                range("studios.maxHostedAtOnce", 1, 100, (p, v) -> p.withStudios(p.studios().withMaxHostedAtOnce(v))),
                range("studios.maxJoinedAtOnce", 1, 100, (p, v) -> p.withStudios(p.studios().withMaxJoinedAtOnce(v))),
                range("studios.newTeacherMaxYears", 0, 60, (p, v) -> p.withStudios(p.studios().withNewTeacherMaxYears(v))),
                range("studios.ladderMaxStep", 0, 9, (p, v) -> p.withStudios(p.studios().withLadderMaxStep(v))),
                range("studios.honourRungs." + HonourKind.values()[0].code(), 0, 9, (p, v) -> {
                    SortedMap<HonourKind, Integer> rungs = new TreeMap<>(p.studios().honourRungs());
                    rungs.put(HonourKind.values()[0], v);
                    return p.withStudios(p.studios().withHonourRungs(rungs));
                }),
                range("studios.evaluationWindowMonths", 0, 24,
                        (p, v) -> p.withStudios(p.studios().withEvaluationWindowMonths(v))),
                range("studios.midTermMinCycleYears", 1, 6, (p, v) -> p.withStudios(p.studios().withMidTermMinCycleYears(v))),
                range("studios.maxApprenticesPerMentor", 1, 100,
                        (p, v) -> p.withStudios(p.studios().withMaxApprenticesPerMentor(v))),
                range("alliances.leadUnits", 0, 100, (p, v) -> p.withAlliances(p.alliances().withLeadUnits(v))),
                range("alliances.planYears", 1, 10, (p, v) -> p.withAlliances(p.alliances().withPlanYears(v))),
                range("alliances.planStructure.mechanisms", 0, 100, (p, v) -> p.withAlliances(p.alliances()
                        .withPlanStructure(new PlanStructure(v, 0, 0, 0, 0)))),
                range("alliances.planStructure.resourceKinds", 0, 100, (p, v) -> p.withAlliances(p.alliances()
                        .withPlanStructure(new PlanStructure(0, v, 0, 0, 0)))),
                range("alliances.planStructure.topics", 0, 100, (p, v) -> p.withAlliances(p.alliances()
                        .withPlanStructure(new PlanStructure(0, 0, v, 0, 0)))),
                range("alliances.planStructure.activityKinds", 0, 100, (p, v) -> p.withAlliances(p.alliances()
                        .withPlanStructure(new PlanStructure(0, 0, 0, v, 0)))),
                range("alliances.planStructure.keyTasks", 0, 100, (p, v) -> p.withAlliances(p.alliances()
                        .withPlanStructure(new PlanStructure(0, 0, 0, 0, v)))),
                range("alliances.minSessionsPerYear", 0, 365, (p, v) -> p.withAlliances(p.alliances().withMinSessionsPerYear(v))),
                range("alliances.maxConsecutiveHostings", 1, 1000,
                        (p, v) -> p.withAlliances(p.alliances().withMaxConsecutiveHostings(v))),
                range("alliances.minExternalExperts", 0, 100, (p, v) -> p.withAlliances(p.alliances().withMinExternalExperts(v))),
                range("alliances.exchanges.TRAINER_DISPATCH.minDays", 1, 3660, (p, v) -> exchange(p, v, 3660)),
                range("alliances.exchanges.TRAINER_DISPATCH.maxDays", 1, 3660, (p, v) -> exchange(p, 1, v)),
                range("alliances.reciprocityTolerance", 0, 100_000,
                        (p, v) -> p.withAlliances(p.alliances().withReciprocityTolerance(v))),
                range("alliances.freshnessMonths", 1, 1200, (p, v) -> p.withAlliances(p.alliances().withFreshnessMonths(v))),
                range("alliances.sharingGraceMonths", 0, 1200,
                        (p, v) -> p.withAlliances(p.alliances().withSharingGraceMonths(v))));
    }

    @ParameterizedTest(name = "{0} {1}..{2}")
    @MethodSource("ranges")
    void number_atBothEnds_accepted_andOneBeyond_refusedNamingTheField(String field, int min, int max,
            BiFunction<Policy, Integer, Policy> with) {
        assertThat(with.apply(PRESET, min).problems()).isEmpty();
        assertThat(with.apply(PRESET, max).problems()).isEmpty();
        assertThat(with.apply(PRESET, min - 1).problems()).extracting(PolicyProblem::field).contains(field);
        assertThat(with.apply(PRESET, max + 1).problems()).extracting(PolicyProblem::field).containsExactly(field);
        assertThat(with.apply(PRESET, max + 1).problems().get(0).en()).endsWith(", was " + (max + 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void text_ofExactly500Characters_accepted_and501_refused(String field,
            BiFunction<Policy, String, Policy> with) {
        assertThat(with.apply(PRESET, "名".repeat(500)).problems()).isEmpty();
        assertThat(with.apply(PRESET, "名".repeat(501)).problems()).extracting(PolicyProblem::field)
                .containsExactly(field);
    }

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("nameZh", (BiFunction<Policy, String, Policy>) Policy::withNameZh),
                Arguments.of("nameEn", (BiFunction<Policy, String, Policy>) Policy::withNameEn),
                Arguments.of("source", (BiFunction<Policy, String, Policy>) Policy::withSource));
    }
}
