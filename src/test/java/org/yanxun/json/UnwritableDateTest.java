package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yanxun.Dataset;
import org.yanxun.InvalidValueException;
import org.yanxun.Person;
import org.yanxun.examples.ExampleCommunities;
import org.yanxun.policy.Presets;
import org.yanxun.policy.Severity;
import org.yanxun.rules.Finding;
import org.yanxun.rules.Location;
import org.yanxun.rules.Report;
import org.yanxun.rules.catalogue.Mutations;

/**
 * A date that no reader accepts, of a year outside 0000 to 9999, is refused by every writer that can be
 * given one (a policy's, a report's), which names the date and where it is, rather than written as text
 * that cannot be read back. The model holds no such date ({@code ModelDatesTest}), so a dataset's dates
 * are always written; the first and last days of those years are read back equal.
 */
class UnwritableDateTest {

    private static final LocalDate YEAR_10000 = LocalDate.of(10_000, 1, 1);

    private static Person firstPerson() {
        return ExampleCommunities.liwan2026().persons().get(0);
    }

    @Test
    void policyWriter_effectiveFromBeforeYearZero_throwsNamingTheField() {
        var policy = Presets.guangzhouLiwan2026().withEffectiveFrom(LocalDate.of(-5, 1, 1))
                .withEffectiveUntil(Optional.empty());

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> PolicyWriter.compact().writeToString(policy))
                .withMessageContaining("effectiveFrom: must be in the years 0000 to 9999").withMessageEndingWith("was -0005-01-01");
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
