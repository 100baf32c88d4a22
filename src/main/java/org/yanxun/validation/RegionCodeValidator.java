package org.yanxun.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import org.yanxun.policy.Severity;

/**
 * Validates {@link RegionCode} on a {@link CharSequence}.
 *
 * <p>Instances are stateless and thread-safe.
 */
public final class RegionCodeValidator implements ConstraintValidator<RegionCode, CharSequence> {

    /** Creates a validator. */
    public RegionCodeValidator() {
    }

    /**
     * Validates a text.
     *
     * @param value the text, may be null (valid)
     * @param context the context, not null
     * @return true if the text is null or a valid region code
     */
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null || org.yanxun.RegionCode.isValid(value.toString())) {
            return true;
        }
        Violations.field(context, RegionCode.CODE, Severity.ERROR, Map.of());
        return false;
    }
}
