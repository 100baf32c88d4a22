package org.yanxun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CertificateTest {

    private static final InstitutionId BUREAU = InstitutionId.of("liwan-edu-bureau");
    private static final LocalDate LAUNCH = LocalDate.of(2026, 1, 9);
    private static final PersonId HOST = PersonId.of("syn-lw-0001");

    @Test
    void certificate_namesItsHolder() {
        assertThat(Certificate.certificate(BUREAU, LAUNCH, HOST).holder()).contains(HOST);
    }

    @Test
    void plaque_namesNoHolder() {
        assertThat(Certificate.plaque(BUREAU, LAUNCH).holder()).isEmpty();
    }

    @Test
    void new_certificateWithoutHolder_throws() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> new Certificate(CertificateKind.CERTIFICATE, BUREAU, LAUNCH, Optional.empty()))
                .withMessage("Certificate must name its holder");
    }

    @Test
    void new_plaqueWithHolder_throwsQuotingThePerson() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> new Certificate(CertificateKind.PLAQUE, BUREAU, LAUNCH, Optional.of(HOST)))
                .withMessage("Plaque is held by the studio and must not name a person, was syn-lw-0001");
    }

    @Test
    void equals_certificateAndPlaqueOfSameIssuerAndDay_isFalse() {
        assertThat(Certificate.certificate(BUREAU, LAUNCH, HOST)).isNotEqualTo(Certificate.plaque(BUREAU, LAUNCH));
    }
}
