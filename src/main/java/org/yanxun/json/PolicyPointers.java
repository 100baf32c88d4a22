package org.yanxun.json;

import java.util.function.UnaryOperator;
import org.yanxun.internal.Checks;

/**
 * Turns the dotted field of a {@link org.yanxun.policy.PolicyProblem}, such as
 * {@code studios.types.BACKBONE_WORKSHOP.minMembers}, into the JSON Pointer of that field in the
 * policy document, such as {@code /studios/types/BACKBONE_WORKSHOP/minMembers}. The disabled rules
 * are an array, so {@code disabledRules.CODE} points at the element of the document that holds the
 * code (the set of codes is sorted, the document's array need not be).
 */
final class PolicyPointers {

    private static final String DISABLED = "disabledRules.";
    private static final String SEVERITIES = "severities.";

    private PolicyPointers() {
    }

    /**
     * Returns the JSON Pointer of a policy field.
     *
     * @param field the dotted field of a problem
     * @param disabledRule the pointer of the document's element holding a disabled rule's code, or null
     * @return the pointer
     */
    static String of(String field, UnaryOperator<String> disabledRule) {
        if (field.startsWith(DISABLED)) {
            String element = disabledRule.apply(field.substring(DISABLED.length()));
            return element == null ? "/disabledRules" : element;
        }
        if (field.startsWith(SEVERITIES)) {
            return "/severities/" + Checks.pointerSegment(field.substring(SEVERITIES.length()));
        }
        StringBuilder pointer = new StringBuilder();
        for (String segment : field.split("\\.", -1)) {
            pointer.append('/').append(Checks.pointerSegment(segment));
        }
        return pointer.toString();
    }
}
