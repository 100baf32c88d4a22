package org.yanxun.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ClockProvider;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ValidationException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.yanxun.Studio;
import org.yanxun.examples.ExampleCommunities;

/**
 * A provider other than Hibernate Validator: its context cannot be unwrapped, so each finding becomes
 * a plain violation without message parameters or payload, at the same property path.
 */
class OtherProviderTest {

    static final class Holder {
        @ValidStudio
        Studio studio;
        @ValidStudio(message = "studio refused")
        Studio customised;
        @CycleYears(type = "BACKBONE_WORKSHOP")
        Integer years;
        @CycleYears(type = "FAMOUS_TEACHER_STUDIO", policyProvider = ValidStudioTest.Provincial.class)
        Integer provided;
    }

    private final List<String> calls = new ArrayList<>();
    private String template = "{org.yanxun.validation.ValidStudio.message}";

    /** A context, and the builders it hands out, that record every call; unwrap fails as for a foreign provider. */
    private <T> T recorder(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            String name = method.getName();
            calls.add(args == null || name.equals("getClockProvider") ? name : name + " " + List.of(args));
            if (name.equals("unwrap")) {
                throw new ValidationException("not Hibernate Validator");
            }
            if (name.equals("getDefaultConstraintMessageTemplate")) {
                return template;
            }
            if (name.equals("getClockProvider")) {
                return (ClockProvider) () -> Clock.fixed(ExampleCommunities.LIWAN_AS_OF.atStartOfDay()
                        .toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
            }
            return method.getReturnType().isInterface() ? recorder(method.getReturnType()) : null;
        }));
    }

    private static ValidStudio constraint(String field) throws ReflectiveOperationException {
        return Holder.class.getDeclaredField(field).getAnnotation(ValidStudio.class);
    }

    @Test
    void findings_plainViolationPerFinding() throws ReflectiveOperationException {
        Studio mutated = Fixtures.withTwoMembers(Fixtures.liwanStudio());
        int findings = Validators.standalone(mutated, ExampleCommunities.LIWAN_AS_OF).findings().size();
        ValidStudioValidator validator = new ValidStudioValidator();
        validator.initialize(constraint("studio"));

        boolean valid = validator.isValid(mutated, recorder(ConstraintValidatorContext.class));

        assertThat(valid).isFalse();
        assertThat(calls).filteredOn(c -> c.startsWith("buildConstraintViolationWithTemplate"))
                .hasSize(findings).containsOnly("buildConstraintViolationWithTemplate [" + Violations.FINDING_PLAIN + "]");
        assertThat(calls).filteredOn(c -> c.equals("addConstraintViolation")).hasSize(findings);
        assertThat(calls).contains("addPropertyNode [memberships]", "disableDefaultConstraintViolation");
    }

    @Test
    void findings_customMessage_keptForEachFinding() throws ReflectiveOperationException {
        Studio mutated = Fixtures.withTwoMembers(Fixtures.liwanStudio());
        int findings = Validators.standalone(mutated, ExampleCommunities.LIWAN_AS_OF).findings().size();
        ValidStudioValidator validator = new ValidStudioValidator();
        validator.initialize(constraint("customised"));
        template = "studio refused";

        validator.isValid(mutated, recorder(ConstraintValidatorContext.class));

        assertThat(calls).filteredOn(c -> c.startsWith("buildConstraintViolationWithTemplate"))
                .hasSize(findings).containsOnly("buildConstraintViolationWithTemplate [studio refused]");
    }

    @Test
    void cycleYears_keepsDefaultViolation_whoseMessageNeedsNoValues() throws ReflectiveOperationException {
        CycleYearsValidator validator = new CycleYearsValidator();
        validator.initialize(Holder.class.getDeclaredField("years").getAnnotation(CycleYears.class));
        template = "{org.yanxun.validation.CycleYears.message}";

        assertThat(validator.isValid(2, recorder(ConstraintValidatorContext.class))).isFalse();
        assertThat(calls).containsExactly("unwrap [" + org.hibernate.validator.constraintvalidation
                .HibernateConstraintValidatorContext.class + "]");
    }

    @Test
    void fieldConstraint_keepsDefaultViolation() {
        boolean valid = new RegionCodeValidator().isValid("990000", recorder(ConstraintValidatorContext.class));

        assertThat(valid).isFalse();
        assertThat(calls).containsExactly("unwrap [" + org.hibernate.validator.constraintvalidation
                .HibernateConstraintValidatorContext.class + "]");
    }

    @Test
    void cycleYears_policyProvider_plainMessageNamingNoPolicy() throws ReflectiveOperationException {
        CycleYearsValidator validator = new CycleYearsValidator();
        validator.initialize(Holder.class.getDeclaredField("provided").getAnnotation(CycleYears.class));
        template = "{org.yanxun.validation.CycleYears.message}";

        assertThat(validator.isValid(2, recorder(ConstraintValidatorContext.class))).isFalse();
        assertThat(calls).contains("disableDefaultConstraintViolation",
                "buildConstraintViolationWithTemplate [" + CycleLengths.MESSAGE_PLAIN + "]", "addConstraintViolation");
        // Such a provider would have filled the default message's {policy} with the attribute's default preset.
        ResourceBundle en = ResourceBundle.getBundle("ContributorValidationMessages", Locale.ROOT);
        ResourceBundle zh = ResourceBundle.getBundle("ContributorValidationMessages", Locale.SIMPLIFIED_CHINESE);
        String key = CycleLengths.MESSAGE_PLAIN.substring(1, CycleLengths.MESSAGE_PLAIN.length() - 1);
        assertThat(List.of(en.getString(key), zh.getString(key)))
                .containsExactly("must be a cycle length that its policy sets", "周期年限须符合所用政策的规定");
    }
}
