package org.yanxun;

import java.time.LocalDate;
import java.util.Objects;
import org.yanxun.internal.Checks;

/**
 * A training resource of an alliance's shared library, such as a lesson case contributed by 恩阳 and
 * last reviewed on {@code 2025-06-30}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the identifier, not null
 * @param title the title, not blank
 * @param kind the kind, not null
 * @param contributor the contributing institution, not null
 * @param createdOn the date it was created, not null
 * @param lastReviewedOn the date it was last reviewed (定期更新维护), not before {@code createdOn}
 * @param shared true if it has been moved to the shared platform (互移)
 */
public record SharedResource(ResourceId id, String title, ResourceKind kind, InstitutionId contributor,
        LocalDate createdOn, LocalDate lastReviewedOn, boolean shared) {

    /**
     * Creates a shared resource, checking its invariants.
     *
     * @param id the identifier, not null
     * @param title the title, not blank
     * @param kind the kind, not null
     * @param contributor the contributing institution, not null
     * @param createdOn the date it was created, not null
     * @param lastReviewedOn the date it was last reviewed (定期更新维护), not before {@code createdOn}
     * @param shared true if it has been moved to the shared platform (互移)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is outside what its parameter allows
     */
    public SharedResource {
        Objects.requireNonNull(id, "id");
        Checks.text(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(contributor, "contributor");
        Checks.date(createdOn, "createdOn");
        Checks.date(lastReviewedOn, "lastReviewedOn");
        if (lastReviewedOn.isBefore(createdOn)) {
            throw new InvalidValueException("资源 " + id + " 的审核日期 " + lastReviewedOn + " 早于创建日期 "
                    + createdOn, "Resource " + id + " must not be reviewed before it is created, was "
                    + lastReviewedOn + " before " + createdOn);
        }
    }
}
