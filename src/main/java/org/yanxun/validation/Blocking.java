package org.yanxun.validation;

/**
 * A validation group for findings that block a save, such as
 * {@code @ValidStudio(minSeverity = Severity.ERROR, groups = Blocking.class)}.
 *
 * <p>Validate this group where invalid data must be rejected, and {@link Advisory} where the findings
 * are shown to the user without stopping them.
 */
public interface Blocking {
}
