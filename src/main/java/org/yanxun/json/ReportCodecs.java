package org.yanxun.json;

import static org.yanxun.json.ObjectCodec.at;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.yanxun.InvalidValueException;
import org.yanxun.internal.English;
import org.yanxun.policy.Severity;
import org.yanxun.rules.Finding;
import org.yanxun.rules.Location;
import org.yanxun.rules.Report;
import tools.jackson.core.JsonGenerator;

/**
 * Codecs of the report document and of the findings and read errors that report and problem
 * documents share.
 */
final class ReportCodecs {

    /** The {@code kind} of a report document. */
    static final String KIND = "report";

    static final ObjectCodec<Finding> FINDING = ObjectCodec.<Finding>of("校验发现", "finding")
            .required("code", Scalars.TEXT, Finding::code)
            .required("severity", Scalars.named(Severity.class), Finding::severity)
            .required("pointer", Scalars.TEXT, Finding::pointer)
            .optional("line", Scalars.LONG, f -> boxed(f.location().line()))
            .required("messageZh", Scalars.TEXT, Finding::messageZh)
            .required("messageEn", Scalars.TEXT, Finding::messageEn)
            .required("policy", Scalars.TEXT, Finding::policyId)
            .build(v -> new Finding(at(v, 0), at(v, 1), new Location(unboxed(at(v, 3)), at(v, 2)), at(v, 4), at(v, 5),
                    at(v, 6)));

    static final ObjectCodec<ReadError> READ_ERROR = ObjectCodec.<ReadError>of("读取错误", "read error")
            .required("code", Scalars.named(ReadErrorCode.class), ReadError::code)
            .required("pointer", Scalars.TEXT, ReadError::pointer)
            .required("line", Scalars.LONG, ReadError::line)
            .required("column", Scalars.INT, ReadError::column)
            .required("messageZh", Scalars.TEXT, ReadError::zh)
            .required("messageEn", Scalars.TEXT, ReadError::en)
            .build(v -> new ReadError(at(v, 0), at(v, 1), (Long) at(v, 2), (Integer) at(v, 3), at(v, 4), at(v, 5)));

    static final Codec<List<ReadError>> READ_ERRORS = new Codec<>() {
        @Override
        public List<ReadError> read(Cursor cursor) {
            return ArrayCodec.list(READ_ERROR).read(cursor);
        }

        @Override
        public void write(JsonGenerator generator, List<ReadError> errors) {
            ArrayCodec.list(READ_ERROR).write(generator, new ArrayList<>(errors));
        }
    };

    static final MapCodec<Severity, Integer> COUNTS = new MapCodec<>(ReportCodecs::severity, Severity::name,
            "严重程度", "severity", Scalars.INT);

    static final ObjectCodec<ReportDocument> REPORT = ObjectCodec.<ReportDocument>of("报告", "report")
            .required("schemaVersion", Scalars.constant(DatasetCodec.SCHEMA_VERSION), d -> DatasetCodec.SCHEMA_VERSION)
            .required("kind", Scalars.constant(KIND), d -> KIND)
            .required("policy", Scalars.TEXT, d -> d.report().policyId())
            .required("asOf", Scalars.DATE, d -> d.report().asOf())
            .required("successful", Scalars.BOOLEAN, ReportDocument::isSuccessful)
            .required("counts", COUNTS, d -> countsOf(d.report()))
            .list("findings", FINDING, d -> d.report().findings())
            .optional("readErrors", READ_ERRORS,
                    d -> d.readErrors().isEmpty() ? Optional.empty() : Optional.of(d.readErrors()))
            .build(ReportCodecs::document);

    private ReportCodecs() {
    }

    private static Severity severity(String name) {
        for (Severity severity : Severity.values()) {
            if (severity.name().equals(name)) {
                return severity;
            }
        }
        return null;
    }

    /** The counts by severity, most severe first, as the document shows them. */
    static SortedMap<Severity, Integer> countsOf(Report report) {
        SortedMap<Severity, Integer> counts = new TreeMap<>(Collections.reverseOrder());
        counts.putAll(report.countsBySeverity());
        return counts;
    }

    /**
     * Builds the document and checks that its order, counts and {@code successful} agree with its findings
     * and read errors: each disagreement is its own problem, and the one error at the document names
     * every problem found, so that a reader of it need not fix one to learn of the next.
     */
    private static ReportDocument document(Object[] v) {
        LocalDate asOf = at(v, 3);
        List<Finding> findings = at(v, 6);
        Report report = Report.of(at(v, 2), asOf, findings);
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (int i = 1; i < findings.size(); i++) {
            if (findings.get(i - 1).compareTo(findings.get(i)) > 0) {
                zh.add("findings 须按文档顺序排列：/findings/" + i + " 应排在 /findings/" + (i - 1) + " 之前");
                en.add("findings must be in document order: /findings/" + i + " belongs before /findings/" + (i - 1));
                break;
            }
        }
        Map<Severity, Integer> counts = at(v, 5);
        List<String> missing = Arrays.stream(Severity.values()).filter(severity -> !counts.containsKey(severity))
                .map(Severity::name).toList();
        if (!missing.isEmpty()) {
            zh.add("counts 缺少 " + String.join("、", missing) + " 的计数");
            en.add("counts lacks the count of " + English.list("and", missing));
        } else if (!counts.equals(report.countsBySeverity())) {
            zh.add("counts（" + shown(counts, "、") + "）与 findings 的计数（" + shown(report.countsBySeverity(), "、")
                    + "）不符");
            en.add("counts (" + shown(counts, ", ") + ") differ from the counts of the findings ("
                    + shown(report.countsBySeverity(), ", ") + ")");
        }
        Optional<List<ReadError>> errors = at(v, 7);
        ReportDocument document = new ReportDocument(report, errors.orElse(List.of()));
        boolean successful = (Boolean) at(v, 4);
        if (successful != document.isSuccessful()) {
            zh.add("successful 为 " + successful + "，但 findings 和 readErrors 表明应为 " + document.isSuccessful());
            en.add("successful is " + successful + " but the findings and read errors say " + document.isSuccessful());
        }
        if (!zh.isEmpty()) {
            throw new InvalidValueException(String.join("；", zh), String.join("; ", en));
        }
        return document;
    }

    /**
     * Counts by severity as a message shows them, most severe first as the document lists them, such as
     * {@code ERROR=0, WARNING=1, INFO=2}.
     */
    private static String shown(Map<Severity, Integer> counts, String separator) {
        SortedMap<Severity, Integer> ordered = new TreeMap<>(Collections.reverseOrder());
        ordered.putAll(counts);
        return ordered.entrySet().stream().map(e -> e.getKey().name() + "=" + e.getValue())
                .collect(Collectors.joining(separator));
    }

    private static Optional<Long> boxed(OptionalLong value) {
        return value.isPresent() ? Optional.of(value.getAsLong()) : Optional.empty();
    }

    private static OptionalLong unboxed(Optional<Long> value) {
        return value.map(OptionalLong::of).orElse(OptionalLong.empty());
    }
}
