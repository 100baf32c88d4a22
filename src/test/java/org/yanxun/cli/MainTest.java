package org.yanxun.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yanxun.ChildJvm;

/** {@link Main} as a user runs it: its own JVM, with standard output wherever the shell sends it. */
class MainTest {

    /** Runs the command line in a new JVM, standard output to a file; returns its exit status. */
    private static int run(File out, Path err, String... args) throws IOException, InterruptedException {
        return run(List.of(), out, err, args);
    }

    /** Runs the command line in a new JVM with options of its own, such as a heap limit. */
    private static int run(List<String> options, File out, Path err, String... args)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(ChildJvm.command(options, Main.class, args)).redirectOutput(out)
                .redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the command ends").isTrue();
        return process.exitValue();
    }

    @Test
    void outputToAFullDisk_exit2AndSaysSo(@TempDir Path dir) throws Exception {
        File full = new File("/dev/full");
        assumeTrue(full.exists(), "a system with /dev/full");
        Path err = dir.resolve("err.txt");

        assertThat(run(full, err, "schema", "report")).isEqualTo(2);

        assertThat(Files.readString(err, StandardCharsets.UTF_8))
                .contains("错误：无法写出输出", "error: the output could not be written");
    }

    @Test
    void documentLargerThanTheHeap_exit2InBothLanguagesWithoutAStackTrace(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("large.dataset.json");
        StringBuilder json = new StringBuilder("{\"schemaVersion\":\"1.0\",\"kind\":\"dataset\",\"persons\":[");
        for (int i = 0; i < 300_000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":\"p").append(i).append("\",\"name\":\"n\",\"synthetic\":true}");
        }
        Files.writeString(data, json.append("]}"));
        Path err = dir.resolve("err.txt");

        assertThat(run(List.of("-Xmx24m"), dir.resolve("out.txt").toFile(), err, "validate", data.toString(),
                "--policy", "guangzhou-liwan-2026", "--as-of", "2026-03-01")).isEqualTo(2);

        assertThat(Files.readString(err, StandardCharsets.UTF_8))
                .contains("错误：内存不足", "error: out of memory", "JSON Lines").doesNotContain("Exception", "\tat ");
    }

    @Test
    void outputToAFile_exit0AndWritesItAll(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.json");

        assertThat(run(out.toFile(), dir.resolve("err.txt"), "schema", "report")).isZero();

        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(
                Files.readString(Path.of("docs/schemas/report.schema.json"), StandardCharsets.UTF_8));
    }
}
