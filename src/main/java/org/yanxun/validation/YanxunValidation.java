package org.yanxun.validation;

import jakarta.validation.Configuration;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.NoProviderFoundException;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Objects;

/**
 * Bean Validation for applications that have no validator of their own, such as a batch job or a
 * command-line tool:
 *
 * <pre>{@code
 * Set<ConstraintViolation<StudioForm>> violations = YanxunValidation.validator().validate(form);
 * }</pre>
 *
 * <p>The factory uses the default provider. With Hibernate Validator it interpolates messages with
 * {@code ParameterMessageInterpolator}, so no Expression Language implementation is needed; the
 * library's messages use message parameters only. Applications that already have a validator (Spring,
 * Quarkus, Jakarta EE) use theirs: the constraints need nothing from this class.
 */
public final class YanxunValidation {

    private YanxunValidation() {
    }

    /**
     * Builds a validator factory whose messages follow the JVM's default locale; close it when done.
     *
     * @return a new factory
     * @throws ValidationException if no Bean Validation provider is on the class path, naming the
     *     dependency to add
     */
    public static ValidatorFactory validatorFactory() {
        return factory(null);
    }

    /**
     * Builds a validator factory whose messages are in a locale, whatever the JVM's default locale,
     * such as {@code validatorFactory(Locale.SIMPLIFIED_CHINESE)} for a server that answers Chinese
     * users; close it when done. Every Chinese locale gets the Chinese messages, every English one
     * the English messages (see docs/bean-validation.md, "Messages").
     *
     * @param locale the locale of the messages, not null
     * @return a new factory
     * @throws ValidationException if no Bean Validation provider is on the class path, naming the
     *     dependency to add
     */
    public static ValidatorFactory validatorFactory(Locale locale) {
        return factory(Objects.requireNonNull(locale, "locale"));
    }

    /** A factory whose interpolator needs no Expression Language with Hibernate Validator, in a locale or not. */
    private static ValidatorFactory factory(Locale locale) {
        Configuration<?> configuration;
        try {
            configuration = Validation.byDefaultProvider().configure();
        } catch (NoProviderFoundException e) {
            throw new ValidationException("No Jakarta Bean Validation provider found: add "
                    + "org.hibernate.validator:hibernate-validator (9.x) to the application's dependencies", e);
        }
        MessageInterpolator interpolator;
        try {
            interpolator = HibernateFeatures.parameterInterpolator();
        } catch (NoClassDefFoundError hibernateAbsent) {
            // Another provider: it keeps its own interpolator.
            interpolator = configuration.getDefaultMessageInterpolator();
        }
        return configuration.messageInterpolator(locale == null ? interpolator : new InLocale(interpolator, locale))
                .buildValidatorFactory();
    }

    /**
     * Builds a validator from a new factory that is left open for it, with messages in the JVM's
     * default locale. Validators are thread-safe: build one and share it, rather than one per call.
     *
     * @return a new validator
     * @throws ValidationException if no Bean Validation provider is on the class path
     */
    public static Validator validator() {
        return validatorFactory().getValidator();
    }

    /**
     * Builds a validator from a new factory that is left open for it, with messages in a locale, as
     * {@link #validatorFactory(Locale)} does. Validators are thread-safe: build one per locale and share
     * it.
     *
     * @param locale the locale of the messages, not null
     * @return a new validator
     * @throws ValidationException if no Bean Validation provider is on the class path
     */
    public static Validator validator(Locale locale) {
        return validatorFactory(locale).getValidator();
    }

    /**
     * An interpolator that gives its messages in one locale where the validator asks for none: a
     * provider's own locale settings, such as Hibernate Validator's {@code defaultLocale}, reach only
     * the interpolator it builds, not one set on its configuration.
     */
    private record InLocale(MessageInterpolator interpolator, Locale locale) implements MessageInterpolator {
        @Override
        public String interpolate(String template, Context context) {
            return interpolator.interpolate(template, context, locale);
        }

        @Override
        public String interpolate(String template, Context context, Locale requested) {
            return interpolator.interpolate(template, context, requested);
        }
    }
}
