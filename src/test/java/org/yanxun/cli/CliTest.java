package org.yanxun.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yanxun.Fifos;
import org.yanxun.json.BundledSchemas;
import org.yanxun.json.ReadError;
import org.yanxun.json.ReadErrorCode;
import org.yanxun.json.ReadResult;
import org.yanxun.json.ReportDocument;
import org.yanxun.json.ReportReader;

class CliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);

    private int run(Locale locale, String... args) {
        return run(locale, Path.of("examples"), args);
    }

    private int run(Locale locale, Path examples, String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                locale, clock, examples).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void examples_shippedFiles_exit0AndPrintBothReports() {
        assertThat(run(Locale.ENGLISH, "examples")).isZero();
        assertThat(out()).contains("File: examples/liwan-2026.dataset.json", "Policy: guangzhou-liwan-2026",
                "As of: 2026-03-01", "File: examples/qiyingen.dataset.json", "SESSION_OUTSIDE_PLAN",
                "Result: PASSED (0 errors, 0 warnings, 2 infos)");
    }

    @Test
    void examples_outsideTheProjectDirectory_saysWhereToRunIt(@TempDir Path dir) {
        assertThat(run(Locale.ENGLISH, dir.resolve("examples"), "examples")).isEqualTo(2);
        assertThat(err()).contains("error: examples reads the project's examples/ directory: run it in the project "
                + "directory, or use validate for other files", "错误：examples 读取项目目录下的 examples/");
    }

    @Test
    void fileNameWithLineBreaks_isShownEscaped_soItPrintsNoLineOfItsOwn(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("report\n\nResult: PASSED (0 errors, 0 warnings, 0 infos)\r.json");
        // A property the schema does not define, named with a line break: its pointer quotes it.
        Files.writeString(file, "{\"schemaVersion\":\"1.0\",\"kind\":\"dataset\",\"\\nResult: PASSED\":1}");

        assertThat(run(Locale.ENGLISH, "validate", file.toString(), "--policy", "guangzhou-liwan-2026")).isEqualTo(2);
        assertThat(run(Locale.ENGLISH, "validate", "examples/liwan-2026.dataset.json", "--policy",
                dir.resolve("no\nsuch.json").toString())).isEqualTo(2);
        assertThat(run(Locale.ENGLISH, "fake\nResult: PASSED")).isEqualTo(2);

        assertThat(err().lines()).noneMatch(line -> line.startsWith("Result"))
                .anyMatch(line -> line.startsWith("Cannot read ") && line.contains("report\\u000A\\u000AResult"))
                .anyMatch(line -> line.startsWith("  JSON_UNKNOWN_PROPERTY line 1:") && line.contains("/\\u000AResult"))
                .anyMatch(line -> line.contains("no\\u000Asuch.json"))
                .anyMatch(line -> line.equals("error: unknown command 'fake\\u000AResult: PASSED'"));
    }

    @Test
    void optionGivenTwice_isRefused() {
        assertThat(run(Locale.ENGLISH, "validate", "examples/qiyingen.dataset.json", "--policy", "chengyu-qiyingen-2023",
                "--policy", "guangzhou-liwan-2026")).isEqualTo(2);
        assertThat(err()).contains("错误：选项 --policy 只能给出一次", "error: option --policy may be given once");
    }

    @Test
    void help_unknownOption_isRefused() {
        assertThat(run(Locale.ENGLISH, "help", "--bogus")).isEqualTo(2);
        assertThat(err()).contains("error: unknown option --bogus");
    }

    @Test
    void commandsOfOptionsOnly_strayArgument_exit2InBothLanguages() {
        for (String command : List.of("examples", "rules", "presets")) {
            err.reset();
            assertThat(run(Locale.ENGLISH, command, "extra")).as(command).isEqualTo(2);
            assertThat(err()).as(command).contains("错误：" + command + " 只接受选项，收到“extra”",
                    "error: " + command + " takes only options, was 'extra'");
        }
        for (String help : List.of("help", "--help", "-h")) {
            err.reset();
            assertThat(run(Locale.ENGLISH, help, "extra")).as(help).isEqualTo(2);
            assertThat(run(Locale.ENGLISH, help, "validate", "extra")).as(help).isEqualTo(2);
            assertThat(err()).as(help).contains("错误：未知命令“extra”", "error: unknown command 'extra'",
                    "错误：help 只接受选项和一个命令名，收到“validate”、“extra”",
                    "error: help takes only options and a command's name, was 'validate', 'extra'");
        }
        assertThat(out()).isEmpty();
    }

    @Test
    void help_withACommandsName_printsTheHelp() {
        for (String help : List.of("help", "--help", "-h")) {
            out.reset();
            assertThat(run(Locale.ENGLISH, help, "validate")).as(help).isZero();
            assertThat(out()).contains("Commands:", "validate FILE --policy");
        }
    }

    @Test
    void commandOfOptionsOnly_twoStrayArguments_quotesEachInBothLanguages() {
        assertThat(run(Locale.ENGLISH, "rules", "one", "two")).isEqualTo(2);
        assertThat(err()).contains("错误：rules 只接受选项，收到“one”、“two”", "error: rules takes only options, was 'one', 'two'");
    }

    @Test
    void validate_twoFiles_quotesThemInBothLanguages() {
        assertThat(run(Locale.ENGLISH, "validate", "a.json", "b.json", "--policy", "chengyu-qiyingen-2023")).isEqualTo(2);
        assertThat(err()).contains("错误：validate 只接受一个文件，收到“a.json”、“b.json”",
                "error: validate takes one file, was 'a.json', 'b.json'");
    }

    @Test
    void validate_noFile_saysItNeedsOneInBothLanguages() {
        assertThat(run(Locale.ENGLISH, "validate", "--policy", "chengyu-qiyingen-2023")).isEqualTo(2);
        assertThat(err()).contains("错误：validate 需要一个文件", "error: validate needs a file");
    }

    @Test
    void noArguments_printsTheHelpAndExits0() {
        assertThat(run(Locale.ENGLISH)).isZero();
        assertThat(out()).contains("Commands:");
        assertThat(err()).isEmpty();
    }

    @Test
    void help_followsTheLocale() {
        assertThat(run(Locale.SIMPLIFIED_CHINESE, "help")).isZero();
        assertThat(out()).contains("命令：", "按各自的预设校验随附的示例文件", "退出状态：").doesNotContain("Commands:");
    }

    @Test
    void help_lang_choosesTheLanguage() {
        assertThat(run(Locale.ENGLISH, "help", "--lang", "zh")).isZero();
        assertThat(out()).contains("命令：").doesNotContain("Commands:");
        out.reset();
        assertThat(run(Locale.SIMPLIFIED_CHINESE, "--help", "--lang", "en")).isZero();
        assertThat(out()).contains("Commands:", "Exit status:").doesNotContain("命令", "研训");
    }

    @Test
    void outputThatCannotBeWritten_exit2InBothLanguages() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        for (List<String> args : List.of(List.of("schema", "report"), List.of("validate",
                "examples/qiyingen.dataset.json", "--policy", "chengyu-qiyingen-2023", "--format", "json"))) {
            err.reset();
            assertThat(new Cli(new PrintStream(full, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), Locale.ENGLISH, clock)
                    .run(args.toArray(String[]::new))).as(args.toString()).isEqualTo(2);
            assertThat(err()).as(args.toString()).contains("错误：无法写出输出", "error: the output could not be written");
        }
    }

    @Test
    void examples_chineseLocale_printsInChinese() {
        assertThat(run(Locale.SIMPLIFIED_CHINESE, "examples")).isZero();
        assertThat(out()).contains("政策：guangzhou-liwan-2026", "结果：通过");
    }

    @Test
    void validate_dataWithErrors_exit1AndCapsEachCode() {
        int status = run(Locale.ENGLISH, "validate", "examples/liwan-2026.dataset.json", "--policy",
                "guangdong-provincial-2021", "--as-of", "2026-03-01");

        assertThat(status).isEqualTo(1);
        assertThat(out()).contains("Result: FAILED", "STUDIO_CYCLE_LENGTH — Wrong cycle length (258)",
                "... 248 more (--all shows every finding)");
    }

    @Test
    void validate_noDate_usesTheClockAndPrintsIt() {
        assertThat(run(Locale.ENGLISH, "validate", "examples/qiyingen.dataset.json", "--policy",
                "chengyu-qiyingen-2023")).isZero();
        assertThat(out()).contains("As of: 2026-03-01");
    }

    @Test
    void validate_dateThePolicyDoesNotCover_saysWhenItApplies() {
        assertThat(run(Locale.ENGLISH, "validate", "examples/liwan-2026.dataset.json", "--policy",
                "guangzhou-liwan-2026", "--as-of", "2028-01-09")).isZero();
        assertThat(out()).contains("As of: 2028-01-09 (policy guangzhou-liwan-2026 does not apply on that date: "
                + "it applies from 2026-01-09 to 2028-01-08)\n");
    }

    @Test
    void validate_dateBeforeAnOpenEndedPolicy_saysWhenItApplies() {
        assertThat(run(Locale.ENGLISH, "validate", "examples/qiyingen.dataset.json", "--policy",
                "chengyu-qiyingen-2023", "--as-of", "2022-12-31", "--lang", "zh")).isZero();
        assertThat(out()).contains("基准日期：2022-12-31（政策 chengyu-qiyingen-2023 在该日不适用：自 2023-01-01 起适用）\n");
    }

    @Test
    void validate_lastDayOfThePolicy_saysNothingOfIt() {
        run(Locale.ENGLISH, "validate", "examples/liwan-2026.dataset.json", "--policy", "guangzhou-liwan-2026",
                "--as-of", "2028-01-08");
        assertThat(out()).contains("As of: 2028-01-08\n").doesNotContain("does not apply");
    }

    @Test
    void validate_jsonLines_readsTheFile() {
        assertThat(run(Locale.ENGLISH, "validate", "examples/liwan-2026.jsonl", "--policy", "guangzhou-liwan-2026",
                "--as-of", "2026-03-01")).isZero();
        assertThat(out()).contains("File: examples/liwan-2026.jsonl (2332 lines)\n",
                "Result: PASSED (0 errors, 0 warnings, 0 infos)");
    }

    @Test
    void validate_emptyJsonLines_exit2AsJsonEmptyAndGivesItsLines(@TempDir Path dir) throws IOException {
        Path file = Files.createFile(dir.resolve("empty.jsonl"));
        assertThat(run(Locale.ENGLISH, "validate", file.toString(), "--policy", "guangzhou-liwan-2026")).isEqualTo(2);
        assertThat(out()).contains("File: " + file + " (0 lines)\n", "Result: FAILED (0 errors, 0 warnings, 0 infos, 1 read error)");
        assertThat(err()).contains("Cannot read " + file + ":", "  JSON_EMPTY /  the file is empty: it holds no record");

        assertThat(run(Locale.ENGLISH, "validate", file.toString(), "--policy", "guangzhou-liwan-2026", "--lang", "zh"))
                .isEqualTo(2);
        assertThat(out()).contains("文件：" + file + "（0 行）\n");
        assertThat(err()).contains("  JSON_EMPTY /  文件为空，没有记录");
    }

    @Test
    void validate_blankJsonLines_exit2AsJsonEmptyInEveryFormat(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("blank.jsonl"), "\uFEFF\n  \t\r\n\n");
        assertThat(run(Locale.ENGLISH, "validate", file.toString(), "--policy", "guangzhou-liwan-2026")).isEqualTo(2);
        assertThat(out()).contains("File: " + file + " (3 lines)\n");
        assertThat(err()).contains("  JSON_EMPTY /  the file holds no record: its 3 lines are blank");

        out.reset();
        assertThat(run(Locale.ENGLISH, "validate", file.toString(), "--policy", "guangzhou-liwan-2026", "--format",
                "json")).isEqualTo(2);
        assertThat(reportDocument(out()).readErrors()).extracting(ReadError::code, ReadError::zh)
                .containsExactly(tuple(ReadErrorCode.JSON_EMPTY, "文件没有记录：3 行都是空行"));

        out.reset();
        assertThat(run(Locale.ENGLISH, "validate", file.toString(), "--policy", "guangzhou-liwan-2026", "--format",
                "problem")).isEqualTo(2);
        assertThat(out()).contains("\"type\":\"https://yanxun.org/problems/unreadable-input\"", "\"status\":400",
                "\"code\":\"JSON_EMPTY\"");
    }

    @Test
    void validate_jsonLinesWithOneRecordAfterBlankLines_isRead(@TempDir Path dir) throws IOException {
        String records = Files.readString(Path.of("examples/liwan-2026.jsonl"));
        Path file = Files.writeString(dir.resolve("late.jsonl"), "\n\n   \n" + records);
        assertThat(run(Locale.ENGLISH, "validate", file.toString(), "--policy", "guangzhou-liwan-2026", "--as-of",
                "2026-03-01")).isZero();
        assertThat(err()).isEmpty();
    }

    @Test
    void validate_jsonLinesExtensionInUpperCase_readsJsonLines(@TempDir Path dir) throws IOException {
        Path file = Files.copy(Path.of("examples/liwan-2026.jsonl"), dir.resolve("LIWAN.JSONL"));
        assertThat(run(Locale.ENGLISH, "validate", file.toString(), "--policy", "guangzhou-liwan-2026", "--as-of",
                "2026-03-01")).isZero();
        assertThat(out()).contains("File: " + file + " (2332 lines)\n", "Result: PASSED");
    }

    @Test
    void validate_document_namesNoLines() {
        run(Locale.ENGLISH, "validate", "examples/liwan-2026.dataset.json", "--policy", "guangzhou-liwan-2026");
        assertThat(out()).contains("File: examples/liwan-2026.dataset.json\n");
    }

    @Test
    void validate_missingFile_exit2WithTheFileName() {
        assertThat(run(Locale.ENGLISH, "validate", "no-such-file.json", "--policy", "guangzhou-liwan-2026")).isEqualTo(2);
        assertThat(err()).contains("Cannot read no-such-file.json");
    }

    @Test
    void validate_unreadableJson_exit2WithLocation(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"schemaVersion\":\"1.0\",\"kind\":\"dataset\",\"persons\":[{\"id\":5}]}");

        assertThat(run(Locale.ENGLISH, "validate", bad.toString(), "--policy", "guangzhou-liwan-2026")).isEqualTo(2);
        assertThat(err()).contains("JSON_TYPE", "/persons/0/id");
    }

    @Test
    void validate_unpairedSurrogateEscapeInAPropertyName_exit2AsASyntaxErrorInEitherLanguage(@TempDir Path dir)
            throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"schemaVersion\":\"1.0\",\"kind\":\"dataset\",\"\\ud800\":1}");

        assertThat(run(Locale.ENGLISH, "validate", bad.toString(), "--policy", "guangzhou-liwan-2026", "--lang", "zh"))
                .isEqualTo(2);
        assertThat(run(Locale.ENGLISH, "validate", bad.toString(), "--policy", "guangzhou-liwan-2026")).isEqualTo(2);
        assertThat(err()).contains("JSON_SYNTAX 第 1 行第 48 列 /  JSON 语法错误：属性名含不成对的代理码元转义：",
                "JSON_SYNTAX line 1:48 /  JSON syntax error: a property name holds an unpaired surrogate escape: ")
                .doesNotContain("UTF-8", "surrogate pair", "0x22");
    }

    @Test
    void validate_unknownPreset_exit2NamingThePresets() {
        assertThat(run(Locale.ENGLISH, "validate", "examples/qiyingen.dataset.json", "--policy", "nowhere")).isEqualTo(2);
        assertThat(err()).contains("unknown policy 'nowhere'", "guangzhou-liwan-2026");
    }

    @Test
    void validate_badDate_exit2QuotingIt() {
        assertThat(run(Locale.ENGLISH, "validate", "examples/qiyingen.dataset.json", "--policy", "chengyu-qiyingen-2023",
                "--as-of", "2026-02-30")).isEqualTo(2);
        assertThat(err()).contains("--as-of '2026-02-30' is no real date", "不是实际存在的日期");
        assertThat(run(Locale.ENGLISH, "validate", "examples/qiyingen.dataset.json", "--policy", "chengyu-qiyingen-2023",
                "--as-of", "2026-3-1")).isEqualTo(2);
        assertThat(err()).contains("--as-of must be a yyyy-MM-dd date such as 2026-03-01, was '2026-3-1'");
    }

    @Test
    void validate_singleDashWord_isAnUnknownOptionNotAFile() {
        assertThat(run(Locale.ENGLISH, "validate", "examples/qiyingen.dataset.json", "-p", "chengyu-qiyingen-2023"))
                .isEqualTo(2);
        assertThat(err()).contains("error: unknown option -p (options start with --", "./-p")
                .doesNotContain("takes one file");
    }

    @Test
    void validate_afterDoubleDash_everyWordIsAFile(@TempDir Path dir) throws IOException {
        Path file = Files.copy(Path.of("examples", "qiyingen.dataset.json"), dir.resolve("--weird.json"));

        assertThat(run(Locale.ENGLISH, "validate", "--policy", "chengyu-qiyingen-2023", "--as-of", "2025-10-08",
                "--", file.toString())).isZero();
        assertThat(out()).contains("File: " + file, "Result: PASSED");
        assertThat(run(Locale.ENGLISH, "validate", "--", "--weird.json", "--policy", "chengyu-qiyingen-2023"))
                .isEqualTo(2);
        assertThat(err()).contains("validate takes one file");
        out.reset();
        assertThat(run(Locale.ENGLISH, "validate", "--policy", "chengyu-qiyingen-2023", "--", "--help")).isEqualTo(2);
        assertThat(out()).doesNotContain("Commands:");
        assertThat(err()).contains("no such file");
    }

    @Test
    void validate_doubleDashWordLikeAFileName_isAnUnknownOption_thatSaysHowToNameTheFile() {
        assertThat(run(Locale.ENGLISH, "validate", "--weird.json", "--policy", "chengyu-qiyingen-2023")).isEqualTo(2);
        assertThat(err()).contains("error: unknown option --weird.json (write a file name that starts with -- as "
                + "./--weird.json, or after --)");
    }

    @Test
    void validate_jsonLinesReadAsADocument_hintsAtJsonLines(@TempDir Path dir) throws IOException {
        Path lines = Files.copy(Path.of("examples", "liwan-2026.jsonl"), dir.resolve("lines.json"));
        Path trailing = Files.writeString(dir.resolve("trailing.json"),
                "{\"schemaVersion\":\"1.0\",\"kind\":\"dataset\"}\n{\"type\":1}");

        assertThat(run(Locale.ENGLISH, "validate", lines.toString(), "--policy", "guangzhou-liwan-2026")).isEqualTo(2);
        assertThat(err()).contains("JSON_TRAILING line 2:1", "hint: this looks like JSON Lines (one record a line). A "
                + "JSON Lines file is validated line by line when its name ends in .jsonl");
        err.reset();
        assertThat(run(Locale.ENGLISH, "validate", trailing.toString(), "--policy", "guangzhou-liwan-2026"))
                .isEqualTo(2);
        assertThat(err()).contains("JSON_TRAILING line 2:1").doesNotContain("hint");
    }

    @Test
    void validate_dashForStandardInput_saysToUseDevStdin() {
        assertThat(run(Locale.ENGLISH, "validate", "-", "--policy", "guangzhou-liwan-2026")).isEqualTo(2);
        assertThat(err()).contains("does not take - for standard input", "/dev/stdin");
    }

    @Test
    void rules_markdownWithALanguage_isRefused() {
        assertThat(run(Locale.ENGLISH, "rules", "--markdown", "--lang", "zh")).isEqualTo(2);
        assertThat(err()).contains("--markdown prints rules.md (titles in both languages) and takes no --lang");
    }

    @Test
    void help_afterACommand_printsTheHelp() {
        assertThat(run(Locale.ENGLISH, "validate", "examples/qiyingen.dataset.json", "--help")).isZero();
        assertThat(out()).contains("Commands:", "validate FILE --policy");
        out.reset();
        assertThat(run(Locale.ENGLISH, "rules", "-h", "--lang", "zh")).isZero();
        assertThat(out()).contains("命令：");
    }

    @Test
    void lang_tagOfALanguage_isThatLanguage() {
        assertThat(run(Locale.ENGLISH, "help", "--lang", "zh-Hans")).isZero();
        assertThat(out()).contains("命令：");
        out.reset();
        assertThat(run(Locale.SIMPLIFIED_CHINESE, "help", "--lang", "en_GB")).isZero();
        assertThat(out()).contains("Commands:");
        assertThat(run(Locale.ENGLISH, "help", "--lang", "fr-FR")).isEqualTo(2);
        assertThat(err()).contains("--lang must be zh or en (or a tag of either, such as zh-CN or en-US), was 'fr-FR'");
    }

    @Test
    void validate_policyThatLooksLikeAPath_isReadAsAFile() {
        for (String policy : List.of("./nowhere", "nowhere.JSON")) {
            err.reset();
            assertThat(run(Locale.ENGLISH, "validate", "examples/qiyingen.dataset.json", "--policy", policy)).isEqualTo(2);
            assertThat(err()).as(policy).contains("JSON_IO").doesNotContain("unknown policy");
        }
    }

    @Test
    void validate_jsonLinesWhoseHundredThousandthLineIsBlank_stillReportsProgress(@TempDir Path dir) throws IOException {
        String records = Files.readString(Path.of("examples/liwan-2026.jsonl"));
        Path file = Files.writeString(dir.resolve("gap.jsonl"), records + "\n".repeat(200_000));

        assertThat(run(Locale.ENGLISH, "validate", file.toString(), "--policy", "guangzhou-liwan-2026", "--as-of",
                "2026-03-01")).isZero();

        assertThat(err()).isEqualTo("… " + (records.lines().count() + 200_000) + " lines" + System.lineSeparator());
    }

    @Test
    void validate_dateOfAnotherForm_exit2QuotingIt() {
        for (String date : new String[] {"-2026-01-01", "+12026-01-01", "2026-3-1", "20260301", " 2026-03-01"}) {
            assertThat(run(Locale.ENGLISH, "validate", "examples/qiyingen.dataset.json", "--policy",
                    "chengyu-qiyingen-2023", "--as-of", date)).as(date).isEqualTo(2);
            assertThat(err()).contains("--as-of must be a yyyy-MM-dd date such as 2026-03-01, was '" + date + "'");
        }
    }

    @Test
    void validate_noPolicy_exit2() {
        assertThat(run(Locale.ENGLISH, "validate", "examples/qiyingen.dataset.json")).isEqualTo(2);
        assertThat(err()).contains("--policy is required");
    }

    @Test
    void unknownCommandOrOption_exit2() {
        assertThat(run(Locale.ENGLISH, "frobnicate")).isEqualTo(2);
        assertThat(run(Locale.ENGLISH, "rules", "--colour")).isEqualTo(2);
        assertThat(err()).contains("unknown command 'frobnicate'", "unknown option --colour");
    }

    @Test
    void rules_listsEveryCode() {
        assertThat(run(Locale.ENGLISH, "rules")).isZero();
        assertThat(out()).contains("STUDIO_MEMBER_COUNT", "ALLIANCE_PARENT_CYCLE", "EXCHANGE_RECIPROCITY");
    }

    @Test
    void rulesMarkdown_printsTheRulesDocumentAsShipped() throws Exception {
        assertThat(run(Locale.ENGLISH, "rules", "--markdown")).isZero();
        assertThat(out()).isEqualTo(Files.readString(Path.of("docs", "rules.md")));
    }

    @Test
    void schemaAndPolicy_takeExactlyOneName_exit2ListingTheNames() {
        assertThat(run(Locale.ENGLISH, "schema", "dataset", "report")).isEqualTo(2);
        assertThat(err()).contains("schema 只接受一个名称：dataset、record", "schema takes one name: dataset, record");
        assertThat(run(Locale.ENGLISH, "policy")).isEqualTo(2);
        assertThat(err()).contains("policy 只接受一个预设：", "policy takes one preset: ")
                .contains("guangzhou-liwan-2026");
    }

    @Test
    void schema_dataset_printsTheBundledSchema() {
        assertThat(run(Locale.ENGLISH, "schema", "dataset")).isZero();
        assertThat(out()).contains("\"$id\"", "https://yanxun.org/schemas/1.0/dataset.schema.json");
    }

    @Test
    void schema_unknown_exit2NamingTheSchemasInBothLanguages() {
        assertThat(run(Locale.ENGLISH, "schema", "spaceship")).isEqualTo(2);
        assertThat(err()).contains("没有名为“spaceship”的模式：可用 dataset、record",
                "no schema is named 'spaceship': use one of dataset, record");
    }

    @Test
    void presets_listsTheThree() {
        assertThat(run(Locale.ENGLISH, "presets")).isZero();
        assertThat(out()).contains("guangzhou-liwan-2026", "guangdong-provincial-2021", "chengyu-qiyingen-2023");
    }

    @Test
    void validate_policyFile_usesIt() {
        assertThat(run(Locale.ENGLISH, "validate", "examples/liwan-2026.dataset.json", "--policy",
                "examples/sample-district-2027.policy.json", "--as-of", "2026-03-01")).isEqualTo(1);
        assertThat(out()).contains("Policy: sample-district-2027", "STUDIO_CYCLE_LENGTH");
    }

    @Test
    void validate_unreadablePolicyFile_exit2WithLocation(@TempDir Path dir) throws IOException {
        Path policy = dir.resolve("mine.json");
        Files.writeString(policy, "{\"schemaVersion\":\"1.0\",\"kind\":\"policy\",\"id\":7}");

        assertThat(run(Locale.ENGLISH, "validate", "examples/qiyingen.dataset.json", "--policy", policy.toString()))
                .isEqualTo(2);
        assertThat(err()).contains("Cannot read the policy file " + policy, "/id");
    }

    @Test
    void validate_unreadablePolicyFileInChinese_namesThePolicyFile(@TempDir Path dir) throws IOException {
        Path policy = dir.resolve("mine.json");
        Files.writeString(policy, "{\"schemaVersion\":\"1.0\",\"kind\":\"policy\",\"id\":7}");

        assertThat(run(Locale.ENGLISH, "validate", "examples/qiyingen.dataset.json", "--policy", policy.toString(),
                "--lang", "zh")).isEqualTo(2);
        assertThat(err()).contains("无法读取政策文件 " + policy + "：", "/id");
    }

    @Test
    void validate_formatJson_printsTheReportDocument() {
        assertThat(run(Locale.ENGLISH, "validate", "examples/qiyingen.dataset.json", "--policy", "chengyu-qiyingen-2023",
                "--as-of", "2025-10-08", "--format", "json")).isZero();
        assertThat(out()).contains("\"kind\" : \"report\"", "\"code\" : \"SESSION_OUTSIDE_PLAN\"");
    }

    @Test
    void validate_formatProblem_printsProblemDetails() {
        assertThat(run(Locale.ENGLISH, "validate", "examples/liwan-2026.dataset.json", "--policy",
                "guangdong-provincial-2021", "--as-of", "2026-03-01", "--format", "problem")).isEqualTo(1);
        assertThat(out()).contains("\"type\":\"https://yanxun.org/problems/validation-failed\"", "\"status\":422");
    }

    @Test
    void validate_formatProblemOnAPass_printsTheReportDocument() {
        assertThat(run(Locale.ENGLISH, "validate", "examples/qiyingen.dataset.json", "--policy",
                "chengyu-qiyingen-2023", "--as-of", "2025-10-08", "--format", "problem")).isEqualTo(0);
        assertThat(out()).contains("\"successful\" : true").doesNotContain("validation-failed", "\"status\"");
    }

    @Test
    void validate_aDirectory_saysItIsADirectory(@TempDir Path dir) throws IOException {
        assertThat(run(Locale.ENGLISH, "validate", dir.toString(), "--policy", "guangzhou-liwan-2026")).isEqualTo(2);
        assertThat(err()).contains("  JSON_IO /  a directory, not a file: " + dir).doesNotContain("line 0");

        assertThat(run(Locale.CHINA, "validate", dir.toString(), "--policy", "guangzhou-liwan-2026")).isEqualTo(2);
        assertThat(err()).contains("无法读取 " + dir + "：", "这是目录，不是文件：" + dir).doesNotContain("第 0 行", "Is a");

        Path lines = Files.createDirectory(dir.resolve("lines.jsonl"));
        assertThat(run(Locale.ENGLISH, "validate", lines.toString(), "--policy", "guangzhou-liwan-2026")).isEqualTo(2);
        assertThat(err()).contains("  JSON_IO /  a directory, not a file: " + lines).doesNotContain("line 1:0");
    }

    @Test
    void validate_linkLoop_exit2WithTheSystemsReasonAfterThePathOnce(@TempDir Path dir) throws IOException {
        Path one = Files.createSymbolicLink(dir.resolve("one.json"), Path.of("two.json"));
        Files.createSymbolicLink(dir.resolve("two.json"), Path.of("one.json"));

        assertThat(run(Locale.ENGLISH, "validate", one.toString(), "--policy", "guangzhou-liwan-2026")).isEqualTo(2);
        assertThat(err()).contains("  JSON_IO /  cannot read " + one + ": ").doesNotContain(one + ": " + one);
    }

    @Test
    void validate_fifo_exit2AtOnceSayingItIsNotARegularFile(@TempDir Path dir) throws IOException {
        Path fifo = dir.resolve("lines.jsonl");
        Fifos.make(fifo);
        Path link = Files.createSymbolicLink(dir.resolve("s.jsonl"), fifo);

        // Reading a FIFO nobody writes to would block: the refusal must come before it is opened.
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(5), () -> run(Locale.ENGLISH, "validate",
                link.toString(), "--policy", "guangzhou-liwan-2026", "--as-of", "2026-03-01"))).isEqualTo(2);
        assertThat(err()).contains("Cannot read " + link + ":", "  JSON_IO /  not a regular file: " + link + "; ",
                "validate(InputStream, Dimensions, LocalDate)").doesNotContain("line 0", "line 1:0");
        assertThat(out()).doesNotContain("PASSED", "lines)");

        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(5), () -> run(Locale.CHINA, "validate",
                fifo.toString(), "--policy", "guangzhou-liwan-2026", "--as-of", "2026-03-01"))).isEqualTo(2);
        assertThat(err()).contains("无法读取 " + fifo + "：", "  JSON_IO /  不是普通文件：" + fifo + "；")
                .doesNotContain("第 0 行");
    }

    @Test
    void validate_unreadableFileAsProblem_printsUnreadableInput(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "[");

        assertThat(run(Locale.ENGLISH, "validate", bad.toString(), "--policy", "guangzhou-liwan-2026", "--format",
                "problem")).isEqualTo(2);
        assertThat(out()).contains("unreadable-input", "\"status\":400");
    }

    @Test
    void validate_formatJsonOnJsonLinesWithNoReadableLine_printsTheReportDocumentWithItsReadErrors(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("all-bad.jsonl");
        Files.writeString(file, "not json\n{\"type\":\"person\"}\n");

        assertThat(run(Locale.ENGLISH, "validate", file.toString(), "--policy", "guangzhou-liwan-2026", "--as-of",
                "2026-03-01", "--format", "json")).isEqualTo(2);
        ReportDocument document = reportDocument(out());
        assertThat(document.isSuccessful()).isFalse();
        assertThat(document.readErrors()).extracting(ReadError::line).containsExactly(1L, 2L);
        assertThat(out()).doesNotContain("problems/unreadable-input");
        assertThat(err()).isEmpty();
    }

    @Test
    void validate_formatJsonOnADocumentThatCannotBeRead_printsTheReportDocumentWithItsReadErrors(@TempDir Path dir)
            throws IOException {
        for (Path file : List.of(dir.resolve("missing.json"), Files.createDirectory(dir.resolve("dir.json")),
                Files.writeString(dir.resolve("bad.json"), "["))) {
            out.reset();
            assertThat(run(Locale.ENGLISH, "validate", file.toString(), "--policy", "guangzhou-liwan-2026",
                    "--as-of", "2026-03-01", "--format", "json")).as(file.toString()).isEqualTo(2);
            ReportDocument document = reportDocument(out());
            assertThat(document.report().findings()).as(file.toString()).isEmpty();
            assertThat(document.report().policyId()).isEqualTo("guangzhou-liwan-2026");
            assertThat(document.readErrors()).as(file.toString()).isNotEmpty();
            assertThat(document.isSuccessful()).isFalse();
        }
        assertThat(err()).isEmpty();
    }

    @Test
    void validate_formatProblemWithAPolicyFileThatCannotBeRead_saysThePolicyCouldNotBeRead(@TempDir Path dir)
            throws IOException {
        Path policy = Files.writeString(dir.resolve("mine.json"), "{\"schemaVersion\":\"1.0\",\"kind\":\"policy\",\"id\":7}");

        assertThat(run(Locale.ENGLISH, "validate", "examples/qiyingen.dataset.json", "--policy", policy.toString(),
                "--format", "problem")).isEqualTo(2);
        assertThat(out()).contains("\"status\":400", "\"detail\":\"The policy document has ");
        out.reset();
        assertThat(run(Locale.ENGLISH, "validate", "examples/qiyingen.dataset.json", "--policy", policy.toString(),
                "--format", "problem", "--lang", "zh")).isEqualTo(2);
        assertThat(out()).contains("\"detail\":\"政策文档有 ");
    }

    @Test
    void validate_policyNameWithInvisibleOrBidiCharacters_isShownEscapedInTheTable(@TempDir Path dir)
            throws IOException {
        String sample = Files.readString(Path.of("examples/sample-district-2027.policy.json"));
        Path policy = Files.writeString(dir.resolve("mine.json"), sample
                .replace("\"Sample district 2027\"", "\"Sample\\u200Bdistrict\\u202E2027\"")
                .replace("\"示例区2027年教师研训共同体\"", "\"示例区\\uFEFF2027\""));

        run(Locale.ENGLISH, "validate", "examples/liwan-2026.dataset.json", "--policy", policy.toString(), "--as-of",
                "2026-03-01", "--lang", "en");
        assertThat(out()).contains("Policy: sample-district-2027 (Sample\\u200Bdistrict\\u202E2027)\n");
        out.reset();
        run(Locale.ENGLISH, "validate", "examples/liwan-2026.dataset.json", "--policy", policy.toString(), "--as-of",
                "2026-03-01", "--lang", "zh");
        assertThat(out()).contains("政策：sample-district-2027 (示例区\\uFEFF2027)\n");
    }

    @Test
    void validate_policyFileWithThePresetsIdButOtherLimits_exit2InBothLanguages(@TempDir Path dir) throws IOException {
        String sample = Files.readString(Path.of("examples/sample-district-2027.policy.json"));
        Path policy = Files.writeString(dir.resolve("mine.json"),
                sample.replace("\"sample-district-2027\"", "\"guangzhou-liwan-2026\""));

        assertThat(run(Locale.ENGLISH, "validate", "examples/liwan-2026.dataset.json", "--policy", policy.toString(),
                "--as-of", "2026-03-01")).isEqualTo(2);
        assertThat(out()).isEmpty();
        assertThat(err()).contains("Cannot read the policy file " + policy + ":", "JSON_VALUE line 4:10 /id  the id "
                + "'guangzhou-liwan-2026' is that of a built-in preset, which this policy differs from",
                "give the policy an id of its own").doesNotContain("usage:");
        err.reset();
        assertThat(run(Locale.ENGLISH, "validate", "examples/liwan-2026.dataset.json", "--policy", policy.toString(),
                "--as-of", "2026-03-01", "--format", "problem", "--lang", "zh")).isEqualTo(2);
        assertThat(out()).contains("\"status\":400", "\"pointer\":\"/id\"", "\"line\":4", "请给这份政策一个自己的 id");
    }

    @Test
    void validate_presetAsThePolicyCommandPrintsIt_isAccepted(@TempDir Path dir) throws IOException {
        for (String preset : List.of("guangzhou-liwan-2026", "guangdong-provincial-2021", "chengyu-qiyingen-2023")) {
            out.reset();
            assertThat(run(Locale.ENGLISH, "policy", preset)).isZero();
            Path policy = Files.writeString(dir.resolve(preset + ".json"), out());
            out.reset();

            assertThat(run(Locale.ENGLISH, "validate", "examples/qiyingen.dataset.json", "--policy", policy.toString(),
                    "--as-of", "2025-10-08")).as(preset).isIn(0, 1);
            assertThat(out()).contains("Policy: " + preset + " (");
        }
        assertThat(err()).isEmpty();
    }

    @Test
    void validate_formatJsonWithAPolicyFileThatCannotBeRead_printsNothingAndTheErrorsOnTheErrorStream(
            @TempDir Path dir) throws IOException {
        Path policy = dir.resolve("mine.json");
        Files.writeString(policy, "{\"schemaVersion\":\"1.0\",\"kind\":\"policy\",\"id\":7}");

        assertThat(run(Locale.ENGLISH, "validate", "examples/qiyingen.dataset.json", "--policy", policy.toString(),
                "--format", "json")).isEqualTo(2);
        assertThat(out()).isEmpty();
        assertThat(err()).contains("Cannot read the policy file " + policy + ":", "JSON_TYPE", "/id");
    }

    /** Reads a report document printed by the command, checking it against report.schema.json first. */
    private static ReportDocument reportDocument(String json) {
        assertThat(BundledSchemas.errors("report", json)).as(json).isEmpty();
        ReadResult<ReportDocument> read = ReportReader.create().read(json);
        assertThat(read.errors()).as(json).isEmpty();
        return read.value().orElseThrow();
    }

    @Test
    void validate_badFormat_exit2() {
        assertThat(run(Locale.ENGLISH, "validate", "examples/qiyingen.dataset.json", "--policy", "chengyu-qiyingen-2023",
                "--format", "xml")).isEqualTo(2);
        assertThat(err()).contains("--format must be table, json or problem, was 'xml'");
    }

    @Test
    void validate_jsonLinesWithBadLines_reportsThemAndExit2(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("some-bad.jsonl");
        Files.writeString(file, Files.readString(Path.of("examples/liwan-2026.jsonl")) + "not json\n");

        assertThat(run(Locale.ENGLISH, "validate", file.toString(), "--policy", "guangzhou-liwan-2026", "--as-of",
                "2026-03-01")).isEqualTo(2);
        assertThat(out()).contains("Result: FAILED (0 errors, 0 warnings, 0 infos, 1 read error)");
        assertThat(err()).contains("Lines of " + file + " that could not be read:\n  JSON_SYNTAX line 2333:")
                .doesNotContain("Cannot read");
    }

    @Test
    void validate_jsonLinesPastTheErrorLimit_placesTheLimitAtItsLineWithoutAColumn(@TempDir Path dir)
            throws IOException {
        Path file = Files.writeString(dir.resolve("many-bad.jsonl"),
                Files.readString(Path.of("examples/liwan-2026.jsonl")) + "x\n".repeat(1_001));

        assertThat(run(Locale.ENGLISH, "validate", file.toString(), "--policy", "guangzhou-liwan-2026", "--as-of",
                "2026-03-01")).isEqualTo(2);
        assertThat(err()).contains("  JSON_LIMIT line 3333 /  too many errors").doesNotContain(":0 ");
    }

    @Test
    void validate_jsonLinesWhoseRecordLinesAreAllUnreadable_isAnUnreadableFile_blankLinesOrNot(@TempDir Path dir)
            throws IOException {
        Path bare = Files.writeString(dir.resolve("bare.jsonl"), "not json\n");
        Path blanks = Files.writeString(dir.resolve("blanks.jsonl"), "\uFEFF \nnot json\n\n  \t\n");

        assertThat(run(Locale.ENGLISH, "validate", bare.toString(), "--policy", "guangzhou-liwan-2026")).isEqualTo(2);
        String bareOut = out();
        String bareErr = err().replace(bare.toString(), "FILE");
        out.reset();
        err.reset();
        assertThat(run(Locale.ENGLISH, "validate", blanks.toString(), "--policy", "guangzhou-liwan-2026")).isEqualTo(2);

        assertThat(bareOut).doesNotContain("Result:");
        assertThat(out()).isEqualTo(bareOut);
        assertThat(err().replace(blanks.toString(), "FILE").replace("line 2", "line 1")).isEqualTo(bareErr);
    }

    @Test
    void validate_jsonLinesWhoseUnreadableRecordsPassTheErrorLimit_isStillAnUnreadableFile(@TempDir Path dir)
            throws IOException {
        // 1,002 lines of one error each, and 400 of three each: more errors than the 1,000 that are kept.
        Path single = Files.writeString(dir.resolve("single.jsonl"), "x\n".repeat(1_002));
        Path triple = Files.writeString(dir.resolve("triple.jsonl"),
                "{\"type\":\"person\",\"person\":{\"id\":1}}\n".repeat(400));
        String good = Files.readString(Path.of("examples/liwan-2026.jsonl")).lines().findFirst().orElseThrow();
        Path oneGood = Files.writeString(dir.resolve("one-good.jsonl"), "x\n".repeat(1_002) + good + "\n");

        for (Path file : List.of(single, triple)) {
            out.reset();
            assertThat(run(Locale.ENGLISH, "validate", file.toString(), "--policy", "guangzhou-liwan-2026"))
                    .isEqualTo(2);
            assertThat(out()).as(file.toString()).doesNotContain("Result:");
        }
        out.reset();
        assertThat(run(Locale.ENGLISH, "validate", oneGood.toString(), "--policy", "guangzhou-liwan-2026"))
                .isEqualTo(2);
        // The count is not given as 1001 (the temporary directory's name may hold those digits).
        assertThat(out()).contains("Result: FAILED", "more than 1000 read errors").doesNotContain("1001 read errors");
    }

    @Test
    void validate_jsonLinesWithALineOfTwoErrors_stillReportsTheReadableLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mixed.jsonl");
        Files.writeString(file, Files.readString(Path.of("examples/liwan-2026.jsonl")).lines()
                .filter(line -> line.startsWith("{\"type\":\"person\"")).findFirst().orElseThrow()
                .replaceFirst("\"employer\":\"[^\"]*\"", "\"employer\":\"nowhere\"") + "\n"
                + "{\"type\":\"person\",\"person\":{\"id\":\"x\",\"name\":1,\"synthetic\":\"no\"}}\n");

        assertThat(run(Locale.ENGLISH, "validate", file.toString(), "--policy", "guangzhou-liwan-2026", "--as-of",
                "2026-03-01")).isEqualTo(2);
        assertThat(out()).contains("REF_UNKNOWN", "line 1 /person/employer", "1 error", "2 read errors");
        assertThat(err()).contains("JSON_TYPE line 2:");
    }

    @Test
    void validate_jsonLinesInChinese_locatesFindingsInChinese(@TempDir Path dir) throws IOException {
        Path file = personTwice(dir);

        assertThat(run(Locale.ENGLISH, "validate", file.toString(), "--policy", "guangzhou-liwan-2026", "--as-of",
                "2026-03-01", "--lang", "zh")).isEqualTo(1);
        assertThat(out()).contains("    第 2 行 /person/id  人员标识", "首次出现于 第 1 行 /person/id\n")
                .doesNotContain("line ");
    }

    @Test
    void validate_jsonLinesInEnglish_locatesFindingsAsBefore(@TempDir Path dir) throws IOException {
        Path file = personTwice(dir);

        assertThat(run(Locale.ENGLISH, "validate", file.toString(), "--policy", "guangzhou-liwan-2026", "--as-of",
                "2026-03-01")).isEqualTo(1);
        assertThat(out()).contains("    line 2 /person/id  person identifier", "is already used at line 1 /person/id\n");
    }

    /** A JSON Lines file of one person of the Liwan example on two lines: an ID_DUPLICATE on line 2. */
    private static Path personTwice(Path dir) throws IOException {
        String person = Files.readString(Path.of("examples/liwan-2026.jsonl")).lines()
                .filter(line -> line.startsWith("{\"type\":\"person\"")).findFirst().orElseThrow();
        return Files.writeString(dir.resolve("twice.jsonl"), person + "\n" + person + "\n");
    }

    @Test
    void validate_emptyFileName_exit2SayingSo() {
        assertThat(run(Locale.ENGLISH, "validate", "", "--policy", "guangzhou-liwan-2026")).isEqualTo(2);
        assertThat(err()).contains("错误：文件名为空", "error: the file name is empty").doesNotContain("directory");
    }

    @Test
    void validate_nameNoPathCanHold_exit2InBothLanguages() {
        assertThat(run(Locale.ENGLISH, "validate", "a\u0000b.json", "--policy", "guangzhou-liwan-2026")).isEqualTo(2);
        assertThat(err()).contains("错误：无法用作文件路径：“a\\u0000b.json”（含空字符）",
                "error: cannot be used as a file path: 'a\\u0000b.json' (it holds a NUL character)")
                .doesNotContain("Nul character", "LC_ALL");
    }

    @Test
    void validate_nameWithBytesTheLocaleCouldNotDecode_exit2SayingSoRatherThanNoSuchFile() {
        assertThat(run(Locale.ENGLISH, "validate", "bad\uFFFDname.json", "--policy", "guangzhou-liwan-2026"))
                .isEqualTo(2);
        assertThat(err()).contains("error: the file name 'bad\uFFFDname.json' holds bytes the system's locale "
                + "could not decode (shown as U+FFFD)", "错误：文件名“bad\uFFFDname.json”中有系统区域设置无法解码的字节")
                .doesNotContain("no such file");
    }

    @Test
    void validate_emptyPolicy_exit2SayingSo() {
        assertThat(run(Locale.ENGLISH, "validate", "examples/qiyingen.dataset.json", "--policy", "")).isEqualTo(2);
        assertThat(err()).contains("错误：--policy 为空", "error: --policy is empty: give a preset (")
                .doesNotContain("file name");
    }

    @Test
    void validate_optionFollowedByAnotherOption_exit2SayingItNeedsAValue() {
        assertThat(run(Locale.ENGLISH, "validate", "examples/qiyingen.dataset.json", "--policy", "--as-of",
                "2025-10-08")).isEqualTo(2);
        assertThat(err()).contains("错误：--policy 需要一个值", "error: --policy needs a value")
                .doesNotContain("unknown policy");
    }

    @Test
    void validate_valueStartingWithDashesGivenInline_isTheValue() {
        assertThat(run(Locale.ENGLISH, "validate", "examples/qiyingen.dataset.json", "--policy=--nowhere"))
                .isEqualTo(2);
        assertThat(err()).contains("error: unknown policy '--nowhere'");
    }

    @Test
    void flagGivenAValue_exit2SayingItTakesNone() {
        assertThat(run(Locale.ENGLISH, "examples", "--all=yes")).isEqualTo(2);
        assertThat(err()).contains("错误：选项 --all 不接受值，收到“--all=yes”", "error: option --all takes no value, "
                + "was '--all=yes'").doesNotContain("unknown option");
    }

    @Test
    void unknownCommand_saysSoInBothLanguages() {
        assertThat(run(Locale.ENGLISH, "frobnicate", "--lang", "zh")).isEqualTo(2);
        assertThat(err()).contains("错误：未知命令“frobnicate”", "error: unknown command 'frobnicate'",
                "用法：运行 help 命令");
    }

    @Test
    void validate_badLinesInChinese_locatesThemInChinese(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("some-bad.jsonl");
        Files.writeString(file, Files.readString(Path.of("examples/liwan-2026.jsonl")) + "not json\n");

        assertThat(run(Locale.ENGLISH, "validate", file.toString(), "--policy", "guangzhou-liwan-2026", "--as-of",
                "2026-03-01", "--lang", "zh")).isEqualTo(2);
        assertThat(out()).contains("结果：未通过（错误 0，警告 0，提示 0，读取错误 1）");
        assertThat(err()).contains("JSON_SYNTAX 第 2333 行第 1 列").doesNotContain(" line ");
    }

    @Test
    void validate_policyNamingARuleCodeNoRuleHas_exit2WithTheCodeAtItsLine(@TempDir Path dir) throws IOException {
        Path policy = misspeltPolicy(dir);

        assertThat(run(Locale.ENGLISH, "validate", "examples/qiyingen.dataset.json", "--policy", policy.toString(),
                "--as-of", "2025-10-08")).isEqualTo(2);
        assertThat(err()).contains("Cannot read the policy file " + policy + ":", "JSON_VALUE line " + lineOf(policy,
                "STUDIO_NAME_CONVENTON") + ":", "/disabledRules/0  no rule has the code 'STUDIO_NAME_CONVENTON'")
                .doesNotContain("Exception", "没有");
    }

    @Test
    void validate_policyNamingARuleCodeNoRuleHas_followsLanguageAndFormat(@TempDir Path dir) throws IOException {
        Path policy = misspeltPolicy(dir);

        assertThat(run(Locale.ENGLISH, "validate", "examples/qiyingen.dataset.json", "--policy", policy.toString(),
                "--as-of", "2025-10-08", "--lang", "zh", "--format", "problem")).isEqualTo(2);
        assertThat(out()).contains("\"title\":\"输入无法读取\"", "\"pointer\":\"/disabledRules/0\"",
                "\"messageZh\":\"没有代码为“STUDIO_NAME_CONVENTON”的规则\"");
        assertThat(err()).isEmpty();
    }

    /** The 綦营恩 preset as a policy file that switches off a rule whose code is misspelt. */
    private Path misspeltPolicy(Path dir) throws IOException {
        Path policy = dir.resolve("policy.json");
        run(Locale.ENGLISH, "policy", "chengyu-qiyingen-2023");
        Files.writeString(policy, out().replace("\"disabledRules\" : [ ]", "\"disabledRules\" : [ \"STUDIO_NAME_CONVENTON\" ]"));
        assertThat(Files.readString(policy)).contains("STUDIO_NAME_CONVENTON");
        return policy;
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " is not in " + file);
    }

    @Test
    void policy_preset_printsAPolicyDocument() {
        assertThat(run(Locale.ENGLISH, "policy", "guangdong-provincial-2021")).isZero();
        assertThat(out()).contains("\"kind\" : \"policy\"", "\"id\" : \"guangdong-provincial-2021\"");
    }

    @Test
    void policy_unknownPreset_exit2() {
        assertThat(run(Locale.ENGLISH, "policy", "atlantis")).isEqualTo(2);
        assertThat(err()).contains("unknown preset 'atlantis'");
    }
}
