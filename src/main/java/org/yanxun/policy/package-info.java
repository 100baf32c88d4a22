/**
 * Policies as data: every number and list the rules read, with a source citation, a confidence and
 * validity dates, and the built-in presets of {@link org.yanxun.policy.Presets}.
 *
 * <p><b>Null policy.</b> No method or constructor in this package accepts null unless its Javadoc
 * says so; nothing returns null. Every type here is immutable and thread-safe. The package imports
 * only the JDK and the model (and the library's unexported {@code org.yanxun.internal} helpers).
 */
package org.yanxun.policy;
