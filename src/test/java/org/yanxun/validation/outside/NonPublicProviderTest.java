package org.yanxun.validation.outside;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validator;
import java.util.Locale;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.junit.jupiter.api.Test;
import org.yanxun.Studio;
import org.yanxun.examples.ExampleCommunities;
import org.yanxun.policy.Policy;
import org.yanxun.policy.Presets;
import org.yanxun.validation.FindingPayload;
import org.yanxun.validation.PolicyProvider;
import org.yanxun.validation.ValidStudio;
import org.yanxun.validation.YanxunValidation;

/**
 * A policy provider whose class is not public, in a package of the application's (not the library's):
 * on the class path, where every package is open, the library still makes it.
 */
class NonPublicProviderTest {

    private static final Studio STUDIO = ExampleCommunities.liwan2026().clusters().get(0).studios().get(5);

    static final class Provincial implements PolicyProvider {
        /** Creates the provider. */
        public Provincial() {
        }

        @Override
        public Policy policy() {
            return Presets.guangdongProvincial2021();
        }
    }

    record Form(@ValidStudio(asOf = "2026-03-01", policyProvider = Provincial.class) Studio studio) {
    }

    @Test
    void providerClassNotPublic_givesItsPolicy() {
        Validator validator = YanxunValidation.validator(Locale.ENGLISH);

        // Under the default preset, Liwan's own, the studio is quiet; the provincial policy wants 3-year cycles.
        assertThat(validator.validate(new Form(STUDIO)))
                .extracting(v -> ((HibernateConstraintViolation<?>) v.unwrap(HibernateConstraintViolation.class))
                        .getDynamicPayload(FindingPayload.class).code())
                .contains("STUDIO_CYCLE_LENGTH");
    }
}
