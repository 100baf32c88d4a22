package org.yanxun.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
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

    @Test
    void readmeExample_validatesTheLiwanFile() {
        assertThat(run(ReadmeExample::main)).isEqualTo("no errors" + System.lineSeparator());
    }

    @Test
    void streamJsonLines_validatesEveryLine() {
        assertThat(run(StreamJsonLines::main))
                .contains("lines: 2332, read errors: 0, progress seen: 2332")
                .contains("ERROR=0, WARNING=0, INFO=0");
    }

    @Test
    void readPartnerFile_printsTheFindingsInChinese() {
        assertThat(run(ReadPartnerFile::main))
                .contains("共 2 条发现，无错误")
                .contains("提示 SESSION_OUTSIDE_PLAN /alliances/0/sessions/0/date：");
    }

    @Test
    void validateApplicationForm_blocksTheSave() {
        Locale original = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try {
            assertThat(run(ValidateApplicationForm::main))
                    .contains("[district]")
                    .contains("3-year cycle")
                    .contains("has 2 members")
                    .contains("not saved: 3 problems");
        } finally {
            Locale.setDefault(original);
        }
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
