package org.yanxun.validation;

import org.yanxun.Studio;

/**
 * An application object that converts itself into a {@link Studio}, so that {@link ValidStudio} can
 * validate it, such as a form or request body.
 *
 * <p>A conversion that throws {@link IllegalArgumentException}, {@link NullPointerException} or
 * {@link java.time.DateTimeException} is reported as one {@code SOURCE_INVALID} violation. Its message
 * quotes the model's refusal of a value ({@link org.yanxun.InvalidValueException}), in the language of
 * the message; any other exception's message is meant for developers, so it gives a generic reason. A
 * conversion that returns null leaves nothing to validate.
 */
public interface StudioSource {

    /**
     * Converts this object.
     *
     * @return the studio, or null when there is nothing to validate
     */
    Studio toStudio();
}
