package org.yanxun.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Validates {@link CycleYears} on an {@code int} or {@link Integer}.
 *
 * <p>Instances are thread-safe once initialised.
 */
public final class CycleYearsValidator implements ConstraintValidator<CycleYears, Integer> {

    private CycleLengths lengths;

    /** Creates a validator; the provider calls {@link #initialize} before use. */
    public CycleYearsValidator() {
    }

    /**
     * Reads the accepted lengths from the declaration's policy.
     *
     * @param constraint the declaration, not null
     * @throws jakarta.validation.ConstraintDeclarationException if the policy or type does not exist
     */
    @Override
    public void initialize(CycleYears constraint) {
        lengths = CycleLengths.of(constraint);
    }

    /**
     * Validates a length.
     *
     * @param value the length in years, may be null (valid)
     * @param context the context, not null
     * @return true if the length is null or accepted
     */
    @Override
    public boolean isValid(Integer value, ConstraintValidatorContext context) {
        return value == null || lengths.check(value, context);
    }
}
