package org.yanxun.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yanxun.policy.Severity;

/**
 * One validation in progress: it receives records one by one and, when finished, gives the report.
 *
 * <p>Local rules run as each record arrives; keyed rules keep one merged state per key until
 * {@link #finish()}. Runs over parts of the same input can be {@linkplain #merge merged}, in any
 * grouping, and give the same report as one run over the whole.
 *
 * <p>This class is not thread-safe: use one run per thread and merge them.
 */
public final class RuleRun {

    private static final LocalCheck[] NO_LOCAL_CHECKS = {};

    private final RuleEngine engine;
    private final RuleContext context;
    /** The local rules of each record type, with the sinks of their findings. */
    private final Map<Class<?>, LocalCheck[]> localChecks = new HashMap<>();
    private final List<KeyedRule<?, ?>> keyedRules = new ArrayList<>();
    /** One table per grouping the keyed rules share, in the order the rules name them. */
    private final StateTable[] tables;
    private final List<Finding> findings = new ArrayList<>();
    private boolean finished;

    RuleRun(RuleEngine engine, RuleContext context) {
        this.engine = engine;
        this.context = context;
        Map<Class<?>, List<LocalCheck>> locals = new HashMap<>();
        Map<Grouping<?, ?>, StateTable> byGrouping = new IdentityHashMap<>();
        List<StateTable> ordered = new ArrayList<>();
        for (Rule rule : engine.rules()) {
            if (rule instanceof LocalRule<?> local) {
                Class<?>[] types = local.entityType() == Entity.class
                        ? Entity.class.getPermittedSubclasses()
                        : new Class<?>[] {local.entityType()};
                LocalCheck check = new LocalCheck(local, sink(local));
                for (Class<?> type : types) {
                    locals.computeIfAbsent(type, t -> new ArrayList<>()).add(check);
                }
            } else if (rule instanceof KeyedRule<?, ?> keyed) {
                keyedRules.add(keyed);
                byGrouping.computeIfAbsent(keyed.grouping(), grouping -> {
                    StateTable table = new StateTable(grouping);
                    ordered.add(table);
                    return table;
                });
            }
        }
        locals.forEach((type, checks) -> localChecks.put(type, checks.toArray(NO_LOCAL_CHECKS)));
        tables = ordered.toArray(new StateTable[0]);
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
     * Feeds one record.
     *
     * @param entity the record, not null
     * @throws IllegalStateException if the run has finished
     */
    public void accept(Entity entity) {
        Objects.requireNonNull(entity, "entity");
        requireOpen();
        for (LocalCheck check : localChecks.getOrDefault(entity.getClass(), NO_LOCAL_CHECKS)) {
            runLocal(check.rule(), check.sink(), entity);
        }
        for (StateTable table : tables) {
            runMap(table, entity);
        }
    }

    private <E extends Entity> void runLocal(LocalRule<E> rule, FindingSink sink, Entity entity) {
        try {
            rule.check(rule.entityType().cast(entity), context, sink);
        } catch (RuntimeException e) {
            failed(rule, entity.location(), e);
        }
    }

    private void runMap(StateTable table, Entity entity) {
        try {
            table.grouping().map(entity, context, table);
        } catch (RuntimeException e) {
            for (KeyedRule<?, ?> rule : keyedRules) {
                if (rule.grouping() == table.grouping()) {
                    failed(rule, entity.location(), e);
                }
            }
        }
    }

    /**
     * Adds the records fed to another run of the same engine, policy and date to this one.
     *
     * @param other the other run, not null, not finished; it must not be used afterwards
     * @return this run
     * @throws IllegalArgumentException if the other run is this run, or belongs to another engine or context
     * @throws IllegalStateException if either run has finished
     */
    public RuleRun merge(RuleRun other) {
        Objects.requireNonNull(other, "other");
        if (other == this) {
            throw new IllegalArgumentException("A run cannot be merged with itself");
        }
        requireOpen();
        other.requireOpen();
        if (other.engine != engine || !other.context.equals(context)) {
            throw new IllegalArgumentException("Only runs of the same engine and context can be merged");
        }
        findings.addAll(other.findings);
        for (int i = 0; i < tables.length; i++) {
            tables[i].addAll(other.tables[i]);
        }
        other.finished = true;
        return this;
    }

    /**
     * Runs the keyed rules over the merged states and returns the report.
     *
     * @return the report
     * @throws IllegalStateException if the run has finished
     */
    public Report finish() {
        requireOpen();
        finished = true;
        for (KeyedRule<?, ?> rule : keyedRules) {
            runChecks(rule);
        }
        return Report.of(engine.policy().id(), context.asOf(), findings);
    }

    @SuppressWarnings("unchecked")
    private <K, S> void runChecks(KeyedRule<K, S> rule) {
        FindingSink sink = sink(rule);
        tableOf(rule.grouping()).forEach((key, state) -> {
            try {
                rule.check((K) key, (S) state, context, sink);
            } catch (RuntimeException e) {
                failed(rule, Location.root(), e);
            }
        });
    }

    private StateTable tableOf(Grouping<?, ?> grouping) {
        for (StateTable table : tables) {
            if (table.grouping() == grouping) {
                return table;
            }
        }
        throw new IllegalStateException("No table for a grouping of a keyed rule");
    }

    private FindingSink sink(Rule rule) {
        RuleInfo info = rule.info();
        Severity severity = context.policy().severityOf(info.code(), info.defaultSeverity());
        String policyId = context.policy().id();
        return (location, zh, en) -> findings.add(new Finding(info.code(), severity, location, zh, en, policyId));
    }

    private void failed(Rule rule, Location location, RuntimeException e) {
        String code = rule.info().code();
        String detail = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        findings.add(new Finding(RuleEngine.ENGINE_RULE_FAILED, Severity.ERROR, location,
                "规则 " + code + " 执行失败（" + detail + "），其余规则照常执行",
                "rule " + code + " failed (" + detail + "); the other rules still ran", context.policy().id()));
    }

    /** A local rule with the sink of its findings. */
    private record LocalCheck(LocalRule<?> rule, FindingSink sink) {
    }

    private void requireOpen() {
        if (finished) {
            throw new IllegalStateException("This run has finished");
        }
    }
}
