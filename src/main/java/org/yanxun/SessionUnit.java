package org.yanxun;

import java.util.Objects;

/**
 * An institution's role in one joint session, such as 营山县教师进修学校 as {@link SessionRole#HOST
 * host} (主办) of the November 2022 session.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param institution the institution, not null
 * @param role host, organiser or co-host, not null
 */
public record SessionUnit(InstitutionId institution, SessionRole role) {

    /**
     * Creates a session unit, checking its invariants.
     *
     * @param institution the institution, not null
     * @param role host, organiser or co-host, not null
     * @throws NullPointerException if an argument is null
     */
    public SessionUnit {
        Objects.requireNonNull(institution, "institution");
        Objects.requireNonNull(role, "role");
    }

    /**
     * Obtains a session unit.
     *
     * @param institution the institution, not null
     * @param role the role, not null
     * @return the unit
     */
    public static SessionUnit of(InstitutionId institution, SessionRole role) {
        return new SessionUnit(institution, role);
    }
}
