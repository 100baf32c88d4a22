package org.yanxun.validation;

/**
 * A validation group for findings that are shown but do not block, such as
 * {@code @ValidStudio(minSeverity = Severity.WARNING, groups = Advisory.class)}.
 *
 * <p>A constraint in this group with {@code minSeverity = WARNING} reports errors too; validate it
 * alone, or after {@link Blocking} in a {@code @GroupSequence}, to avoid reporting an error twice.
 */
public interface Advisory {
}
