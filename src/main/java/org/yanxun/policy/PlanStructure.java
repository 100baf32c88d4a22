package org.yanxun.policy;

/**
 * How many entries an alliance plan must declare in each part, such as the "3-3-3-3" structure of the
 * 綦营恩 plan (3 mechanisms, 3 resource kinds, 3 topics, 3 activity kinds) with 5 key tasks.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param mechanisms the least number of collaboration mechanisms
 * @param resourceKinds the least number of shared resource kinds
 * @param topics the least number of joint research topics
 * @param activityKinds the least number of major activity kinds
 * @param keyTasks the least number of key tasks
 */
public record PlanStructure(
        int mechanisms,
        int resourceKinds,
        int topics,
        int activityKinds,
        int keyTasks) {

    /**
     * Creates the value; collections are copied.
     *
     * @param mechanisms the least number of collaboration mechanisms
     * @param resourceKinds the least number of shared resource kinds
     * @param topics the least number of joint research topics
     * @param activityKinds the least number of major activity kinds
     * @param keyTasks the least number of key tasks
     * @throws NullPointerException if an argument is null or a collection holds null
     */
    public PlanStructure {
    }

    /**
     * Returns a copy with a different {@code mechanisms}.
     *
     * @param value the new value; see {@link #mechanisms()}
     * @return a copy of this value with {@code mechanisms} replaced
     */
    public PlanStructure withMechanisms(int value) {
        return new PlanStructure(value, resourceKinds, topics, activityKinds, keyTasks);
    }

    /**
     * Returns a copy with a different {@code resourceKinds}.
     *
     * @param value the new value; see {@link #resourceKinds()}
     * @return a copy of this value with {@code resourceKinds} replaced
     */
    public PlanStructure withResourceKinds(int value) {
        return new PlanStructure(mechanisms, value, topics, activityKinds, keyTasks);
    }

    /**
     * Returns a copy with a different {@code topics}.
     *
     * @param value the new value; see {@link #topics()}
     * @return a copy of this value with {@code topics} replaced
     */
    public PlanStructure withTopics(int value) {
        return new PlanStructure(mechanisms, resourceKinds, value, activityKinds, keyTasks);
    }

    /**
     * Returns a copy with a different {@code activityKinds}.
     *
     * @param value the new value; see {@link #activityKinds()}
     * @return a copy of this value with {@code activityKinds} replaced
     */
    public PlanStructure withActivityKinds(int value) {
        return new PlanStructure(mechanisms, resourceKinds, topics, value, keyTasks);
    }

    /**
     * Returns a copy with a different {@code keyTasks}.
     *
     * @param value the new value; see {@link #keyTasks()}
     * @return a copy of this value with {@code keyTasks} replaced
     */
    public PlanStructure withKeyTasks(int value) {
        return new PlanStructure(mechanisms, resourceKinds, topics, activityKinds, value);
    }
}
