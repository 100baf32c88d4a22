package org.yanxun.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import org.yanxun.policy.Severity;

/**
 * Validates {@link CreditCode} on a {@link CharSequence}.
 *
 * <p>Instances are stateless and thread-safe.
 */
public final class CreditCodeValidator implements ConstraintValidator<CreditCode, CharSequence> {

    /** Creates a validator. */
    public CreditCodeValidator() {
    }

    /**
     * Validates a text.
     *
     * @param value the text, may be null (valid)
     * @param context the context, not null
     * @return true if the text is null or a valid credit code
     */
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null || org.yanxun.CreditCode.isValid(value.toString())) {
            return true;
        }
        Violations.field(context, CreditCode.CODE, Severity.ERROR, Map.of());
        return false;
    }
}
