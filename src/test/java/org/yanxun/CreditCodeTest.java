package org.yanxun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CreditCodeTest {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final String STANDARD_EXAMPLE = "91350100M000100Y43";

    @Test
    void parse_standardExample_isAccepted() {
        assertThat(CreditCode.parse(STANDARD_EXAMPLE).value()).isEqualTo(STANDARD_EXAMPLE);
    }

    @Test
    void checkCharacter_standardExample_is3() {
        assertThat(CreditCode.checkCharacter(STANDARD_EXAMPLE.substring(0, 17))).isEqualTo('3');
    }

    @Test
    void divisionDigits_standardExample_isFuzhou() {
        assertThat(CreditCode.parse(STANDARD_EXAMPLE).divisionDigits()).isEqualTo("350100");
    }

    @Test
    void parse_17Characters_throwsQuotingTheText() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> CreditCode.parse("91350100M000100Y4"))
                .withMessage("Credit code must be 18 characters, was 17: '91350100M000100Y4'");
    }

    @Test
    void parse_letterOutsideTheAlphabet_throwsQuotingTheLetterThenTheText() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> CreditCode.parse("91350100M0001O0Y43"))
                .withMessage("Credit code character 14 must be one of " + ALPHABET
                        + ", was 'O' (in '91350100M0001O0Y43')")
                .satisfies(e -> assertThat(e.zh()).isEqualTo("统一社会信用代码第 14 位须为 " + ALPHABET
                        + " 之一，实为“O”（代码“91350100M0001O0Y43”）"));
    }

    @Test
    void parse_lowerCase_throwsQuotingTheLetterThenTheText() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> CreditCode.parse("91350100m000100Y43"))
                .withMessage("Credit code character 9 must be one of " + ALPHABET
                        + ", was 'm' (in '91350100m000100Y43')")
                .satisfies(e -> assertThat(e.zh()).isEqualTo("统一社会信用代码第 9 位须为 " + ALPHABET
                        + " 之一，实为“m”（代码“91350100m000100Y43”）"));
    }

    @Test
    void parse_characterBeyondTheBasicPlane_quotesTheWholeCharacter() {
        String code = "91350100M00010𠀀43";

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> CreditCode.parse(code))
                .withMessage("Credit code character 15 must be one of " + ALPHABET + ", was '𠀀' (in '" + code + "')");
    }

    @Test
    void parse_letterInDivision_throwsQuotingTheDivisionThenTheText() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> CreditCode.parse("9135A100M000100Y43"))
                .withMessage("Credit code characters 3 to 8 must be a division code, was '35A100'"
                        + " (in '9135A100M000100Y43')")
                .satisfies(e -> assertThat(e.zh())
                        .isEqualTo("统一社会信用代码第 3 至 8 位须为行政区划代码，实为“35A100”（代码“9135A100M000100Y43”）"));
    }

    @Test
    void parse_wrongCheckCharacter_throwsNamingTheExpectedAndTheActualOne() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> CreditCode.parse("91350100M000100Y44"))
                .withMessage("Credit code check character must be 3, was 4 (in '91350100M000100Y44')")
                .satisfies(e -> assertThat(e.zh()).isEqualTo("统一社会信用代码校验位应为 3，实为 4（代码“91350100M000100Y44”）"));
    }

    @Test
    void checkCharacter_16Characters_throwsQuotingTheLength() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> CreditCode.checkCharacter("91350100M000100Y"))
                .withMessage("Credit code body must be 17 characters, was 16");
    }

    @Test
    void checkCharacter_characterOutsideAlphabet_throwsQuotingTheCharacterThenTheText() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> CreditCode.checkCharacter("91350100M000100YI"))
                .withMessage("Credit code character 17 is not in the code alphabet: 'I' (in '91350100M000100YI')")
                .satisfies(e -> assertThat(e.zh())
                        .isEqualTo("统一社会信用代码第 17 位不在代码字符集中：“I”（代码主体“91350100M000100YI”）"));
    }

    @Test
    void isValid_standardExampleWithEverySingleSubstitution_isFalse() {
        List<String> accepted = new ArrayList<>();
        for (int position = 0; position < 18; position++) {
            for (char c : ALPHABET.toCharArray()) {
                String changed = replace(STANDARD_EXAMPLE, position, c);
                if (c != STANDARD_EXAMPLE.charAt(position) && CreditCode.isValid(changed)) {
                    accepted.add(changed);
                }
            }
        }
        assertThat(accepted).isEmpty();
    }

    @Test
    void compareTo_ordersByText() {
        assertThat(CreditCode.parse(SampleValues.OTHER_CREDIT_CODE)).isLessThan(CreditCode.parse(STANDARD_EXAMPLE));
    }

    @Test
    void toString_isTheCode() {
        assertThat(CreditCode.parse(STANDARD_EXAMPLE)).hasToString(STANDARD_EXAMPLE);
    }

    @Property
    void parse_bodyWithItsCheckCharacter_isAccepted(@ForAll("validCodes") String code) {
        assertThat(CreditCode.parse(code).value()).isEqualTo(code);
    }

    @Property
    void isValid_anySingleSubstitution_isFalse(@ForAll("validCodes") String code,
            @ForAll @IntRange(min = 0, max = 17) int position, @ForAll @IntRange(min = 1, max = 30) int shift) {
        char original = code.charAt(position);
        char replacement = ALPHABET.charAt((ALPHABET.indexOf(original) + shift) % ALPHABET.length());
        assertThat(CreditCode.isValid(replace(code, position, replacement))).isFalse();
    }

    /** Two alphabet characters, six digits, nine alphabet characters and the check character. */
    @Provide
    Arbitrary<String> validCodes() {
        Arbitrary<String> head = Arbitraries.strings().withChars(ALPHABET).ofLength(2);
        Arbitrary<String> division = Arbitraries.strings().numeric().ofLength(6);
        Arbitrary<String> organisation = Arbitraries.strings().withChars(ALPHABET).ofLength(9);
        return Combinators.combine(head, division, organisation).as((h, d, o) -> h + d + o)
                .map(body -> body + CreditCode.checkCharacter(body));
    }

    private static String replace(String text, int position, char c) {
        return text.substring(0, position) + c + text.substring(position + 1);
    }
}
