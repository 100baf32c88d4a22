package org.yanxun.validation;

import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.yanxun.policy.Policy;
import org.yanxun.policy.Presets;
import org.yanxun.policy.StudioTypePolicy;

/** The cycle lengths one {@link CycleYears} declaration accepts, read once from its policy. */
final class CycleLengths {

    private final SortedSet<Integer> accepted;
    private final String expected;

    private CycleLengths(SortedSet<Integer> accepted) {
        this.accepted = accepted;
        this.expected = accepted.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /**
     * Reads the lengths of a declaration.
     *
     * @throws ConstraintDeclarationException if the policy is not a preset or does not define the type
     */
    static CycleLengths of(CycleYears constraint) {
        Policy policy = Presets.byId(constraint.policy()).orElseThrow(() -> new ConstraintDeclarationException(
                "@CycleYears: policy '" + constraint.policy() + "' is not a preset; use one of " + Presets.ids()));
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
        return new CycleLengths(accepted);
    }

    /** Tells whether a length is accepted, and adds the code and parameters to the violation if not. */
    boolean check(int years, ConstraintValidatorContext context) {
        if (accepted.contains(years)) {
            return true;
        }
        Violations.field(context, CycleYears.CODE, Map.of("years", years, "expected", expected));
        return false;
    }
}
