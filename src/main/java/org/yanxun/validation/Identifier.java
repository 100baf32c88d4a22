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

/**
 * The annotated text has the format of the library's identifiers (person, institution, studio, ...):
 * 1 to 64 characters, an ASCII letter or digit first, then ASCII letters, digits and {@code . _ : -}, such
 * as {@code syn-lw-0001}; a Chinese name such as {@code 张三} is not an identifier.
 *
 * <p>Applies to {@link CharSequence}; {@code null} is valid. A violation carries the code
 * {@value #CODE} and severity ERROR in its {@link FindingPayload}; with Hibernate Validator the
 * message parameters {@code {code}} and {@code {severity}} are available to a custom message. The
 * model rejects such identifiers when it is built, so no engine rule has this code.
 */
@Documented
@Constraint(validatedBy = IdentifierValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(Identifier.List.class)
public @interface Identifier {

    /**
     * The code carried by the violation's {@link FindingPayload}, with severity ERROR: this constraint's
     * own, not a rule code of the catalogue.
     */
    String CODE = "ID_FORMAT";

    /**
     * Returns the message template.
     *
     * @return the template, by default {@code {org.yanxun.validation.Identifier.message}}
     */
    String message() default "{org.yanxun.validation.Identifier.message}";

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
     * Several {@code @Identifier} constraints on the same element.
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
        Identifier[] value();
    }
}
