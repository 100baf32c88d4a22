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

    private final RuleEngine engine;
    private final RuleContext context;
    private final Map<Class<?>, List<LocalRule<?>>> localRules = new HashMap<>();
    private final List<KeyedRule<?, ?>> keyedRules = new ArrayList<>();
    private final Map<Grouping<?, ?>, StateTable> states = new IdentityHashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private boolean finished;

    RuleRun(RuleEngine engine, RuleContext context) {
        this.engine = engine;
        this.context = context;
        for (Rule rule : engine.rules()) {
            if (rule instanceof LocalRule<?> local) {
                Class<?>[] types = local.entityType() == Entity.class
                        ? Entity.class.getPermittedSubclasses()
                        : new Class<?>[] {local.entityType()};
                for (Class<?> type : types) {
                    localRules.computeIfAbsent(type, t -> new ArrayList<>()).add(local);
                }
            } else if (rule instanceof KeyedRule<?, ?> keyed) {
                keyedRules.add(keyed);
                states.putIfAbsent(keyed.grouping(), new StateTable());
            }
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
     * Feeds one record.
     *
     * @param entity the record, not null
     * @throws IllegalStateException if the run has finished
     */
    public void accept(Entity entity) {
        Objects.requireNonNull(entity, "entity");
        requireOpen();
        for (LocalRule<?> rule : localRules.getOrDefault(entity.getClass(), List.of())) {
            runLocal(rule, entity);
        }
        for (Grouping<?, ?> grouping : states.keySet()) {
            runMap(grouping, entity);
        }
    }

    private <E extends Entity> void runLocal(LocalRule<E> rule, Entity entity) {
        try {
            rule.check(rule.entityType().cast(entity), context, sink(rule));
        } catch (RuntimeException e) {
            failed(rule, entity.location(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private <K, S> void runMap(Grouping<K, S> grouping, Entity entity) {
        StateTable state = states.get(grouping);
        try {
            grouping.map(entity, context, (key, value) -> state.merge(Objects.requireNonNull(key, "key"),
                    Objects.requireNonNull(value, "state"), (left, right) -> grouping.merge((S) left, (S) right)));
        } catch (RuntimeException e) {
            for (KeyedRule<?, ?> rule : keyedRules) {
                if (rule.grouping() == grouping) {
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
    @SuppressWarnings("unchecked")
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
        states.forEach((grouping, mine) -> {
            Grouping<Object, Object> typed = (Grouping<Object, Object>) grouping;
            other.states.get(grouping).forEach((key, value) -> mine.merge(key, value, typed::merge));
        });
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
        states.get(rule.grouping()).forEach((key, state) -> {
            try {
                rule.check((K) key, (S) state, context, sink);
            } catch (RuntimeException e) {
                failed(rule, Location.root(), e);
            }
        });
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

    private void requireOpen() {
        if (finished) {
            throw new IllegalStateException("This run has finished");
        }
    }
}
