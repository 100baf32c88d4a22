package org.yanxun.samples;

import java.nio.file.Path;
import java.time.LocalDate;
import org.yanxun.Dataset;
import org.yanxun.json.DatasetReader;
import org.yanxun.json.ReadResult;
import org.yanxun.policy.Presets;
import org.yanxun.policy.Severity;
import org.yanxun.rules.Finding;
import org.yanxun.rules.Report;
import org.yanxun.rules.RuleEngine;

/**
 * The example of the README, kept compiling and running: read a file, validate it, print what matters.
 */
public final class ReadmeExample {

    private ReadmeExample() {
    }

    public static void main(String[] args) {
        ReadResult<Dataset> read = DatasetReader.create().read(Path.of(args.length > 0 ? args[0]
                : "examples/liwan-2026.dataset.json"));
        if (!read.isSuccessful()) {
            read.errors().forEach(e -> System.out.println(e.line() + ":" + e.column() + " " + e.pointer() + " " + e.en()));
            return;
        }
        Report report = RuleEngine.of(Presets.guangzhouLiwan2026()).validate(read.value().orElseThrow(), LocalDate.of(2026, 3, 1));
        for (Finding f : report.atLeast(Severity.WARNING).findings()) {
            System.out.println(f.severity() + " " + f.code() + " " + f.pointer() + " " + f.messageZh());
        }
        System.out.println(report.isSuccessful() ? "no errors" : "errors: " + report.count(Severity.ERROR));
    }
}
