package org.yanxun;

import java.util.Objects;

/**
 * An institution's place in an alliance, such as 綦江区教师进修学校 as the {@link UnitRole#LEAD lead
 * unit} of the 綦营恩 alliance.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param institution the institution, not null
 * @param role lead or partner, not null
 */
public record AllianceMember(InstitutionId institution, UnitRole role) {

    /**
     * Creates an alliance member, checking its invariants.
     *
     * @param institution the institution, not null
     * @param role lead or partner, not null
     * @throws NullPointerException if an argument is null
     */
    public AllianceMember {
        Objects.requireNonNull(institution, "institution");
        Objects.requireNonNull(role, "role");
    }

    /**
     * Obtains an alliance member.
     *
     * @param institution the institution, not null
     * @param role the role, not null
     * @return the member
     */
    public static AllianceMember of(InstitutionId institution, UnitRole role) {
        return new AllianceMember(institution, role);
    }
}
