package org.yanxun.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.yanxun.ClusterId;
import org.yanxun.Studio;
import org.yanxun.rules.Dimensions;
import org.yanxun.rules.Entity;
import org.yanxun.rules.Location;

/**
 * Validates {@link ValidStudio}: runs the rule engine over one studio on its own.
 *
 * <p>Instances are thread-safe once initialised; the engine is built once, in {@link #initialize}.
 */
public final class ValidStudioValidator implements ConstraintValidator<ValidStudio, Object> {

    /** The cluster a standalone studio is filed under; no cluster record has it, so no cluster rule runs. */
    private static final ClusterId STANDALONE = ClusterId.of("standalone");

    private EngineCheck check;

    /** Creates a validator; the provider calls {@link #initialize} before use. */
    public ValidStudioValidator() {
    }

    /**
     * Builds the engine of the declaration.
     *
     * @param constraint the declaration, not null
     * @throws jakarta.validation.ConstraintDeclarationException if its policy, provider or date is unusable
     */
    @Override
    public void initialize(ValidStudio constraint) {
        check = EngineCheck.of("@ValidStudio", constraint.message(), constraint.policy(), constraint.policyProvider(),
                constraint.asOf(), constraint.minSeverity(), true);
    }

    /**
     * Validates a studio or a {@link StudioSource}.
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
        return check.convert(value, Studio.class, StudioSource.class, StudioSource::toStudio, context,
                studio -> check.report(check.validate(Dimensions.empty(),
                        List.of(new Entity.OfStudio(studio, STANDALONE, Location.root())), context), context));
    }
}
