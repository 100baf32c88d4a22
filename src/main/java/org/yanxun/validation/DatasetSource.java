package org.yanxun.validation;

import org.yanxun.Dataset;

/**
 * An application object that converts itself into a {@link Dataset}, so that {@link ValidDataset} can
 * validate it, such as a form or request body.
 *
 * <p>A conversion that throws {@link IllegalArgumentException}, {@link NullPointerException} or
 * {@link java.time.DateTimeException} is reported as one {@code SOURCE_INVALID} violation. Its message
 * quotes the model's refusal of a value ({@link org.yanxun.InvalidValueException}), in the language of
 * the message; any other exception's message is meant for developers, so it gives a generic reason. A
 * conversion that returns null leaves nothing to validate.
 */
public interface DatasetSource {

    /**
     * Converts this object.
     *
     * @return the dataset, or null when there is nothing to validate
     */
    Dataset toDataset();
}
