package org.yanxun.validation;

import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.yanxun.policy.Policy;
import org.yanxun.policy.StudioTypePolicy;

/** The cycle lengths one {@link CycleYears} declaration accepts, read once from its policy. */
final class CycleLengths {

    private final SortedSet<Integer> accepted;
    private final String expected;
    private final String policyId;

    private CycleLengths(SortedSet<Integer> accepted, String policyId) {
        this.accepted = accepted;
        this.expected = accepted.stream().map(String::valueOf).collect(Collectors.joining(", "));
        this.policyId = policyId;
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
        return new CycleLengths(accepted, policy.id());
    }

    /** Tells whether a length is accepted, and adds the code and parameters to the violation if not. */
    boolean check(int years, ConstraintValidatorContext context) {
        if (accepted.contains(years)) {
            return true;
        }
        // The policy's own id, which a provider's policy has where the declaration's attribute does not.
        Violations.field(context, CycleYears.CODE, Map.of("years", years, "expected", expected, "policy", policyId));
        return false;
    }
}
