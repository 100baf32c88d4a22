package org.yanxun.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.yanxun.Cycle;

/**
 * Validates {@link CycleYears} on a {@link Cycle}, by its {@linkplain Cycle#years() years}.
 *
 * <p>Instances are thread-safe once initialised.
 */
public final class CycleYearsOfCycleValidator implements ConstraintValidator<CycleYears, Cycle> {

    private CycleLengths lengths;

    /** Creates a validator; the provider calls {@link #initialize} before use. */
    public CycleYearsOfCycleValidator() {
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
     * @param value the cycle, may be null (valid)
     * @param context the context, not null
     * @return true if the cycle is null or its length accepted
     */
    @Override
    public boolean isValid(Cycle value, ConstraintValidatorContext context) {
        return value == null || lengths.check(value.years(), context);
    }
}
