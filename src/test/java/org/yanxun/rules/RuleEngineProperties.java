package org.yanxun.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;
import org.yanxun.Dataset;
import org.yanxun.generators.ModelArbitraries;
import org.yanxun.policy.Policy;
import org.yanxun.policy.Presets;
import org.yanxun.policy.Severity;

/**
 * Properties of the engine over generated datasets: it is total, deterministic, and independent of
 * the order and the partitioning of its records.
 */
class RuleEngineProperties {

    @Provide
    Arbitrary<Dataset> datasets() {
        return ModelArbitraries.datasets();
    }

    @Provide
    Arbitrary<Policy> policies() {
        return Arbitraries.of(Presets.all());
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Dates.dates().between(LocalDate.of(2015, 1, 1), LocalDate.of(2035, 12, 31));
    }

    @Property(tries = 100)
    void validate_anyDataset_noRuleFails(@ForAll("datasets") Dataset dataset, @ForAll("policies") Policy policy,
            @ForAll("dates") LocalDate asOf) {
        Report report = RuleEngine.of(policy).validate(dataset, asOf);

        assertThat(report.findings()).noneMatch(f -> f.code().equals(RuleEngine.ENGINE_RULE_FAILED));
    }

    @Provide
    Arbitrary<Policy> randomPolicies() {
        return ModelArbitraries.policies();
    }

    @Provide
    Arbitrary<Dataset> anyDatasets() {
        return Arbitraries.oneOf(ModelArbitraries.datasets(), ModelArbitraries.validDatasets(),
                ModelArbitraries.nearValid().map(near -> near.mutated().dataset()));
    }

    @Property(tries = 100)
    void randomPolicy_hasNoProblems_andBuildsAnEngine(@ForAll("randomPolicies") Policy policy) {
        assertThat(policy.problems()).isEmpty();
        assertThat(RuleEngine.of(policy).rules()).hasSize(
                RuleEngine.builtInRules().size() - policy.disabledRules().size());
    }

    @Property(tries = 150)
    void validate_anyDatasetUnderAnyPolicy_neverThrowsAndNoRuleFails(@ForAll("anyDatasets") Dataset dataset,
            @ForAll("randomPolicies") Policy policy, @ForAll("dates") LocalDate asOf) {
        Report report = RuleEngine.of(policy).validate(dataset, asOf);

        assertThat(report.findings()).noneMatch(f -> f.code().equals(RuleEngine.ENGINE_RULE_FAILED));
        assertThat(report.findings()).allSatisfy(f -> assertThat(policy.isEnabled(f.code())).isTrue());
    }

    @Property(tries = 50)
    void run_randomPolicyShuffledAndPartitioned_sameReportAsWhole(@ForAll("anyDatasets") Dataset dataset,
            @ForAll("randomPolicies") Policy policy, @ForAll("dates") LocalDate asOf, @ForAll long seed) {
        RuleEngine engine = RuleEngine.of(policy);
        Random random = new Random(seed);
        List<Entity> records = new ArrayList<>(Entity.allOf(dataset));
        Collections.shuffle(records, random);
        RuleRun left = engine.start(Dimensions.of(dataset), asOf);
        RuleRun right = engine.start(Dimensions.of(dataset), asOf);
        records.forEach(record -> (random.nextBoolean() ? left : right).accept(record));

        assertThat(right.merge(left).finish()).isEqualTo(engine.validate(dataset, asOf));
    }

    @Property(tries = 50)
    void run_keyPartitionsReportedTogether_sameReportAsWhole(@ForAll("anyDatasets") Dataset dataset,
            @ForAll("randomPolicies") Policy policy, @ForAll("dates") LocalDate asOf,
            @ForAll @IntRange(min = 1, max = 6) int count) {
        RuleEngine engine = RuleEngine.of(policy);
        List<Finding> findings = new ArrayList<>();
        for (KeyPartition part : KeyPartition.split(count)) {
            RuleRun run = engine.start(Dimensions.of(dataset), asOf, part);
            Entity.allOf(dataset).forEach(run::accept);
            findings.addAll(run.finish().findings());
        }

        assertThat(Report.of(policy.id(), asOf, findings)).isEqualTo(engine.validate(dataset, asOf));
    }

    @Property(tries = 50)
    void run_finishedOnSeveralThreads_sameReportAsWhole(@ForAll("anyDatasets") Dataset dataset,
            @ForAll("randomPolicies") Policy policy, @ForAll("dates") LocalDate asOf,
            @ForAll @IntRange(min = 2, max = 6) int threads) {
        RuleEngine engine = RuleEngine.of(policy);
        RuleRun run = engine.start(Dimensions.of(dataset), asOf);
        Entity.allOf(dataset).forEach(run::accept);

        assertThat(run.finish(threads)).isEqualTo(engine.validate(dataset, asOf));
    }

    @Property(tries = 50)
    void validate_twice_sameReport(@ForAll("datasets") Dataset dataset, @ForAll("policies") Policy policy,
            @ForAll("dates") LocalDate asOf) {
        RuleEngine engine = RuleEngine.of(policy);

        assertThat(engine.validate(dataset, asOf)).isEqualTo(engine.validate(dataset, asOf));
    }

    @Property(tries = 50)
    void run_shuffledRecords_sameReportAsDocumentOrder(@ForAll("datasets") Dataset dataset,
            @ForAll("policies") Policy policy, @ForAll("dates") LocalDate asOf, @ForAll long seed) {
        RuleEngine engine = RuleEngine.of(policy);
        List<Entity> records = new ArrayList<>(Entity.allOf(dataset));
        Collections.shuffle(records, new Random(seed));
        RuleRun run = engine.start(Dimensions.of(dataset), asOf);
        records.forEach(run::accept);

        assertThat(run.finish()).isEqualTo(engine.validate(dataset, asOf));
    }

    @Property(tries = 50)
    void run_anyPartitionMerged_sameReportAsWhole(@ForAll("datasets") Dataset dataset,
            @ForAll("policies") Policy policy, @ForAll("dates") LocalDate asOf, @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 6) int parts) {
        RuleEngine engine = RuleEngine.of(policy);
        Random random = new Random(seed);
        List<RuleRun> runs = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            runs.add(engine.start(Dimensions.of(dataset), asOf));
        }
        Entity.allOf(dataset).forEach(record -> runs.get(random.nextInt(parts)).accept(record));
        while (runs.size() > 1) {
            RuleRun left = runs.remove(random.nextInt(runs.size()));
            RuleRun right = runs.remove(random.nextInt(runs.size()));
            runs.add(left.merge(right));
        }

        assertThat(runs.get(0).finish()).isEqualTo(engine.validate(dataset, asOf));
    }

    /**
     * Apache Spark runs a keyed rule with its grouping's map and merge steps; the engine folds records
     * into the states. Both must give the same findings.
     */
    @Property(tries = 50)
    void keyedRules_mappedAndMergedAsSparkDoes_sameFindingsAsTheEngine(@ForAll("anyDatasets") Dataset dataset,
            @ForAll("randomPolicies") Policy policy, @ForAll("dates") LocalDate asOf) {
        RuleEngine engine = RuleEngine.of(policy);
        RuleContext context = new RuleContext(policy, asOf, Dimensions.of(dataset));
        List<Entity> records = Entity.allOf(dataset);
        List<Finding> mapped = new ArrayList<>();
        Set<String> keyedCodes = new HashSet<>();
        for (Rule rule : engine.rules()) {
            if (rule instanceof KeyedRule<?, ?> keyed) {
                keyedCodes.add(rule.info().code());
                mapAndMerge(keyed, records, context, mapped);
            }
        }

        assertThat(Report.of(policy.id(), asOf, mapped).findings()).isEqualTo(engine.validate(dataset, asOf)
                .findings().stream().filter(f -> keyedCodes.contains(f.code())).toList());
    }

    private static <K, S> void mapAndMerge(KeyedRule<K, S> rule, List<Entity> records, RuleContext context,
            List<Finding> findings) {
        Map<K, S> states = new LinkedHashMap<>();
        Grouping<K, S> grouping = rule.grouping();
        records.forEach(record -> grouping.map(record, context, (key, state) -> states.merge(key, state,
                grouping::merge)));
        String code = rule.info().code();
        Severity severity = context.policy().severityOf(code, rule.info().defaultSeverity());
        states.forEach((key, state) -> rule.check(key, state, context, (location, zh, en) ->
                findings.add(new Finding(code, severity, location, zh, en, context.policy().id()))));
    }
}
