package org.yanxun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;

class InstitutionTest {

    private static final Institution QIJIANG = Institution.of(InstitutionId.of("qijiang-tts"), "綦江区教师进修学校",
            InstitutionKind.TEACHER_TRAINING_SCHOOL, RegionCode.parse("500110"));

    @Test
    void of_hasNoCreditCode() {
        assertThat(QIJIANG.creditCode()).isEmpty();
    }

    @Test
    void withCreditCode_setsTheCode() {
        CreditCode code = CreditCode.parse("91350100M000100Y43");
        assertThat(QIJIANG.withCreditCode(code).creditCode()).contains(code);
    }

    @Test
    void withCreditCode_leavesTheOriginalUnchanged() {
        QIJIANG.withCreditCode(CreditCode.parse("91350100M000100Y43"));
        assertThat(QIJIANG.creditCode()).isEmpty();
    }

    @Test
    void of_blankName_throwsQuotingIt() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> Institution.of(InstitutionId.of("x"), "", InstitutionKind.SCHOOL,
                        RegionCode.parse("440103")))
                .withMessage("name must not be blank, was ''");
    }
}
