package org.yanxun.samples;

import java.nio.file.Path;
import java.time.LocalDate;
import org.yanxun.Dataset;
import org.yanxun.json.DatasetReader;
import org.yanxun.json.ReadResult;
import org.yanxun.policy.Presets;
import org.yanxun.rules.Report;
import org.yanxun.rules.RuleEngine;

/**
 * Reads a partner institution's file — the 綦营恩 alliance as shipped in {@code examples/} — and prints
 * what the rules find, in Chinese. A file that cannot be read is reported with the location of every
 * problem, and nothing is validated.
 */
public final class ReadPartnerFile {

    private ReadPartnerFile() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "examples/qiyingen.dataset.json");
        ReadResult<Dataset> read = DatasetReader.create().read(file);
        if (!read.isSuccessful()) {
            read.errors().forEach(error -> System.out.println("无法读取：第 " + error.line() + " 行 " + error.pointer()
                    + " " + error.zh()));
            return;
        }
        Report report = RuleEngine.of(Presets.chengyuQiyingen2023())
                .validate(read.value().orElseThrow(), LocalDate.of(2025, 10, 8));
        System.out.println("共 " + report.findings().size() + " 条发现，" + (report.isSuccessful() ? "无错误" : "有错误"));
        report.findings().forEach(finding -> System.out.println(finding.severity().zh() + " " + finding.code() + " "
                + finding.pointer() + "：" + finding.messageZh()));
    }
}
