package org.yanxun.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Runs every example program of {@code examples/programs} and checks what it prints.
 */
class SamplesTest {

    @Test
    void buildAStudio_reportsTheTooSmallStudio() {
        assertThat(run(BuildAStudio::main))
                .contains("ERROR=1")
                .contains("STUDIO_MEMBER_COUNT /clusters/0/studios/0/memberships studio '陈思雨名教师工作室' has 2 members");
    }

    @Test
    void customDistrictPolicy_findsTwoYearStudiosUnderThreeYearRules() {
        assertThat(run(CustomDistrictPolicy::main))
                .contains("problems: []")
                .contains("policy=sample-district-2027")
                .contains("STUDIO_CYCLE_LENGTH=94");
    }

    static String run(java.util.function.Consumer<String[]> program) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            program.accept(new String[0]);
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
