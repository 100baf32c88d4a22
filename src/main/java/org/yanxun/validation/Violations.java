package org.yanxun.validation;

import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import java.util.Optional;
import org.yanxun.InvalidValueException;
import org.yanxun.policy.Severity;
import org.yanxun.rules.Finding;

/**
 * Turns findings and failed field checks into violations, with message parameters and a
 * {@link FindingPayload} when the provider is Hibernate Validator.
 *
 * <p>Values reach a message only as message parameters; templates are constants, so nothing a user
 * typed is ever interpreted as a message expression.
 */
final class Violations {

    static final String FINDING = "{org.yanxun.validation.Finding.message}";
    static final String FINDING_PLAIN = "{org.yanxun.validation.Finding.plain.message}";
    static final String SOURCE = "{org.yanxun.validation.Source.message}";
    static final String SOURCE_PLAIN = "{org.yanxun.validation.Source.plain.message}";
    static final String SOURCE_INVALID = "SOURCE_INVALID";

    private Violations() {
    }

    /** Keeps the default violation of a field constraint and attaches the code and parameters to it. */
    static void field(ConstraintValidatorContext context, String code, Map<String, Object> parameters) {
        attach(context, parameters, new FindingPayload(code, Severity.ERROR, ""));
    }

    /** Replaces the default violation with one violation per finding, at the finding's property path. */
    static void findings(ConstraintValidatorContext context, Iterable<Finding> findings) {
        context.disableDefaultConstraintViolation();
        for (Finding finding : findings) {
            boolean rich = attach(context, Map.of("messageEn", finding.messageEn(), "messageZh", finding.messageZh(),
                    "code", finding.code(), "severity", finding.severity().name(), "pointer", finding.pointer(),
                    "policy", finding.policyId()), FindingPayload.from(finding));
            add(context, rich ? FINDING : FINDING_PLAIN, finding.pointer());
        }
    }

    /**
     * Replaces the default violation with one that says why the source could not be converted: in the
     * parameter {@code reason} in English, and in {@code reasonZh} in Chinese where the model said it
     * in Chinese too (any other exception's message is the same in both).
     */
    static void source(ConstraintValidatorContext context, RuntimeException failure) {
        context.disableDefaultConstraintViolation();
        String reason = Optional.ofNullable(failure.getMessage()).orElse(failure.getClass().getSimpleName());
        String reasonZh = failure instanceof InvalidValueException invalid ? invalid.zh() : reason;
        boolean rich = attach(context, Map.of("reason", reason, "reasonZh", reasonZh),
                new FindingPayload(SOURCE_INVALID, Severity.ERROR, ""));
        context.buildConstraintViolationWithTemplate(rich ? SOURCE : SOURCE_PLAIN).addConstraintViolation();
    }

    private static boolean attach(ConstraintValidatorContext context, Map<String, Object> parameters,
            FindingPayload payload) {
        try {
            return HibernateFeatures.attach(context, parameters, payload);
        } catch (NoClassDefFoundError hibernateAbsent) {
            return false;
        }
    }

    private static void add(ConstraintValidatorContext context, String template, String pointer) {
        Optional<PropertyPath> path = PropertyPath.parse(pointer);
        if (path.isPresent()) {
            try {
                path.get().addTo(context.buildConstraintViolationWithTemplate(template));
                return;
            } catch (RuntimeException unrepresentable) {
                // A provider that rejects a node name: the violation still counts, on the bean itself.
            }
        }
        context.buildConstraintViolationWithTemplate(template).addConstraintViolation();
    }
}
