package org.yanxun.json;

import java.util.Iterator;
import org.yanxun.policy.Policy;

/**
 * Turns the dotted field of a {@link org.yanxun.policy.PolicyProblem}, such as
 * {@code studios.types.BACKBONE_WORKSHOP.minMembers}, into the JSON Pointer of that field in the
 * policy document, such as {@code /studios/types/BACKBONE_WORKSHOP/minMembers}. The disabled rules
 * are an array, so {@code disabledRules.CODE} points at the element holding the code.
 */
final class PolicyPointers {

    private static final String DISABLED = "disabledRules.";
    private static final String SEVERITIES = "severities.";

    private PolicyPointers() {
    }

    static String of(Policy policy, String field) {
        if (field.startsWith(DISABLED)) {
            String code = field.substring(DISABLED.length());
            Iterator<String> codes = policy.disabledRules().iterator();
            for (int i = 0; codes.hasNext(); i++) {
                if (codes.next().equals(code)) {
                    return "/disabledRules/" + i;
                }
            }
            return "/disabledRules";
        }
        if (field.startsWith(SEVERITIES)) {
            return "/severities/" + escape(field.substring(SEVERITIES.length()));
        }
        StringBuilder pointer = new StringBuilder();
        for (String segment : field.split("\\.", -1)) {
            pointer.append('/').append(escape(segment));
        }
        return pointer.toString();
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
