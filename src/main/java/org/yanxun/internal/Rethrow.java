package org.yanxun.internal;

import java.lang.reflect.UndeclaredThrowableException;
import java.util.Objects;

/**
 * Rethrows what other code threw, whatever it was: checked exceptions thrown without being declared
 * too, which some libraries do.
 *
 * <p>Not part of the public API.
 */
public final class Rethrow {

    private Rethrow() {
    }

    /**
     * Returns a throwable as an unchecked exception to throw: a {@link RuntimeException} as it is, a
     * checked exception inside an {@link UndeclaredThrowableException}; an {@link Error} is thrown
     * as it is.
     *
     * @param thrown what was thrown, not null
     * @param what what failed, for the message of an {@code UndeclaredThrowableException}
     * @return the exception to throw
     */
    public static RuntimeException unchecked(Throwable thrown, String what) {
        if (Objects.requireNonNull(thrown, "thrown") instanceof Error error) {
            throw error;
        }
        return thrown instanceof RuntimeException runtime ? runtime : new UndeclaredThrowableException(thrown, what);
    }
}
