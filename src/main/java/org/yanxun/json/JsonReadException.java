package org.yanxun.json;

import java.util.List;
import org.yanxun.InvalidValueException;
import org.yanxun.internal.Checks;

/**
 * Thrown by {@link ReadResult#orElseThrow()} when JSON could not be read; holds every error found.
 *
 * <p>The message lists the first errors in English; {@link #errors()} gives all of them with their
 * Chinese and English messages. The errors are not serialized.
 */
public final class JsonReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Not serialized: a deserialized exception keeps its message but holds no errors. */
    private final transient List<ReadError> errors;

    /**
     * Creates an exception holding errors.
     *
     * @param errors the errors, not null, not empty
     * @throws IllegalArgumentException if {@code errors} is empty
     */
    public JsonReadException(List<ReadError> errors) {
        super(describe(Checks.list(errors, "errors")));
        this.errors = List.copyOf(errors);
    }

    private static String describe(List<ReadError> errors) {
        if (errors.isEmpty()) {
            throw new InvalidValueException("读取异常至少要有一个错误", "A read exception must hold at least one error");
        }
        return "JSON could not be read, " + ReadError.summary(errors);
    }

    /**
     * Returns the errors, in the order they were found.
     *
     * @return the errors, not empty but for an exception that was deserialized, which holds none
     */
    public List<ReadError> errors() {
        return errors == null ? List.of() : errors;
    }
}
