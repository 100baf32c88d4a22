package org.yanxun;

import java.util.Objects;
import java.util.Optional;
import org.yanxun.internal.Checks;

/**
 * An institution that takes part in a community, such as 綦江区教师进修学校 (Qijiang District
 * Teacher-Training School, region {@code 500110}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the identifier, not null
 * @param name the name, not blank
 * @param kind the kind of institution, not null
 * @param region the administrative division it belongs to, not null
 * @param creditCode the unified social credit code, if known
 */
public record Institution(InstitutionId id, String name, InstitutionKind kind, RegionCode region,
        Optional<CreditCode> creditCode) {

    /**
     * Creates an institution, checking its invariants.
     *
     * @param id the identifier, not null
     * @param name the name, not blank
     * @param kind the kind of institution, not null
     * @param region the administrative division it belongs to, not null
     * @param creditCode the unified social credit code, if known
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is outside what its parameter allows
     */
    public Institution {
        Objects.requireNonNull(id, "id");
        Checks.text(name, "name", 200);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(region, "region");
        Checks.optional(creditCode, "creditCode");
    }

    /**
     * Obtains an institution without a credit code.
     *
     * @param id the identifier, not null
     * @param name the name, not blank
     * @param kind the kind, not null
     * @param region the division, not null
     * @return the institution
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is outside what its parameter allows
     */
    public static Institution of(InstitutionId id, String name, InstitutionKind kind, RegionCode region) {
        return new Institution(id, name, kind, region, Optional.empty());
    }

    /**
     * Returns a copy with a credit code.
     *
     * @param code the credit code, not null
     * @return a copy of this institution with the code
     */
    public Institution withCreditCode(CreditCode code) {
        return new Institution(id, name, kind, region, Optional.of(Objects.requireNonNull(code, "code")));
    }
}
