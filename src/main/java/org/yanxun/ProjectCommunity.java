package org.yanxun;

import java.util.List;
import java.util.Objects;
import org.yanxun.internal.Checks;

/**
 * A project community (以项目为核心组建的研训共同体): people drawn from several studios and
 * institutions to work on one project for a period, such as a project on teachers' digital profiles.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the identifier, not null
 * @param title the title, not blank
 * @param period the period, not null
 * @param goals the goals, not null
 * @param members the members, not null
 */
public record ProjectCommunity(ProjectId id, String title, DateRange period, List<String> goals,
        List<ProjectMember> members) {

    /**
     * Creates a project community, checking its invariants.
     *
     * @param id the identifier, not null
     * @param title the title, not blank
     * @param period the period, not null
     * @param goals the goals, not null
     * @param members the members, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is outside what its parameter allows
     */
    public ProjectCommunity {
        Objects.requireNonNull(id, "id");
        Checks.text(title, "title");
        Objects.requireNonNull(period, "period");
        Checks.date(period.start(), "period");
        Checks.date(period.end(), "period");
        goals = Checks.list(goals, "goals");
        goals.forEach(goal -> Checks.text(goal, "goals"));
        members = Checks.list(members, "members");
    }
}
