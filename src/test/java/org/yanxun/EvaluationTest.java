package org.yanxun;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    private static final LocalDate DAY = LocalDate.of(2027, 12, 20);

    @Test
    void of_keepsTheGrade() {
        assertThat(Evaluation.of(EvaluationKind.FINAL, DAY, Grade.EXCELLENT).grade()).isEqualTo(Grade.EXCELLENT);
    }

    @Test
    void equals_otherKind_isFalse() {
        assertThat(Evaluation.of(EvaluationKind.FINAL, DAY, Grade.PASS))
                .isNotEqualTo(Evaluation.of(EvaluationKind.MID_TERM, DAY, Grade.PASS));
    }
}
