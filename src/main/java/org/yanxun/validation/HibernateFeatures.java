package org.yanxun.validation;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidationException;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The only class that touches Hibernate Validator, which is an optional, compile-time dependency:
 * callers catch {@link NoClassDefFoundError} for when it is absent at run time.
 */
final class HibernateFeatures {

    private HibernateFeatures() {
    }

    /**
     * Sets the message parameters and dynamic payload of the next violations built on a context.
     *
     * @return false if the context is not Hibernate Validator's, and nothing was set
     */
    static boolean attach(ConstraintValidatorContext context, Map<String, Object> parameters, FindingPayload payload) {
        HibernateConstraintValidatorContext hibernate;
        try {
            hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        } catch (ValidationException notHibernate) {
            return false;
        }
        parameters.forEach(hibernate::addMessageParameter);
        hibernate.withDynamicPayload(payload);
        return true;
    }

    /** Returns an interpolator that resolves message parameters without the Expression Language. */
    static MessageInterpolator parameterInterpolator() {
        return new ParameterMessageInterpolator();
    }
}
