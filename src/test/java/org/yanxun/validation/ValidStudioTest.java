package org.yanxun.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.yanxun.validation.Validators.EN;
import static org.yanxun.validation.Validators.ZH;

import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yanxun.Cycle;
import org.yanxun.Studio;
import org.yanxun.examples.ExampleCommunities;
import org.yanxun.policy.Policy;
import org.yanxun.policy.Presets;
import org.yanxun.policy.Severity;
import org.yanxun.rules.Finding;
import org.yanxun.rules.Report;

class ValidStudioTest {

    private static final Validator ENGLISH = Validators.withEl(EN);
    private static final Validator CHINESE = Validators.withEl(ZH);
    private static final LocalDate AS_OF = ExampleCommunities.LIWAN_AS_OF;
    private static final Studio STUDIO = Fixtures.liwanStudio();
    private static final Studio MUTATED = Fixtures.withTwoMembers(STUDIO);

    static final class Holder {
        @ValidStudio(asOf = "2026-03-01")
        final Studio studio;

        Holder(Studio studio) {
            this.studio = studio;
        }
    }

    static final class OnTheClock {
        @ValidStudio
        final Studio studio;

        OnTheClock(Studio studio) {
            this.studio = studio;
        }
    }

    static final class Graded {
        @ValidStudio(asOf = "2026-03-01", minSeverity = Severity.ERROR, groups = Blocking.class)
        @ValidStudio(asOf = "2026-03-01", minSeverity = Severity.WARNING, groups = Advisory.class)
        final Studio studio;

        Graded(Studio studio) {
            this.studio = studio;
        }
    }

    /** An application form, Spring style: its own fields, and a conversion to the model. */
    @ValidStudio(asOf = "2026-03-01")
    static final class StudioForm implements StudioSource {
        String name;
        boolean dropMembers;

        @Override
        public Studio toStudio() {
            Studio base = dropMembers ? MUTATED : STUDIO;
            return Fixtures.renamed(base, name);
        }
    }

    /** A form whose conversion fails with a message meant for developers, as an unboxed null's would. */
    @ValidStudio(asOf = "2026-03-01")
    static final class UnfilledForm implements StudioSource {
        @Override
        public Studio toStudio() {
            throw new NullPointerException("Cannot invoke \"java.lang.Integer.intValue()\" because \"this.cycleYears\" is null");
        }
    }

    static final class CustomMessage {
        @ValidStudio(asOf = "2026-03-01", message = "{code}: 工作室不合格 / studio refused")
        final Object studio;

        CustomMessage(Object studio) {
            this.studio = studio;
        }
    }

    /** Each finding's code alone, and its code with its message: three findings at one path, one message. */
    static final class CodeOnly {
        @ValidStudio(asOf = "2026-03-01", minSeverity = Severity.WARNING, message = "{code}")
        final Studio codeOnly;
        @ValidStudio(asOf = "2026-03-01", minSeverity = Severity.WARNING, message = "{code}: {messageEn}")
        final Studio codeAndMessage;

        CodeOnly(Studio studio) {
            this.codeOnly = studio;
            this.codeAndMessage = studio;
        }
    }

    static final class PolicyInMessage {
        @ValidStudio(asOf = "2026-03-01", policyProvider = Provincial.class, message = "{code} under {policy}")
        final Object studio;

        PolicyInMessage(Object studio) {
            this.studio = studio;
        }
    }

    @ValidStudio
    static final class NotASource {
    }

    static final class UnknownPolicy {
        @ValidStudio(policy = "atlantis-2030")
        final Studio studio = STUDIO;
    }

    static final class BadDate {
        @ValidStudio(asOf = "1 March 2026")
        final Studio studio = STUDIO;
    }

    static final class YearBeyondFourDigits {
        @ValidStudio(asOf = "+10000-01-01")
        final Studio studio = STUDIO;
    }

    /** A provider of the Guangdong provincial policy, whose studios need 8 to 10 members and 3-year cycles. */
    public static final class Provincial implements PolicyProvider {
        /** Creates the provider. */
        public Provincial() {
        }

        @Override
        public Policy policy() {
            return Presets.guangdongProvincial2021();
        }
    }

    /** A provider of the Liwan preset under an id of its own that makes REF_UNKNOWN a warning. */
    public static final class RefUnknownWarns implements PolicyProvider {
        /** Creates the provider. */
        public RefUnknownWarns() {
        }

        @Override
        public Policy policy() {
            return Presets.guangzhouLiwan2026().withId("district-ref-unknown-warns")
                    .withSeverities(new TreeMap<>(Map.of("REF_UNKNOWN", Severity.WARNING)));
        }
    }

    static final class RefUnknownWarning {
        @ValidStudio(asOf = "2026-03-01", minSeverity = Severity.INFO, policyProvider = RefUnknownWarns.class)
        final Studio studio;

        RefUnknownWarning(Studio studio) {
            this.studio = studio;
        }
    }

    static final class Provided {
        @ValidStudio(asOf = "2026-03-01", policy = "does-not-matter", policyProvider = Provincial.class)
        final Studio studio = STUDIO;
    }

    /** A provider whose policy cannot be had. */
    public static final class Failing implements PolicyProvider {
        /** Creates the provider. */
        public Failing() {
        }

        @Override
        public Policy policy() {
            throw new IllegalStateException("the policy service is down");
        }
    }

    /** A provider of a policy that sets the severity of a rule no engine has. */
    public static final class NamesUnknownRule implements PolicyProvider {
        /** Creates the provider. */
        public NamesUnknownRule() {
        }

        @Override
        public Policy policy() {
            return Presets.guangzhouLiwan2026().withSeverities(new TreeMap<>(Map.of("NO_SUCH_RULE", Severity.INFO)));
        }
    }

    /** A provider with no policy. */
    public static final class Empty implements PolicyProvider {
        /** Creates the provider. */
        public Empty() {
        }

        @Override
        public Policy policy() {
            return null;
        }
    }

    /** A provider that cannot be made. */
    public static final class Unmakeable implements PolicyProvider {
        /** Fails. */
        public Unmakeable() {
            throw new IllegalStateException("no configuration");
        }

        @Override
        public Policy policy() {
            return Presets.guangzhouLiwan2026();
        }
    }

    /** A provider whose class cannot be initialised. */
    public static final class Uninitialisable implements PolicyProvider {
        static {
            if (Boolean.parseBoolean("true")) {
                throw new IllegalStateException("no policy store");
            }
        }

        /** Creates the provider. */
        public Uninitialisable() {
        }

        @Override
        public Policy policy() {
            return Presets.guangzhouLiwan2026();
        }
    }

    /** A class that cannot be initialised, which only {@link NeedsUninitialisable} uses. */
    static final class PolicyStore {
        static final Policy POLICY;

        static {
            if (Boolean.parseBoolean("true")) {
                throw new IllegalStateException("the policy store is unreachable");
            }
            POLICY = Presets.guangzhouLiwan2026();
        }

        private PolicyStore() {
        }
    }

    /** A provider whose policy needs a class that cannot be initialised. */
    public static final class NeedsUninitialisable implements PolicyProvider {
        /** Creates the provider. */
        public NeedsUninitialisable() {
        }

        @Override
        public Policy policy() {
            return PolicyStore.POLICY;
        }
    }

    static final class ProvidedByUninitialisable {
        @ValidStudio(policyProvider = Uninitialisable.class)
        final Studio studio = STUDIO;
    }

    static final class ProvidedByNeedsUninitialisable {
        @ValidStudio(policyProvider = NeedsUninitialisable.class)
        final Studio studio = STUDIO;
    }

    static final class ProvidedByFailing {
        @ValidStudio(policyProvider = Failing.class)
        final Studio studio = STUDIO;
    }

    static final class ProvidedByEmpty {
        @ValidStudio(policyProvider = Empty.class)
        final Studio studio = STUDIO;
    }

    static final class ProvidedByNamesUnknownRule {
        @ValidStudio(policyProvider = NamesUnknownRule.class)
        final Studio studio = STUDIO;
    }

    static final class ProvidedByUnmakeable {
        @ValidStudio(policyProvider = Unmakeable.class)
        final Studio studio = STUDIO;
    }

    /** The declaration error a validation failed with, whether or not the provider wrapped it. */
    private static ConstraintDeclarationException declarationError(Object bean) {
        Throwable thrown = catchThrowable(() -> ENGLISH.validate(bean));
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ConstraintDeclarationException declaration) {
                return declaration;
            }
        }
        throw new AssertionError("no ConstraintDeclarationException in " + thrown, thrown);
    }

    // -----------------------------------------------------------------------
    @Test
    void validStudio_example_quiet() {
        assertThat(ENGLISH.validate(new Holder(STUDIO))).isEmpty();
    }

    @Test
    void validStudio_null_quiet() {
        assertThat(ENGLISH.validate(new Holder(null))).isEmpty();
    }

    @Test
    void validStudio_withoutMembers_sameCodesAndPointersAsEngine() {
        Report engine = Validators.standalone(MUTATED, AS_OF);
        Set<ConstraintViolation<Holder>> violations = ENGLISH.validate(new Holder(MUTATED));
        assertThat(engine.findings()).isNotEmpty();
        assertThat(Validators.codesAndPointers(violations)).isEqualTo(Validators.codesAndPointersOf(engine));
    }

    @Test
    void validStudio_withoutMembers_sameEnglishMessagesAsEngine() {
        assertThat(Validators.messages(ENGLISH.validate(new Holder(MUTATED))))
                .isEqualTo(Validators.messagesEn(Validators.standalone(MUTATED, AS_OF)));
    }

    @Test
    void validStudio_withoutMembers_sameChineseMessagesAsEngine() {
        assertThat(Validators.messages(CHINESE.validate(new Holder(MUTATED)))).isEqualTo(
                Validators.standalone(MUTATED, AS_OF).findings().stream().map(Finding::messageZh).sorted().toList());
    }

    /** Simplified Chinese is what the library has; a validator in any Chinese locale gets it. */
    @ParameterizedTest
    @ValueSource(strings = {"zh", "zh-CN", "zh-TW", "zh-Hans", "zh-Hans-CN", "zh-SG"})
    void validStudio_anyChineseLocale_chineseMessages(String tag) {
        Validator validator = Validators.onlyIn(Locale.forLanguageTag(tag));

        assertThat(Validators.messages(validator.validate(new Holder(MUTATED)))).isEqualTo(
                Validators.standalone(MUTATED, AS_OF).findings().stream().map(Finding::messageZh).sorted().toList());
    }

    @Test
    void validStudio_applicationsOwnFindingMessage_rewordsEachFinding() {
        Validator validator = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ResourceBundleMessageInterpolator(
                        new PlatformResourceBundleLocator("org/yanxun/validation/ApplicationMessages")))
                .locales(Locale.ENGLISH).defaultLocale(Locale.ENGLISH).buildValidatorFactory().getValidator();
        assertThat(Validators.messages(validator.validate(new Holder(MUTATED)))).isEqualTo(
                Validators.standalone(MUTATED, AS_OF).findings().stream().map(f -> "[" + f.code() + "] " + f.messageEn())
                        .sorted().toList());
    }

    @Test
    void validStudio_withoutMembers_severitiesAsEngine() {
        assertThat(ENGLISH.validate(new Holder(MUTATED))).extracting(v -> Validators.payload(v).severity())
                .containsExactlyInAnyOrderElementsOf(
                        Validators.standalone(MUTATED, AS_OF).findings().stream().map(Finding::severity).toList());
    }

    @Test
    void validStudio_memberCount_pathFollowsPointer() {
        assertThat(ENGLISH.validate(new Holder(MUTATED)))
                .filteredOn(v -> Validators.payload(v).code().equals("STUDIO_MEMBER_COUNT"))
                .extracting(v -> v.getPropertyPath().toString()).containsExactly("studio.memberships");
    }

    @Test
    void validStudio_indexedPointer_pathHasIndex() {
        assertThat(ENGLISH.validate(new Holder(MUTATED)))
                .filteredOn(v -> Validators.payload(v).pointer().equals("/mentoringPairs/0/apprentice"))
                .extracting(v -> v.getPropertyPath().toString()).containsExactly("studio.mentoringPairs[0].apprentice");
    }

    @Test
    void validStudio_sourceObject_validatedThroughConversion() {
        StudioForm form = new StudioForm();
        form.name = "林老师名教师工作室";
        form.dropMembers = true;
        Set<ConstraintViolation<StudioForm>> violations = ENGLISH.validate(form);
        assertThat(Validators.codesAndPointers(violations))
                .isEqualTo(Validators.codesAndPointersOf(Validators.standalone(Fixtures.renamed(MUTATED, form.name), AS_OF)));
        assertThat(violations).extracting(v -> v.getPropertyPath().toString()).contains("memberships");
    }

    @Test
    void validStudio_sourceObjectValid_quiet() {
        StudioForm form = new StudioForm();
        form.name = "林老师名教师工作室";
        assertThat(ENGLISH.validate(form)).isEmpty();
    }

    @Test
    void validStudio_sourceConversionFails_oneSourceViolation() {
        StudioForm form = new StudioForm();
        form.name = " ";
        ConstraintViolation<StudioForm> violation = ENGLISH.validate(form).iterator().next();
        assertThat(ENGLISH.validate(form)).hasSize(1);
        assertThat(violation.getMessage()).isEqualTo("cannot be converted for validation: name must not be blank, was ' '");
        assertThat(Validators.payload(violation).code()).isEqualTo("SOURCE_INVALID");
    }

    @Test
    void validStudio_sourceConversionFails_chinese_saysWhyInChinese() {
        StudioForm form = new StudioForm();
        form.name = " ";

        assertThat(CHINESE.validate(form)).singleElement().extracting(ConstraintViolation::getMessage)
                .isEqualTo("无法转换以进行校验：属性“name”不能为空白，实为“ ”");
    }

    @Test
    void validStudio_sourceConversionFailsOtherwise_genericReason() {
        assertThat(ENGLISH.validate(new UnfilledForm())).singleElement().extracting(ConstraintViolation::getMessage)
                .isEqualTo("cannot be converted for validation: a required value is missing or invalid");
    }

    @Test
    void validStudio_sourceConversionFailsOtherwise_chinese_genericReason() {
        assertThat(CHINESE.validate(new UnfilledForm())).singleElement().extracting(ConstraintViolation::getMessage)
                .isEqualTo("无法转换以进行校验：缺少必填值或取值无效");
    }

    @Test
    void validStudio_customMessage_usedForEachFinding() {
        Set<ConstraintViolation<CustomMessage>> violations = ENGLISH.validate(new CustomMessage(MUTATED));
        assertThat(Validators.messages(violations)).isNotEmpty().isEqualTo(Validators.standalone(MUTATED, AS_OF)
                .findings().stream().map(f -> f.code() + ": 工作室不合格 / studio refused").sorted().toList());
    }

    @Test
    void validStudio_customMessageWithoutTheFindingsText_mergesFindingsAtOnePath_asTheDocsSay() {
        Studio studio = STUDIO;
        Studio noActivities = new Studio(studio.id(), studio.name(), studio.type(), studio.level(),
                studio.hostInstitution(), studio.researchDirection(), studio.stages(), studio.subjects(), studio.cycle(),
                studio.status(), studio.memberships(), studio.evaluations(), List.of(), studio.mentoringPairs(),
                studio.certificates());
        assertThat(Validators.standalone(noActivities, AS_OF).withCode("STUDIO_HOST_DUTIES").findings()).hasSize(3);

        Set<ConstraintViolation<CodeOnly>> violations = ENGLISH.validate(new CodeOnly(noActivities));

        assertThat(violations.stream().filter(v -> v.getPropertyPath().toString().equals("codeOnly.activities")))
                .extracting(ConstraintViolation::getMessage).containsExactly("STUDIO_HOST_DUTIES");
        assertThat(violations.stream().filter(v -> v.getPropertyPath().toString().equals("codeAndMessage.activities")))
                .hasSize(3);
    }

    @Test
    void validStudio_conversionFailureUnderAPolicyProvider_namesTheProvidersPolicy() {
        assertThat(ENGLISH.validate(new PolicyInMessage(new UnfilledForm()))).singleElement()
                .extracting(ConstraintViolation::getMessage).isEqualTo("SOURCE_INVALID under guangdong-provincial-2021");
    }

    @Test
    void validStudio_customMessage_usedForConversionFailure() {
        assertThat(ENGLISH.validate(new CustomMessage(new UnfilledForm()))).singleElement()
                .extracting(ConstraintViolation::getMessage).isEqualTo("SOURCE_INVALID: 工作室不合格 / studio refused");
    }

    @Test
    void validStudio_neitherStudioNorSource_throws() {
        assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> ENGLISH.validate(new NotASource()))
                .withStackTraceContaining("@ValidStudio applies to org.yanxun.Studio and to org.yanxun.validation.StudioSource");
    }

    @Test
    void validStudio_unknownPolicy_throws() {
        assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> ENGLISH.validate(new UnknownPolicy()))
                .withStackTraceContaining("policy 'atlantis-2030' is not a preset");
    }

    @Test
    void validStudio_providerWhosePolicyFails_declarationError() {
        assertThat(declarationError(new ProvidedByFailing())).hasMessageContaining(
                "policyProvider " + Failing.class.getName() + " failed to give its policy")
                .hasMessageContaining("the policy service is down").hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void validStudio_providerOfPolicyNamingUnknownRule_declarationErrorReadsOn() {
        assertThat(declarationError(new ProvidedByNamesUnknownRule())).hasMessage("@ValidStudio: policy "
                + "'guangzhou-liwan-2026' is unusable: policy 'guangzhou-liwan-2026' names rule codes no rule has: "
                + "severities.NO_SUCH_RULE");
    }

    @Test
    void validStudio_providerOfNoPolicy_declarationError() {
        assertThat(declarationError(new ProvidedByEmpty())).hasMessageContaining("returned no policy");
    }

    @Test
    void validStudio_providerThatCannotBeMade_declarationError() {
        assertThat(declarationError(new ProvidedByUnmakeable())).hasMessageContaining("cannot be instantiated")
                .hasMessageContaining("no configuration");
    }

    @Test
    void validStudio_providerWhoseClassCannotBeInitialised_declarationError() {
        // Only this test uses the two classes, so each is initialised here first: the reason is the initialiser's.
        assertThat(declarationError(new ProvidedByUninitialisable())).hasMessageContaining(
                "policyProvider " + Uninitialisable.class.getName() + " cannot be initialised: "
                        + "java.lang.IllegalStateException: no policy store")
                .hasCauseInstanceOf(IllegalStateException.class);
        assertThat(declarationError(new ProvidedByNeedsUninitialisable())).hasMessageContaining(
                "policyProvider " + NeedsUninitialisable.class.getName() + " failed to give its policy: "
                        + "java.lang.IllegalStateException: the policy store is unreachable")
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void validStudio_badAsOf_throws() {
        assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> ENGLISH.validate(new BadDate()))
                .withStackTraceContaining("asOf must be a real date written yyyy-MM-dd, such as 2026-03-01, "
                        + "was '1 March 2026'");
        assertThat(declarationError(new YearBeyondFourDigits())).hasMessage("@ValidStudio: asOf must be a real date "
                + "written yyyy-MM-dd, such as 2026-03-01, was '+10000-01-01'");
    }

    @Test
    void validStudio_policyProvider_takesPrecedence() {
        assertThat(ENGLISH.validate(new Provided())).extracting(v -> Validators.payload(v).code())
                .contains("STUDIO_CYCLE_LENGTH", "STUDIO_MEMBER_COUNT");
    }

    @Test
    void validStudio_policyWithASeverityForRefUnknown_usableAndRefUnknownStaysOff() {
        // The studio's host, members and employers are in no dataset here, so REF_UNKNOWN would fire.
        assertThat(ENGLISH.validate(new RefUnknownWarning(STUDIO))).isEmpty();
        Studio threeYears = STUDIO.toBuilder().cycle(new Cycle(STUDIO.cycle().start(), 3)).build();
        assertThat(ENGLISH.validate(new RefUnknownWarning(threeYears))).extracting(v -> Validators.payload(v).code())
                .containsExactly("STUDIO_CYCLE_LENGTH");
    }

    @Test
    void validStudio_fixedAsOf_ignoresClock() {
        assertThat(Validators.withClockOn(LocalDate.of(2028, 6, 1)).validate(new Holder(STUDIO))).isEmpty();
    }

    @Test
    void validStudio_noAsOf_validatesOnClockDay() {
        Set<ConstraintViolation<OnTheClock>> violations =
                Validators.withClockOn(LocalDate.of(2028, 6, 1)).validate(new OnTheClock(STUDIO));
        assertThat(Validators.codesAndPointers(violations))
                .isEqualTo(Validators.codesAndPointersOf(Validators.standalone(STUDIO, LocalDate.of(2028, 6, 1))))
                .contains("STUDIO_EVALUATION_SCHEDULE /evaluations");
    }

    @Test
    void validStudio_noAsOf_clockOnExampleDay_quiet() {
        assertThat(Validators.withClockOn(AS_OF).validate(new OnTheClock(STUDIO))).isEmpty();
    }

    @Test
    void validStudio_blockingGroup_onlyErrors() {
        Report errors = Validators.standalone(MUTATED, AS_OF).atLeast(Severity.ERROR);
        assertThat(Validators.codesAndPointers(ENGLISH.validate(new Graded(MUTATED), Blocking.class)))
                .isEqualTo(Validators.codesAndPointersOf(errors));
    }

    @Test
    void validStudio_advisoryGroup_errorsAndWarnings() {
        Report report = Validators.standalone(MUTATED, AS_OF);
        assertThat(report.count(Severity.WARNING)).isPositive();
        assertThat(Validators.codesAndPointers(ENGLISH.validate(new Graded(MUTATED), Advisory.class)))
                .isEqualTo(Validators.codesAndPointersOf(report.atLeast(Severity.WARNING)));
    }

    @Test
    void validStudio_defaultGroup_groupedConstraintsSilent() {
        assertThat(ENGLISH.validate(new Graded(MUTATED))).isEmpty();
    }
}
