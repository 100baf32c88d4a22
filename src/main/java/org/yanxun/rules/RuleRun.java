package org.yanxun.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.yanxun.InvalidValueException;
import org.yanxun.internal.SideBySide;
import org.yanxun.policy.Severity;

/**
 * One validation in progress: it receives records one by one and, when finished, gives the report.
 *
 * <p>Local rules run as each record arrives; keyed rules keep one merged state per key until
 * {@link #finish()}. Runs over parts of the same input can be {@linkplain #merge merged}, in any
 * grouping, and give the same report as one run over the whole. A run may keep the keys of one
 * {@link KeyPartition} only, to need less memory; the runs of every part, each fed all the records,
 * report together what one run reports.
 *
 * <p>This class is not thread-safe: use one run per thread and merge them.
 */
public final class RuleRun {

    /** The most threads {@link #finish(int)} checks the keys on. */
    public static final int MAX_THREADS = 256;
    /**
     * The bytes of heap per key that the hints of a run, all classes together, may reserve room for: a
     * key with its states takes more, so a run could not hold the keys of a larger hint anyway, and the
     * room reserved stays a small share of the heap.
     */
    static final int HEAP_BYTES_PER_EXPECTED_KEY = 256;

    private static final Check[] NO_CHECKS = {};
    private static final KeyedRule<?, ?>[] NO_KEYED_RULES = {};

    private final RuleEngine engine;
    private final RuleContext context;
    private final KeyPartition partition;
    /** Whether the run keeps every key: its partition has one part. */
    private final boolean whole;
    /** The local rules of each record type. */
    private final Map<Class<?>, Check[]> localChecks = new HashMap<>();
    /** One group per grouping the keyed rules share, in the order the rules name them. */
    private final Group[] groups;
    private final StateTables tables;
    private final List<Finding> findings = new ArrayList<>();
    /** The local checks of the type of entity accepted last: records come in runs of one type. */
    private Class<?> lastType;
    private Check[] lastChecks = NO_CHECKS;
    /** The parts of the keys the record being fed has touched, as {@link #acceptTellingParts} gives them. */
    private long touched;
    /** The part of the key the fold being run touched last, or -1 before it touched any. */
    private int lastPart;
    private boolean finished;
    /** What a merge this run took part in threw part-way, after which it cannot be used; or null. */
    private Throwable mergeFailure;
    /** How many more keys the hints of {@link #expectKeys} may reserve room for. */
    private long expectable = Runtime.getRuntime().maxMemory() / HEAP_BYTES_PER_EXPECTED_KEY;

    RuleRun(RuleEngine engine, RuleContext context, KeyPartition partition, ToIntFunction<Class<?>> expectedKeys) {
        this.engine = engine;
        this.context = context;
        this.partition = partition;
        this.whole = partition.count() == 1;
        Map<Class<?>, List<Check>> locals = new HashMap<>();
        Map<Grouping<?, ?>, List<KeyedRule<?, ?>>> keyed = new IdentityHashMap<>();
        List<Grouping<Object, Object>> order = new ArrayList<>();
        for (Rule rule : engine.rules()) {
            if (rule instanceof LocalRule<?> local && partition.isFirst()) {
                Check check = new Check(rule, sink(rule, findings));
                Class<?>[] types = local.entityType() == Entity.class
                        ? Entity.class.getPermittedSubclasses()
                        : new Class<?>[] {local.entityType()};
                for (Class<?> type : types) {
                    locals.computeIfAbsent(type, t -> new ArrayList<>()).add(check);
                }
            } else if (rule instanceof KeyedRule<?, ?> keyedRule) {
                keyed.computeIfAbsent(keyedRule.grouping(), grouping -> {
                    order.add(erased(grouping));
                    return new ArrayList<>();
                }).add(keyedRule);
            }
        }
        locals.forEach((type, checks) -> localChecks.put(type, checks.toArray(NO_CHECKS)));
        tables = new StateTables(order.size(), expectedKeys);
        groups = new Group[order.size()];
        for (int i = 0; i < groups.length; i++) {
            KeyedRule<?, ?>[] rules = keyed.get(order.get(i)).toArray(NO_KEYED_RULES);
            groups[i] = new Group(order.get(i), rules, Arrays.stream(rules).allMatch(RuleRun::ignoresQuietStates),
                    new Column(i, order.get(i)));
        }
    }

    /**
     * Returns the policy, date and reference data of this run.
     *
     * @return the context
     */
    public RuleContext context() {
        return context;
    }

    /**
     * Returns the part of the keys this run keeps.
     *
     * @return the partition, {@link KeyPartition#all()} unless the run was started with another
     */
    public KeyPartition partition() {
        return partition;
    }

    /**
     * Tells the run how many keys of a class its records will come to hold, such as the number of person
     * records for {@code PersonId.class}, so that its tables are sized once instead of growing step by
     * step (each growth moves every key). A reader that counts a stream's records in an earlier pass
     * calls it before feeding them; it is a hint only: a run holds more keys than it was told, and
     * reserves the memory of the keys it was told even if fewer come. The hints of a run together
     * reserve room for at most one key per {@value #HEAP_BYTES_PER_EXPECTED_KEY} bytes of the heap's
     * {@linkplain Runtime#maxMemory() maximum size}, which is more keys than the heap could hold with
     * their states: a larger hint, such as {@code Integer.MAX_VALUE}, is cut to what is left of that
     * room, and its keys beyond grow the tables step by step as if there were no hint.
     *
     * @param keyClass the class of the keys, not null
     * @param keys how many keys of the class to expect, not negative; any larger number is cut as above
     * @throws IllegalArgumentException if {@code keys} is negative
     * @throws IllegalStateException if the run has finished, or was left unusable by a failed merge
     */
    public void expectKeys(Class<?> keyClass, int keys) {
        Objects.requireNonNull(keyClass, "keyClass");
        if (keys < 0) {
            throw new InvalidValueException("键数不能为负，而不是 " + keys, "keys must not be negative, was " + keys);
        }
        requireOpen();
        int reserved = (int) Math.min(keys, expectable);
        expectable -= reserved;
        tables.expect(keyClass, reserved);
    }

    /**
     * Feeds one record.
     *
     * @param entity the record, not null
     * @throws IllegalStateException if the run has finished, or was left unusable by a failed merge
     */
    public void accept(Entity entity) {
        Objects.requireNonNull(entity, "entity");
        requireOpen();
        if (entity.getClass() != lastType) {
            lastType = entity.getClass();
            lastChecks = localChecks.getOrDefault(lastType, NO_CHECKS);
        }
        for (Check check : lastChecks) {
            runLocal((LocalRule<?>) check.rule(), check.sink(), entity);
        }
        for (Group group : groups) {
            runMap(group, entity);
        }
    }

    /**
     * Feeds one record, as {@link #accept} does, and tells which parts of this run's split hold the keys
     * whose states the record's groupings looked up, whether this run keeps them or not: bit {@code i}
     * for part {@code i}, bit 63 for every part from 63 on. A caller that feeds the runs of every part
     * the same records (see {@link KeyPartition}) may leave out of a part's run the records that touch
     * none of its keys, having fed them all to the run of the first part: the report is the same.
     *
     * @param entity the record, not null
     * @return the parts touched, 0 if the record touched no key
     * @throws IllegalStateException if the run has finished, or was left unusable by a failed merge
     */
    public long acceptTellingParts(Entity entity) {
        touched = 0;
        accept(entity);
        return touched;
    }

    /**
     * Tells whether a rule of this run reads records of a type: a local rule of the type, or any keyed
     * rule (a grouping decides for itself which records it maps).
     */
    boolean reads(Class<? extends Entity> type) {
        return groups.length > 0 || localChecks.containsKey(type);
    }

    @SuppressWarnings("unchecked")
    private <E extends Entity> void runLocal(LocalRule<E> rule, FindingSink sink, Entity entity) {
        try {
            // The rule is among the checks of the entity's class, which is its entity type or a subtype.
            rule.check((E) entity, context, sink);
        } catch (Exception e) {
            keepInterrupt(e);
            failed(rule, entity.location(), e);
        }
    }

    private void runMap(Group group, Entity entity) {
        lastPart = -1;
        try {
            group.grouping().fold(entity, context, group.states());
        } catch (Exception e) {
            keepInterrupt(e);
            // Every part's run folds every record it reads: the failure is reported once, by the run of
            // one part, as failingPart chooses it.
            if (whole || failingPart(group, entity) == partition.index()) {
                for (KeyedRule<?, ?> rule : group.rules()) {
                    failed(rule, entity.location(), e);
                }
            }
        }
    }

    /**
     * The part whose run reports a fold's failure on a record. A fold that asks {@link Column#keeps} may
     * take another path in each part's run, and fail in each at a key of its own; folded again on states
     * that give every key a new state, as a run without {@code keeps} gave the keys of other parts, it
     * takes the same path in every run, and the part of the key it failed at is the same in all. A fold
     * that does not fail then failed on a state this run keeps: the part is that of the key it touched
     * last. Either way, the first part if it touched none.
     */
    private int failingPart(Group group, Entity entity) {
        int[] probed = {-1};
        Grouping.States<Object, Object> fresh = new Grouping.States<>() {
            @Override
            public Object get(Object key, Function<? super Object, ?> absent) {
                probed[0] = partition.indexOf(key);
                return absent.apply(key);
            }

            @Override
            public void add(Object key, Object state) {
                probed[0] = partition.indexOf(key);
            }

            @Override
            public boolean keeps(Object key) {
                probed[0] = partition.indexOf(key);
                return true;
            }
        };
        try {
            group.grouping().fold(entity, context, fresh);
            return Math.max(lastPart, 0);
        } catch (Exception again) {
            keepInterrupt(again);
            return Math.max(probed[0], 0);
        }
    }

    /**
     * Adds the records fed to another run of the same engine, policy and date to this one.
     *
     * <p>A refused argument leaves both runs as they were. Once the states are being merged, a merge is
     * not all-or-nothing, since {@link Grouping#merge} may change a state in place: if it throws (a
     * grouping of your own, say), some states have been merged and others not, and this throws what
     * it threw. Both runs are then unusable: every later {@code expectKeys}, {@code accept},
     * {@code merge} or {@code finish} on either throws an {@link IllegalStateException} whose cause is
     * that failure. Feed the records to new runs to validate them again.
     *
     * @param other the other run, not null, not finished; it must not be used afterwards
     * @return this run
     * @throws IllegalArgumentException if the other run is this run, or belongs to another engine,
     *     context or partition
     * @throws IllegalStateException if either run has finished, or was left unusable by a failed merge
     */
    public RuleRun merge(RuleRun other) {
        Objects.requireNonNull(other, "other");
        if (other == this) {
            throw new InvalidValueException("一次运行不能与自身合并", "A run cannot be merged with itself");
        }
        requireOpen();
        other.requireOpen();
        if (other.engine != engine || !other.context.equals(context) || !other.partition.equals(partition)) {
            throw new InvalidValueException("只有同一引擎、同一上下文、同一键分区的运行才能合并",
                    "Only runs of the same engine, context and partition can be merged");
        }
        other.finished = true;
        try {
            findings.addAll(other.findings);
            tables.reserveFor(other.tables);
            other.tables.forEach((group, key, state) -> tables.of(key).add(group, groups[group].grouping(), key, state));
        } catch (RuntimeException | Error e) {
            // States merged in place cannot be taken apart again: this run is done, and so is the
            // other, whose states this one may now share.
            mergeFailure = e;
            other.mergeFailure = e;
            throw e;
        }
        return this;
    }

    /**
     * Runs the keyed rules over the merged states and returns the report.
     *
     * @return the report
     * @throws IllegalStateException if the run has finished, or was left unusable by a failed merge
     */
    public Report finish() {
        return finish(1);
    }

    /**
     * Runs the keyed rules over the merged states on several threads and returns the report, the same
     * as {@link #finish()} gives: the keys are split into as many slices, each checked on a thread of its
     * own, the calling thread taking the first. The threads have ended when this returns or throws; if
     * a check throws something other than the {@code Exception} that becomes an
     * {@link RuleEngine#ENGINE_RULE_FAILED} finding (an {@link Error}), this throws it. An interrupt of
     * the calling thread does not stop the checks: the report is still given whole, and the thread stays
     * interrupted.
     *
     * @param threads the number of threads, 1 to {@value #MAX_THREADS}; 1 checks on the calling thread only
     * @return the report
     * @throws IllegalArgumentException if {@code threads} is not 1 to {@value #MAX_THREADS}
     * @throws IllegalStateException if the run has finished, or was left unusable by a failed merge
     */
    public Report finish(int threads) {
        if (threads < 1) {
            throw new InvalidValueException("线程数至少为 1，而不是 " + threads, "threads must be at least 1, not " + threads);
        }
        if (threads > MAX_THREADS) {
            throw new InvalidValueException("线程数至多为 " + MAX_THREADS + "，而不是 " + threads,
                    "threads must be at most " + MAX_THREADS + ", not " + threads);
        }
        requireOpen();
        finished = true;
        List<List<Finding>> found = SideBySide.run(threads, "yanxun-check", (slice, stop) -> {
            List<Finding> into = new ArrayList<>();
            Check[][] checks = new Check[groups.length][];
            for (int group = 0; group < groups.length; group++) {
                checks[group] = Arrays.stream(groups[group].rules())
                        .map(rule -> new Check(rule, sink(rule, into)))
                        .toArray(Check[]::new);
            }
            tables.forEach((group, key, state) -> {
                if (groups[group].skipsQuiet() && isQuiet(groups[group].grouping(), state)) {
                    return;
                }
                for (Check check : checks[group]) {
                    runKeyed((KeyedRule<?, ?>) check.rule(), check.sink(), key, state, into);
                }
            }, slice, threads);
            return into;
        });
        found.forEach(findings::addAll);
        return Report.of(engine.policy().id(), context.asOf(), findings);
    }

    @SuppressWarnings("unchecked")
    private static Grouping<Object, Object> erased(Grouping<?, ?> grouping) {
        return (Grouping<Object, Object>) grouping;
    }

    /** Tells whether a rule ignores quiet states ({@link KeyedRule#ignoresQuietStates}); an answer that throws is no. */
    private static boolean ignoresQuietStates(KeyedRule<?, ?> rule) {
        try {
            return rule.ignoresQuietStates();
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * Tells whether a grouping's rules report nothing on a state ({@link Grouping#isQuiet}); a grouping
     * whose answer throws has the state given to its rules, which report on it or fail themselves.
     */
    private static boolean isQuiet(Grouping<Object, Object> grouping, Object state) {
        try {
            return grouping.isQuiet(state);
        } catch (Exception e) {
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private <K, S> void runKeyed(KeyedRule<K, S> rule, FindingSink sink, Object key, Object state,
            List<Finding> into) {
        try {
            rule.check((K) key, (S) state, context, sink);
        } catch (Exception e) {
            keepInterrupt(e);
            into.add(RuleFailures.on(rule, context.policy().id(), key, e));
        }
    }

    /**
     * Interrupts the thread again if a rule threw the {@link InterruptedException} of an interrupt
     * (thrown undeclared, as Kotlin or Lombok's {@code @SneakyThrows} may): the rule's failure is a
     * finding, and the interrupt stays for the reading and the caller to see.
     */
    private static void keepInterrupt(Exception e) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
    }

    /** The sink of a rule's findings, which adds them to a list. */
    private FindingSink sink(Rule rule, List<Finding> into) {
        RuleInfo info = rule.info();
        Severity severity = context.policy().severityOf(info.code(), info.defaultSeverity());
        String policyId = context.policy().id();
        return (location, zh, en) -> into.add(new Finding(info.code(), severity, location, zh, en, policyId));
    }

    private void failed(Rule rule, Location location, Exception e) {
        findings.add(RuleFailures.at(rule, context.policy().id(), location, e));
    }

    /** A rule with the sink of its findings. */
    private record Check(Rule rule, FindingSink sink) {
    }

    /**
     * A grouping with the keyed rules that read its states, whether they all ignore its quiet states,
     * and the view of the run's tables its fold changes: the rules run key by key, each state read once by
     * all of them, each with the sink of the slice of keys it checks.
     */
    private record Group(Grouping<Object, Object> grouping, KeyedRule<?, ?>[] rules, boolean skipsQuiet,
            Column states) {
    }

    /** The states of one group, in the run's tables, as a fold sees them. */
    private final class Column implements Grouping.States<Object, Object> {
        private final int group;
        private final Grouping<Object, Object> grouping;

        Column(int group, Grouping<Object, Object> grouping) {
            this.group = group;
            this.grouping = grouping;
        }

        @Override
        public Object get(Object key, Function<? super Object, ?> absent) {
            // A key of another part gets a state of its own that no one keeps.
            return keeps(key) ? tables.of(key).get(group, key, absent) : absent.apply(key);
        }

        @Override
        public void add(Object key, Object state) {
            if (keeps(key)) {
                tables.of(key).add(group, grouping, key, state);
            }
        }

        @Override
        public boolean keeps(Object key) {
            return RuleRun.this.keeps(key);
        }
    }

    /** Tells whether this run keeps the state of a key (every key, or those of its partition) and notes its part. */
    private boolean keeps(Object key) {
        if (whole) {
            touched = 1;
            return true;
        }
        int part = partition.indexOf(key);
        lastPart = part;
        touched |= 1L << Math.min(part, Long.SIZE - 1);
        return part == partition.index();
    }

    private void requireOpen() {
        if (mergeFailure != null) {
            throw new IllegalStateException("This run cannot be used: a merge it took part in failed part-way",
                    mergeFailure);
        }
        if (finished) {
            throw new IllegalStateException("This run has finished");
        }
    }
}
