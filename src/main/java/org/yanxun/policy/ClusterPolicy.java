package org.yanxun.policy;

import java.util.Set;
import org.yanxun.Stage;
import org.yanxun.internal.Checks;

/**
 * The cluster part of a policy: the stages a cluster must cover (全学段覆盖) and how far its studio
 * counts may stray from its published plan.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param requiredStages the stages the active studios of a cluster must cover together
 * @param planCountTolerance how many studios per type the actual count may differ from the plan
 */
public record ClusterPolicy(
        Set<Stage> requiredStages,
        int planCountTolerance) {

    /**
     * Creates the value; collections are copied.
     *
     * @param requiredStages the stages the active studios of a cluster must cover together
     * @param planCountTolerance how many studios per type the actual count may differ from the plan
     * @throws NullPointerException if an argument is null or a collection holds null
     */
    public ClusterPolicy {
        requiredStages = Checks.enumSet(requiredStages, Stage.class, "requiredStages");
    }

    /**
     * Returns a copy with a different {@code requiredStages}.
     *
     * @param value the new value; see {@link #requiredStages()}
     * @return a copy of this value with {@code requiredStages} replaced
     */
    public ClusterPolicy withRequiredStages(Set<Stage> value) {
        return new ClusterPolicy(value, planCountTolerance);
    }

    /**
     * Returns a copy with a different {@code planCountTolerance}.
     *
     * @param value the new value; see {@link #planCountTolerance()}
     * @return a copy of this value with {@code planCountTolerance} replaced
     */
    public ClusterPolicy withPlanCountTolerance(int value) {
        return new ClusterPolicy(requiredStages, value);
    }
}
