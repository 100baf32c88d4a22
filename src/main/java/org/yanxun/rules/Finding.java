package org.yanxun.rules;

import java.util.Comparator;
import java.util.Objects;
import org.yanxun.internal.Checks;
import org.yanxun.policy.Severity;

/**
 * One problem a rule found, such as {@code STUDIO_MEMBER_COUNT} (ERROR) at
 * {@code /clusters/0/studios/5/memberships}: "studio '…' has 2 members on 2026-03-01; a famous-teacher
 * studio needs 3 to 15", under the policy {@code guangzhou-liwan-2026}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the stable code of the rule, such as {@code STUDIO_MEMBER_COUNT}
 * @param severity the severity under the policy used
 * @param location where in the document the problem is
 * @param messageZh the message in simplified Chinese, quoting the values involved
 * @param messageEn the message in English, quoting the values involved
 * @param policyId the identifier of the policy that set the limit
 */
public record Finding(String code, Severity severity, Location location, String messageZh, String messageEn,
        String policyId) implements Comparable<Finding> {

    /**
     * The longest message a finding holds: a report document holds any number of findings, and a reader
     * refuses strings of a million characters (a rule of your own reporting more makes
     * {@code ENGINE_RULE_FAILED}; the built-in rules name at most ten items of a list).
     */
    public static final int MAX_MESSAGE_LENGTH = 100_000;

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::location)
            .thenComparing(Finding::code)
            .thenComparing(Finding::messageEn)
            .thenComparing(Finding::severity)
            .thenComparing(Finding::messageZh)
            .thenComparing(Finding::policyId);

    /**
     * Creates a finding.
     *
     * @param code the rule code, not null, not empty
     * @param severity the severity, not null
     * @param location the location, not null
     * @param messageZh the Chinese message, not null, not empty, at most {@value #MAX_MESSAGE_LENGTH} characters
     * @param messageEn the English message, not null, not empty, at most {@value #MAX_MESSAGE_LENGTH} characters
     * @param policyId the policy identifier, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the code or a message is empty, a message is longer than
     *     {@value #MAX_MESSAGE_LENGTH} characters (code points, as JSON Schema's {@code maxLength} counts
     *     them), or a text holds an unpaired surrogate, which is no character and which UTF-8 cannot write
     */
    public Finding {
        Checks.notEmpty(code, "code");
        Objects.requireNonNull(severity, "severity");
        location = Objects.requireNonNull(location, "location").resolved();
        requireMessage(messageZh, "messageZh");
        requireMessage(messageEn, "messageEn");
        Checks.noUnpairedSurrogate(policyId, "policyId");
    }

    private static void requireMessage(String message, String name) {
        Checks.atMost(Checks.notEmpty(message, name), name, MAX_MESSAGE_LENGTH);
    }

    /**
     * Returns the JSON Pointer of the offending node.
     *
     * @return the pointer of {@link #location()}
     */
    public String pointer() {
        return location.pointer();
    }

    /**
     * Orders findings by location (see {@link Location}), then by code and message.
     *
     * @param other the other finding, not null
     * @return a negative number, zero or a positive number
     */
    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }

    /**
     * Returns the finding on one line, in English, with its control characters escaped
     * ({@link Checks#printable}), so that a message or a pointer cannot break a log's lines.
     *
     * @return such as {@code ERROR STUDIO_MEMBER_COUNT /clusters/0/studios/5/memberships: has 2 members ...}
     */
    @Override
    public String toString() {
        return Checks.printable(severity + " " + code + " " + location + ": " + messageEn);
    }
}
