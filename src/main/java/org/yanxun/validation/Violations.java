package org.yanxun.validation;

import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.yanxun.InvalidValueException;
import org.yanxun.policy.Severity;
import org.yanxun.rules.Finding;

/**
 * Turns findings and failed field checks into violations, with message parameters and a
 * {@link FindingPayload} when the provider is Hibernate Validator.
 *
 * <p>Values reach a message only as message parameters; templates are constants or the declaration's
 * own, so nothing a user typed is ever interpreted as a message expression.
 */
final class Violations {

    static final String FINDING = "{org.yanxun.validation.Finding.message}";
    static final String FINDING_PLAIN = "{org.yanxun.validation.Finding.plain.message}";
    static final String SOURCE = "{org.yanxun.validation.Source.message}";
    static final String SOURCE_MISSING = "{org.yanxun.validation.Source.missing.message}";
    static final String SOURCE_PLAIN = "{org.yanxun.validation.Source.plain.message}";
    static final String SOURCE_INVALID = "SOURCE_INVALID";

    private Violations() {
    }

    /**
     * Keeps the default violation of a field constraint and attaches the code, a severity and the
     * constraint's own parameters to it.
     *
     * @return true if the provider took the parameters, so that a template may use them
     */
    static boolean field(ConstraintValidatorContext context, String code, Severity severity,
            Map<String, Object> parameters) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.put("code", code);
        all.put("severity", severity.name());
        return attach(context, all, new FindingPayload(code, severity, ""));
    }

    /**
     * Replaces the default violation with one violation per finding, at the finding's property path,
     * with the declaration's template if it sets one of its own, otherwise with the finding's message
     * (a generic one where the provider cannot take the finding's parameters).
     *
     * @param custom true if the declaration sets a template of its own
     */
    static void findings(ConstraintValidatorContext context, Iterable<Finding> findings, boolean custom) {
        context.disableDefaultConstraintViolation();
        for (Finding finding : findings) {
            boolean rich = attach(context, Map.of("messageEn", finding.messageEn(), "messageZh", finding.messageZh(),
                    "code", finding.code(), "severity", finding.severity().name(), "pointer", finding.pointer(),
                    "policy", finding.policyId()), FindingPayload.from(finding));
            String template = rich ? FINDING : FINDING_PLAIN;
            add(context, custom ? context.getDefaultConstraintMessageTemplate() : template, finding.pointer());
        }
    }

    /**
     * Replaces the default violation with one that says the source could not be converted, with the
     * declaration's template if it sets one of its own. Only the model's refusal of a value, which is
     * written for users in both languages, is quoted: in the parameters {@code reason} (English) and
     * {@code reasonZh}. Any other exception's message is meant for developers (a parameter's name, the
     * JVM's description of a null pointer), so it gives way to a generic reason. The parameter {@code policy}
     * is the id of the policy the declaration uses, as in the violations of findings.
     *
     * @param custom true if the declaration sets a template of its own
     * @param policyId the id of the policy used, that of a {@code policyProvider} when it is set
     */
    static void source(ConstraintValidatorContext context, RuntimeException failure, boolean custom, String policyId) {
        context.disableDefaultConstraintViolation();
        String severity = Severity.ERROR.name();
        Map<String, Object> parameters = failure instanceof InvalidValueException invalid
                ? Map.of("code", SOURCE_INVALID, "severity", severity, "policy", policyId, "reason", invalid.en(),
                        "reasonZh", invalid.zh())
                : Map.of("code", SOURCE_INVALID, "severity", severity, "policy", policyId);
        boolean rich = attach(context, parameters, new FindingPayload(SOURCE_INVALID, Severity.ERROR, ""));
        String template;
        if (custom) {
            template = context.getDefaultConstraintMessageTemplate();
        } else if (!rich) {
            template = SOURCE_PLAIN;
        } else {
            template = parameters.containsKey("reason") ? SOURCE : SOURCE_MISSING;
        }
        context.buildConstraintViolationWithTemplate(template).addConstraintViolation();
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
