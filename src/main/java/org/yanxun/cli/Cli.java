package org.yanxun.cli;

import java.io.PrintStream;
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
                case "examples" -> examples(Arguments.parse(rest, Set.of("lang"), Set.of()));
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
        int status = OK;
        status = Math.max(status, validate("ExampleCommunities.liwan2026()", ExampleCommunities.liwan2026(),
                Presets.guangzhouLiwan2026(), ExampleCommunities.LIWAN_AS_OF, language));
        out.println();
        status = Math.max(status, validate("ExampleCommunities.qiyingen()", ExampleCommunities.qiyingen(),
                Presets.chengyuQiyingen2023(), ExampleCommunities.QIYINGEN_AS_OF, language));
        return status;
    }

    private int validate(String source, Dataset dataset, Policy policy, LocalDate asOf, Language language) {
        Report report = RuleEngine.of(policy).validate(dataset, asOf);
        out.print(ReportTable.render(source, report, policy, language));
        return report.isSuccessful() ? OK : DATA_ERRORS;
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
                  examples [--lang zh|en]          validate the built-in example communities
                  rules [--markdown] [--lang zh|en] print the rule catalogue
                  presets [--lang zh|en]           list the built-in policies
                  help                             print this help

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
