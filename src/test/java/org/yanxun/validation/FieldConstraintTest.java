package org.yanxun.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.yanxun.validation.Validators.EN;
import static org.yanxun.validation.Validators.ZH;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yanxun.Cycle;
import org.yanxun.policy.Policy;
import org.yanxun.policy.Presets;
import org.yanxun.policy.Severity;

class FieldConstraintTest {

    private static final Validator ENGLISH = Validators.withEl(EN);
    private static final Validator CHINESE = Validators.withEl(ZH);
    private static final String CREDIT_CODE = "91350100M000100Y43";

    static final class InstitutionForm {
        @RegionCode
        String region;
        @CreditCode
        String creditCode;
        @Identifier
        String id;
    }

    static final class StudioForm {
        @CycleYears(type = "BACKBONE_WORKSHOP")
        Integer workshopYears;
        @CycleYears
        int anyYears = 2;
        @CycleYears(type = "FAMOUS_TEACHER_STUDIO")
        Cycle cycle;
        @CycleYears(policy = "guangdong-provincial-2021")
        Integer provincialYears;
    }

    static final class CustomMessages {
        @Identifier(message = "{code} {severity}")
        String id;
        @CycleYears(type = "FAMOUS_TEACHER_STUDIO", message = "{years} is not {expected} ({code} {severity})")
        Integer years;
    }

    static final class UnknownPolicy {
        @CycleYears(policy = "atlantis-2030")
        Integer years = 2;
    }

    static final class ProvidedPolicy {
        @CycleYears(policy = "does-not-matter", policyProvider = ValidStudioTest.Provincial.class,
                type = "FAMOUS_TEACHER_STUDIO")
        Integer years;
    }

    static final class FailingProvider {
        @CycleYears(policyProvider = ValidStudioTest.Failing.class)
        Integer years = 2;
    }

    /** Liwan with {@code STUDIO_CYCLE_LENGTH} a warning. */
    public static final class CycleLengthWarns implements PolicyProvider {
        @Override
        public Policy policy() {
            return Presets.guangzhouLiwan2026().withId("cycle-length-warns")
                    .withSeverities(new TreeMap<>(Map.of(CycleYears.CODE, Severity.WARNING)));
        }
    }

    /** Liwan with {@code STUDIO_CYCLE_LENGTH} switched off. */
    public static final class CycleLengthOff implements PolicyProvider {
        @Override
        public Policy policy() {
            return Presets.guangzhouLiwan2026().withId("cycle-length-off")
                    .withDisabledRules(new TreeSet<>(Set.of(CycleYears.CODE)));
        }
    }

    static final class RuleOfThePolicy {
        @CycleYears(policyProvider = CycleLengthWarns.class, type = "BACKBONE_WORKSHOP",
                message = "{code} {severity}")
        Integer warns;
        @CycleYears(policyProvider = CycleLengthWarns.class, type = "BACKBONE_WORKSHOP", minSeverity = Severity.ERROR)
        Integer blocksOnErrors;
        @CycleYears(policyProvider = CycleLengthWarns.class, type = "BACKBONE_WORKSHOP", minSeverity = Severity.WARNING)
        Integer advisesOnWarnings;
        @CycleYears(type = "BACKBONE_WORKSHOP", minSeverity = Severity.ERROR)
        Integer blocksUnderThePreset;
        @CycleYears(policyProvider = CycleLengthOff.class, type = "BACKBONE_WORKSHOP")
        Integer off;
    }

    static final class UnknownType {
        @CycleYears(type = "SPACE_STUDIO")
        Integer years = 2;
    }

    private static InstitutionForm institution(String region, String creditCode, String id) {
        InstitutionForm form = new InstitutionForm();
        form.region = region;
        form.creditCode = creditCode;
        form.id = id;
        return form;
    }

    private static ConstraintViolation<?> only(Set<? extends ConstraintViolation<?>> violations) {
        assertThat(violations).hasSize(1);
        return violations.iterator().next();
    }

    // -----------------------------------------------------------------------
    @Test
    void fieldConstraints_validValues_quiet() {
        assertThat(ENGLISH.validate(institution("440103", CREDIT_CODE, "syn-lw-0001"))).isEmpty();
    }

    @Test
    void fieldConstraints_nulls_quiet() {
        assertThat(ENGLISH.validate(institution(null, null, null))).isEmpty();
    }

    @Test
    void regionCode_invalid_firesWithCodeAndEnglishMessage() {
        ConstraintViolation<?> violation = only(ENGLISH.validate(institution("990103", null, null)));
        assertThat(violation.getPropertyPath()).hasToString("region");
        assertThat(violation.getMessage()).isEqualTo("must be a GB/T 2260 administrative division code");
        assertThat(Validators.payload(violation)).isEqualTo(new FindingPayload("REGION_FORMAT", Severity.ERROR, ""));
    }

    @Test
    void regionCode_invalid_firesInChinese() {
        assertThat(only(CHINESE.validate(institution("44010", null, null))).getMessage())
                .isEqualTo("须为 GB/T 2260 行政区划代码");
    }

    @Test
    void creditCode_wrongCheckCharacter_firesWithCode() {
        ConstraintViolation<?> violation = only(ENGLISH.validate(institution(null, "91350100M000100Y44", null)));
        assertThat(violation.getMessage()).isEqualTo("must be a unified social credit code with a correct check character");
        assertThat(Validators.payload(violation).code()).isEqualTo("CREDIT_FORMAT");
    }

    @Test
    void creditCode_invalid_firesInChinese() {
        assertThat(only(CHINESE.validate(institution(null, "not a code", null))).getMessage())
                .isEqualTo("须为校验码正确的统一社会信用代码");
    }

    @Test
    void identifier_badFirstCharacter_firesWithCode() {
        ConstraintViolation<?> violation = only(ENGLISH.validate(institution(null, null, "-syn")));
        assertThat(violation.getMessage()).startsWith("must be 1 to 64 ASCII letters");
        assertThat(Validators.payload(violation).code()).isEqualTo("ID_FORMAT");
    }

    @Test
    void identifier_tooLong_firesInChinese() {
        assertThat(only(CHINESE.validate(institution(null, null, "a".repeat(65)))).getMessage())
                .startsWith("须为 1 至 64 个 ASCII 字母");
    }

    /**
     * Without an English bundle, ResourceBundle would fall back from English to the JVM's default
     * locale before the base bundle. The tests run on one thread (junit-platform.properties enables no
     * parallel execution), so changing the default locale disturbs no other test.
     */
    @Test
    void identifier_englishValidatorOnChineseJvm_firesInEnglish() {
        Locale original = Locale.getDefault();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        try {
            Validator english = Validators.withEl(EN);
            assertThat(only(english.validate(institution(null, null, "-syn"))).getMessage())
                    .startsWith("must be 1 to 64 ASCII letters");
        } finally {
            Locale.setDefault(original);
        }
    }

    @Test
    void identifier_customMessage_hasCodeAndSeverity() {
        CustomMessages form = new CustomMessages();
        form.id = "-syn";
        assertThat(only(ENGLISH.validate(form)).getMessage()).isEqualTo("ID_FORMAT ERROR");
    }

    @Test
    void identifier_longest_quiet() {
        assertThat(ENGLISH.validate(institution(null, null, "a".repeat(64)))).isEmpty();
    }

    @Test
    void cycleYears_lengthsOfPolicyAndType_quiet() {
        StudioForm form = new StudioForm();
        form.workshopYears = 1;
        form.cycle = Cycle.of(LocalDate.of(2026, 1, 9), 2);
        form.provincialYears = 3;
        assertThat(ENGLISH.validate(form)).isEmpty();
    }

    @Test
    void cycleYears_nulls_quiet() {
        assertThat(ENGLISH.validate(new StudioForm())).isEmpty();
    }

    @Test
    void cycleYears_wrongLengths_fireOnIntIntegerAndCycle() {
        StudioForm form = new StudioForm();
        form.workshopYears = 2;
        form.anyYears = 3;
        form.cycle = Cycle.of(LocalDate.of(2026, 1, 9), 1);
        form.provincialYears = 2;
        Set<ConstraintViolation<StudioForm>> violations = ENGLISH.validate(form);
        assertThat(violations).extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("workshopYears", "anyYears", "cycle", "provincialYears");
        assertThat(violations).extracting(v -> Validators.payload(v).code()).containsOnly("STUDIO_CYCLE_LENGTH");
    }

    @Test
    void cycleYears_wrongLength_messageNamesPolicy() {
        StudioForm form = new StudioForm();
        form.workshopYears = 2;
        assertThat(only(ENGLISH.validate(form)).getMessage())
                .isEqualTo("must be a cycle length that policy guangzhou-liwan-2026 sets (in years: 1), was 2");
        assertThat(only(CHINESE.validate(form)).getMessage())
                .isEqualTo("周期年限须符合政策 guangzhou-liwan-2026 的规定（1 年），实为 2 年");
        form.workshopYears = null;
        form.anyYears = 3;
        assertThat(only(ENGLISH.validate(form)).getMessage())
                .isEqualTo("must be a cycle length that policy guangzhou-liwan-2026 sets (in years: 1, 2), was 3");
        assertThat(only(CHINESE.validate(form)).getMessage())
                .isEqualTo("周期年限须符合政策 guangzhou-liwan-2026 的规定（1、2 年），实为 3 年");
    }

    @Test
    void cycleYears_customMessage_hasCodeSeverityAndLengths() {
        CustomMessages form = new CustomMessages();
        form.years = 3;
        assertThat(only(ENGLISH.validate(form)).getMessage()).isEqualTo("3 is not 2 (STUDIO_CYCLE_LENGTH ERROR)");
    }

    @Test
    void cycleYears_unknownPolicy_throws() {
        assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> ENGLISH.validate(new UnknownPolicy()))
                .withStackTraceContaining("policy 'atlantis-2030' is not a preset");
    }

    @Test
    void cycleYears_unknownType_throws() {
        assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> ENGLISH.validate(new UnknownType()))
                .withStackTraceContaining("defines no studio type 'SPACE_STUDIO'");
    }

    @Test
    void cycleYears_policyProvider_itsPolicysLengthIsQuiet_anotherFires_namingItsPolicy() {
        ProvidedPolicy form = new ProvidedPolicy();
        form.years = 3;
        assertThat(ENGLISH.validate(form)).isEmpty();

        form.years = 2;
        assertThat(only(ENGLISH.validate(form)).getMessage())
                .isEqualTo("must be a cycle length that policy guangdong-provincial-2021 sets (in years: 3), was 2");
        assertThat(only(CHINESE.validate(form)).getMessage())
                .isEqualTo("周期年限须符合政策 guangdong-provincial-2021 的规定（3 年），实为 2 年");
    }

    @Test
    void cycleYears_policyMakesTheRuleAWarning_violationIsAWarning() {
        RuleOfThePolicy form = new RuleOfThePolicy();
        form.warns = 2;
        ConstraintViolation<?> violation = only(ENGLISH.validate(form));
        assertThat(Validators.payload(violation).severity()).isEqualTo(Severity.WARNING);
        assertThat(violation.getMessage()).isEqualTo("STUDIO_CYCLE_LENGTH WARNING");

        form.warns = 1;
        assertThat(ENGLISH.validate(form)).isEmpty();
    }

    @Test
    void cycleYears_policyMakesTheRuleAWarning_quietBelowAnErrorFloor_firesAtAWarningFloor() {
        RuleOfThePolicy form = new RuleOfThePolicy();
        form.blocksOnErrors = 2;
        assertThat(ENGLISH.validate(form)).isEmpty();

        form.blocksOnErrors = null;
        form.advisesOnWarnings = 2;
        assertThat(Validators.payload(only(ENGLISH.validate(form))).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void cycleYears_errorFloorUnderAPolicyThatKeepsTheRuleAnError_fires() {
        RuleOfThePolicy form = new RuleOfThePolicy();
        form.blocksUnderThePreset = 2;
        assertThat(Validators.payload(only(ENGLISH.validate(form))).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void cycleYears_policySwitchesTheRuleOff_anyLengthIsQuiet() {
        RuleOfThePolicy form = new RuleOfThePolicy();
        form.off = 2;
        assertThat(ENGLISH.validate(form)).isEmpty();
    }

    @Test
    void cycleYears_providerThatFails_throws() {
        assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> ENGLISH.validate(new FailingProvider()))
                .withStackTraceContaining("@CycleYears: policyProvider")
                .withStackTraceContaining("failed to give its policy");
    }

    @Test
    void payloadFrom_nullFinding_isRefusedNamingIt() {
        assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> FindingPayload.from(null))
                .withMessage("finding");
    }
}
