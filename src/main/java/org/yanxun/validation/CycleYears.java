package org.yanxun.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.yanxun.policy.Severity;

/**
 * The annotated cycle length, in years, is the one a policy sets: for one studio type, or, with no
 * type, one of the lengths the policy uses, such as
 * {@code @CycleYears(type = "BACKBONE_WORKSHOP")} (1 year in Liwan 2026).
 *
 * <p>Applies to {@code int}, {@link Integer} and {@link org.yanxun.Cycle} (its
 * {@linkplain org.yanxun.Cycle#years() years}); {@code null} is valid, and so is any length when the policy
 * switches the rule {@value #CODE} off or gives it a severity below {@link #minSeverity()}. A violation
 * carries that rule's code and the policy's severity of it (ERROR unless the policy changes it) in its
 * {@link FindingPayload}; with Hibernate Validator the message parameters {@code {code}},
 * {@code {severity}}, {@code {expected}} (such as {@code 1, 2}), {@code {expectedZh}} (such as
 * {@code 1、2}) and {@code {years}} are available to a custom message, and {@code {policy}} is the id of
 * the policy used, a provider's too. Another provider fills in a message's parameters from the
 * declaration's attributes only, so with a {@link #policyProvider()} the default message names no policy.
 * A policy or type that does not exist, or a provider that cannot give
 * its policy, is a {@link jakarta.validation.ConstraintDeclarationException}.
 */
@Documented
@Constraint(validatedBy = {CycleYearsValidator.class, CycleYearsOfCycleValidator.class})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(CycleYears.List.class)
public @interface CycleYears {

    /** The rule code carried by the violation's {@link FindingPayload}, with the policy's severity of the rule. */
    String CODE = "STUDIO_CYCLE_LENGTH";

    /**
     * Returns the message template.
     *
     * @return the template, by default {@code {org.yanxun.validation.CycleYears.message}}
     */
    String message() default "{org.yanxun.validation.CycleYears.message}";

    /**
     * Returns the validation groups.
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
     * Returns the identifier of the preset policy, one of {@link org.yanxun.policy.Presets#ids()}; ignored
     * when {@link #policyProvider()} is set.
     *
     * @return the policy identifier, by default {@value org.yanxun.policy.Presets#GUANGZHOU_LIWAN_2026}
     */
    String policy() default org.yanxun.policy.Presets.GUANGZHOU_LIWAN_2026;

    /**
     * Returns the class that supplies the policy, instantiated once per declaration through its public
     * no-argument constructor, as for the class-level constraints.
     *
     * @return the provider, or {@code PolicyProvider.class} itself (the default) to use {@link #policy()}
     */
    Class<? extends PolicyProvider> policyProvider() default PolicyProvider.class;

    /**
     * Returns the code of the studio type whose cycle length is required, such as
     * {@code FAMOUS_TEACHER_STUDIO}.
     *
     * @return the type code, or empty (the default) to accept any length the policy uses
     */
    String type() default "";

    /**
     * Returns the least severity reported: a length the policy does not set is valid if the policy gives
     * {@value #CODE} a lower severity, as a finding below it is left out of the class-level constraints,
     * such as {@code @CycleYears(minSeverity = Severity.ERROR, groups = Blocking.class)} for a district
     * whose policy makes a wrong cycle length a warning.
     *
     * @return the severity, by default {@link Severity#INFO} (whatever severity the policy gives)
     */
    Severity minSeverity() default Severity.INFO;

    /**
     * Several {@code @CycleYears} constraints on the same element.
     */
    @Documented
    @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
    @Retention(RUNTIME)
    @interface List {

        /**
         * Returns the constraints.
         *
         * @return the constraints
         */
        CycleYears[] value();
    }
}
