package org.yanxun.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.yanxun.Dataset;
import org.yanxun.examples.ExampleCommunities;
import org.yanxun.json.DatasetReader;
import org.yanxun.json.JsonLinesReader;
import org.yanxun.json.ReadResult;
import org.yanxun.policy.Policy;
import org.yanxun.policy.Presets;
import org.yanxun.rules.CatalogueDocument;
import org.yanxun.rules.Report;
import org.yanxun.rules.Rule;
import org.yanxun.rules.RuleEngine;
import org.yanxun.rules.RuleInfo;

/**
 * The commands of the command line, with their output streams, locale and clock given, so they can be
 * run and tested in process.
 */
final class Cli {

    static final int OK = 0;
    static final int DATA_ERRORS = 1;
    static final int USAGE = 2;

    /** The JSON Schemas bundled in the jar, by name. */
    static final List<String> SCHEMAS = List.of("dataset", "record", "person", "institution", "studioType", "studio",
            "cluster", "alliance", "session", "exchange", "resource", "project", "types");

    private final PrintStream out;
    private final PrintStream err;
    private final Locale locale;
    private final Clock clock;

    Cli(PrintStream out, PrintStream err, Locale locale, Clock clock) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    int run(String... args) {
        String command = args.length == 0 ? "help" : args[0];
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        try {
            return switch (command) {
                case "examples" -> examples(Arguments.parse(rest, Set.of("lang"), Set.of("all")));
                case "validate" -> validate(Arguments.parse(rest, Set.of("policy", "as-of", "lang", "format"),
                        Set.of("all")));
                case "schema" -> schema(Arguments.parse(rest, Set.of(), Set.of()));
                case "rules" -> rules(Arguments.parse(rest, Set.of("lang"), Set.of("markdown")));
                case "presets" -> presets(Arguments.parse(rest, Set.of("lang"), Set.of()));
                case "help", "--help", "-h" -> help();
                default -> throw new IllegalArgumentException("unknown command '" + command + "'");
            };
        } catch (IllegalArgumentException e) {
            err.println("错误 / error: " + e.getMessage());
            err.println("用法 / usage: yanxun help");
            return USAGE;
        }
    }

    private Language language(Arguments arguments) {
        return arguments.option("lang").map(Language::parse).orElse(Language.of(locale));
    }

    private int examples(Arguments arguments) {
        Language language = language(arguments);
        boolean all = arguments.flag("all");
        int status = validateFile(Path.of("examples", "liwan-2026.dataset.json"), Presets.guangzhouLiwan2026(),
                ExampleCommunities.LIWAN_AS_OF, language, all);
        out.println();
        return Math.max(status, validateFile(Path.of("examples", "qiyingen.dataset.json"),
                Presets.chengyuQiyingen2023(), ExampleCommunities.QIYINGEN_AS_OF, language, all));
    }

    private int validate(Arguments arguments) {
        if (arguments.positional().size() != 1) {
            throw new IllegalArgumentException("validate takes one file, was " + arguments.positional());
        }
        String format = arguments.option("format").orElse("table");
        if (!format.equals("table")) {
            throw new IllegalArgumentException("--format must be table, was '" + format + "'");
        }
        Policy policy = policy(arguments.option("policy").orElseThrow(() -> new IllegalArgumentException(
                "--policy is required: a preset (" + String.join(", ", Presets.ids()) + ")")));
        LocalDate asOf = arguments.option("as-of").map(Cli::parseDate).orElseGet(this::today);
        return validateFile(Path.of(arguments.positional().get(0)), policy, asOf, language(arguments),
                arguments.flag("all"));
    }

    private static Policy policy(String name) {
        return Presets.byId(name).orElseThrow(() -> new IllegalArgumentException("unknown policy '" + name
                + "': use a preset (" + String.join(", ", Presets.ids()) + ")"));
    }

    private int validateFile(Path file, Policy policy, LocalDate asOf, Language language, boolean all) {
        ReadResult<Dataset> read = file.toString().endsWith(".jsonl")
                ? JsonLinesReader.create().readDataset(file)
                : DatasetReader.create().read(file);
        if (!read.isSuccess()) {
            err.println(language.pick("无法读取 ", "Cannot read ") + file + language.pick("：", ":"));
            read.errors().forEach(e -> err.println("  " + e.code() + " line " + e.line() + ":" + e.column() + " "
                    + (e.pointer().isEmpty() ? "/" : e.pointer()) + "  " + language.pick(e.zh(), e.en())));
            return USAGE;
        }
        Report report = RuleEngine.of(policy).validate(read.value().orElseThrow(), asOf);
        out.print(ReportTable.render(file.toString(), report, policy, language, all));
        return report.isSuccessful() ? OK : DATA_ERRORS;
    }

    private int schema(Arguments arguments) {
        if (arguments.positional().size() != 1) {
            throw new IllegalArgumentException("schema takes one name: " + String.join(", ", SCHEMAS));
        }
        String name = arguments.positional().get(0);
        if (!SCHEMAS.contains(name)) {
            throw new IllegalArgumentException("unknown schema '" + name + "': use one of " + String.join(", ", SCHEMAS));
        }
        try (InputStream in = DatasetReader.class.getResourceAsStream("schema/" + name + ".schema.json")) {
            out.print(new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8));
            return OK;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int rules(Arguments arguments) {
        if (arguments.flag("markdown")) {
            out.print(CatalogueDocument.markdown(RuleEngine.builtInRules(), Presets.all()));
            return OK;
        }
        Language language = language(arguments);
        for (Rule rule : RuleEngine.builtInRules()) {
            RuleInfo info = rule.info();
            out.printf("%-36s %-8s %s%n", info.code(), info.defaultSeverity(), language.pick(info.titleZh(), info.titleEn()));
        }
        return OK;
    }

    private int presets(Arguments arguments) {
        Language language = language(arguments);
        for (Policy policy : Presets.all()) {
            out.printf("%-28s %s%n", policy.id(), language.pick(policy.nameZh(), policy.nameEn()));
        }
        return OK;
    }

    private int help() {
        out.println("""
                yanxun — 研训共同体数据校验 / validates research-and-training community data

                Commands:
                  examples [--lang zh|en] [--all]
                      validate the shipped example files (examples/*.dataset.json) under their presets
                  validate FILE --policy PRESET [--as-of YYYY-MM-DD] [--lang zh|en] [--format table] [--all]
                      validate a dataset document (.json) or a JSON Lines file (.jsonl); the date defaults to today
                  rules [--markdown] [--lang zh|en]   print the rule catalogue
                  presets [--lang zh|en]              list the built-in policies
                  schema NAME                         print a JSON Schema (dataset, record, studio, ...)
                  help                                print this help

                Exit status: 0 no error, 1 the data has errors, 2 unreadable input or bad arguments.""");
        return OK;
    }

    /** The date to validate as of when none is given: today, by the clock of the command line. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--as-of must be a date such as 2026-03-01, was '" + text + "'");
        }
    }
}
