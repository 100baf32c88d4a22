package org.yanxun.rules;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.yanxun.InvalidValueException;
import org.yanxun.internal.Checks;
import org.yanxun.policy.Severity;

/**
 * What a rule is: its stable code, its title in Chinese and English, its default severity, its
 * shape, the policy fields it reads and what it checks.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the stable code, upper-case letters, digits and {@code _}, such as {@code STUDIO_MEMBER_COUNT}
 * @param titleZh the title in Chinese
 * @param titleEn the title in English
 * @param defaultSeverity the severity of its findings unless the policy overrides it
 * @param shape local or keyed
 * @param key what a keyed rule groups by, such as {@code person}; empty for a local rule
 * @param policyFields the dotted paths of the policy fields it reads
 * @param description what it checks, in English, one or two sentences
 */
public record RuleInfo(String code, String titleZh, String titleEn, Severity defaultSeverity, Shape shape,
        String key, List<String> policyFields, String description) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    /**
     * Creates rule information.
     *
     * @param code the code, not null
     * @param titleZh the Chinese title, not blank
     * @param titleEn the English title, not blank
     * @param defaultSeverity the default severity, not null
     * @param shape the shape, not null
     * @param key the grouping key of a keyed rule, empty for a local rule, not null
     * @param policyFields the policy fields read, not null
     * @param description the description, not blank
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the code is malformed, a text is blank, holds a control
     *     character or is too long (a title over 500 characters, the description over 2,000), or the key
     *     does not fit the shape
     */
    public RuleInfo {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new InvalidValueException("规则代码须为 1 至 64 个大写字母、数字和下划线，以字母开头，实为"
                    + Checks.quoteZh(code), "Rule code must be 1 to 64 upper-case letters, digits and _, starting "
                    + "with a letter, was " + Checks.quote(code));
        }
        Checks.text(titleZh, "titleZh");
        Checks.text(titleEn, "titleEn");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(key, "key");
        if ((shape == Shape.KEYED) == key.isEmpty()) {
            throw new InvalidValueException("规则 " + code + (shape == Shape.KEYED ? " 是分组规则，必须写明其键"
                    : " 是单记录规则，不能写键") + "，键为" + Checks.quoteZh(key),
                    "Rule " + code + " is " + shape + " and must " + (shape == Shape.KEYED ? "name its key"
                            : "not name a key") + ", key was " + Checks.quote(key));
        }
        policyFields = Checks.list(policyFields, "policyFields");
        Checks.text(description, "description", 2000);
    }

    /**
     * Creates the information of a local rule, which reads one record.
     *
     * <pre>{@code
     * RuleInfo info = RuleInfo.local("DISTRICT_FIRST_ACTIVITY", Severity.ERROR, "首次活动过晚",
     *         "First activity too late", "A studio's first activity falls within three months of its start.");
     * }</pre>
     *
     * @param code the code, not null
     * @param defaultSeverity the default severity, not null
     * @param titleZh the Chinese title, not blank
     * @param titleEn the English title, not blank
     * @param description what it checks, not blank
     * @param policyFields the dotted paths of the policy fields it reads, none if its limits are its own
     * @return the information
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the code is malformed, or a text is blank, holds a control
     *     character or is too long (a title over 500 characters, the description over 2,000)
     */
    public static RuleInfo local(String code, Severity defaultSeverity, String titleZh, String titleEn,
            String description, String... policyFields) {
        return new RuleInfo(code, titleZh, titleEn, defaultSeverity, Shape.LOCAL, "",
                Checks.list(policyFields, "policyFields"), description);
    }

    /**
     * Creates the information of a keyed rule, which reads every record that shares a key.
     *
     * @param code the code, not null
     * @param defaultSeverity the default severity, not null
     * @param key what it groups by, such as {@code person}, not empty
     * @param titleZh the Chinese title, not blank
     * @param titleEn the English title, not blank
     * @param description what it checks, not blank
     * @param policyFields the dotted paths of the policy fields it reads, none if its limits are its own
     * @return the information
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the code is malformed, a text is blank, holds a control
     *     character or is too long (a title over 500 characters, the description over 2,000), or the key
     *     is empty
     */
    public static RuleInfo keyed(String code, Severity defaultSeverity, String key, String titleZh, String titleEn,
            String description, String... policyFields) {
        return new RuleInfo(code, titleZh, titleEn, defaultSeverity, Shape.KEYED, key,
                Checks.list(policyFields, "policyFields"), description);
    }
}
