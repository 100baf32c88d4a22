package org.yanxun.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.List;
import org.yanxun.policy.Severity;
import org.yanxun.rules.Finding;
import org.yanxun.rules.Location;

/** A test constraint that reports one finding at the pointer its bean holds. */
@Constraint(validatedBy = PointsAt.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
@interface PointsAt {

    String message() default "unused";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A bean with a pointer. */
    @PointsAt
    record Target(String pointer) {
    }

    /** Reports one finding at the bean's pointer. */
    final class Validator implements ConstraintValidator<PointsAt, Target> {
        @Override
        public boolean isValid(Target value, ConstraintValidatorContext context) {
            Violations.findings(context, List.of(new Finding("TEST", Severity.ERROR, Location.of(value.pointer()),
                    "测试", "test", "test-policy")), false);
            return false;
        }
    }
}
