package org.yanxun.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.yanxun.InvalidValueException;
import org.yanxun.internal.Checks;

/**
 * The outcome of reading JSON: either the value or every error found, never both, such as
 * {@code DatasetReader.create().read(path).orElseThrow()}.
 *
 * <p>A result with errors holds no value: the reader never returns a half-built object.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the type of the value
 */
public final class ReadResult<T> {

    private final T value;
    private final List<ReadError> errors;

    private ReadResult(T value, List<ReadError> errors) {
        this.value = value;
        this.errors = errors;
    }

    /**
     * Obtains a successful result.
     *
     * @param <T> the type of the value
     * @param value the value, not null
     * @return the result
     */
    public static <T> ReadResult<T> success(T value) {
        return new ReadResult<>(Objects.requireNonNull(value, "value"), List.of());
    }

    /**
     * Obtains a failed result.
     *
     * @param <T> the type of the value that could not be read
     * @param errors the errors, not null, not empty
     * @return the result
     * @throws IllegalArgumentException if {@code errors} is empty
     */
    public static <T> ReadResult<T> failure(List<ReadError> errors) {
        List<ReadError> copy = Checks.list(errors, "errors");
        if (copy.isEmpty()) {
            throw new InvalidValueException("读取失败的结果至少要有一个错误", "A failed read result must hold at least one error");
        }
        return new ReadResult<>(null, copy);
    }

    /**
     * Tells whether reading succeeded.
     *
     * @return true if there is a value and no error
     */
    public boolean isSuccessful() {
        return value != null;
    }

    /**
     * Returns the value.
     *
     * @return the value, or empty if reading failed
     */
    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    /**
     * Returns the errors, in the order they were found.
     *
     * @return the errors, empty if reading succeeded
     */
    public List<ReadError> errors() {
        return errors;
    }

    /**
     * Returns the value or throws the errors.
     *
     * @return the value
     * @throws JsonReadException holding every error, if reading failed
     */
    public T orElseThrow() {
        if (value == null) {
            throw new JsonReadException(errors);
        }
        return value;
    }

    /**
     * Returns a summary, such as {@code ReadResult[success]} or
     * {@code ReadResult[2 errors: JSON_MISSING at /persons/0 (line 3, column 5): ...; ...]}: the number of
     * errors and the first five, however many there are.
     *
     * @return the summary
     */
    @Override
    public String toString() {
        return value != null ? "ReadResult[success]" : "ReadResult[" + ReadError.summary(errors) + "]";
    }
}
