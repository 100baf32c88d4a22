package org.yanxun.samples;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.yanxun.json.JsonLinesReport;
import org.yanxun.json.JsonLinesValidation;
import org.yanxun.policy.Presets;
import org.yanxun.rules.RuleEngine;

/**
 * Streams a JSON Lines file through the rule engine without loading it: a first pass collects the
 * institutions and alliances, a second feeds every record to the rules as it is read. Memory stays
 * flat however long the file is, apart from the per-key states of the rules that look across records.
 */
public final class StreamJsonLines {

    private StreamJsonLines() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "examples/liwan-2026.jsonl");
        AtomicLong seen = new AtomicLong();
        JsonLinesReport result = JsonLinesValidation.of(RuleEngine.of(Presets.guangzhouLiwan2026()))
                .withProgress(seen::set)
                .validate(file, LocalDate.of(2026, 3, 1));
        System.out.println("lines: " + result.lines() + ", read errors: " + result.readErrors().size() + ", progress seen: "
                + seen.get());
        System.out.println(result.report());
    }
}
