package org.yanxun.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import org.yanxun.policy.Severity;
import org.yanxun.internal.Checks;

/**
 * Validates {@link Identifier} on a {@link CharSequence}.
 *
 * <p>Instances are stateless and thread-safe.
 */
public final class IdentifierValidator implements ConstraintValidator<Identifier, CharSequence> {

    /** Creates a validator. */
    public IdentifierValidator() {
    }

    /**
     * Validates a text.
     *
     * @param value the text, may be null (valid)
     * @param context the context, not null
     * @return true if the text is null or an identifier
     */
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null || Checks.isIdentifier(value.toString())) {
            return true;
        }
        Violations.field(context, Identifier.CODE, Severity.ERROR, Map.of());
        return false;
    }
}
