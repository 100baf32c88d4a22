package org.yanxun.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.yanxun.policy.Presets;
import org.yanxun.policy.Severity;

/**
 * The annotated dataset, or application object that is a {@link DatasetSource}, passes the rule
 * engine, exactly as {@link org.yanxun.rules.RuleEngine#validate} reports it: each finding becomes one
 * violation at the property path of its JSON Pointer (such as {@code clusters[0].studios[5].memberships}),
 * with its code and severity in a {@link FindingPayload}. Every rule of the policy runs, references
 * included.
 */
@Documented
@Constraint(validatedBy = ValidDatasetValidator.class)
@Target({TYPE, METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidDataset.List.class)
public @interface ValidDataset {

    /**
     * Returns the message template of every violation: one per finding, and the one that says the
     * object cannot be converted. The default stands for the library's own messages, and no bundle
     * defines it: each finding has its message ({@code {org.yanxun.validation.Finding.message}}), and
     * a conversion failure says why ({@code {org.yanxun.validation.Source.message}} when the model
     * refused a value, otherwise {@code {org.yanxun.validation.Source.missing.message}}). With
     * Hibernate Validator, a template of your own can use the message parameters {@code {messageEn}},
     * {@code {messageZh}}, {@code {code}}, {@code {severity}}, {@code {pointer}} and {@code {policy}}
     * of a finding; a conversion failure has {@code {code}} ({@code SOURCE_INVALID}), {@code {severity}}
     * and {@code {policy}}, and {@code {reason}} and {@code {reasonZh}} when the model refused a value.
     * Violations at one property path with the same message are one (the provider returns a set), so
     * a template of your own keeps {@code {messageEn}} or {@code {messageZh}} to keep every finding.
     *
     * @return the template, by default {@code {org.yanxun.validation.ValidDataset.message}}
     */
    String message() default "{org.yanxun.validation.ValidDataset.message}";

    /**
     * Returns the validation groups, such as {@link Blocking} or {@link Advisory}.
     *
     * @return the groups, by default none (the default group)
     */
    Class<?>[] groups() default {};

    /**
     * Returns the payload.
     *
     * @return the payload, by default none
     */
    Class<? extends Payload>[] payload() default {};

    /**
     * Returns the identifier of the preset policy, one of {@link Presets#ids()}; ignored when
     * {@link #policyProvider()} is set.
     *
     * @return the policy identifier, by default {@value Presets#GUANGZHOU_LIWAN_2026}
     */
    String policy() default Presets.GUANGZHOU_LIWAN_2026;

    /**
     * Returns the class that supplies the policy, instantiated once through its public no-argument
     * constructor.
     *
     * @return the provider, or {@code PolicyProvider.class} itself (the default) to use {@link #policy()}
     */
    Class<? extends PolicyProvider> policyProvider() default PolicyProvider.class;

    /**
     * Returns the date to validate as of, such as {@code 2026-03-01}.
     *
     * @return a date written {@code yyyy-MM-dd}, or empty (the default) for today by the validation's
     *     {@link jakarta.validation.ClockProvider}
     */
    String asOf() default "";

    /**
     * Returns the least severity reported; findings below it are left out.
     *
     * @return the severity, by default {@link Severity#INFO} (every finding)
     */
    Severity minSeverity() default Severity.INFO;

    /**
     * Several {@code @ValidDataset} constraints on the same element, typically in different groups.
     */
    @Documented
    @Target({TYPE, METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
    @Retention(RUNTIME)
    @interface List {

        /**
         * Returns the constraints.
         *
         * @return the constraints
         */
        ValidDataset[] value();
    }
}
