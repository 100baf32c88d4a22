package org.yanxun.rules;

import java.util.Objects;
import java.util.function.BinaryOperator;

/**
 * A rule that needs every record that shares a key — a person, an alliance, an institution pair and
 * exchange kind: the engine runs it as a group-by.
 *
 * <p>Its {@link #grouping()} turns records into one merged state per key; {@link #check} reports the
 * findings of each key from that state. Rules that return the same grouping share its states.
 *
 * <pre>{@code
 * KeyedRule<InstitutionId, Integer> rule = KeyedRule.of(info,
 *         (entity, context, emit) -> {
 *             if (entity instanceof Entity.OfStudio s) {
 *                 emit.accept(s.studio().hostInstitution(), 1);
 *             }
 *         },
 *         Integer::sum,
 *         (school, studios, context, sink) -> {
 *             if (studios > 20) {
 *                 sink.add(Location.root(), "学校“" + school + "”承办工作室过多", "school '" + school + "' hosts too many studios");
 *             }
 *         });
 * }</pre>
 *
 * @param <K> the key type, with value equality and a hash code that is the same in every JVM (so no
 *     enum constant's own {@code hashCode}, which is its identity hash), as a distributed run needs
 * @param <S> the state type
 */
public non-sealed interface KeyedRule<K, S> extends Rule {

    /**
     * Returns how records turn into one state per key.
     *
     * @return the grouping; the same instance for rules that share states
     */
    Grouping<K, S> grouping();

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
     * Tells whether this rule reports nothing on the states its grouping calls {@linkplain Grouping#isQuiet
     * quiet}, so that a run need not give them to it. A run leaves out the quiet states of a grouping
     * only when every keyed rule of the grouping says so: a rule of your own that shares a grouping with
     * others, the built-in ones among them, sees every state unless it says otherwise. The rules
     * {@link #of} makes do not. An answer that throws counts as false.
     *
     * @return true if this rule reports nothing on any quiet state of its grouping; false by default
     */
    default boolean ignoresQuietStates() {
        return false;
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
     * Obtains a keyed rule that reads the states of a grouping, possibly shared with other rules.
     *
     * @param <K> the key type
     * @param <S> the state type
     * @param info what the rule is, not null, made by {@link RuleInfo#keyed}
     * @param grouping how records turn into states, not null
     * @param checker the check step, not null
     * @return the rule
     * @throws IllegalArgumentException if {@code info} says the rule is local
     */
    static <K, S> KeyedRule<K, S> of(RuleInfo info, Grouping<K, S> grouping, Checker<K, S> checker) {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(grouping, "grouping");
        Objects.requireNonNull(checker, "checker");
        Shape.KEYED.requireOf(info);
        return new KeyedRule<>() {
            @Override
            public RuleInfo info() {
                return info;
            }

            @Override
            public Grouping<K, S> grouping() {
                return grouping;
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

    /**
     * Obtains a keyed rule with a grouping of its own.
     *
     * @param <K> the key type
     * @param <S> the state type
     * @param info what the rule is, not null, made by {@link RuleInfo#keyed}
     * @param mapper the map step, not null
     * @param merger the merge step, not null; see {@link Grouping#merge}
     * @param checker the check step, not null
     * @return the rule
     * @throws IllegalArgumentException if {@code info} says the rule is local
     */
    static <K, S> KeyedRule<K, S> of(RuleInfo info, Grouping.Mapper<K, S> mapper, BinaryOperator<S> merger,
            Checker<K, S> checker) {
        return of(info, Grouping.of(mapper, merger), checker);
    }
}
