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
 * The annotated alliance, or application object that is an {@link AllianceSource}, passes the rule
 * engine: the alliance and its sessions, exchanges and resources (at {@code sessions[i]},
 * {@code exchanges[i]}, {@code resources[i]}) are validated together and each finding becomes one
 * violation at the property path of its JSON Pointer, with its code and severity in a
 * {@link FindingPayload}.
 *
 * <p>The alliance is validated on its own, so {@code REF_UNKNOWN} is switched off, whatever severity
 * the policy gives it: it names institutions and persons that are not part of it, and rules that need
 * their records have nothing to check. Nor can it tell whether other alliances name it as their parent:
 * an umbrella alliance validated on its own is held to a lead unit, a plan, sessions and exchanges of
 * its own, which in its dataset it may leave to the alliances in it. Validate the whole {@link org.yanxun.Dataset}
 * with {@link ValidDataset} to check those.
 */
@Documented
@Constraint(validatedBy = ValidAllianceValidator.class)
@Target({TYPE, METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidAlliance.List.class)
public @interface ValidAlliance {

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
     * @return the template, by default {@code {org.yanxun.validation.ValidAlliance.message}}
     */
    String message() default "{org.yanxun.validation.ValidAlliance.message}";

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
     * @return the policy identifier, by default {@value Presets#CHENGYU_QIYINGEN_2023}
     */
    String policy() default Presets.CHENGYU_QIYINGEN_2023;

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
     * Several {@code @ValidAlliance} constraints on the same element, typically in different groups.
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
        ValidAlliance[] value();
    }
}
