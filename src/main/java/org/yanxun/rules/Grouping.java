package org.yanxun.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Predicate;

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
 * <p>An engine that keeps one state per key calls {@link #fold} instead, which changes the states the
 * keys already have rather than making a state per record and merging it: a grouping built with
 * {@link #folding} writes that step once, and its map step is derived from it.
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
     * Folds one record into the states of the keys it touches. The states must end as they would if
     * the record were {@linkplain #map mapped} and each emitted state {@linkplain #merge merged} into the
     * key's state, which is what this default does.
     *
     * @param entity the record, not null
     * @param context the policy, date and reference data, not null
     * @param states the states of the keys seen so far
     */
    default void fold(Entity entity, RuleContext context, States<K, S> states) {
        map(entity, context, states::add);
    }

    /**
     * Tells whether a state is quiet: one on which the rules written for this grouping report nothing,
     * whatever its key, such as the state of an identifier that a data set declares exactly once, which
     * neither {@code ID_DUPLICATE} nor {@code REF_UNKNOWN} reports and which is the state of nearly every
     * identifier. A run does not give the quiet states of a grouping to its rules if every one of them
     * {@linkplain KeyedRule#ignoresQuietStates ignores quiet states}, which saves a call of each rule for
     * each such state; a rule that does not say so sees every state. An answer that throws counts as
     * false. The default answers false for every state.
     *
     * @param state a state, not null
     * @return true only if the rules written for this grouping report nothing on the state
     */
    default boolean isQuiet(S state) {
        return false;
    }

    /**
     * The states of a grouping, one per key, as {@link #fold} changes them.
     *
     * @param <K> the key type
     * @param <S> the state type
     */
    interface States<K, S> {

        /**
         * Returns the state of a key, to be changed in place.
         *
         * @param key the key, not null
         * @param absent makes the state of a key that has none yet: the state of no record
         * @return the key's state, stored
         */
        S get(K key, Function<? super K, ? extends S> absent);

        /**
         * Merges a state into the state of a key, or stores it if the key has none.
         *
         * @param key the key, not null
         * @param state the state, not null
         */
        void add(K key, S state);

        /**
         * Tells whether the state of a key is kept. A run that keeps the keys of one
         * {@linkplain KeyPartition partition} only does not keep the state of a key of another: {@link #get}
         * gives it a state that no one keeps, and {@link #add} drops what it is given. A fold may ask
         * first and skip the work of building what it would keep for such a key; asking counts as touching
         * the key, as {@code get} and {@code add} do. The default says every key is kept.
         *
         * @param key the key, not null
         * @return whether the key's state is kept
         */
        default boolean keeps(K key) {
            return true;
        }
    }

    /**
     * The fold step of a grouping, for {@link #folding}.
     *
     * @param <K> the key type
     * @param <S> the state type
     */
    @FunctionalInterface
    interface Folder<K, S> {

        /**
         * Folds one record into the states of the keys it touches.
         *
         * @param entity the record
         * @param context the policy, date and reference data
         * @param states the states, which {@link States#get} gives to change
         */
        void fold(Entity entity, RuleContext context, States<K, S> states);
    }

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

    /**
     * Obtains a grouping from its fold and merge steps. Its map step folds the record into new states
     * and emits them, so folding a record into a key's state must give the state that merging the
     * record's own state into it gives.
     *
     * @param <K> the key type
     * @param <S> the state type
     * @param folder the fold step, not null
     * @param merger the merge step, not null; see {@link #merge}
     * @return the grouping
     */
    static <K, S> Grouping<K, S> folding(Folder<K, S> folder, BinaryOperator<S> merger) {
        return folding(folder, merger, state -> false);
    }

    /**
     * Obtains a grouping from its fold and merge steps, as {@link #folding(Folder, BinaryOperator)}, with
     * the states on which its rules report nothing.
     *
     * @param <K> the key type
     * @param <S> the state type
     * @param folder the fold step, not null
     * @param merger the merge step, not null; see {@link #merge}
     * @param quiet tells the quiet states, on which the rules written for the grouping report nothing, not
     *     null; see {@link #isQuiet}
     * @return the grouping
     */
    static <K, S> Grouping<K, S> folding(Folder<K, S> folder, BinaryOperator<S> merger, Predicate<? super S> quiet) {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(merger, "merger");
        Objects.requireNonNull(quiet, "quiet");
        return new Grouping<>() {
            @Override
            public void map(Entity entity, RuleContext context, BiConsumer<K, S> emit) {
                Map<K, S> touched = new LinkedHashMap<>();
                folder.fold(entity, context, new States<>() {
                    @Override
                    public S get(K key, Function<? super K, ? extends S> absent) {
                        return touched.computeIfAbsent(Objects.requireNonNull(key, "key"),
                                k -> Objects.requireNonNull(absent.apply(k), "new state"));
                    }

                    @Override
                    public void add(K key, S state) {
                        touched.merge(Objects.requireNonNull(key, "key"), state, merger);
                    }
                });
                touched.forEach(emit);
            }

            @Override
            public S merge(S left, S right) {
                return merger.apply(left, right);
            }

            @Override
            public void fold(Entity entity, RuleContext context, States<K, S> states) {
                folder.fold(entity, context, states);
            }

            @Override
            public boolean isQuiet(S state) {
                return quiet.test(state);
            }
        };
    }
}
