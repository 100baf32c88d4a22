package org.yanxun;

import java.util.Objects;
import java.util.Optional;
import org.yanxun.internal.Checks;

/**
 * A person in a project community, with the institution and, if any, the studio they come from.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param person the person, not null
 * @param institution the institution the person comes from, not null
 * @param studio the studio the person comes from, if any
 */
public record ProjectMember(PersonId person, InstitutionId institution, Optional<StudioId> studio) {

    /**
     * Creates a project member, checking its invariants.
     *
     * @param person the person, not null
     * @param institution the institution the person comes from, not null
     * @param studio the studio the person comes from, if any
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is outside what its parameter allows
     */
    public ProjectMember {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(institution, "institution");
        Checks.optional(studio, "studio");
    }
}
