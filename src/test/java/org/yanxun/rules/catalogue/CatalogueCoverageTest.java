package org.yanxun.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yanxun.rules.RuleEngine;

/**
 * The guard of the catalogue tests: every built-in rule code has a test that makes it fire and a
 * test that keeps it quiet, so a rule added without tests breaks the build.
 *
 * <p>It reads the test sources of this package: a firing test is a method whose name has a segment
 * starting with {@code fires} and that calls {@code fires(report, "CODE", pointer)}; a quiet test
 * is a method whose name ends with {@code _quiet} and that asserts of the code's {@code findings(...)}
 * or {@code pointers(...)} that they are empty, do not contain, match none, or are exactly some
 * others: a test named quiet that asserts a finding is there does not count.
 */
class CatalogueCoverageTest {

    private static final Path SOURCES = Path.of("src", "test", "java", "org", "yanxun", "rules", "catalogue");
    private static final Pattern METHOD = Pattern.compile("void (\\w+)\\(\\) \\{(.*?)\\n    }", Pattern.DOTALL);
    private static final Pattern FIRES = Pattern.compile("fires\\([^;]*?\"([A-Z][A-Z0-9_]*)\"", Pattern.DOTALL);
    /** The code's findings asserted absent, or asserted to be exactly some others. */
    private static final Pattern QUIET = Pattern.compile("(?:findings|pointers)\\([^;]*?\"([A-Z][A-Z0-9_]*)\"[^;]*?"
            + "\\.(?:isEmpty|doesNotContain|noneMatch|containsExactly)\\(", Pattern.DOTALL);

    private static final Set<String> FIRED = new TreeSet<>();
    private static final Set<String> QUIETED = new TreeSet<>();

    @BeforeAll
    static void scan() throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.list(SOURCES)) {
            files = all.filter(p -> p.getFileName().toString().endsWith("RulesTest.java")).toList();
        }
        for (Path file : files) {
            Matcher method = METHOD.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (method.find()) {
                String name = method.group(1);
                String body = method.group(2);
                if (name.matches("\\w+_\\w+_fires\\w*")) {
                    collect(FIRES, body, FIRED);
                } else if (name.endsWith("_quiet")) {
                    collect(QUIET, body, QUIETED);
                }
            }
        }
    }

    private static void collect(Pattern pattern, String body, Set<String> into) {
        Matcher code = pattern.matcher(body);
        while (code.find()) {
            into.add(code.group(1));
        }
    }

    private static Set<String> builtInCodes() {
        Set<String> codes = new TreeSet<>();
        RuleEngine.builtInRules().forEach(rule -> codes.add(rule.info().code()));
        return codes;
    }

    @Test
    void builtInRules_are51WithDistinctCodes() {
        assertThat(builtInCodes()).hasSize(51).hasSameSizeAs(RuleEngine.builtInRules());
    }

    @Test
    void everyBuiltInCode_hasATestThatFiresIt() {
        assertThat(FIRED).containsAll(builtInCodes());
    }

    @Test
    void everyBuiltInCode_hasATestThatKeepsItQuiet() {
        assertThat(QUIETED).containsAll(builtInCodes());
    }

    @Test
    void aQuietTest_countsOnlyIfItAssertsNoSuchFinding() {
        Set<String> counted = new TreeSet<>();
        collect(QUIET, """
                assertThat(findings(report, "A_EMPTY")).isEmpty();
                assertThat(pointers(report, "B_EXCEPT")).doesNotContain("/persons/3");
                assertThat(pointers(report, "C_ONLY")).containsExactly("/alliances/0/sessions/0/experts");
                assertThat(findings(report, "D_PRESENT")).hasSize(1);
                assertThat(pointers(report, "E_PRESENT")).contains("/persons/3");
                """, counted);
        assertThat(counted).containsExactly("A_EMPTY", "B_EXCEPT", "C_ONLY");
    }
}
