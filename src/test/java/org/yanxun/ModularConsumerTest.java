package org.yanxun;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yanxun.json.JsonSchemas;

/**
 * An application on the module path that requires {@code org.yanxun} and nothing else: it compiles
 * without Jakarta Validation, which only {@code org.yanxun.validation} needs, and reads the bundled
 * schemas through {@link JsonSchemas}, though their package is not open to it.
 */
class ModularConsumerTest {

    private static final String MAIN = """
            package demo;

            public class Main {
                public static void main(String[] args) {
                    System.out.println(org.yanxun.json.JsonSchemas.id("studio"));
                    System.out.println(org.yanxun.json.JsonSchemas.text("studio").contains("\\"$id\\""));
                    System.out.println(ClassLoader.getSystemResource("org/yanxun/json/schema/studio.schema.json"));
                    System.out.println(org.yanxun.rules.RuleEngine.of(org.yanxun.policy.Presets.guangzhouLiwan2026())
                            .validate(org.yanxun.examples.ExampleCommunities.liwan2026(),
                                    org.yanxun.examples.ExampleCommunities.LIWAN_AS_OF).isSuccessful());
                }
            }
            """;

    @Test
    void moduleRequiringOnlyYanxun_compilesWithoutJakartaValidationAndReadsTheSchemas(@TempDir Path dir)
            throws Exception {
        Path source = dir.resolve("src/demo");
        Files.createDirectories(source.resolve("demo"));
        Files.writeString(source.resolve("module-info.java"), "module demo { requires org.yanxun; }");
        Files.writeString(source.resolve("demo/Main.java"), MAIN);
        String modulePath = String.join(File.pathSeparator, locationOf(Dataset.class),
                locationOf(tools.jackson.databind.ObjectMapper.class), locationOf(tools.jackson.core.JsonParser.class),
                locationOf(com.fasterxml.jackson.annotation.JsonProperty.class));
        Path classes = dir.resolve("classes");

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean compiled;
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            compiled = compiler.getTask(null, files, diagnostics, List.of("-d", classes.toString(), "--module-path",
                    modulePath, "--module-source-path", dir.resolve("src").toString(), "-m", "demo"), null, null).call();
        }
        assertThat(compiled).as("compiles: %s", diagnostics.getDiagnostics()).isTrue();

        Path out = dir.resolve("out.txt");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", modulePath + File.pathSeparator + classes.resolve("demo"), "-m", "demo/demo.Main")
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the application ends").isTrue();
        assertThat(Files.readAllLines(out)).as("exit %d", process.exitValue()).containsExactly(
                "https://yanxun.org/schemas/1.0/studio.schema.json", "true", "null", "true");
    }

    private static String locationOf(Class<?> type) throws URISyntaxException, IOException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
