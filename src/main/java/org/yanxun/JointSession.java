package org.yanxun;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.yanxun.internal.Checks;

/**
 * A joint session of an alliance (联合研修 and other joint activities), such as the November 2022
 * session on the professional quality of research-trainers, hosted by 营山 with 綦江 and 恩阳
 * co-hosting.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the identifier, not null
 * @param date the date (the first day, for a session of several days), not null
 * @param theme the theme, not blank
 * @param kind the kind, not null
 * @param mode online, offline or hybrid, not null
 * @param units the institutions and their roles, not null
 * @param layers the layers of participants it targets, not null
 * @param experts the invited experts, not null
 * @param presentations the presentations, not null
 */
public record JointSession(SessionId id, LocalDate date, String theme, SessionKind kind, SessionMode mode,
        List<SessionUnit> units, Set<ParticipantLayer> layers, List<Expert> experts,
        List<Presentation> presentations) {

    /**
     * Creates a joint session, checking its invariants.
     *
     * @param id the identifier, not null
     * @param date the date (the first day, for a session of several days), not null
     * @param theme the theme, not blank
     * @param kind the kind, not null
     * @param mode online, offline or hybrid, not null
     * @param units the institutions and their roles, not null
     * @param layers the layers of participants it targets, not null
     * @param experts the invited experts, not null
     * @param presentations the presentations, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is outside what its parameter allows
     */
    public JointSession {
        Objects.requireNonNull(id, "id");
        Checks.date(date, "date");
        Checks.text(theme, "theme");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mode, "mode");
        units = Checks.list(units, "units");
        layers = Checks.enumSet(layers, ParticipantLayer.class, "layers");
        experts = Checks.list(experts, "experts");
        presentations = Checks.list(presentations, "presentations");
    }

    /**
     * Returns the institutions with one role, in order.
     *
     * @param role the role, not null
     * @return the institutions with that role
     */
    public List<InstitutionId> unitsWith(SessionRole role) {
        Objects.requireNonNull(role, "role");
        return units.stream().filter(u -> u.role() == role).map(SessionUnit::institution).toList();
    }
}
