package org.yanxun;

import java.util.Objects;
import java.util.Optional;
import org.yanxun.internal.Checks;

/**
 * An expert invited to a joint session, with the affiliation as reported, such as a section chief
 * of 湖南省中小学教师发展中心.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the name, not blank
 * @param affiliation the affiliation as text, not blank
 * @param institution the affiliation as an institution of the dataset, if it is one
 */
public record Expert(String name, String affiliation, Optional<InstitutionId> institution) {

    /**
     * Creates an expert, checking its invariants.
     *
     * @param name the name, not blank
     * @param affiliation the affiliation as text, not blank
     * @param institution the affiliation as an institution of the dataset, if it is one
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is outside what its parameter allows
     */
    public Expert {
        Checks.text(name, "name", 100);
        Checks.text(affiliation, "affiliation", 200);
        Checks.optional(institution, "institution");
    }

    /**
     * Obtains an expert whose affiliation is not an institution of the dataset.
     *
     * @param name the name, not blank
     * @param affiliation the affiliation, not blank
     * @return the expert
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is outside what its parameter allows
     */
    public static Expert of(String name, String affiliation) {
        return new Expert(name, affiliation, Optional.empty());
    }

    /**
     * Obtains an expert affiliated with an institution of the dataset.
     *
     * @param name the name, not blank
     * @param affiliation the affiliation, not blank
     * @param institution the institution, not null
     * @return the expert
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is outside what its parameter allows
     */
    public static Expert of(String name, String affiliation, InstitutionId institution) {
        return new Expert(name, affiliation, Optional.of(Objects.requireNonNull(institution, "institution")));
    }
}
