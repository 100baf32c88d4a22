/**
 * The rule engine: rules with stable codes, findings with locations and bilingual messages, and
 * reports. See {@link org.yanxun.rules.RuleEngine}.
 *
 * <p><b>Null policy.</b> No method or constructor in this package accepts null unless its Javadoc
 * says so; nothing returns null. Value types are immutable and thread-safe; a
 * {@link org.yanxun.rules.RuleRun} is not. The package imports only the JDK, the model, the policy
 * package and the library's own unexported helpers ({@code org.yanxun.internal}, and the built-in
 * catalogue in {@code org.yanxun.rules.catalogue}).
 */
package org.yanxun.rules;
