package org.yanxun.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.yanxun.ClusterId;
import org.yanxun.Studio;
import org.yanxun.policy.Policy;
import org.yanxun.policy.Presets;
import org.yanxun.rules.Dimensions;
import org.yanxun.rules.Entity;
import org.yanxun.rules.Finding;
import org.yanxun.rules.Location;
import org.yanxun.rules.Report;
import org.yanxun.rules.RuleEngine;
import org.yanxun.rules.RuleRun;

/** Real Hibernate Validator validators for the tests, and the engine runs they are compared with. */
final class Validators {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    static final Locale EN = Locale.ENGLISH;

    private Validators() {
    }

    /** Hibernate Validator with the Expression Language (expressly) and the default interpolator. */
    static Validator withEl(Locale locale) {
        return configure(locale).buildValidatorFactory().getValidator();
    }

    /** Hibernate Validator with the parameter-only interpolator: no Expression Language. */
    static Validator withoutEl(Locale locale) {
        return configure(locale).messageInterpolator(new ParameterMessageInterpolator(Set.of(EN, ZH), locale, false))
                .buildValidatorFactory().getValidator();
    }

    /** Hibernate Validator with the Expression Language that knows one locale only, its default. */
    static Validator onlyIn(Locale locale) {
        return Validation.byProvider(HibernateValidator.class).configure().locales(locale).defaultLocale(locale)
                .buildValidatorFactory().getValidator();
    }

    /** Hibernate Validator whose clock reads a fixed day, in English. */
    static Validator withClockOn(LocalDate today) {
        Clock clock = Clock.fixed(today.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneId.of("UTC"));
        return configure(EN).clockProvider(() -> clock).buildValidatorFactory().getValidator();
    }

    private static HibernateValidatorConfiguration configure(Locale locale) {
        return Validation.byProvider(HibernateValidator.class).configure().locales(EN, ZH).defaultLocale(locale);
    }

    static FindingPayload payload(ConstraintViolation<?> violation) {
        HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
        return hibernate.getDynamicPayload(FindingPayload.class);
    }

    /** The code and pointer of each violation's payload, sorted. */
    static List<String> codesAndPointers(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(Validators::payload).map(p -> p.code() + " " + p.pointer()).sorted().toList();
    }

    /** The code and pointer of each finding, sorted. */
    static List<String> codesAndPointersOf(Report report) {
        return report.findings().stream().map(f -> f.code() + " " + f.pointer()).sorted().toList();
    }

    /** The engine run the standalone constraints promise: the studio alone, without REF_UNKNOWN. */
    static Report standalone(Studio studio, LocalDate asOf) {
        return standalone(Presets.guangzhouLiwan2026(), Dimensions.empty(),
                List.of(new Entity.OfStudio(studio, ClusterId.of("any"), Location.root())), asOf);
    }

    static Report standalone(Policy policy, Dimensions dimensions, List<Entity> records, LocalDate asOf) {
        RuleRun run = RuleEngine.of(policy.withDisabledRules(new java.util.TreeSet<>(Set.of("REF_UNKNOWN"))))
                .start(dimensions, asOf);
        records.forEach(run::accept);
        return run.finish();
    }

    static List<String> messagesEn(Report report) {
        return report.findings().stream().map(Finding::messageEn).sorted().toList();
    }

    static List<String> messages(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(ConstraintViolation::getMessage).sorted().toList();
    }
}
