package org.yanxun.rules;

import org.yanxun.internal.Checks;
import org.yanxun.policy.Severity;

/**
 * The {@value RuleEngine#ENGINE_RULE_FAILED} findings of rules that throw: one form for the engine and
 * for runners of the rules outside it ({@link RuleEngine#failureAt}, {@link RuleEngine#failureOn}), so
 * that their reports are equal.
 */
final class RuleFailures {

    /** The most characters of a key that the message of a failed check quotes. */
    static final int KEY_TEXT_LENGTH = 200;
    /** The most characters of an exception's message that the message of a failed rule quotes. */
    static final int DETAIL_LENGTH = 1_000;

    private RuleFailures() {
    }

    /** The failure of a rule on a record, or of a grouping's map on a record, at the record. */
    static Finding at(Rule rule, String policyId, Location location, Exception failure) {
        return finding(rule, policyId, location, null, failure);
    }

    /** The failure of a keyed rule's check on a key, at the root, naming the key. */
    static Finding on(Rule rule, String policyId, Object key, Exception failure) {
        return finding(rule, policyId, Location.root(), keyText(key), failure);
    }

    private static Finding finding(Rule rule, String policyId, Location location, String keyText, Exception e) {
        String code = rule.info().code();
        String detail = detailOf(e);
        return new Finding(RuleEngine.ENGINE_RULE_FAILED, Severity.ERROR, location,
                "规则 " + code + (keyText == null ? " " : " 检查键“" + keyText + "”时") + "执行失败（" + detail
                        + "），其余规则照常执行",
                "rule " + code + " failed" + (keyText == null ? "" : " on key '" + keyText + "'") + " (" + detail
                        + "); the other rules still ran", policyId);
    }

    /**
     * A key as a failure's message names it: its text, cut to {@value #KEY_TEXT_LENGTH} characters; a
     * key whose {@code toString} fails is named by its class.
     */
    private static String keyText(Object key) {
        try {
            return Checks.shorten(String.valueOf(key), KEY_TEXT_LENGTH);
        } catch (Exception e) {
            return nameOf(key.getClass());
        }
    }

    /**
     * An exception as a failure's message quotes it: its class and its message, cut to
     * {@value #DETAIL_LENGTH} characters; a message that cannot be had is left out.
     */
    private static String detailOf(Exception e) {
        String message;
        try {
            message = e.getMessage();
        } catch (Exception again) {
            message = null;
        }
        String type = nameOf(e.getClass());
        return type + (message == null ? "" : ": " + Checks.shorten(message, DETAIL_LENGTH));
    }

    /** A class as a message names it: its simple name, or its binary name if it has none (an anonymous class). */
    private static String nameOf(Class<?> type) {
        return type.getSimpleName().isEmpty() ? type.getName() : type.getSimpleName();
    }
}
