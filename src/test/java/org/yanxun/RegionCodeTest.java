package org.yanxun;

import java.util.Locale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class RegionCodeTest {

    @Test
    void parse_liwan_isCountyLevelInGuangdong() {
        assertThat(RegionCode.parse("440103").province()).isEqualTo(Province.GUANGDONG);
    }

    @Test
    void parse_fiveDigits_throwsQuotingTheText() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> RegionCode.parse("44010"))
                .withMessage("Region code must be 6 digits, was '44010'");
    }

    @Test
    void parse_letter_throwsQuotingTheText() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> RegionCode.parse("44O103"))
                .withMessage("Region code must be 6 digits, was '44O103'");
    }

    @Test
    void parse_fullWidthDigits_throwsQuotingTheText() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> RegionCode.parse("４４０１０３"))
                .withMessage("Region code must be 6 digits, was '４４０１０３'");
    }

    @Test
    void parse_unknownProvincePrefix_throwsQuotingTheText() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> RegionCode.parse("990103"))
                .withMessage("Region code must start with a province-level prefix of GB/T 2260, was '990103'");
    }

    @Test
    void parse_prefecture00WithCounty_throwsQuotingTheText() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> RegionCode.parse("440003"))
                .withMessage("Region code with prefecture part 00 must end in 00, was '440003'");
    }

    @Test
    void prefecture_ofLiwan_isGuangzhou() {
        assertThat(RegionCode.parse("440103").prefecture()).isEqualTo(RegionCode.parse("440100"));
    }

    @Test
    void prefecture_ofProvinceLevelCode_isItself() {
        assertThat(RegionCode.parse("440000").prefecture()).isEqualTo(RegionCode.parse("440000"));
    }

    @Test
    void isProvinceLevel_guangdong_isTrue() {
        assertThat(RegionCode.parse("440000").isProvinceLevel()).isTrue();
    }

    @Test
    void isProvinceLevel_guangzhou_isFalse() {
        assertThat(RegionCode.parse("440100").isProvinceLevel()).isFalse();
    }

    @Test
    void isCountyLevel_qijiang_isTrue() {
        assertThat(RegionCode.parse("500110").isCountyLevel()).isTrue();
    }

    @Test
    void isCountyLevel_guangzhou_isFalse() {
        assertThat(RegionCode.parse("440100").isCountyLevel()).isFalse();
    }

    @Test
    void compareTo_ordersByDigits() {
        assertThat(RegionCode.parse("440103")).isLessThan(RegionCode.parse("500110"));
    }

    @Test
    void toString_isTheDigits() {
        assertThat(RegionCode.parse("511903")).hasToString("511903");
    }

    @Property
    void parse_validCode_isAccepted(@ForAll("validCodes") String code) {
        assertThat(RegionCode.parse(code).value()).isEqualTo(code);
    }

    @Property
    void isValid_validCode_isTrue(@ForAll("validCodes") String code) {
        assertThat(RegionCode.isValid(code)).isTrue();
    }

    @Property
    void parse_notSixDigits_throws(@ForAll("notSixDigits") String text) {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> RegionCode.parse(text))
                .withMessageContaining("Region code must be 6 digits");
    }

    @Property
    void isValid_notSixDigits_isFalse(@ForAll("notSixDigits") String text) {
        assertThat(RegionCode.isValid(text)).isFalse();
    }

    @Provide
    Arbitrary<String> validCodes() {
        return Combinators.combine(Arbitraries.of(Province.values()), Arbitraries.integers().between(0, 99),
                Arbitraries.integers().between(0, 99))
                .as((province, prefecture, county) -> String.format(Locale.ROOT, "%s%02d%02d", province.prefix(),
                        prefecture, prefecture == 0 ? 0 : county));
    }

    /** Any text, of any length, that is not exactly six ASCII digits. */
    @Provide
    Arbitrary<String> notSixDigits() {
        Arbitrary<String> anyText = Arbitraries.strings().all().ofMaxLength(12);
        Arbitrary<String> sixCharacters = Arbitraries.strings().withCharRange('0', '9').withChars("a-O ４٣")
                .ofLength(6);
        Arbitrary<String> digitRuns = Arbitraries.strings().numeric().ofMaxLength(12);
        return Arbitraries.oneOf(anyText, sixCharacters, digitRuns).filter(s -> !s.matches("[0-9]{6}"));
    }
}
