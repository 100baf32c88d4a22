package org.yanxun.rules.catalogue;

import java.util.List;
import org.yanxun.policy.Severity;
import org.yanxun.rules.RuleInfo;
import org.yanxun.rules.Shape;

/**
 * Shorthands for the {@link RuleInfo} of built-in rules.
 */
final class Infos {

    private Infos() {
    }

    static RuleInfo local(String code, Severity severity, String titleZh, String titleEn, String description,
            String... policyFields) {
        return new RuleInfo(code, titleZh, titleEn, severity, Shape.LOCAL, "", List.of(policyFields), description);
    }

    static RuleInfo keyed(String code, Severity severity, String key, String titleZh, String titleEn,
            String description, String... policyFields) {
        return new RuleInfo(code, titleZh, titleEn, severity, Shape.KEYED, key, List.of(policyFields), description);
    }
}
