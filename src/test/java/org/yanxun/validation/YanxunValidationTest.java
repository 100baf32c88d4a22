package org.yanxun.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
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
    void validator_ofALocale_givesItsMessagesWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            for (Locale jvm : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                Locale.setDefault(jvm);
                assertThat(YanxunValidation.validator(Locale.SIMPLIFIED_CHINESE).validate(new Form())).singleElement()
                        .satisfies(v -> assertThat(v.getMessage()).isEqualTo("须为 GB/T 2260 行政区划代码"));
                assertThat(YanxunValidation.validator(Locale.UK).validate(new Form())).singleElement()
                        .satisfies(v -> assertThat(v.getMessage())
                                .isEqualTo("must be a GB/T 2260 administrative division code"));
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void validator_reportsWithCode() {
        assertThat(YanxunValidation.validator().validate(new Form())).singleElement()
                .satisfies(v -> assertThat(Validators.payload(v).code()).isEqualTo(RegionCode.CODE));
    }
}
