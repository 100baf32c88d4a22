package org.yanxun.validation;

import org.yanxun.Alliance;

/**
 * An application object that converts itself into an {@link Alliance}, so that {@link ValidAlliance} can
 * validate it, such as a form or request body.
 *
 * <p>A conversion that throws {@link IllegalArgumentException}, {@link NullPointerException} or
 * {@link java.time.DateTimeException} is reported as one {@code SOURCE_INVALID} violation with the
 * exception's message; a conversion that returns null leaves nothing to validate.
 */
public interface AllianceSource {

    /**
     * Converts this object.
     *
     * @return the alliance, or null when there is nothing to validate
     */
    Alliance toAlliance();
}
