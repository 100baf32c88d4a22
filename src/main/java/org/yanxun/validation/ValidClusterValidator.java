package org.yanxun.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.yanxun.Cluster;
import org.yanxun.rules.Dimensions;
import org.yanxun.rules.Entity;

/**
 * Validates {@link ValidCluster}: runs the rule engine over one cluster and its studios on their own.
 *
 * <p>Instances are thread-safe once initialised; the engine is built once, in {@link #initialize}.
 */
public final class ValidClusterValidator implements ConstraintValidator<ValidCluster, Object> {

    private EngineCheck check;

    /** Creates a validator; the provider calls {@link #initialize} before use. */
    public ValidClusterValidator() {
    }

    /**
     * Builds the engine of the declaration.
     *
     * @param constraint the declaration, not null
     * @throws jakarta.validation.ConstraintDeclarationException if its policy, provider or date is unusable
     */
    @Override
    public void initialize(ValidCluster constraint) {
        check = EngineCheck.of("@ValidCluster", constraint.message(), constraint.policy(), constraint.policyProvider(),
                constraint.asOf(), constraint.minSeverity(), true);
    }

    /**
     * Validates a cluster or a {@link ClusterSource}.
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
        return check.convert(value, Cluster.class, ClusterSource.class, ClusterSource::toCluster, context,
                cluster -> check.report(check.validate(Dimensions.empty(), Entity.allOf(cluster), context), context));
    }
}
