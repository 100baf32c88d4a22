/**
 * The rule engine: rules with stable codes, findings with locations and bilingual messages, and
 * reports. See {@link org.yanxun.rules.RuleEngine}.
 *
 * <p><b>Null policy.</b> No method or constructor in this package accepts null unless its Javadoc
 * says so; nothing returns null. Value types are immutable and thread-safe; a
 * {@link org.yanxun.rules.RuleRun} is not. The package imports only the JDK, the model and the policy
 * package.
 */
package org.yanxun.rules;
