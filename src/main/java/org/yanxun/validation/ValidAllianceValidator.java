package org.yanxun.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.yanxun.Alliance;
import org.yanxun.rules.Dimensions;
import org.yanxun.rules.Entity;

/**
 * Validates {@link ValidAlliance}: runs the rule engine over one alliance and its sessions, exchanges
 * and resources on their own.
 *
 * <p>Instances are thread-safe once initialised; the engine is built once, in {@link #initialize}.
 */
public final class ValidAllianceValidator implements ConstraintValidator<ValidAlliance, Object> {

    private EngineCheck check;

    /** Creates a validator; the provider calls {@link #initialize} before use. */
    public ValidAllianceValidator() {
    }

    /**
     * Builds the engine of the declaration.
     *
     * @param constraint the declaration, not null
     * @throws jakarta.validation.ConstraintDeclarationException if its policy, provider or date is unusable
     */
    @Override
    public void initialize(ValidAlliance constraint) {
        check = EngineCheck.of("@ValidAlliance", constraint.message(), constraint.policy(), constraint.policyProvider(),
                constraint.asOf(), constraint.minSeverity(), true);
    }

    /**
     * Validates an alliance or an {@link AllianceSource}.
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
        return check.convert(value, Alliance.class, AllianceSource.class, AllianceSource::toAlliance, context,
                alliance -> check.report(check.validate(Dimensions.of(List.of(), List.of(alliance)),
                        Entity.allOf(alliance), context), context));
    }
}
