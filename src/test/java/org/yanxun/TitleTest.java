package org.yanxun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TitleTest {

    @Test
    void values_ascendFromThirdGradeToProfessor() {
        assertThat(Arrays.stream(Title.values()).map(Title::zh)).containsExactly("三级", "二级", "一级", "高级", "正高级");
    }

    @Test
    void compareTo_seniorAboveFirstGrade() {
        assertThat(Title.SENIOR).isGreaterThan(Title.FIRST_GRADE);
    }

    @Test
    void isAtLeast_sameTitle_isTrue() {
        assertThat(Title.SENIOR.isAtLeast(Title.SENIOR)).isTrue();
    }

    @Test
    void isAtLeast_professorOverSenior_isTrue() {
        assertThat(Title.PROFESSOR.isAtLeast(Title.SENIOR)).isTrue();
    }

    @Test
    void isAtLeast_firstGradeOverSenior_isFalse() {
        assertThat(Title.FIRST_GRADE.isAtLeast(Title.SENIOR)).isFalse();
    }
}
