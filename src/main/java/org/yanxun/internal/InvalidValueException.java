package org.yanxun.internal;

import java.util.Objects;

/**
 * A value the model refuses, said in Chinese as well as in English: its message is the English one,
 * so a caller who catches {@link IllegalArgumentException} reads what it always read, and the readers
 * give their users the Chinese one too.
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
     * Returns the Chinese message of an exception a model constructor threw: its own if it has one,
     * otherwise its (English) message.
     *
     * @param e the exception, not null
     * @return the message
     */
    public static String zhOf(IllegalArgumentException e) {
        return e instanceof InvalidValueException invalid ? invalid.zh() : e.getMessage();
    }
}
