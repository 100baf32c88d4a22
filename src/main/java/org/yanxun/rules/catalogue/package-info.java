/**
 * The built-in rule catalogue; not exported. Use {@link org.yanxun.rules.RuleEngine#builtInRules()}.
 */
package org.yanxun.rules.catalogue;
