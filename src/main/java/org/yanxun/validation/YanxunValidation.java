package org.yanxun.validation;

import jakarta.validation.Configuration;
import jakarta.validation.NoProviderFoundException;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

/**
 * Bean Validation for applications that have no validator of their own, such as a batch job or a
 * command-line tool:
 *
 * <pre>{@code
 * Set<ConstraintViolation<StudioForm>> violations = YanxunValidation.validator().validate(form);
 * }</pre>
 *
 * <p>The factory uses the default provider. With Hibernate Validator it interpolates messages with
 * {@code ParameterMessageInterpolator}, so no Expression Language implementation is needed; the
 * library's messages use message parameters only. Applications that already have a validator (Spring,
 * Quarkus, Jakarta EE) use theirs: the constraints need nothing from this class.
 */
public final class YanxunValidation {

    private YanxunValidation() {
    }

    /**
     * Builds a validator factory; close it when done.
     *
     * @return a new factory
     * @throws ValidationException if no Bean Validation provider is on the class path, naming the
     *     dependency to add
     */
    public static ValidatorFactory validatorFactory() {
        Configuration<?> configuration;
        try {
            configuration = Validation.byDefaultProvider().configure();
        } catch (NoProviderFoundException e) {
            throw new ValidationException("No Jakarta Bean Validation provider found: add "
                    + "org.hibernate.validator:hibernate-validator (9.x) to the application's dependencies", e);
        }
        try {
            configuration.messageInterpolator(HibernateFeatures.parameterInterpolator());
        } catch (NoClassDefFoundError hibernateAbsent) {
            // Another provider: it keeps its own interpolator.
        }
        return configuration.buildValidatorFactory();
    }

    /**
     * Builds a validator from a new factory that is left open for it. Validators are thread-safe:
     * build one and share it, rather than one per call.
     *
     * @return a new validator
     * @throws ValidationException if no Bean Validation provider is on the class path
     */
    public static Validator validator() {
        return validatorFactory().getValidator();
    }
}
