package org.yanxun.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** JSON Pointers of findings become property paths of violations. */
class PropertyPathTest {

    private static final Validator VALIDATOR = Validators.withoutEl(Validators.EN);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', emptyValue = "", value = {
        "/memberships/2/person | memberships[2].person",
        "/clusters/0/studios/5/memberships | clusters[0].studios[5].memberships",
        "/sessions/1 | sessions[1]",
        "/cycle/years | cycle.years",
        "/a~1b/c~0d | a/b.c~d",
        "'' | ''",
        "/0/name | ''",
        "/matrix/0/1 | ''",
        "/memberships/9999999999 | memberships.9999999999"})
    void pointer_becomesPath(String pointer, String path) {
        ConstraintViolation<PointsAt.Target> violation =
                VALIDATOR.validate(new PointsAt.Target(pointer)).iterator().next();
        assertThat(violation.getPropertyPath()).hasToString(path);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', emptyValue = "", value = {"/memberships/2/person", "''", "/0/name"})
    void pointer_keptInPayload(String pointer) {
        assertThat(VALIDATOR.validate(new PointsAt.Target(pointer)))
                .singleElement().satisfies(v -> assertThat(Validators.payload(v).pointer()).isEqualTo(pointer));
    }
}
