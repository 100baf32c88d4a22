package org.yanxun.rules;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;

/**
 * How records turn into one state per key: the map and merge steps of keyed rules, as in a
 * distributed aggregation. Keyed rules that return the same grouping share its states, so records
 * are mapped and merged once however many rules read them.
 *
 * <p>{@link #map} turns one record into states for the keys it touches; {@link #merge} combines two
 * states of the same key, in any order and any grouping. Because the same states come out however the
 * records are split or ordered, one catalogue runs in the in-process engine, over a JSON Lines stream
 * and in Apache Spark. States should be small: memory grows with the number of keys, not with the
 * number of records.
 *
 * <p>Implementations must be thread-safe; one grouping serves many runs at once.
 *
 * @param <K> the key type, with value equality
 * @param <S> the state type
 */
public interface Grouping<K, S> {

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
     * The map step of a grouping, for {@link #of}.
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
     * Obtains a grouping from its steps.
     *
     * @param <K> the key type
     * @param <S> the state type
     * @param mapper the map step, not null
     * @param merger the merge step, not null; see {@link #merge}
     * @return the grouping
     */
    static <K, S> Grouping<K, S> of(Mapper<K, S> mapper, BinaryOperator<S> merger) {
        Objects.requireNonNull(mapper, "mapper");
        Objects.requireNonNull(merger, "merger");
        return new Grouping<>() {
            @Override
            public void map(Entity entity, RuleContext context, BiConsumer<K, S> emit) {
                mapper.map(entity, context, emit);
            }

            @Override
            public S merge(S left, S right) {
                return merger.apply(left, right);
            }
        };
    }
}
