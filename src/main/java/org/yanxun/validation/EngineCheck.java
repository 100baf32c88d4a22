package org.yanxun.validation;

import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.yanxun.internal.Dates;
import org.yanxun.internal.English;
import org.yanxun.policy.Policy;
import org.yanxun.policy.Presets;
import org.yanxun.policy.Severity;
import org.yanxun.rules.Dimensions;
import org.yanxun.rules.Entity;
import org.yanxun.rules.Report;
import org.yanxun.rules.RuleEngine;
import org.yanxun.rules.RuleRun;

/**
 * What one class-level constraint declaration runs: an engine built once from its policy, the date to
 * validate as of, the least severity reported, and whether the declaration sets a message of its own.
 *
 * <p>Immutable and thread-safe once built, as validators are shared between threads.
 */
final class EngineCheck {

    /** The rule that standalone validation switches off: references out of the object cannot resolve. */
    static final String REF_UNKNOWN = "REF_UNKNOWN";

    private final String constraint;
    private final RuleEngine engine;
    private final Optional<LocalDate> asOf;
    private final Severity minSeverity;
    private final boolean customMessage;

    private EngineCheck(String constraint, RuleEngine engine, Optional<LocalDate> asOf, Severity minSeverity,
            boolean customMessage) {
        this.constraint = constraint;
        this.engine = engine;
        this.asOf = asOf;
        this.minSeverity = minSeverity;
        this.customMessage = customMessage;
    }

    /**
     * Builds the check of one declaration.
     *
     * @param constraint the annotation's name, such as {@code @ValidStudio}, for messages
     * @param message the declaration's message template; any but the annotation's default,
     *     {@code {org.yanxun.validation.ValidStudio.message}} for {@code @ValidStudio}, is its own
     * @param standalone true to switch {@value #REF_UNKNOWN} off
     * @throws ConstraintDeclarationException if the policy, provider or date is unusable
     */
    static EngineCheck of(String constraint, String message, String policyId,
            Class<? extends PolicyProvider> provider, String asOf, Severity minSeverity, boolean standalone) {
        Policy policy = policyOf(constraint, policyId, provider);
        if (standalone) {
            TreeSet<String> disabled = new TreeSet<>(policy.disabledRules());
            disabled.add(REF_UNKNOWN);
            // A severity for a disabled rule is a policy problem: the policy's own for REF_UNKNOWN goes too.
            TreeMap<String, Severity> severities = new TreeMap<>(policy.severities());
            severities.remove(REF_UNKNOWN);
            policy = policy.withDisabledRules(disabled).withSeverities(severities);
        }
        RuleEngine engine;
        try {
            engine = RuleEngine.of(policy);
        } catch (IllegalArgumentException e) {
            throw new ConstraintDeclarationException(constraint + ": policy '" + policy.id() + "' is unusable: "
                    + English.afterColon(e.getMessage()), e);
        }
        boolean customMessage = !message.equals("{org.yanxun.validation." + constraint.substring(1) + ".message}");
        return new EngineCheck(constraint, engine, date(constraint, asOf), minSeverity, customMessage);
    }

    /**
     * The policy of a declaration: its provider's, or the preset its id names when it has none.
     *
     * @param constraint the annotation's name, for messages
     * @throws ConstraintDeclarationException if the id names no preset, or the provider is unusable
     */
    static Policy policyOf(String constraint, String policyId, Class<? extends PolicyProvider> provider) {
        return provider == PolicyProvider.class ? preset(constraint, policyId) : provided(constraint, provider);
    }

    private static Policy preset(String constraint, String id) {
        return Presets.byId(id).orElseThrow(() -> new ConstraintDeclarationException(constraint + ": policy '" + id
                + "' is not a preset; use one of " + Presets.ids() + " or policyProvider"));
    }

    private static Policy provided(String constraint, Class<? extends PolicyProvider> type) {
        PolicyProvider provider;
        try {
            Constructor<? extends PolicyProvider> constructor = type.getConstructor();
            // A class that is not public, such as one nested in a test, is still usable where its
            // package is open to this library, as it is on the class path.
            constructor.trySetAccessible();
            provider = constructor.newInstance();
        } catch (LinkageError e) {
            throw unusable(constraint, type, "cannot be initialised", e);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw unusable(constraint, type, "cannot be instantiated through a public no-argument constructor", e);
        }
        Policy policy;
        try {
            policy = provider.policy();
        } catch (RuntimeException | LinkageError e) {
            throw unusable(constraint, type, "failed to give its policy", e);
        }
        if (policy == null) {
            throw new ConstraintDeclarationException(constraint + ": policyProvider " + type.getName()
                    + " returned no policy");
        }
        return policy;
    }

    /**
     * The error of a provider that failed as said, caused by what made it fail: the exception its
     * constructor threw, or the one a static initialiser threw, rather than the JVM's wrapper around it,
     * which has no message of its own; otherwise the failure itself (a {@code NoClassDefFoundError} of a
     * class whose initialiser failed before says so).
     */
    private static ConstraintDeclarationException unusable(String constraint, Class<?> type, String failed,
            Throwable failure) {
        Throwable reason = failure;
        if (failure instanceof InvocationTargetException e && e.getCause() != null) {
            reason = e.getCause();
        } else if (failure instanceof ExceptionInInitializerError e && e.getException() != null) {
            reason = e.getException();
        }
        return new ConstraintDeclarationException(constraint + ": policyProvider " + type.getName() + " " + failed
                + ": " + reason, reason);
    }

    private static Optional<LocalDate> date(String constraint, String asOf) {
        if (asOf.isEmpty()) {
            return Optional.empty();
        }
        LocalDate date = Dates.parse(asOf);
        if (date == null) {
            throw new ConstraintDeclarationException(constraint + ": asOf must be a real date written yyyy-MM-dd, "
                    + "such as 2026-03-01, was '" + asOf + "'");
        }
        return Optional.of(date);
    }

    /** Returns the date to validate as of: the declared one, or today by the context's clock. */
    LocalDate asOf(ConstraintValidatorContext context) {
        return asOf.orElseGet(() -> LocalDate.now(context.getClockProvider().getClock()));
    }

    /** Validates a dataset as a whole. */
    Report validate(org.yanxun.Dataset dataset, ConstraintValidatorContext context) {
        return engine.validate(dataset, asOf(context));
    }

    /** Validates records that form one object on their own. */
    Report validate(Dimensions dimensions, List<Entity> records, ConstraintValidatorContext context) {
        RuleRun run = engine.start(dimensions, asOf(context));
        records.forEach(run::accept);
        return run.finish();
    }

    /** Reports the findings at or above the least severity; returns true if there were none. */
    boolean report(Report report, ConstraintValidatorContext context) {
        Report shown = report.atLeast(minSeverity);
        if (shown.findings().isEmpty()) {
            return true;
        }
        Violations.findings(context, shown.findings(), customMessage);
        return false;
    }

    /**
     * Converts the validated object into its model type and validates that, or reports why it cannot
     * be converted.
     *
     * @return the result of {@code validation}; true if the conversion gave null; false if it failed
     * @throws ConstraintDeclarationException if the object is neither the model type nor its source
     */
    <M, S> boolean convert(Object value, Class<M> model, Class<S> source, Function<S, M> conversion,
            ConstraintValidatorContext context, Predicate<M> validation) {
        if (model.isInstance(value)) {
            return validation.test(model.cast(value));
        }
        if (!source.isInstance(value)) {
            throw new ConstraintDeclarationException(constraint + " applies to " + model.getName() + " and to "
                    + source.getName() + ", not to " + value.getClass().getName());
        }
        M converted;
        try {
            converted = conversion.apply(source.cast(value));
        } catch (IllegalArgumentException | NullPointerException | DateTimeException e) {
            Violations.source(context, e, customMessage, engine.policy().id());
            return false;
        }
        return converted == null || validation.test(converted);
    }
}
