package org.yanxun.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yanxun.examples.ExampleCommunities.LIWAN_AS_OF;
import static org.yanxun.rules.catalogue.Mutations.LIWAN;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.yanxun.Cluster;
import org.yanxun.Dataset;
import org.yanxun.InstitutionId;
import org.yanxun.PlannedActivity;
import org.yanxun.Studio;
import org.yanxun.policy.Severity;
import org.yanxun.rules.Finding;
import org.yanxun.rules.catalogue.Mutations;

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
    void districtOwnRules_reportTheSchoolOfTooManyStudiosAsAWarning_inADocumentAndAStream() {
        assertThat(run(DistrictOwnRules::main))
                .contains("policy=district-own-rules-2026", "ERROR=0, WARNING=1, INFO=0")
                .contains("WARNING DISTRICT_STUDIOS_PER_SCHOOL /clusters/0/studios/3/hostInstitution "
                        + "school '广州市西关培英中学' (xiguan-peiying-middle) hosts 65 studios, more than 50")
                .contains("the JSON Lines file reports the same: true");
    }

    @Test
    void districtOwnRules_firstActivityThreeMonthsAndADayIn_fires() {
        Dataset late = Mutations.studio(LIWAN, 3,
                s -> withActivityDates(s, "2026-06-01", "2026-04-10", "2026-09-09"));
        assertThat(DistrictOwnRules.engine().validate(late, LIWAN_AS_OF).withCode(DistrictOwnRules.FIRST_ACTIVITY)
                .findings())
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.pointer()).isEqualTo("/clusters/0/studios/3/activities/1/date");
                    assertThat(f.messageEn()).contains("2026-04-10", "after 2026-04-09");
                });
    }

    @Test
    void districtOwnRules_firstActivityThreeMonthsIn_isQuiet() {
        Dataset onTime = Mutations.studio(LIWAN, 3,
                s -> withActivityDates(s, "2026-06-01", "2026-04-09", "2026-09-09"));
        assertThat(DistrictOwnRules.engine().validate(onTime, LIWAN_AS_OF).withCode(DistrictOwnRules.FIRST_ACTIVITY)
                .findings()).isEmpty();
    }

    @Test
    void districtOwnRules_schoolOfFiftyStudiosIsQuiet_ofFiftyOneFires() {
        assertThat(studiosPerSchoolFindings(50)).isEmpty();
        assertThat(studiosPerSchoolFindings(51)).singleElement()
                .satisfies(f -> assertThat(f.messageEn()).contains("(xiguan-peiying-middle) hosts 51 studios"));
    }

    /** The findings of the keyed rule when the busiest school of the Liwan example keeps {@code kept} studios. */
    private static List<Finding> studiosPerSchoolFindings(int kept) {
        InstitutionId busiest = InstitutionId.of("xiguan-peiying-middle");
        InstitutionId other = InstitutionId.of("liwan-research-institute");
        Cluster cluster = LIWAN.clusters().get(0);
        List<Studio> studios = new ArrayList<>();
        int seen = 0;
        for (Studio s : cluster.studios()) {
            boolean moved = s.hostInstitution().equals(busiest) && ++seen > kept;
            studios.add(moved ? s.toBuilder().hostInstitution(other).build() : s);
        }
        Dataset data = LIWAN.withClusters(List.of(cluster.withStudios(studios)));
        return DistrictOwnRules.engine().validate(data, LIWAN_AS_OF).withCode(DistrictOwnRules.STUDIOS_PER_SCHOOL)
                .findings();
    }

    private static Studio withActivityDates(Studio s, String... dates) {
        List<PlannedActivity> activities = new ArrayList<>();
        for (int i = 0; i < dates.length; i++) {
            PlannedActivity a = s.activities().get(i);
            activities.add(new PlannedActivity(a.title(), a.duty(), LocalDate.parse(dates[i])));
        }
        return new Studio(s.id(), s.name(), s.type(), s.level(), s.hostInstitution(), s.researchDirection(), s.stages(),
                s.subjects(), s.cycle(), s.status(), s.memberships(), s.evaluations(), activities, s.mentoringPairs(),
                s.certificates());
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
