package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.yanxun.json.CodecReads.read;

import java.io.StringWriter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yanxun.InvalidValueException;
import org.yanxun.Level;
import org.yanxun.policy.Severity;
import tools.jackson.core.JsonGenerator;

/** The scalar codecs: the value read, or null with the error that explains it. */
class ScalarsTest {

    @Test
    void date_yearZero_isADate() {
        CodecReads.Read<LocalDate> read = read(Scalars.DATE, "\"0000-02-29\"");

        assertThat(read.errors()).isEmpty();
        assertThat(read.value()).isEqualTo(LocalDate.of(0, 2, 29));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-01-01", "0000-02-29", "0999-12-31", "1000-01-01", "2026-03-01", "9999-12-31"})
    void date_write_isItsIsoText_andReadsBack(String iso) {
        String written = written(LocalDate.parse(iso));

        assertThat(written).isEqualTo("\"" + iso + "\"");
        assertThat(read(Scalars.DATE, written).value()).isEqualTo(LocalDate.parse(iso));
    }

    @Test
    void date_write_everyFewDaysOfTheTenThousandYearsAReaderAccepts_isTheDatesText() {
        for (long day = LocalDate.of(0, 1, 1).toEpochDay(); day < LocalDate.of(10_000, 1, 1).toEpochDay(); day += 97) {
            LocalDate date = LocalDate.ofEpochDay(day);
            assertThat(written(date)).isEqualTo("\"" + date + "\"");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"-999999999-01-01", "-0001-12-31", "+10000-01-01", "+999999999-12-31"})
    void date_write_yearNoReaderAccepts_throwsQuotingTheDate(String iso) {
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> written(LocalDate.parse(iso)))
                .withMessage("date at / must be in the years 0000 to 9999 to be written as yyyy-MM-dd, was " + iso);
    }

    private static String written(LocalDate date) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = Generators.open(text, false)) {
            Scalars.DATE.write(generator, date);
        }
        return text.toString();
    }

    @Test
    void text_number_isNullWithTypeError() {
        CodecReads.Read<String> read = read(Scalars.TEXT, "5");

        assertThat(read.value()).isNull();
        assertThat(read.codes()).containsExactly(ReadErrorCode.JSON_TYPE);
    }

    @Test
    void date_number_isOnlyATypeError() {
        CodecReads.Read<LocalDate> read = read(Scalars.DATE, "20260301");

        assertThat(read.value()).isNull();
        assertThat(read.codes()).containsExactly(ReadErrorCode.JSON_TYPE);
    }

    @Test
    void int_fraction_isNullWithTypeError() {
        CodecReads.Read<Integer> read = read(Scalars.INT, "1.5");

        assertThat(read.value()).isNull();
        assertThat(read.codes()).containsExactly(ReadErrorCode.JSON_TYPE);
    }

    @Test
    void int_beyondThirtyTwoBits_isNullWithValueError() {
        CodecReads.Read<Integer> read = read(Scalars.INT, "3000000000");

        assertThat(read.value()).isNull();
        assertThat(read.codes()).containsExactly(ReadErrorCode.JSON_VALUE);
    }

    @Test
    void long_beyondThirtyTwoBits_isTheNumber() {
        CodecReads.Read<Long> read = read(Scalars.LONG, "5000000000");

        assertThat(read.errors()).isEmpty();
        assertThat(read.value()).isEqualTo(5_000_000_000L);
    }

    @Test
    void long_string_isNullWithTypeError() {
        CodecReads.Read<Long> read = read(Scalars.LONG, "\"5\"");

        assertThat(read.value()).isNull();
        assertThat(read.codes()).containsExactly(ReadErrorCode.JSON_TYPE);
    }

    @Test
    void long_beyondSixtyFourBits_isNullWithValueError() {
        CodecReads.Read<Long> read = read(Scalars.LONG, "10000000000000000000");

        assertThat(read.value()).isNull();
        assertThat(read.codes()).containsExactly(ReadErrorCode.JSON_VALUE);
    }

    @Test
    void boolean_number_isNullWithTypeError() {
        CodecReads.Read<Boolean> read = read(Scalars.BOOLEAN, "1");

        assertThat(read.value()).isNull();
        assertThat(read.codes()).containsExactly(ReadErrorCode.JSON_TYPE);
    }

    @Test
    void constant_sameText_isTheText() {
        CodecReads.Read<String> read = read(Scalars.constant("1.0"), "\"1.0\"");

        assertThat(read.errors()).isEmpty();
        assertThat(read.value()).isEqualTo("1.0");
    }

    @Test
    void constant_otherText_isNullWithValueError() {
        CodecReads.Read<String> read = read(Scalars.constant("1.0"), "\"2.0\"");

        assertThat(read.value()).isNull();
        assertThat(read.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(ReadErrorCode.JSON_VALUE);
            assertThat(e.en()).isEqualTo("value must be '1.0', was '2.0'");
        });
    }

    @Test
    void parsed_text_isParsed() {
        assertThat(read(Scalars.parsed(Integer::valueOf, String::valueOf), "\"12\"").value()).isEqualTo(12);
    }

    @Test
    void parsed_unparsableText_isFormatError() {
        CodecReads.Read<Integer> read = read(Scalars.parsed(Integer::valueOf, String::valueOf), "\"twelve\"");

        assertThat(read.value()).isNull();
        assertThat(read.codes()).containsExactly(ReadErrorCode.JSON_FORMAT);
    }

    @Test
    void enumeration_code_isTheConstant() {
        assertThat(read(Scalars.enumeration(Level.class), "\"MUNICIPAL\"").value()).isEqualTo(Level.MUNICIPAL);
    }

    @Test
    void enumeration_unknownCode_listsTheCodes() {
        CodecReads.Read<Level> read = read(Scalars.enumeration(Level.class), "\"GALACTIC\"");

        assertThat(read.value()).isNull();
        assertThat(read.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(ReadErrorCode.JSON_ENUM);
            assertThat(e.en()).isEqualTo(
                    "code 'GALACTIC' is not one of the level codes: SCHOOL, DISTRICT, MUNICIPAL, PROVINCIAL, NATIONAL");
            assertThat(e.zh()).isEqualTo(
                    "代码“GALACTIC”不是级别的取值之一：SCHOOL, DISTRICT, MUNICIPAL, PROVINCIAL, NATIONAL");
        });
    }

    @Test
    void named_name_isTheConstant() {
        assertThat(read(Scalars.named(Severity.class), "\"WARNING\"").value()).isEqualTo(Severity.WARNING);
    }

    @Test
    void named_write_isTheName() {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = Generators.open(text, false)) {
            Scalars.named(Severity.class).write(generator, Severity.WARNING);
        }

        assertThat(text).hasToString("\"WARNING\"");
    }

    @Test
    void named_unknownName_listsTheNames() {
        CodecReads.Read<Severity> read = read(Scalars.named(Severity.class), "\"warning\"");

        assertThat(read.value()).isNull();
        assertThat(read.errors()).singleElement().satisfies(e -> {
            assertThat(e.en()).isEqualTo("code 'warning' is not one of the severity codes: INFO, WARNING, ERROR");
            assertThat(e.zh()).isEqualTo("代码“warning”不是严重程度的取值之一：INFO, WARNING, ERROR");
        });
    }
}
