package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yanxun.Dataset;
import org.yanxun.InvalidValueException;
import org.yanxun.Person;
import org.yanxun.examples.ExampleCommunities;
import org.yanxun.policy.Presets;
import org.yanxun.rules.catalogue.Mutations;

/**
 * A date that no reader accepts, of a year outside 0000 to 9999, is refused by every writer that can be
 * given one (a policy's), which names the date and where it is, rather than written as text that cannot
 * be read back. The model holds no such date ({@code ModelDatesTest}), nor does a report
 * ({@code ReportTest}), so a dataset's dates and a report's are always written; the first and last days
 * of those years are read back equal.
 */
class UnwritableDateTest {

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
