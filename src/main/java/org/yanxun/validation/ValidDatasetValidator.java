package org.yanxun.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.yanxun.Dataset;

/**
 * Validates {@link ValidDataset}: runs {@link org.yanxun.rules.RuleEngine#validate} over a whole dataset.
 *
 * <p>Instances are thread-safe once initialised; the engine is built once, in {@link #initialize}.
 */
public final class ValidDatasetValidator implements ConstraintValidator<ValidDataset, Object> {

    private EngineCheck check;

    /** Creates a validator; the provider calls {@link #initialize} before use. */
    public ValidDatasetValidator() {
    }

    /**
     * Builds the engine of the declaration.
     *
     * @param constraint the declaration, not null
     * @throws jakarta.validation.ConstraintDeclarationException if its policy, provider or date is unusable
     */
    @Override
    public void initialize(ValidDataset constraint) {
        check = EngineCheck.of("@ValidDataset", constraint.message(), constraint.policy(), constraint.policyProvider(),
                constraint.asOf(), constraint.minSeverity(), false);
    }

    /**
     * Validates a dataset or a {@link DatasetSource}.
     *
     * @param value the object, may be null (valid)
     * @param context the context, not null
     * @return true if no finding at or above the least severity was reported
     * @throws jakarta.validation.ConstraintDeclarationException if the object is neither
     */
    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        return check.convert(value, Dataset.class, DatasetSource.class, DatasetSource::toDataset, context,
                dataset -> check.report(check.validate(dataset, context), context));
    }
}
