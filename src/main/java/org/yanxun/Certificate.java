package org.yanxun;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.yanxun.internal.Checks;

/**
 * A certificate or plaque issued for a studio (颁发证书、授牌), such as the host's certificate issued
 * by the district education bureau on {@code 2026-01-09}.
 *
 * <p>A certificate is held by a person; a plaque is held by the studio itself and names no person.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind certificate or plaque, not null
 * @param issuer the issuing institution, not null
 * @param issuedOn the date issued, not null
 * @param holder the person who holds a certificate; empty for a plaque
 */
public record Certificate(CertificateKind kind, InstitutionId issuer, LocalDate issuedOn,
        Optional<PersonId> holder) {

    /**
     * Creates a certificate, checking its invariants.
     *
     * @param kind certificate or plaque, not null
     * @param issuer the issuing institution, not null
     * @param issuedOn the date issued, not null
     * @param holder the person who holds a certificate; empty for a plaque
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is outside what its parameter allows
     */
    public Certificate {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(issuer, "issuer");
        Checks.date(issuedOn, "issuedOn");
        Checks.optional(holder, "holder");
        if ((kind == CertificateKind.CERTIFICATE) != holder.isPresent()) {
            throw kind == CertificateKind.CERTIFICATE
                    ? new InvalidValueException("证书须写明持有人", "Certificate must name its holder")
                    : new InvalidValueException("牌匾由工作室持有，不能写明个人，实为 " + holder.get(),
                            "Plaque is held by the studio and must not name a person, was " + holder.get());
        }
    }

    /**
     * Obtains a certificate held by a person.
     *
     * @param issuer the issuer, not null
     * @param issuedOn the date, not null
     * @param holder the holder, not null
     * @return the certificate
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is outside what its parameter allows
     */
    public static Certificate certificate(InstitutionId issuer, LocalDate issuedOn, PersonId holder) {
        return new Certificate(CertificateKind.CERTIFICATE, issuer, issuedOn,
                Optional.of(Objects.requireNonNull(holder, "holder")));
    }

    /**
     * Obtains a plaque held by the studio.
     *
     * @param issuer the issuer, not null
     * @param issuedOn the date, not null
     * @return the plaque
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is outside what its parameter allows
     */
    public static Certificate plaque(InstitutionId issuer, LocalDate issuedOn) {
        return new Certificate(CertificateKind.PLAQUE, issuer, issuedOn, Optional.empty());
    }
}
