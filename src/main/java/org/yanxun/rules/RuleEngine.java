package org.yanxun.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.yanxun.Dataset;
import org.yanxun.InvalidValueException;
import org.yanxun.internal.Checks;
import org.yanxun.policy.Policy;
import org.yanxun.policy.PolicyProblem;
import org.yanxun.rules.catalogue.Catalogue;

/**
 * Validates community data against a policy with the built-in rule catalogue and any rules you add.
 *
 * <pre>{@code
 * RuleEngine engine = RuleEngine.of(Presets.guangzhouLiwan2026());
 * Report report = engine.validate(dataset, LocalDate.of(2026, 3, 1));
 * if (!report.isSuccessful()) {
 *     report.atLeast(Severity.ERROR).findings().forEach(f -> System.out.println(f.messageZh()));
 * }
 * }</pre>
 *
 * <p>Local rules run as a map over records and keyed rules as a group-by over the keys the records
 * touch; no rule loops over pairs of records. The same engine validates a whole {@link Dataset} or a
 * stream of records ({@link #start}). A rule switched off in the policy does not run; a severity set
 * in the policy replaces the rule's default. A rule that throws an exception becomes an
 * {@value #ENGINE_RULE_FAILED} finding (ERROR) for each record or key it fails on, and the other rules
 * still run; an {@link Error} ends the validation. A failure on a record points at the record; a failed
 * check of a key's state points at the root and its message names the key.
 *
 * <p>This class is immutable and thread-safe: share one engine across threads.
 */
public final class RuleEngine {

    /** The code of the finding reported when a rule throws. */
    public static final String ENGINE_RULE_FAILED = "ENGINE_RULE_FAILED";
    private static final Set<String> BUILT_IN_CODES = Collections.unmodifiableSet(
            new LinkedHashSet<>(Catalogue.rules().stream().map(rule -> rule.info().code()).toList()));

    private final Policy policy;
    private final List<Rule> rules;

    private RuleEngine(Policy policy, List<Rule> rules) {
        this.policy = policy;
        this.rules = rules;
    }

    /**
     * Obtains an engine with the built-in catalogue.
     *
     * @param policy the policy, not null, without {@linkplain Policy#problems() problems}
     * @return the engine
     * @throws IllegalArgumentException if the policy has problems or names a rule code that does not
     *     exist
     */
    public static RuleEngine of(Policy policy) {
        return builder(policy).build();
    }

    /**
     * Starts building an engine with the built-in catalogue, to add rules of your own.
     *
     * @param policy the policy, not null
     * @return a builder
     */
    public static Builder builder(Policy policy) {
        return new Builder(policy);
    }

    /**
     * Returns the built-in rule catalogue, in catalogue order.
     *
     * @return every built-in rule
     */
    public static List<Rule> builtInRules() {
        return Catalogue.rules();
    }

    /**
     * Returns every code a policy may name for an engine of the built-in rules alone: the codes of the
     * built-in rules. {@link #ENGINE_RULE_FAILED} is not a rule: a rule that fails is always an ERROR, and
     * cannot be switched off. A policy reader given them
     * ({@code PolicyReader.create().withRuleCodes(RuleEngine.builtInCodes())}) reports a mistyped code
     * at its place in the document, where building the engine would refuse the policy.
     *
     * @return the codes, unmodifiable, in the order of {@link #builtInRules()}
     */
    public static Set<String> builtInCodes() {
        return BUILT_IN_CODES;
    }

    /**
     * Returns the policy.
     *
     * @return the policy
     */
    public Policy policy() {
        return policy;
    }

    /**
     * Returns the rules that run: the built-in and added rules the policy does not switch off.
     *
     * @return the rules, in catalogue order followed by added rules
     */
    public List<Rule> rules() {
        return rules;
    }

    /**
     * Validates a whole dataset.
     *
     * @param dataset the dataset, not null
     * @param asOf the date to validate as of, not null
     * @return the report
     * @throws IllegalArgumentException if {@code asOf} is outside the years 0000 to 9999, as every date of
     *     the data is
     */
    public Report validate(Dataset dataset, LocalDate asOf) {
        Objects.requireNonNull(dataset, "dataset");
        RuleRun run = new RuleRun(this, context(Dimensions.of(dataset), asOf), KeyPartition.all(),
                DatasetRecords.counts(dataset));
        DatasetRecords.forEachDeclaredFirst(dataset, run::reads, run::accept);
        return run.finish();
    }

    /**
     * Starts a validation that receives its records one by one, as a JSON Lines reader or a
     * partition of a distributed engine produces them.
     *
     * @param dimensions the reference data, not null
     * @param asOf the date to validate as of, not null
     * @return a run to feed with records; not thread-safe
     * @throws IllegalArgumentException if {@code asOf} is outside the years 0000 to 9999
     */
    public RuleRun start(Dimensions dimensions, LocalDate asOf) {
        return start(dimensions, asOf, KeyPartition.all());
    }

    /**
     * Starts a validation, as {@link #start(Dimensions, LocalDate)} does, that keeps and checks the
     * keys of one part only, to need less memory: feed the same records to a run of each part of a
     * {@linkplain KeyPartition#split split}, one after another, and report the findings of all of them
     * together.
     *
     * @param dimensions the reference data, not null
     * @param asOf the date to validate as of, not null
     * @param partition the part of the keys to keep, not null
     * @return a run to feed with records; not thread-safe
     * @throws IllegalArgumentException if {@code asOf} is outside the years 0000 to 9999
     */
    public RuleRun start(Dimensions dimensions, LocalDate asOf, KeyPartition partition) {
        Objects.requireNonNull(partition, "partition");
        return new RuleRun(this, context(dimensions, asOf), partition, type -> 0);
    }

    /**
     * Returns the finding this engine reports when a rule throws on a record, or when the map of a keyed
     * rule's grouping throws on it: {@value #ENGINE_RULE_FAILED} (ERROR) at the record, quoting the
     * exception's class and the first 1,000 characters of its message. For a runner of the rules of its
     * own, such as the Spark example, whose reports must equal the engine's. Such a runner also keeps the
     * interrupt of an {@link InterruptedException} thrown undeclared, as the engine does.
     *
     * @param rule the rule that failed, or a keyed rule of the grouping whose map failed, not null
     * @param location the record's location, not null
     * @param failure what the rule threw, not null
     * @return the finding
     */
    public Finding failureAt(Rule rule, Location location, Exception failure) {
        return RuleFailures.at(Objects.requireNonNull(rule, "rule"), policy.id(),
                Objects.requireNonNull(location, "location"), Objects.requireNonNull(failure, "failure"));
    }

    /**
     * Returns the finding this engine reports when a keyed rule throws on a key's state, as
     * {@link #failureAt} does for a record: at the root, naming the key by its first 200 characters.
     *
     * @param rule the keyed rule that failed, not null
     * @param key the key, not null
     * @param failure what the rule threw, not null
     * @return the finding
     */
    public Finding failureOn(Rule rule, Object key, Exception failure) {
        return RuleFailures.on(Objects.requireNonNull(rule, "rule"), policy.id(), Objects.requireNonNull(key, "key"),
                Objects.requireNonNull(failure, "failure"));
    }

    private RuleContext context(Dimensions dimensions, LocalDate asOf) {
        return new RuleContext(policy, asOf, dimensions);
    }

    /**
     * A builder of engines; not thread-safe.
     */
    public static final class Builder {
        private final Policy policy;
        private final List<Rule> added = new ArrayList<>();

        private Builder(Policy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
        }

        /**
         * Adds a rule of your own; its code must differ from every other rule's and from
         * {@value #ENGINE_RULE_FAILED}, which reports rules that fail.
         *
         * @param rule the rule, not null; its {@link Rule#info() info}, a local rule's
         *     {@link LocalRule#entityType() entity type} and a keyed rule's {@link KeyedRule#grouping()
         *     grouping} not null, and its info's shape that of its interface
         * @return this builder
         * @throws IllegalArgumentException if the rule's code is {@value #ENGINE_RULE_FAILED}, or its info
         *     names the other shape
         */
        public Builder add(Rule rule) {
            Objects.requireNonNull(rule, "rule");
            RuleInfo info = Objects.requireNonNull(rule.info(), () -> rule + ": info()");
            if (info.code().equals(ENGINE_RULE_FAILED)) {
                throw new InvalidValueException("规则代码 " + ENGINE_RULE_FAILED + " 留给执行失败的规则，不能用于自定义规则",
                        "The code " + ENGINE_RULE_FAILED + " reports rules that fail; a rule of your own cannot have it");
            }
            boolean local = rule instanceof LocalRule<?>;
            Object part = local ? ((LocalRule<?>) rule).entityType() : ((KeyedRule<?, ?>) rule).grouping();
            Objects.requireNonNull(part, () -> "rule " + info.code() + ": " + (local ? "entityType()" : "grouping()"));
            (local ? Shape.LOCAL : Shape.KEYED).requireOf(info);
            added.add(rule);
            return this;
        }

        /**
         * Builds the engine.
         *
         * @return the engine
         * @throws IllegalArgumentException if the policy has problems, two rules share a code, or the
         *     policy names a code no rule has
         */
        public RuleEngine build() {
            policy.requireConsistent();
            Map<String, Rule> byCode = new LinkedHashMap<>();
            List<Rule> all = new ArrayList<>(Catalogue.rules());
            all.addAll(added);
            for (Rule rule : all) {
                String code = rule.info().code();
                if (byCode.putIfAbsent(code, rule) != null) {
                    throw new InvalidValueException("两条规则使用同一代码 " + code, "Two rules have the code " + code);
                }
            }
            List<String> unknown = policy.unknownRuleCodes(byCode.keySet()).stream().map(PolicyProblem::field).toList();
            if (!unknown.isEmpty()) {
                throw new InvalidValueException("政策" + Checks.quoteZh(policy.id()) + "引用了不存在的规则代码："
                        + Checks.shorten(String.join("、", unknown), 1000), "Policy " + Checks.quote(policy.id())
                        + " names rule codes no rule has: " + Checks.shorten(String.join(", ", unknown), 1000));
            }
            List<Rule> enabled = byCode.values().stream().filter(r -> policy.isEnabled(r.info().code())).toList();
            return new RuleEngine(policy, enabled);
        }
    }
}
