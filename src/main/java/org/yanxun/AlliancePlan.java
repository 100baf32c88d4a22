package org.yanxun;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.yanxun.internal.Checks;

/**
 * The plan of an alliance (规划), such as the 綦营恩 three-year plan with its "3-3-3-3" structure:
 * three collaboration mechanisms, three shared resource kinds, three joint research topics and three
 * major activity kinds.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param title the title, not blank
 * @param period the period the plan covers, not null
 * @param mechanisms the collaboration mechanisms (协同机制), such as 管理协同, not null
 * @param resourceKinds the shared resource kinds, not null
 * @param topics the joint research topics (研究课题), not null
 * @param activityKinds the major activity kinds, not null
 * @param keyTasks the key tasks (重点任务), not null
 */
public record AlliancePlan(String title, DateRange period, List<String> mechanisms, Set<ResourceKind> resourceKinds,
        List<String> topics, Set<SessionKind> activityKinds, List<String> keyTasks) {

    /**
     * Creates an alliance plan, checking its invariants.
     *
     * @param title the title, not blank
     * @param period the period the plan covers, not null
     * @param mechanisms the collaboration mechanisms (协同机制), such as 管理协同, not null
     * @param resourceKinds the shared resource kinds, not null
     * @param topics the joint research topics (研究课题), not null
     * @param activityKinds the major activity kinds, not null
     * @param keyTasks the key tasks (重点任务), not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is outside what its parameter allows
     */
    public AlliancePlan {
        Checks.text(title, "title");
        Objects.requireNonNull(period, "period");
        Checks.date(period.start(), "period");
        Checks.date(period.end(), "period");
        mechanisms = texts(mechanisms, "mechanisms");
        resourceKinds = Checks.enumSet(resourceKinds, ResourceKind.class, "resourceKinds");
        topics = texts(topics, "topics");
        activityKinds = Checks.enumSet(activityKinds, SessionKind.class, "activityKinds");
        keyTasks = texts(keyTasks, "keyTasks");
    }

    private static List<String> texts(List<String> values, String name) {
        List<String> copy = Checks.list(values, name);
        copy.forEach(value -> Checks.text(value, name));
        return copy;
    }
}
