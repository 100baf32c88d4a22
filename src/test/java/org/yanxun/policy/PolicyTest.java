package org.yanxun.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yanxun.HonourKind;
import org.yanxun.Level;
import org.yanxun.StudioForm;
import org.yanxun.StudioType;

class PolicyTest {

    private static final Policy LIWAN = Presets.guangzhouLiwan2026();

    // ----- isEffectiveOn

    @Test
    void isEffectiveOn_firstDay_true() {
        assertThat(LIWAN.isEffectiveOn(LocalDate.of(2026, 1, 9))).isTrue();
    }

    @Test
    void isEffectiveOn_dayBefore_false() {
        assertThat(LIWAN.isEffectiveOn(LocalDate.of(2026, 1, 8))).isFalse();
    }

    @Test
    void isEffectiveOn_lastDay_true() {
        assertThat(LIWAN.isEffectiveOn(LocalDate.of(2028, 1, 8))).isTrue();
    }

    @Test
    void isEffectiveOn_dayAfter_false() {
        assertThat(LIWAN.isEffectiveOn(LocalDate.of(2028, 1, 9))).isFalse();
    }

    @Test
    void isEffectiveOn_openEndedFarFuture_true() {
        assertThat(Presets.chengyuQiyingen2023().isEffectiveOn(LocalDate.of(2100, 1, 1))).isTrue();
    }

    @Test
    void isEffectiveOn_null_throws() {
        assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> LIWAN.isEffectiveOn(null));
    }

    // ----- severityOf

    @Test
    void severityOf_notOverridden_default() {
        assertThat(LIWAN.severityOf("SESSION_ROTATION", Severity.WARNING)).isEqualTo(Severity.WARNING);
    }

    @Test
    void severityOf_overridden_override() {
        Policy strict = LIWAN.withSeverities(new TreeMap<>(Map.of("SESSION_ROTATION", Severity.ERROR)));
        assertThat(strict.severityOf("SESSION_ROTATION", Severity.WARNING)).isEqualTo(Severity.ERROR);
    }

    @Test
    void severityOf_nullDefault_throws() {
        assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> LIWAN.severityOf("X", null));
    }

    // ----- isEnabled

    @Test
    void isEnabled_notDisabled_true() {
        assertThat(LIWAN.isEnabled("SESSION_ROTATION")).isTrue();
    }

    @Test
    void isEnabled_disabled_false() {
        Policy lenient = LIWAN.withDisabledRules(new TreeSet<>(List.of("SESSION_ROTATION")));
        assertThat(lenient.isEnabled("SESSION_ROTATION")).isFalse();
    }

    @Test
    void isEnabled_null_throws() {
        assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> LIWAN.isEnabled(null));
    }

    @Test
    void isAwardedAt_nullLevel_throwsWhetherOrNotThePolicyListsLevelsForTheKind() {
        StudioPolicy studios = LIWAN.studios();
        HonourKind unlisted = Arrays.stream(HonourKind.values())
                .filter(kind -> studios.isAwardedAt(kind, Level.NATIONAL)
                        && studios.isAwardedAt(kind, Level.SCHOOL)).findFirst().orElseThrow();

        assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> studios.isAwardedAt(unlisted, null))
                .withMessage("level");
        assertThatExceptionOfType(NullPointerException.class)
                .isThrownBy(() -> studios.isAwardedAt(HonourKind.SPECIAL_GRADE_TEACHER, null)).withMessage("level");
    }

    // ----- parts

    @Test
    void studiosOf_undefinedType_empty() {
        assertThat(LIWAN.studios().of(new StudioType("RURAL_TEACHER_STUDIO", StudioForm.STUDIO, 3, "乡村教师工作室",
                "rural-teacher studio"))).isEmpty();
    }

    @Test
    void studiosOf_typeWithKnownCodeButOtherDefinition_empty() {
        StudioType lookalike = new StudioType("BACKBONE_WORKSHOP", StudioForm.WORKSHOP, 3, "骨干教师工作坊",
                "backbone-teacher workshop");
        assertThat(LIWAN.studios().of(lookalike)).isEmpty();
    }

    @Test
    void rungOf_specialGradeTeacher_four() {
        assertThat(LIWAN.studios().rungOf(HonourKind.SPECIAL_GRADE_TEACHER)).isEqualTo(4);
    }

    @Test
    void rungOf_kindOffTheLadder_zero() {
        assertThat(LIWAN.studios().withHonourRungs(new TreeMap<>()).rungOf(HonourKind.BACKBONE_TEACHER)).isZero();
    }

    @Test
    void new_nullId_throws() {
        assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> LIWAN.withId(null)).withMessage("id");
    }

    @Test
    void severity_isAtLeast_ordersInfoWarningError() {
        assertThat(List.of(Severity.ERROR.isAtLeast(Severity.WARNING), Severity.WARNING.isAtLeast(Severity.WARNING),
                Severity.INFO.isAtLeast(Severity.WARNING))).containsExactly(true, true, false);
    }
}
