package org.yanxun.generators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.yanxun.Cycle;
import org.yanxun.ExchangeKind;
import org.yanxun.Grade;
import org.yanxun.HonourKind;
import org.yanxun.HostDuty;
import org.yanxun.InstitutionKind;
import org.yanxun.Level;
import org.yanxun.Province;
import org.yanxun.ResourceKind;
import org.yanxun.Stage;
import org.yanxun.Tier;
import org.yanxun.Title;
import org.yanxun.policy.AlliancePolicy;
import org.yanxun.policy.ClusterPolicy;
import org.yanxun.policy.ExchangeLimits;
import org.yanxun.policy.GradeOutcome;
import org.yanxun.policy.HostCriterion;
import org.yanxun.policy.MemberEligibility;
import org.yanxun.policy.PlanStructure;
import org.yanxun.policy.Policy;
import org.yanxun.policy.Presets;
import org.yanxun.policy.ProvinceQuota;
import org.yanxun.policy.Severity;
import org.yanxun.policy.StudioPolicy;
import org.yanxun.policy.StudioTypePolicy;
import org.yanxun.rules.RuleEngine;

/**
 * Draws consistent policies ({@link Policy#problems()} is empty) from a preset by changing its
 * numbers, sets and switches through the {@code with...} methods, with a bias towards the ends of
 * every allowed range: 0, 1 and the maximum.
 */
public final class RandomPolicies {

    /** The most members, members of a province or days a policy may set. */
    private static final int MAX_COUNT = 100_000;
    private static final int MAX_DAYS = 3660;

    private final Random random;

    /**
     * Creates a source of policies.
     *
     * @param random the randomness, not null
     */
    public RandomPolicies(Random random) {
        this.random = random;
    }

    /**
     * Draws a policy.
     *
     * @return a policy without problems
     */
    public Policy policy() {
        List<Policy> presets = Presets.all();
        Policy policy = presets.get(random.nextInt(presets.size()));
        LocalDate from = LocalDate.of(2000 + random.nextInt(30), 1 + random.nextInt(12), 1);
        policy = policy.withId("random-" + random.nextInt(1000))
                .withEffectiveFrom(from)
                .withEffectiveUntil(random.nextBoolean() ? Optional.empty() : Optional.of(from.plusDays(between(0, 5000))))
                .withStudios(studios(policy.studios()))
                .withClusters(new ClusterPolicy(subset(Stage.class), between(0, 100_000)))
                .withAlliances(alliances(policy.alliances()));
        List<String> codes = RuleEngine.builtInRules().stream().map(rule -> rule.info().code()).toList();
        SortedMap<String, Severity> severities = new TreeMap<>();
        TreeSet<String> disabled = new TreeSet<>();
        for (String code : codes) {
            int choice = random.nextInt(10);
            if (choice == 0) {
                disabled.add(code);
            } else if (choice == 1) {
                severities.put(code, pick(Severity.class));
            }
        }
        return policy.withSeverities(severities).withDisabledRules(disabled);
    }

    private StudioPolicy studios(StudioPolicy preset) {
        SortedMap<String, StudioTypePolicy> types = new TreeMap<>();
        preset.types().forEach((code, type) -> {
            if (random.nextInt(8) != 0) {
                types.put(code, type(type));
            }
        });
        SortedMap<HonourKind, Integer> rungs = new TreeMap<>();
        for (HonourKind kind : HonourKind.values()) {
            if (random.nextInt(4) != 0) {
                rungs.put(kind, between(0, 9));
            }
        }
        SortedMap<HonourKind, Title> titles = new TreeMap<>();
        SortedMap<HonourKind, Set<Level>> levels = new TreeMap<>();
        for (HonourKind kind : HonourKind.values()) {
            if (random.nextInt(4) == 0) {
                titles.put(kind, pick(Title.class));
            }
            Set<Level> ofKind = subset(Level.class);
            if (!ofKind.isEmpty() && random.nextInt(4) == 0) {
                levels.put(kind, ofKind);
            }
        }
        SortedMap<Grade, GradeOutcome> grades = new TreeMap<>();
        for (Grade grade : Grade.values()) {
            if (grades.isEmpty() || random.nextBoolean()) {
                grades.put(grade, pick(GradeOutcome.class));
            }
        }
        return preset.withTypes(types)
                .withHostsPerStudio(between(1, 10))
                .withMaxHostedAtOnce(between(1, 100))
                .withMaxJoinedAtOnce(between(1, 100))
                .withNewTeacherMaxYears(between(0, 60))
                .withLadderMaxStep(between(0, 9))
                .withHonourRungs(rungs)
                .withHonourTitles(titles)
                .withHonourLevels(levels)
                .withTitleOnlyMaxLevel(pick(Level.class))
                .withGrades(grades)
                .withEvaluationWindowMonths(between(0, 24))
                .withMidTermMinCycleYears(between(1, Cycle.MAX_YEARS + 1))
                .withRequiredDuties(subset(HostDuty.class))
                .withMentorTiers(nonEmptySubset(Tier.class))
                .withCertificateTiers(subset(Tier.class))
                .withMaxApprenticesPerMentor(between(1, 100))
                .withNameIncludesHost(random.nextBoolean());
    }

    private StudioTypePolicy type(StudioTypePolicy preset) {
        int min = random.nextInt(10) == 0 ? MAX_COUNT : between(0, 200);
        OptionalInt minYears = random.nextBoolean() ? OptionalInt.empty() : OptionalInt.of(between(0, 30));
        OptionalInt maxYears = random.nextBoolean() ? OptionalInt.empty()
                : OptionalInt.of(minYears.orElse(0) + between(0, 60 - minYears.orElse(0)));
        MemberEligibility members = new MemberEligibility(minYears, maxYears,
                random.nextBoolean() ? OptionalInt.empty() : OptionalInt.of(between(16, 100)),
                random.nextBoolean(), random.nextBoolean());
        List<HostCriterion> criteria = new ArrayList<>();
        for (HostCriterion criterion : preset.hostCriteria()) {
            // Some honours qualify for a term only, of 1 year up to the longest a policy accepts.
            criteria.add(criterion instanceof HostCriterion.HonourAtLeast honour && random.nextInt(3) == 0
                    ? honour.withTermYears(random.nextInt(4) == 0 ? HostCriterion.HonourAtLeast.MAX_TERM_YEARS
                            : between(1, 10))
                    : criterion);
        }
        HostCriterion extra = new HostCriterion.TitleAtLeast(pick(Title.class), subset(Stage.class));
        if (random.nextBoolean() && !criteria.contains(extra)) {
            criteria.add(extra);
        }
        return preset.withCycleYears(between(1, Cycle.MAX_YEARS))
                .withHostCriteria(criteria)
                .withMinMembers(min)
                .withMaxMembers(random.nextInt(8) == 0 || min > 200 ? MAX_COUNT : min + between(0, 200))
                .withMinOnlineTrainees(between(0, 100_000))
                .withMembers(members);
    }

    private AlliancePolicy alliances(AlliancePolicy preset) {
        SortedMap<ExchangeKind, ExchangeLimits> exchanges = new TreeMap<>();
        preset.exchanges().forEach((kind, limits) -> {
            if (random.nextInt(6) != 0) {
                int min = between(1, MAX_DAYS);
                exchanges.put(kind, limits.withMinDays(min)
                        .withMaxDays(random.nextInt(6) == 0 ? MAX_DAYS : between(min, MAX_DAYS)));
            }
        });
        List<ProvinceQuota> quotas = new ArrayList<>();
        Set<Province> quoted = EnumSet.noneOf(Province.class);
        for (int i = random.nextInt(3); i > 0; i--) {
            Province province = pick(Province.class);
            int min = random.nextInt(10) == 0 ? MAX_COUNT : between(0, 50);
            if (quoted.add(province)) {
                quotas.add(new ProvinceQuota(province, min,
                        random.nextInt(6) == 0 || min > 50 ? MAX_COUNT : min + between(0, 50)));
            }
        }
        return preset.withLeadUnits(between(0, 100))
                .withMemberKinds(nonEmptySubset(InstitutionKind.class))
                .withCompositionQuotas(quotas)
                .withPlanRequired(random.nextBoolean())
                .withPlanYears(between(1, 10))
                .withPlanStructure(new PlanStructure(between(0, 100), between(0, 100), between(0, 100),
                        between(0, 100), between(0, 100)))
                .withMinSessionsPerYear(between(0, 365))
                .withMaxConsecutiveHostings(between(1, 1000))
                .withMinExternalExperts(between(0, 100))
                .withExchanges(exchanges)
                .withReciprocityTolerance(between(0, 100_000))
                .withRequiredExchangeKinds(subset(ExchangeKind.class))
                .withResourceKinds(subset(ResourceKind.class))
                .withFreshnessMonths(between(1, 1200))
                .withSharingGraceMonths(between(0, 1200));
    }

    /** A value in a range, one time in four one of its ends. */
    private int between(int min, int max) {
        return switch (random.nextInt(8)) {
            case 0 -> min;
            case 1 -> max;
            default -> min + random.nextInt(max - min + 1);
        };
    }

    private <E extends Enum<E>> E pick(Class<E> type) {
        E[] constants = type.getEnumConstants();
        return constants[random.nextInt(constants.length)];
    }

    private <E extends Enum<E>> EnumSet<E> nonEmptySubset(Class<E> type) {
        EnumSet<E> set = subset(type);
        if (set.isEmpty()) {
            set.add(pick(type));
        }
        return set;
    }

    private <E extends Enum<E>> EnumSet<E> subset(Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        for (E constant : type.getEnumConstants()) {
            if (random.nextBoolean()) {
                set.add(constant);
            }
        }
        return set;
    }
}
