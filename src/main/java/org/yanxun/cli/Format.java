package org.yanxun.cli;

import java.util.Locale;

/**
 * How the command line prints a report: a readable table, the report document, or RFC 9457 Problem
 * Details.
 */
enum Format {

    /** A readable table grouped by severity and code. */
    TABLE,

    /** The report document ({@code report.schema.json}). */
    JSON,

    /** RFC 9457 Problem Details ({@code application/problem+json}). */
    PROBLEM;

    static Format parse(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "table" -> TABLE;
            case "json" -> JSON;
            case "problem" -> PROBLEM;
            default -> throw new UsageError("--format 必须是 table、json 或 problem，收到“" + text + "”",
                    "--format must be table, json or problem, was '" + text + "'");
        };
    }
}
