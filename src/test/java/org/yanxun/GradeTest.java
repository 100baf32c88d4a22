package org.yanxun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GradeTest {

    @Test
    void values_ascendFromFailToExcellent() {
        assertThat(Arrays.stream(Grade.values()).map(Grade::zh)).containsExactly("不合格", "合格", "良好", "优秀");
    }

    @Test
    void compareTo_passAboveFail() {
        assertThat(Grade.PASS).isGreaterThan(Grade.FAIL);
    }

    @Test
    void isAtLeast_excellentOverPass_isTrue() {
        assertThat(Grade.EXCELLENT.isAtLeast(Grade.PASS)).isTrue();
    }

    @Test
    void isAtLeast_samegrade_isTrue() {
        assertThat(Grade.GOOD.isAtLeast(Grade.GOOD)).isTrue();
    }

    @Test
    void isAtLeast_failOverPass_isFalse() {
        assertThat(Grade.FAIL.isAtLeast(Grade.PASS)).isFalse();
    }
}
