package org.yanxun.rules;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;

/**
 * A rule that needs every record that shares a key — a person, an alliance, an institution pair and
 * exchange kind: the engine runs it as a group-by.
 *
 * <p>It runs in three steps, as in a distributed aggregation. {@link #map} turns one record into
 * states for the keys it touches; {@link #merge} combines two states of the same key, in any order
 * and any grouping; {@link #check} reports findings from the final state of a key. Because the same
 * findings come out however the records are split or ordered, one catalogue runs in the in-process
 * engine, over a JSON Lines stream and in Apache Spark. States should be small: memory grows with the
 * number of keys, not with the number of records.
 *
 * @param <K> the key type, with value equality
 * @param <S> the state type
 */
public non-sealed interface KeyedRule<K, S> extends Rule {

    /**
     * Turns one record into states for the keys it touches; most records touch none.
     *
     * @param entity the record, not null
     * @param context the policy, date and reference data, not null
     * @param emit receives a key and the state this record gives it
     */
    void map(Entity entity, RuleContext context, BiConsumer<K, S> emit);

    /**
     * Combines two states of one key. It may change and return {@code left}; it must not change
     * {@code right}, and the result must not depend on which state came first.
     *
     * @param left a state, not null
     * @param right another state of the same key, not null
     * @return the combined state
     */
    S merge(S left, S right);

    /**
     * Reports the findings of one key.
     *
     * @param key the key, not null
     * @param state the state of every record of the key, merged, not null
     * @param context the policy, date and reference data, not null
     * @param sink where to report findings, not null
     */
    void check(K key, S state, RuleContext context, FindingSink sink);

    /**
     * The map step of a keyed rule, for {@link #of}.
     *
     * @param <K> the key type
     * @param <S> the state type
     */
    @FunctionalInterface
    interface Mapper<K, S> {

        /**
         * Turns one record into states for the keys it touches.
         *
         * @param entity the record
         * @param context the policy, date and reference data
         * @param emit receives a key and a state
         */
        void map(Entity entity, RuleContext context, BiConsumer<K, S> emit);
    }

    /**
     * The check step of a keyed rule, for {@link #of}.
     *
     * @param <K> the key type
     * @param <S> the state type
     */
    @FunctionalInterface
    interface Checker<K, S> {

        /**
         * Reports the findings of one key.
         *
         * @param key the key
         * @param state the merged state
         * @param context the policy, date and reference data
         * @param sink where to report findings
         */
        void check(K key, S state, RuleContext context, FindingSink sink);
    }

    /**
     * Obtains a keyed rule from its parts.
     *
     * @param <K> the key type
     * @param <S> the state type
     * @param info what the rule is, not null
     * @param mapper the map step, not null
     * @param merger the merge step, not null; see {@link #merge}
     * @param checker the check step, not null
     * @return the rule
     */
    static <K, S> KeyedRule<K, S> of(RuleInfo info, Mapper<K, S> mapper, BinaryOperator<S> merger,
            Checker<K, S> checker) {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(mapper, "mapper");
        Objects.requireNonNull(merger, "merger");
        Objects.requireNonNull(checker, "checker");
        return new KeyedRule<>() {
            @Override
            public RuleInfo info() {
                return info;
            }

            @Override
            public void map(Entity entity, RuleContext context, BiConsumer<K, S> emit) {
                mapper.map(entity, context, emit);
            }

            @Override
            public S merge(S left, S right) {
                return merger.apply(left, right);
            }

            @Override
            public void check(K key, S state, RuleContext context, FindingSink sink) {
                checker.check(key, state, context, sink);
            }

            @Override
            public String toString() {
                return "KeyedRule[" + info.code() + "]";
            }
        };
    }
}
