package org.yanxun.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class YanxunValidationTest {

    static final class Form {
        @RegionCode
        final String region = "990000";
    }

    @Test
    void validatorFactory_hibernate_usesParameterInterpolator() {
        try (ValidatorFactory factory = YanxunValidation.validatorFactory()) {
            assertThat(factory.getMessageInterpolator()).isInstanceOf(ParameterMessageInterpolator.class);
        }
    }

    @Test
    void validator_reportsWithCode() {
        assertThat(YanxunValidation.validator().validate(new Form())).singleElement()
                .satisfies(v -> assertThat(Validators.payload(v).code()).isEqualTo(RegionCode.CODE));
    }
}
