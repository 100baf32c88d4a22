package org.yanxun;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.yanxun.internal.Checks;

/**
 * A cross-regional alliance of institutions (共同体/联盟), such as the 綦营恩 alliance of 綦江, 营山
 * and 恩阳 inside the Chengdu–Chongqing "10+20" community.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the identifier, not null
 * @param name the name, not blank
 * @param parent the alliance this one belongs to, if any; not the alliance itself
 * @param members the member institutions and their roles, not null
 * @param plan the plan, if any
 * @param sessions the joint sessions, not null
 * @param exchanges the exchanges of the four mutual mechanism, not null
 * @param resources the shared resources, not null
 */
public record Alliance(AllianceId id, String name, Optional<AllianceId> parent, List<AllianceMember> members,
        Optional<AlliancePlan> plan, List<JointSession> sessions, List<Exchange> exchanges,
        List<SharedResource> resources) {

    /**
     * Creates an alliance, checking its invariants.
     *
     * @param id the identifier, not null
     * @param name the name, not blank
     * @param parent the alliance this one belongs to, if any; not the alliance itself
     * @param members the member institutions and their roles, not null
     * @param plan the plan, if any
     * @param sessions the joint sessions, not null
     * @param exchanges the exchanges of the four mutual mechanism, not null
     * @param resources the shared resources, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is outside what its parameter allows
     */
    public Alliance {
        Objects.requireNonNull(id, "id");
        Checks.text(name, "name", 200);
        Checks.optional(parent, "parent");
        if (parent.isPresent() && parent.get().equals(id)) {
            throw new InvalidValueException("联盟 " + id + " 不能以自己为上级联盟", "Alliance " + id + " must not be its own parent");
        }
        members = Checks.list(members, "members");
        Checks.optional(plan, "plan");
        sessions = Checks.list(sessions, "sessions");
        exchanges = Checks.list(exchanges, "exchanges");
        resources = Checks.list(resources, "resources");
    }

    /**
     * Returns the institutions with one role, in order.
     *
     * @param role the role, not null
     * @return the institutions with that role
     */
    public List<InstitutionId> membersWith(UnitRole role) {
        Objects.requireNonNull(role, "role");
        return members.stream().filter(m -> m.role() == role).map(AllianceMember::institution).toList();
    }

    /**
     * Returns a summary, short however much the alliance holds.
     *
     * @return the summary, such as {@code Alliance[id=qiyingen, members=3, sessions=5, exchanges=8, resources=6]}
     */
    @Override
    public String toString() {
        return "Alliance[id=" + id + ", members=" + members.size() + ", sessions=" + sessions.size() + ", exchanges="
                + exchanges.size() + ", resources=" + resources.size() + "]";
    }
}
