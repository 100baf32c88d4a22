package org.yanxun.validation;

import java.util.Objects;
import org.yanxun.policy.Severity;
import org.yanxun.rules.Finding;

/**
 * The rule code, severity and location behind a constraint violation, such as
 * {@code STUDIO_MEMBER_COUNT} (ERROR) at {@code /memberships}; attached to each violation as its
 * dynamic payload when the provider is Hibernate Validator.
 *
 * <pre>{@code
 * HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
 * FindingPayload payload = hibernate.getDynamicPayload(FindingPayload.class);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code a rule's code, such as {@code STUDIO_MEMBER_COUNT}, or a field constraint's own, such as
 *     {@code REGION_FORMAT}
 * @param severity the severity under the policy used
 * @param pointer the JSON Pointer of the offending node, relative to the validated object; empty for
 *     a field constraint and for the object as a whole
 */
public record FindingPayload(String code, Severity severity, String pointer) {

    /**
     * Creates a payload.
     *
     * @param code the rule code, not null
     * @param severity the severity, not null
     * @param pointer the JSON Pointer, not null
     * @throws NullPointerException if an argument is null
     */
    public FindingPayload {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(pointer, "pointer");
    }

    /**
     * Obtains the payload of a finding.
     *
     * @param finding the finding, not null
     * @return its code, severity and pointer
     */
    public static FindingPayload from(Finding finding) {
        Objects.requireNonNull(finding, "finding");
        return new FindingPayload(finding.code(), finding.severity(), finding.pointer());
    }
}
