package org.yanxun.rules;

import java.util.Objects;

/**
 * A rule that needs one record, the policy and the reference data: the engine runs it as a map.
 *
 * <pre>{@code
 * LocalRule<Entity.OfStudio> rule = LocalRule.of(info, Entity.OfStudio.class, (record, context, sink) -> {
 *     if (record.studio().researchDirection().length() < 4) {
 *         sink.add(record.location().child("researchDirection"), "研修方向过短", "research direction is too short");
 *     }
 * });
 * }</pre>
 *
 * @param <E> the kind of record it checks
 */
public non-sealed interface LocalRule<E extends Entity> extends Rule {

    /**
     * Returns the kind of record the rule checks; {@code Entity.class} checks every kind.
     *
     * @return the record class
     */
    Class<E> entityType();

    /**
     * Checks one record.
     *
     * @param entity the record, not null
     * @param context the policy, date and reference data, not null
     * @param sink where to report findings, not null
     */
    void check(E entity, RuleContext context, FindingSink sink);

    /**
     * The check of a local rule, for {@link #of}.
     *
     * @param <E> the kind of record
     */
    @FunctionalInterface
    interface Check<E extends Entity> {

        /**
         * Checks one record.
         *
         * @param entity the record
         * @param context the policy, date and reference data
         * @param sink where to report findings
         */
        void check(E entity, RuleContext context, FindingSink sink);
    }

    /**
     * Obtains a local rule from its parts.
     *
     * @param <E> the kind of record
     * @param info what the rule is, not null, made by {@link RuleInfo#local}
     * @param entityType the kind of record it checks, not null
     * @param check the check, not null
     * @return the rule
     * @throws IllegalArgumentException if {@code info} says the rule is keyed
     */
    static <E extends Entity> LocalRule<E> of(RuleInfo info, Class<E> entityType, Check<E> check) {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(check, "check");
        Shape.LOCAL.requireOf(info);
        return new LocalRule<>() {
            @Override
            public RuleInfo info() {
                return info;
            }

            @Override
            public Class<E> entityType() {
                return entityType;
            }

            @Override
            public void check(E entity, RuleContext context, FindingSink sink) {
                check.check(entity, context, sink);
            }

            @Override
            public String toString() {
                return "LocalRule[" + info.code() + "]";
            }
        };
    }
}
