package org.yanxun.validation;

import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.yanxun.policy.Policy;
import org.yanxun.policy.Severity;
import org.yanxun.policy.StudioTypePolicy;

/**
 * The cycle lengths one {@link CycleYears} declaration accepts, read once from its policy, with what the
 * policy says of the rule whose code the violation carries: off, or its severity, which may be below the
 * declaration's least.
 */
final class CycleLengths {

    private static final String MESSAGE = "{org.yanxun.validation.CycleYears.message}";
    private static final String MESSAGE_WITH_VALUES = "{org.yanxun.validation.CycleYears.values.message}";
    static final String MESSAGE_PLAIN = "{org.yanxun.validation.CycleYears.plain.message}";

    private final SortedSet<Integer> accepted;
    private final String expected;
    private final String expectedZh;
    private final String policyId;
    private final boolean checked;
    private final Severity severity;
    /** Whether a provider gave the policy, so that the declaration's {@code policy} attribute does not name it. */
    private final boolean provided;

    private CycleLengths(SortedSet<Integer> accepted, Policy policy, Severity minSeverity, boolean provided) {
        this.provided = provided;
        this.accepted = accepted;
        this.expected = accepted.stream().map(String::valueOf).collect(Collectors.joining(", "));
        this.expectedZh = accepted.stream().map(String::valueOf).collect(Collectors.joining("、"));
        this.policyId = policy.id();
        this.severity = policy.severityOf(CycleYears.CODE, Severity.ERROR);
        this.checked = policy.isEnabled(CycleYears.CODE) && severity.isAtLeast(minSeverity);
    }

    /**
     * Reads the lengths of a declaration.
     *
     * @throws ConstraintDeclarationException if the policy is not a preset, its provider is unusable, or it
     *     does not define the type
     */
    static CycleLengths of(CycleYears constraint) {
        Policy policy = EngineCheck.policyOf("@CycleYears", constraint.policy(), constraint.policyProvider());
        Map<String, StudioTypePolicy> types = policy.studios().types();
        SortedSet<Integer> accepted = new TreeSet<>();
        if (constraint.type().isEmpty()) {
            types.values().forEach(type -> accepted.add(type.cycleYears()));
        } else if (types.containsKey(constraint.type())) {
            accepted.add(types.get(constraint.type()).cycleYears());
        } else {
            throw new ConstraintDeclarationException("@CycleYears: policy '" + policy.id()
                    + "' defines no studio type '" + constraint.type() + "'; it defines " + types.keySet());
        }
        return new CycleLengths(accepted, policy, constraint.minSeverity(),
                constraint.policyProvider() != PolicyProvider.class);
    }

    /**
     * Tells whether a length is accepted, as any is when the policy switches the rule off or gives it a
     * severity below the declaration's least, and adds the code, the policy's severity of the rule and the
     * parameters to the violation if not.
     */
    boolean check(int years, ConstraintValidatorContext context) {
        if (!checked || accepted.contains(years)) {
            return true;
        }
        // The policy's own id, which a provider's policy has where the declaration's attribute does not.
        boolean rich = Violations.field(context, CycleYears.CODE, severity,
                Map.of("years", years, "expected", expected, "expectedZh", expectedZh, "policy", policyId));
        if ((rich || provided) && context.getDefaultConstraintMessageTemplate().equals(MESSAGE)) {
            // The default message quotes the values where the provider can fill them in. Another provider
            // fills the default message's {policy} from the declaration's attribute, which names no
            // provider's policy: then the message names none.
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(rich ? MESSAGE_WITH_VALUES : MESSAGE_PLAIN)
                    .addConstraintViolation();
        }
        return false;
    }
}
