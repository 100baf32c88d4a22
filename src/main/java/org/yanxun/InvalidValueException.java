package org.yanxun;

import java.util.Objects;

/**
 * A value the library refuses, said in Chinese as well as in English. The model's constructors and
 * factories throw it for a value no record may hold (a malformed identifier, a cycle of 9 years, a
 * date outside the years 0000 to 9999), as do the policy's and the rule engine's. Its message is the
 * English one, so a caller who catches {@link IllegalArgumentException} reads what it always read;
 * {@link #zh()} gives the Chinese one, for an application that builds records from its users' input:
 *
 * <pre>{@code
 * try {
 *     StudioId id = StudioId.of(form.id());
 * } catch (InvalidValueException e) {
 *     show(chinese ? e.zh() : e.en());
 * }
 * }</pre>
 *
 * <p>This class is immutable; it is serializable as every exception is.
 */
public final class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The Chinese message. */
    private final String zh;

    /**
     * Creates the exception.
     *
     * @param zh the message in Chinese, not null
     * @param en the message in English, not null
     */
    public InvalidValueException(String zh, String en) {
        super(Objects.requireNonNull(en, "en"));
        this.zh = Objects.requireNonNull(zh, "zh");
    }

    /**
     * Returns the message in Chinese.
     *
     * @return the message
     */
    public String zh() {
        return zh;
    }

    /**
     * Returns the message in English, as {@link #getMessage()} does.
     *
     * @return the message
     */
    public String en() {
        return getMessage();
    }

    /**
     * Returns the Chinese message of an exception a constructor of the library threw: its own if it is
     * an {@code InvalidValueException}, otherwise its (English) message, or its class's name if it has
     * none.
     *
     * @param e the exception, not null
     * @return the message, not null
     */
    public static String zhOf(IllegalArgumentException e) {
        return Objects.requireNonNull(e, "e") instanceof InvalidValueException invalid ? invalid.zh()
                : Objects.requireNonNullElse(e.getMessage(), e.getClass().getName());
    }
}
