package org.yanxun.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.yanxun.Dataset;
import org.yanxun.examples.ExampleCommunities;
import org.yanxun.internal.Checks;
import org.yanxun.internal.Dates;
import org.yanxun.InvalidValueException;
import org.yanxun.json.DatasetReader;
import org.yanxun.json.JsonLine;
import org.yanxun.json.JsonLinesReader;
import org.yanxun.json.JsonLinesReport;
import org.yanxun.json.JsonSchemas;
import org.yanxun.json.JsonLinesValidation;
import org.yanxun.json.PolicyReader;
import org.yanxun.json.PolicyWriter;
import org.yanxun.json.ProblemDetailsWriter;
import org.yanxun.json.ReadError;
import org.yanxun.json.ReadErrorCode;
import org.yanxun.json.ReadResult;
import org.yanxun.json.ReportDocument;
import org.yanxun.json.ReportWriter;
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

    /** How often a JSON Lines validation reports its progress on the error stream, in lines. */
    static final long PROGRESS_EVERY = 100_000;

    /** The JSON Schemas bundled in the jar, by name. */
    static final List<String> SCHEMAS = JsonSchemas.names();

    /** The commands, as {@code help} lists them and {@link #command} runs them. */
    private static final Set<String> COMMANDS = Set.of("examples", "validate", "policy", "rules", "presets", "schema",
            "help");

    private final PrintStream out;
    private final PrintStream err;
    private final Locale locale;
    private final Clock clock;
    /** The shipped example files the {@code examples} command validates. */
    private final Path examples;

    Cli(PrintStream out, PrintStream err, Locale locale, Clock clock) {
        this(out, err, locale, clock, Path.of("examples"));
    }

    Cli(PrintStream out, PrintStream err, Locale locale, Clock clock, Path examples) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.examples = Objects.requireNonNull(examples, "examples");
    }

    /**
     * Runs a command; a command whose output could not be written all (a full disk, a closed pipe) says
     * so on the error stream and fails with status 2, as for input that cannot be read, whatever it found.
     */
    int run(String... args) {
        int status = command(args);
        if (out.checkError()) {
            err.println("错误：无法写出输出（磁盘已满或输出已关闭？），输出不完整");
            err.println("error: the output could not be written (a full disk or a closed output?); it is incomplete");
            return USAGE;
        }
        return status;
    }

    private int command(String... args) {
        String command = args.length == 0 ? "help" : args[0];
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        // The words after '--' are no options: 'validate -- --help' names a file.
        List<String> options = rest.contains("--") ? rest.subList(0, rest.indexOf("--")) : rest;
        try {
            if (options.contains("--help") || options.contains("-h")) {
                // 'validate --help' asks for help, whatever else the words hold but the language.
                int lang = options.indexOf("--lang");
                List<String> language = lang >= 0 && lang + 1 < options.size() ? options.subList(lang, lang + 2)
                        : options.stream().filter(word -> word.startsWith("--lang=")).limit(1).toList();
                return help(Arguments.parse(language, Set.of("lang"), Set.of()));
            }
            return switch (command) {
                case "examples" -> examples(noPositional("examples",
                        Arguments.parse(rest, Set.of("lang"), Set.of("all"))));
                case "validate" -> validate(Arguments.parse(rest, Set.of("policy", "as-of", "lang", "format"),
                        Set.of("all")));
                case "schema" -> schema(Arguments.parse(rest, Set.of(), Set.of()));
                case "policy" -> printPolicy(Arguments.parse(rest, Set.of(), Set.of()));
                case "rules" -> rules(noPositional("rules",
                        Arguments.parse(rest, Set.of("lang"), Set.of("markdown"))));
                case "presets" -> presets(noPositional("presets", Arguments.parse(rest, Set.of("lang"), Set.of())));
                case "help", "--help", "-h" -> help(helpArguments(Arguments.parse(rest, Set.of("lang"), Set.of())));
                default -> throw new UsageError("未知命令“" + command + "”", "unknown command '" + command + "'");
            };
        } catch (UsageError e) {
            // It may quote an argument, which may hold a line break.
            err.println("错误：" + Checks.printable(e.zh()));
            err.println("error: " + Checks.printable(e.en()));
            err.println("用法：运行 help 命令查看所有命令 / usage: run the help command to list the commands");
            return USAGE;
        } catch (IllegalArgumentException e) {
            // Refused by the library, such as a file name the file system does not allow.
            err.println("错误：" + Checks.printable(String.valueOf(InvalidValueException.zhOf(e))));
            err.println("error: " + Checks.printable(String.valueOf(e.getMessage())));
            return USAGE;
        } catch (OutOfMemoryError e) {
            // What was read is unreachable once the command's frames are gone; the message needs little.
            err.println("错误：内存不足，输入需要的堆内存超过本 JVM 的上限（-Xmx）；可加大 -Xmx，数据集文档（.json）"
                    + "也可改写为 JSON Lines（.jsonl），它按行流式校验，所需内存少得多");
            err.println("error: out of memory: the input needs more heap than this JVM allows (-Xmx); raise -Xmx, or "
                    + "write a dataset document (.json) as JSON Lines (.jsonl), which is validated as a stream in far "
                    + "less memory");
            return USAGE;
        }
    }

    /**
     * The arguments of {@code help}: options and at most a command's name ({@code help validate}), whose
     * help is on the one page {@code help} prints.
     */
    private static Arguments helpArguments(Arguments arguments) {
        List<String> words = arguments.positional();
        if (words.size() > 1) {
            throw new UsageError("help 只接受选项和一个命令名，收到" + wordsZh(words),
                    "help takes only options and a command's name, was " + wordsEn(words));
        }
        if (words.size() == 1 && !COMMANDS.contains(words.get(0))) {
            throw new UsageError("未知命令“" + words.get(0) + "”", "unknown command '" + words.get(0) + "'");
        }
        return arguments;
    }

    /** Refuses the arguments of a command that takes only options, rather than ignore a misplaced word. */
    private static Arguments noPositional(String command, Arguments arguments) {
        if (!arguments.positional().isEmpty()) {
            throw new UsageError(command + " 只接受选项，收到" + wordsZh(arguments.positional()),
                    command + " takes only options, was " + wordsEn(arguments.positional()));
        }
        return arguments;
    }

    /** Words of the command line as a Chinese message quotes them: {@code “a”、“b”}. */
    private static String wordsZh(List<String> words) {
        return words.stream().map(word -> "“" + word + "”").collect(Collectors.joining("、"));
    }

    /** Words of the command line as an English message quotes them: {@code 'a', 'b'}. */
    private static String wordsEn(List<String> words) {
        return words.stream().map(word -> "'" + word + "'").collect(Collectors.joining(", "));
    }

    private Language language(Arguments arguments) {
        return arguments.option("lang").map(Language::parse).orElse(Language.of(locale));
    }

    private int examples(Arguments arguments) {
        if (!Files.isDirectory(examples)) {
            throw new UsageError("examples 读取项目目录下的 examples/，请在项目目录中运行；其他文件请用 validate",
                    "examples reads the project's examples/ directory: run it in the project directory, or use "
                            + "validate for other files");
        }
        Output output = new Output(Format.TABLE, language(arguments), arguments.flag("all"));
        int status = validateFile(examples.resolve("liwan-2026.dataset.json"), Presets.guangzhouLiwan2026(),
                ExampleCommunities.LIWAN_AS_OF, output);
        out.println();
        return Math.max(status, validateFile(examples.resolve("qiyingen.dataset.json"),
                Presets.chengyuQiyingen2023(), ExampleCommunities.QIYINGEN_AS_OF, output));
    }

    private int validate(Arguments arguments) {
        if (arguments.positional().isEmpty()) {
            throw new UsageError("validate 需要一个文件", "validate needs a file");
        }
        if (arguments.positional().size() > 1) {
            throw new UsageError("validate 只接受一个文件，收到" + wordsZh(arguments.positional()),
                    "validate takes one file, was " + wordsEn(arguments.positional()));
        }
        if (arguments.positional().get(0).equals("-")) {
            throw new UsageError("validate 读取文件，不把 - 当作标准输入：管道传来的数据集文档请用 /dev/stdin，JSON Lines 请先存为文件",
                    "validate reads a file and does not take - for standard input: give a piped dataset document as "
                            + "/dev/stdin, and save JSON Lines to a file first");
        }
        Output output = new Output(Format.parse(arguments.option("format").orElse("table")), language(arguments),
                arguments.flag("all"));
        String policyName = arguments.option("policy").orElseThrow(() -> new UsageError(
                "必须给出 --policy：预设（" + String.join("、", Presets.ids()) + "）或政策文件",
                "--policy is required: a preset (" + String.join(", ", Presets.ids()) + ") or a policy file"));
        LocalDate asOf = arguments.option("as-of").map(Cli::parseDate).orElseGet(this::today);
        Optional<Policy> policy = policy(policyName, output);
        Path file = path(arguments.positional().get(0));
        return policy.map(p -> validateFile(file, p, asOf, output)).orElse(USAGE);
    }

    /** A preset by name, or a policy file; empty (with the read errors printed) if the file cannot be read. */
    private Optional<Policy> policy(String name, Output output) {
        if (name.isEmpty()) {
            throw new UsageError("--policy 为空：请给出预设（" + String.join("、", Presets.ids()) + "）或政策文件",
                    "--policy is empty: give a preset (" + String.join(", ", Presets.ids()) + ") or a policy file");
        }
        Optional<Policy> preset = Presets.byId(name);
        if (preset.isPresent()) {
            return preset;
        }
        Path path = path(name);
        boolean file = name.toLowerCase(Locale.ROOT).endsWith(".json") || name.contains("/")
                || name.contains(path.getFileSystem().getSeparator());
        if (!file && !Files.exists(path)) {
            throw new UsageError("未知政策“" + name + "”：请用预设（" + String.join("、", Presets.ids()) + "）或政策文件",
                    "unknown policy '" + name + "': use a preset (" + String.join(", ", Presets.ids())
                            + ") or a policy file");
        }
        ReadResult<Policy> read = PolicyReader.create().withRuleCodes(RuleEngine.builtInCodes()).read(path);
        List<ReadError> errors = read.errors();
        if (!errors.isEmpty()) {
            // No validation ran, so there is no report document to print: the errors are the policy file's.
            if (output.format() == Format.PROBLEM) {
                out.println(problems(output).writeUnreadablePolicyToString(errors));
            } else {
                printReadErrors("无法读取政策文件 " + shown(name) + "：", "Cannot read the policy file " + shown(name) + ":",
                        errors, output.language());
            }
            return Optional.empty();
        }
        return read.value();
    }

    /**
     * A file or policy name as the output shows it: its control characters escaped, so that a name with a
     * line break in it cannot print a line of its own, such as a fake result.
     */
    private static String shown(Object name) {
        return Checks.printable(name.toString());
    }

    /** The UTF-8 byte-order mark, which may begin a file. */
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** What the JVM puts in an argument for bytes it could not decode. */
    private static final char UNDECODED = '\uFFFD';

    /**
     * The path a file argument names.
     *
     * @throws UsageError if it is empty, names no path the system can hold (a name in an encoding the
     *     system's locale cannot write, say), or held bytes the locale could not decode and names no file
     */
    private static Path path(String argument) {
        if (argument.isEmpty()) {
            throw new UsageError("文件名为空", "the file name is empty");
        }
        try {
            Path path = Path.of(argument);
            if (argument.indexOf(UNDECODED) >= 0 && !Files.exists(path)) {
                throw new UsageError("文件名" + Checks.quoteZh(argument) + "中有系统区域设置无法解码的字节（显示为 U+FFFD），"
                                + "无法据此找到文件；请重命名文件，或设置与之相符的区域，如 LC_ALL=C.UTF-8",
                        "the file name " + Checks.quote(argument) + " holds bytes the system's locale could not decode "
                                + "(shown as U+FFFD), so no file can be found by it; rename the file, or set a locale "
                                + "that matches, such as LC_ALL=C.UTF-8");
            }
            return path;
        } catch (InvalidPathException e) {
            boolean nul = argument.indexOf('\0') >= 0;
            throw new UsageError("无法用作文件路径：" + Checks.quoteZh(argument) + (nul ? "（含空字符）"
                            : "（系统的文件名编码无法表示它；可设置 UTF-8 区域，如 LC_ALL=C.UTF-8）"),
                    "cannot be used as a file path: " + Checks.quote(argument) + (nul ? " (it holds a NUL character)"
                            : " (the system's file-name encoding cannot hold it; set a UTF-8 locale, such as "
                                    + "LC_ALL=C.UTF-8)"));
        }
    }

    /**
     * Tells whether the errors of a document are those of JSON Lines read as one: a record's {@code type}
     * where a dataset has none, and a second value starting the second line.
     */
    private static boolean looksLikeJsonLines(List<ReadError> errors) {
        boolean recordType = errors.stream()
                .anyMatch(e -> e.code() == ReadErrorCode.JSON_UNKNOWN_PROPERTY && e.pointer().equals("/type"));
        boolean secondValue = errors.stream().anyMatch(e -> e.code() == ReadErrorCode.JSON_TRAILING && e.line() == 2);
        return recordType && secondValue;
    }

    /** How many lines the read errors fall on: a line may have several. */
    private static long linesWithErrors(List<ReadError> errors) {
        return errors.stream().mapToLong(ReadError::line).filter(line -> line > 0).distinct().count();
    }

    private int validateFile(Path file, Policy policy, LocalDate asOf, Output output) {
        RuleEngine engine = RuleEngine.of(policy);
        if (file.toString().toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
            JsonLinesReport result = JsonLinesValidation.of(engine).withProgress(progress(output.language()))
                    .withReadAhead(Runtime.getRuntime().availableProcessors() > 1).validate(file, asOf);
            if (result.readErrors().isEmpty() && holdsNoRecord(file)) {
                // Empty, as a .json file without a value is; the table still gives the file's lines.
                result = new JsonLinesReport(result.report(), List.of(noRecord(result.lines())), result.lines());
            } else if (!result.readErrors().isEmpty() && (result.lines() <= linesWithErrors(result.readErrors())
                    || !holdsReadableRecord(file))) {
                // No line of a record could be read, blank lines or not: as an unreadable document. A file
                // refused before reading (not a regular file) has no lines, and is not opened again.
                unreadable(shown(file), result.readErrors(), output, ReportDocument.of(result));
                return USAGE;
            }
            print(file, OptionalLong.of(result.lines()), result, policy, output);
            return !result.readErrors().isEmpty() ? USAGE : result.report().isSuccessful() ? OK : DATA_ERRORS;
        }
        ReadResult<Dataset> read = DatasetReader.create().read(file);
        if (!read.isSuccessful()) {
            unreadable(shown(file), read.errors(), output,
                    new ReportDocument(Report.of(policy.id(), asOf, List.of()), read.errors()));
            if (output.format() == Format.TABLE && looksLikeJsonLines(read.errors())) {
                err.println(output.language().pick(
                        "提示：这看起来是 JSON Lines（每行一条记录）。JSON Lines 文件须以 .jsonl 结尾才按行校验；校验时要多次读取"
                                + "文件，管道只能读一次，请先存为文件。",
                        "hint: this looks like JSON Lines (one record a line). A JSON Lines file is validated line by "
                                + "line when its name ends in .jsonl; validation reads it more than once, and a pipe "
                                + "can be read once only, so save piped lines to a file first."));
            }
            return USAGE;
        }
        Report report = engine.validate(read.value().orElseThrow(), asOf);
        print(file, OptionalLong.empty(), new JsonLinesReport(report, List.of(), 0), policy, output);
        return report.isSuccessful() ? OK : DATA_ERRORS;
    }

    /**
     * Tells whether a JSON Lines file that was validated without a read error holds no record: after the
     * byte-order mark that may begin it, every line of a record holds a byte other than the spaces, tabs
     * and line ends of a blank line. Reading stops at the first such byte, with which a file of records
     * starts; a file that cannot be read again is not taken for empty.
     */
    private static boolean holdsNoRecord(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            in.mark(BYTE_ORDER_MARK.length);
            if (!Arrays.equals(in.readNBytes(BYTE_ORDER_MARK.length), BYTE_ORDER_MARK)) {
                in.reset();
            }
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Stops reading a JSON Lines file at its first readable record. */
    private static final class RecordFound extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RecordFound() {
            super(null, null, false, false);
        }
    }

    /**
     * Tells whether a JSON Lines file with read errors holds a record that can be read, reading it again
     * as far as the first: its read errors do not tell once they pass their limit, past which they are
     * not kept.
     */
    private static boolean holdsReadableRecord(Path file) {
        try {
            JsonLinesReader.create().read(file, line -> {
                if (!(line instanceof JsonLine.ErrorLine)) {
                    throw new RecordFound();
                }
            });
            return false;
        } catch (RecordFound found) {
            return true;
        }
    }

    /** The error of a JSON Lines file that holds no record, as an empty document's {@code JSON_EMPTY}. */
    private static ReadError noRecord(long lines) {
        return lines == 0
                ? new ReadError(ReadErrorCode.JSON_EMPTY, "", 0, 0, "文件为空，没有记录", "the file is empty: it holds no record")
                : new ReadError(ReadErrorCode.JSON_EMPTY, "", 0, 0, "文件没有记录："
                        + (lines == 1 ? "唯一的 1 行是空行" : lines + " 行都是空行"),
                        "the file holds no record: " + (lines == 1 ? "its one line is" : "its " + lines + " lines are")
                                + " blank");
    }

    /** Prints a report; {@code lines} is the number of lines of a JSON Lines file, empty for a document. */
    private void print(Path file, OptionalLong lines, JsonLinesReport result, Policy policy, Output output) {
        switch (output.format()) {
            case TABLE -> {
                out.print(ReportTable.render(shown(file), lines, result, policy, output.language(), output.all()));
                if (result.readErrors().stream().allMatch(e -> e.code() == ReadErrorCode.JSON_EMPTY)) {
                    printUnreadable(shown(file), result.readErrors(), output.language());
                } else {
                    // The file was read and validated but for these lines.
                    printReadErrors(shown(file) + " 中有无法读取的行：", "Lines of " + shown(file) + " that could not be read:",
                            result.readErrors(), output.language());
                }
            }
            case JSON -> out.println(ReportWriter.pretty().writeToString(ReportDocument.of(result)));
            case PROBLEM -> out.println(result.isSuccessful()
                    ? ReportWriter.pretty().writeToString(ReportDocument.of(result))
                    : problems(output).writeToString(result));
        }
    }

    /**
     * Prints the errors of a data file that could not be read at all. In {@code json} they go in the
     * report document, with no findings since no rule ran.
     */
    private void unreadable(String source, List<ReadError> errors, Output output, ReportDocument document) {
        switch (output.format()) {
            case TABLE -> printUnreadable(source, errors, output.language());
            case JSON -> out.println(ReportWriter.pretty().writeToString(document));
            case PROBLEM -> out.println(problems(output).writeToString(errors));
        }
    }

    private static ProblemDetailsWriter problems(Output output) {
        return output.language() == Language.ZH ? ProblemDetailsWriter.chinese() : ProblemDetailsWriter.english();
    }

    /** Prints the read errors of a data file that could not be read at all. */
    private void printUnreadable(String source, List<ReadError> errors, Language language) {
        printReadErrors("无法读取 " + source + "：", "Cannot read " + source + ":", errors, language);
    }

    /** Prints read errors under a heading, such as {@code Cannot read the policy file p.json:}. */
    private void printReadErrors(String headingZh, String headingEn, List<ReadError> errors, Language language) {
        if (errors.isEmpty()) {
            return;
        }
        err.println(language.pick(headingZh, headingEn));
        // A pointer names any property of the input, line breaks included.
        errors.forEach(e -> err.println("  " + e.code() + " " + place(e, language) + Checks.printable(
                (e.pointer().isEmpty() ? "/" : e.pointer()) + "  " + language.pick(e.zh(), e.en()))));
    }

    /**
     * Where an error is, such as {@code line 3:5 }, or {@code line 3 } for one of a whole line (column 0), or
     * nothing for an error of no line (the file itself).
     */
    private static String place(ReadError e, Language language) {
        if (e.line() == 0) {
            return "";
        }
        return e.column() == 0 ? language.pick("第 " + e.line() + " 行 ", "line " + e.line() + " ")
                : language.pick("第 " + e.line() + " 行第 " + e.column() + " 列 ",
                        "line " + e.line() + ":" + e.column() + " ");
    }

    /**
     * Prints the line reached once it passes each multiple of {@link #PROGRESS_EVERY}: progress comes at lines
     * that hold a record, so a multiple that falls on a blank line is passed, not met. A pass over the keys
     * counts its lines from 1 again, and so does the progress.
     */
    private LongConsumer progress(Language language) {
        long[] last = {0};
        return lines -> {
            if (lines / PROGRESS_EVERY > last[0] / PROGRESS_EVERY) {
                err.println("… " + language.pick("已读 " + lines + " 行", lines + " lines"));
            }
            last[0] = lines;
        };
    }

    private int printPolicy(Arguments arguments) {
        if (arguments.positional().size() != 1) {
            throw new UsageError("policy 只接受一个预设：" + String.join("、", Presets.ids()),
                    "policy takes one preset: " + String.join(", ", Presets.ids()));
        }
        String name = arguments.positional().get(0);
        Policy policy = Presets.byId(name).orElseThrow(() -> new UsageError("未知预设“" + name + "”：可用 "
                + String.join("、", Presets.ids()), "unknown preset '" + name + "': use one of "
                + String.join(", ", Presets.ids())));
        out.print(PolicyWriter.pretty().writeToString(policy));
        out.println();
        return OK;
    }

    private int schema(Arguments arguments) {
        if (arguments.positional().size() != 1) {
            throw new UsageError("schema 只接受一个名称：" + String.join("、", SCHEMAS),
                    "schema takes one name: " + String.join(", ", SCHEMAS));
        }
        String schema;
        try {
            schema = JsonSchemas.text(arguments.positional().get(0));
        } catch (InvalidValueException unknown) {
            throw new UsageError(unknown.zh(), unknown.en());
        }
        out.print(schema);
        return OK;
    }

    private int rules(Arguments arguments) {
        if (arguments.flag("markdown")) {
            if (arguments.option("lang").isPresent()) {
                throw new UsageError("--markdown 输出 rules.md（标题中英双语），不接受 --lang",
                        "--markdown prints rules.md (titles in both languages) and takes no --lang");
            }
            out.print(CatalogueDocument.markdown(RuleEngine.builtInRules(), Presets.all()));
            return OK;
        }
        Language language = language(arguments);
        for (Rule rule : RuleEngine.builtInRules()) {
            RuleInfo info = rule.info();
            out.printf("%-36s %-8s %s%n", info.code(), language.pick(info.defaultSeverity().zh(),
                    info.defaultSeverity().name()), language.pick(info.titleZh(), info.titleEn()));
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

    private int help(Arguments arguments) {
        out.println(language(arguments).pick("""
                yanxun — 研训共同体数据校验

                命令：
                  examples [--lang zh|en] [--all]
                      按各自的预设校验随附的示例文件（examples/*.dataset.json）
                  validate FILE --policy PRESET|POLICY_FILE [--as-of YYYY-MM-DD] [--lang zh|en]
                           [--format table|json|problem] [--all]
                      校验数据集文档（.json）或 JSON Lines 文件（.jsonl）；日期默认为今天
                  policy PRESET                       将预设输出为政策文档，作为自定政策的起点
                  rules [--markdown] [--lang zh|en]   输出规则目录
                  presets [--lang zh|en]              列出内置政策
                  schema NAME                         输出 JSON Schema（dataset、record、policy、report 等）
                  help [COMMAND] [--lang zh|en]       输出本帮助（各命令的说明都在其中）

                退出状态：0 无错误，1 数据有错误，2 输入无法读取、参数有误或输出无法写出。""", """
                yanxun — validates research-and-training community data

                Commands:
                  examples [--lang zh|en] [--all]
                      validate the shipped example files (examples/*.dataset.json) under their presets
                  validate FILE --policy PRESET|POLICY_FILE [--as-of YYYY-MM-DD] [--lang zh|en]
                           [--format table|json|problem] [--all]
                      validate a dataset document (.json) or a JSON Lines file (.jsonl); the date defaults to today
                  policy PRESET                       print a preset as a policy document, to start your own
                  rules [--markdown] [--lang zh|en]   print the rule catalogue
                  presets [--lang zh|en]              list the built-in policies
                  schema NAME                         print a JSON Schema (dataset, record, policy, report, ...)
                  help [COMMAND] [--lang zh|en]       print this help, which covers every command

                Exit status: 0 no error, 1 the data has errors, 2 unreadable input, bad arguments or unwritable output."""));
        return OK;
    }

    /** The date to validate as of when none is given: today, by the clock of the command line. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Parses a date written exactly {@code yyyy-MM-dd}, as dates in documents are. */
    static LocalDate parseDate(String text) {
        LocalDate date = Dates.parse(text);
        if (date != null) {
            return date;
        }
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new UsageError("--as-of 的“" + text + "”不是实际存在的日期（月份为 01 至 12，日不超过该月天数）",
                    "--as-of '" + text + "' is no real date (the month is 01 to 12, the day at most the days of that "
                            + "month)");
        }
        throw new UsageError("--as-of 必须是 yyyy-MM-dd 格式的日期，如 2026-03-01，收到“" + text + "”",
                "--as-of must be a yyyy-MM-dd date such as 2026-03-01, was '" + text + "'");
    }
}
