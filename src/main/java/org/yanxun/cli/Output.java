package org.yanxun.cli;

/**
 * The choices of how to print: format, language, and whether a table shows every finding.
 *
 * @param format the format
 * @param language the language
 * @param all true to show every finding in a table
 */
record Output(Format format, Language language, boolean all) {
}
