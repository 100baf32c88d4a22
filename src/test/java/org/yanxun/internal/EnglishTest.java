package org.yanxun.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishTest {

    @Test
    void count_one_isSingular() {
        assertThat(English.count(1, "member")).isEqualTo("1 member");
    }

    @Test
    void count_noneOrMany_isPlural() {
        assertThat(English.count(0, "member")).isEqualTo("0 members");
        assertThat(English.count(2, "online trainee")).isEqualTo("2 online trainees");
        assertThat(English.count(-1, "day")).isEqualTo("-1 days");
    }

    @Test
    void plural_addsAnS() {
        assertThat(English.plural("online trainee")).isEqualTo("online trainees");
    }

    @Test
    void list_noneOrOne_isTheItem() {
        assertThat(English.list("or", List.of())).isEmpty();
        assertThat(English.list("or", List.of("preschool"))).isEqualTo("preschool");
    }

    @Test
    void list_two_joinsThemByTheConjunction() {
        assertThat(English.list("and", List.of("host", "mentor"))).isEqualTo("host and mentor");
    }

    @Test
    void list_three_separatesByCommasBeforeTheConjunction() {
        assertThat(English.list("or", List.of("preschool", "junior secondary school", "senior secondary school")))
                .isEqualTo("preschool, junior secondary school or senior secondary school");
    }

    @Test
    void indefinite_consonant_isA() {
        assertThat(English.indefinite("special-grade studio")).isEqualTo("a special-grade studio");
        assertThat(English.indefinite("university")).isEqualTo("a university");
        assertThat(English.indefinite("user group")).isEqualTo("a user group");
    }

    @Test
    void indefinite_vowel_isAn() {
        assertThat(English.indefinite("education-expert studio")).isEqualTo("an education-expert studio");
        assertThat(English.indefinite("institution")).isEqualTo("an institution");
        assertThat(English.indefinite("Other")).isEqualTo("an Other");
        assertThat(English.indefinite("umbrella alliance")).isEqualTo("an umbrella alliance");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Region code must be 6 digits        | region code must be 6 digits
            Person p-1 started teaching         | person p-1 started teaching
            A failed read result                | a failed read result
            X                                   | x
            ID p-1 is taken                     | ID p-1 is taken
            GB/T 2260 has no such code          | GB/T 2260 has no such code
            UTF-8 input only                    | UTF-8 input only
            JSON Pointer must start with /      | JSON Pointer must start with /
            PersonId must not be null           | PersonId must not be null
            name must not be blank              | name must not be blank
            'a b' is not an identifier          | 'a b' is not an identifier
            """)
    void afterColon_lowersTheFirstLetter_butNotOfACodeOrAcronym(String message, String continued) {
        assertThat(English.afterColon(message)).isEqualTo(continued);
    }

    @Test
    void afterColon_emptyOrNull_isItself() {
        assertThat(English.afterColon("")).isEmpty();
        assertThat(English.afterColon(null)).isNull();
    }
}
