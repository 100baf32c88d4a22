package org.yanxun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Comparator;
import org.junit.jupiter.api.Test;

class StudioTypeTest {

    @Test
    void builtIns_areSevenTypesOrderedByRung() {
        assertThat(StudioType.builtIns()).hasSize(7).isSortedAccordingTo(Comparator.comparingInt(StudioType::rung));
    }

    @Test
    void builtIns_isUnmodifiable() {
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> StudioType.builtIns().add(StudioType.FAMOUS_TEACHER_STUDIO));
    }

    @Test
    void builtIn_code_findsTheConstant() {
        assertThat(StudioType.builtIn("BACKBONE_WORKSHOP")).contains(StudioType.BACKBONE_WORKSHOP);
    }

    @Test
    void builtIn_unknownCode_isEmpty() {
        assertThat(StudioType.builtIn("PROVINCIAL_STUDIO")).isEmpty();
    }

    @Test
    void isBuiltIn_policyType_isFalse() {
        StudioType provincial = StudioType.of("PROVINCIAL_STUDIO", StudioForm.STUDIO, 3, "省级工作室", "provincial studio");
        assertThat(provincial.isBuiltIn()).isFalse();
    }

    @Test
    void isBuiltIn_constant_isTrue() {
        assertThat(StudioType.SPECIAL_GRADE_STUDIO.isBuiltIn()).isTrue();
    }

    @Test
    void workshops_areRungsOneAndTwo() {
        assertThat(StudioType.builtIns().stream().filter(t -> t.form() == StudioForm.WORKSHOP).map(StudioType::rung))
                .containsExactly(1, 2);
    }

    @Test
    void of_rungZero_throwsQuotingTheRung() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> StudioType.of("X", StudioForm.STUDIO, 0, "甲", "x"))
                .withMessage("Studio type rung must be 1 to 9, was 0");
    }

    @Test
    void of_rungsOneAndNine_accepted() {
        assertThat(StudioType.of("X", StudioForm.WORKSHOP, 1, "甲", "x").rung()).isEqualTo(1);
        assertThat(StudioType.of("Y", StudioForm.STUDIO, 9, "乙", "y").rung()).isEqualTo(9);
    }

    @Test
    void of_rungTen_throwsQuotingTheRung() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> StudioType.of("X", StudioForm.STUDIO, 10, "甲", "x"))
                .withMessage("Studio type rung must be 1 to 9, was 10");
    }

    @Test
    void of_badRungOrCode_isSaidInChineseToo() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> StudioType.of("X", StudioForm.STUDIO, 10, "甲", "x"))
                .satisfies(e -> assertThat(e.zh()).isEqualTo("工作室类型的梯级须为 1 至 9，实为 10"));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> StudioType.of("A-B", StudioForm.STUDIO, 3, "甲", "x"))
                .satisfies(e -> assertThat(e.zh()).isEqualTo("工作室类型代码须为 1 至 40 个大写字母、数字或 _，以字母开头，实为“A-B”"));
    }

    @Test
    void of_codesAtTheBoundsOfTheForm_acceptedOrRefused() {
        assertThat(StudioType.of("A", StudioForm.STUDIO, 3, "甲", "x").code()).isEqualTo("A");
        assertThat(StudioType.of("Z9_" + "X".repeat(37), StudioForm.STUDIO, 3, "甲", "x").code()).hasSize(40);
        for (String bad : new String[] {"", "Z9_" + "X".repeat(38), "9A", "_A", "AbC", "A B", "É"}) {
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .as(bad).isThrownBy(() -> StudioType.of(bad, StudioForm.STUDIO, 3, "甲", "x"));
        }
    }

    @Test
    void of_lowerCaseCode_throwsQuotingTheCode() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> StudioType.of("studio", StudioForm.STUDIO, 3, "甲", "x"))
                .withMessage("Studio type code must be 1 to 40 upper-case letters, digits or _, starting with a "
                        + "letter, was 'studio'");
    }

    @Test
    void of_blankChineseName_throwsQuotingIt() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> StudioType.of("X", StudioForm.STUDIO, 3, " ", "x"))
                .withMessage("zh must not be blank, was ' '");
    }

    @Test
    void code_isTheLabelledCode() {
        assertThat(((Labelled) StudioType.PRINCIPAL_STUDIO).code()).isEqualTo("PRINCIPAL_STUDIO");
    }
}
