package org.yanxun.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.yanxun.internal.Checks;
import org.yanxun.internal.English;
import org.yanxun.json.JsonLimits;
import org.yanxun.json.JsonLinesReport;
import org.yanxun.policy.Policy;
import org.yanxun.policy.Severity;
import org.yanxun.rules.Finding;
import org.yanxun.rules.Report;
import org.yanxun.rules.Rule;
import org.yanxun.rules.RuleEngine;

/**
 * A report as a readable table: the policy and date used, the result, then the findings grouped by
 * severity (most serious first) and rule code, each with its location and message.
 */
final class ReportTable {

    private ReportTable() {
    }

    /** How many findings of one code the table shows unless asked for all. */
    static final int SHOWN_PER_CODE = 10;

    /** Says that a policy does not apply on the date of a report, and when it does. */
    private static String notInForce(Policy policy, Language language) {
        String until = policy.effectiveUntil().map(LocalDate::toString).orElse(null);
        return language.pick("（政策 " + policy.id() + " 在该日不适用："
                        + (until == null ? "自 " + policy.effectiveFrom() + " 起适用" : "适用期为 " + policy.effectiveFrom()
                                + " 至 " + until) + "）",
                " (policy " + policy.id() + " does not apply on that date: it applies from " + policy.effectiveFrom()
                        + (until == null ? "" : " to " + until) + ")");
    }

    /**
     * Renders the result of a validation: a whole document's has no read errors; a JSON Lines file's
     * passes only if every line was read, and its result line counts the read errors, which are
     * printed apart. The number of lines of a JSON Lines file stands beside its name, so that an empty
     * file does not pass unnoticed; a whole document has none ({@code lines} empty).
     */
    static String render(String source, OptionalLong lines, JsonLinesReport result, Policy policy, Language language,
            boolean all) {
        StringBuilder out = new StringBuilder();
        Report report = result.report();
        Map<Severity, Integer> counts = report.countsBySeverity();
        int unread = result.readErrors().size();
        // Past the limit the last error stands for those left out: there are more than the limit, not one more.
        int limit = JsonLimits.defaults().maxErrors();
        boolean pastLimit = unread > limit;
        out.append(language.pick("文件：", "File: ")).append(source);
        lines.ifPresent(n -> out.append(language.pick("（" + n + " 行）", " (" + English.count(n, "line") + ")")));
        out.append('\n')
                .append(language.pick("政策：", "Policy: ")).append(policy.id()).append(" (")
                .append(Checks.printable(language.pick(policy.nameZh(), policy.nameEn()))).append(")\n")
                .append(language.pick("基准日期：", "As of: ")).append(report.asOf())
                .append(policy.isEffectiveOn(report.asOf()) ? "" : notInForce(policy, language)).append('\n')
                .append(language.pick("结果：", "Result: "))
                .append(result.isSuccessful() ? language.pick("通过", "PASSED") : language.pick("未通过", "FAILED"))
                .append(language.pick("（错误 " + counts.get(Severity.ERROR) + "，警告 " + counts.get(Severity.WARNING)
                                + "，提示 " + counts.get(Severity.INFO)
                                + (unread == 0 ? "" : pastLimit ? "，读取错误超过 " + limit : "，读取错误 " + unread) + "）",
                        " (" + English.count(counts.get(Severity.ERROR), "error") + ", "
                                + English.count(counts.get(Severity.WARNING), "warning") + ", "
                                + English.count(counts.get(Severity.INFO), "info")
                                + (unread == 0 ? "" : pastLimit ? ", more than " + limit + " read errors"
                                        : ", " + English.count(unread, "read error")) + ")"))
                .append('\n');
        for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
            Map<String, List<Finding>> byCode = new TreeMap<>();
            report.findings().stream().filter(f -> f.severity() == severity)
                    .forEach(f -> byCode.computeIfAbsent(f.code(), code -> new java.util.ArrayList<>()).add(f));
            if (byCode.isEmpty()) {
                continue;
            }
            out.append('\n').append(language.pick(severity.zh(), severity.name())).append(" (")
                    .append(counts.get(severity)).append(")\n");
            byCode.forEach((code, findings) -> {
                out.append("  ").append(code).append(" — ").append(title(code, language)).append(" (")
                        .append(findings.size()).append(")\n");
                int shown = all ? findings.size() : Math.min(findings.size(), SHOWN_PER_CODE);
                for (Finding finding : findings.subList(0, shown)) {
                    // A pointer names any property of the input, line breaks included.
                    String location = language.pick(finding.location().zh(), finding.location().toString());
                    String message = language.pick(finding.messageZh(), finding.messageEn());
                    out.append("    ").append(Checks.printable(location + "  " + message)).append('\n');
                }
                if (shown < findings.size()) {
                    int more = findings.size() - shown;
                    out.append("    ").append(language.pick("……另有 " + more + " 条（用 --all 显示全部）",
                            "... " + more + " more (--all shows every finding)")).append('\n');
                }
            });
        }
        return out.toString();
    }

    private static String title(String code, Language language) {
        if (code.equals(RuleEngine.ENGINE_RULE_FAILED)) {
            return language.pick("规则执行失败", "rule failed");
        }
        return RuleEngine.builtInRules().stream().map(Rule::info).filter(info -> info.code().equals(code))
                .map(info -> language.pick(info.titleZh(), info.titleEn())).findFirst().orElse("");
    }
}
