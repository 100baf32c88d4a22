package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yanxun.Dataset;
import org.yanxun.Person;
import org.yanxun.examples.ExampleCommunities;
import org.yanxun.internal.InvalidValueException;
import org.yanxun.policy.Presets;
import org.yanxun.policy.Severity;
import org.yanxun.rules.Finding;
import org.yanxun.rules.Location;
import org.yanxun.rules.Report;
import org.yanxun.rules.catalogue.Mutations;

/**
 * A date that no reader accepts, of a year outside 0000 to 9999, is refused by every writer, which
 * names the date and where it is, rather than written as text that cannot be read back.
 */
class UnwritableDateTest {

    private static final LocalDate YEAR_10000 = LocalDate.of(10_000, 1, 1);

    private static Person firstPerson() {
        return ExampleCommunities.liwan2026().persons().get(0);
    }

    /** The Liwan data whose first person started teaching on a date. */
    private static Dataset teachingSince(LocalDate date) {
        Dataset liwan = ExampleCommunities.liwan2026();
        return Mutations.person(liwan, firstPerson().id(), p -> p.toBuilder().teachingSince(date).build());
    }

    @Test
    void datasetWriter_dateInYear10000_throwsNamingTheDateAndItsPointer() {
        Dataset dataset = teachingSince(YEAR_10000);

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> DatasetWriter.compact().writeToString(dataset))
                .withMessage("date at /persons/0/teachingSince must be in the years 0000 to 9999 to be written as "
                        + "yyyy-MM-dd, was +10000-01-01")
                .satisfies(e -> assertThat(e.zh())
                        .isEqualTo("/persons/0/teachingSince 处的日期须在 0000 至 9999 年之间才能写成 yyyy-MM-dd，实为 +10000-01-01"));
    }

    @Test
    void datasetWriter_dateBeforeYearZero_throwsNamingTheDateAndItsPointer() {
        Dataset liwan = ExampleCommunities.liwan2026();
        Dataset dataset = Mutations.person(liwan, firstPerson().id(),
                p -> p.toBuilder().birthDate(LocalDate.of(-1, 12, 31)).build());

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> DatasetWriter.pretty().write(dataset, new ByteArrayOutputStream()))
                .withMessageContaining("at /persons/0/birthDate")
                .withMessageEndingWith("was -0001-12-31");
    }

    @Test
    void jsonLinesWriter_dateInYear10000_throwsNamingTheLineAndThePointer() {
        Person late = firstPerson().toBuilder().teachingSince(YEAR_10000).build();

        try (JsonLinesWriter writer = JsonLinesWriter.to(new ByteArrayOutputStream())) {
            writer.person(firstPerson());
            assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> writer.person(late))
                    .withMessage("line 2: date at /person/teachingSince must be in the years 0000 to 9999 to be "
                            + "written as yyyy-MM-dd, was +10000-01-01")
                    .satisfies(e -> assertThat(e.zh()).startsWith("第 2 行：/person/teachingSince 处的日期"));
        }
    }

    @Test
    void jsonLinesWriter_afterALineFailedPartWay_writesNoMoreLines() {
        Person late = firstPerson().toBuilder().teachingSince(YEAR_10000).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        try (JsonLinesWriter writer = JsonLinesWriter.to(out)) {
            writer.person(firstPerson());
            assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> writer.person(late));
            assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> writer.person(firstPerson()))
                    .withMessage("This writer writes no more lines: line 2 failed part-way, and the output may hold "
                            + "its start");
        }

        List<JsonLine> lines = new ArrayList<>();
        JsonLinesReader.create().read(new ByteArrayInputStream(out.toByteArray()), lines::add);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isInstanceOf(JsonLine.PersonLine.class);
        assertThat(lines.get(1)).as("the start of the failed line").isInstanceOf(JsonLine.ErrorLine.class);
    }

    @Test
    void jsonLinesWriter_datasetWithADateInYear10000_throws() {
        Dataset dataset = teachingSince(YEAR_10000);

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> JsonLinesWriter.writeToString(dataset))
                .withMessageContaining("at /person/teachingSince").withMessageEndingWith("was +10000-01-01");
    }

    @Test
    void policyWriter_effectiveFromBeforeYearZero_throwsNamingThePointer() {
        var policy = Presets.guangzhouLiwan2026().withEffectiveFrom(LocalDate.of(-5, 1, 1))
                .withEffectiveUntil(Optional.empty());

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> PolicyWriter.compact().writeToString(policy))
                .withMessageContaining("at /effectiveFrom").withMessageEndingWith("was -0005-01-01");
    }

    @Test
    void reportWriter_asOfInYear10000_throwsNamingThePointer() {
        Report report = Report.of("guangzhou-liwan-2026", YEAR_10000, List.of());

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> ReportWriter.compact().writeToString(report))
                .withMessageContaining("at /asOf").withMessageEndingWith("was +10000-01-01");
    }

    @Test
    void problemDetailsWriter_asOfInYear10000_throwsNamingThePointer() {
        Finding error = new Finding("STUDIO_HOST_COUNT", Severity.ERROR, Location.of("/clusters/0/studios/0"),
                "主持人不符", "host count off", "guangzhou-liwan-2026");
        Report report = Report.of("guangzhou-liwan-2026", YEAR_10000, List.of(error));

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> ProblemDetailsWriter.english().writeToString(report))
                .withMessageContaining("at /asOf").withMessageEndingWith("was +10000-01-01");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-01-01", "9999-12-31"})
    void writers_firstAndLastYearsAReaderAccepts_readBackEqual(String iso) {
        LocalDate date = LocalDate.parse(iso);
        Dataset liwan = ExampleCommunities.liwan2026();
        Dataset dataset = Mutations.person(liwan, firstPerson().id(),
                p -> p.toBuilder().birthDate(date).teachingSince(date).build());

        assertThat(DatasetReader.create().read(DatasetWriter.compact().writeToString(dataset)).orElseThrow())
                .isEqualTo(dataset);
        assertThat(JsonLinesReader.create().readDataset(JsonLinesWriter.writeToString(dataset)).orElseThrow())
                .isEqualTo(dataset);
    }
}
