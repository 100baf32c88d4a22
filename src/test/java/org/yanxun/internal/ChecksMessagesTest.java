package org.yanxun.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.yanxun.InvalidValueException;

/** Values quoted in messages are shown safely: escaped controls, surrogate pairs kept whole. */
class ChecksMessagesTest {

    @Test
    void quote_controlCharacters_areEscaped() {
        assertThat(Checks.quote("a\u001b[31mRED\u0007\u0000\n")).isEqualTo("'a\\u001B[31mRED\\u0007\\u0000\\u000A'");
    }

    @Test
    void quote_unpairedSurrogate_isEscaped_andAPairIsKept() {
        assertThat(Checks.quote("x\ud800y\ud83d\ude00")).isEqualTo("'x\\uD800y\ud83d\ude00'");
    }

    @Test
    void shorten_longValue_neverCutsASurrogatePair() {
        String value = "a".repeat(78) + "\ud83d\ude00" + "b".repeat(20);

        String shown = Checks.shorten(value);

        assertThat(shown).isEqualTo("a".repeat(78) + "…");
        assertThat(Checks.unprintableAt(shown)).isEqualTo(-1);
    }

    @Test
    void quote_bidiControlsAndLineSeparators_escaped() {
        assertThat(Checks.quote("abc\u202ESSAP\u202C\u2028x\u2066y\u200F")).isEqualTo(
                "'abc\\u202ESSAP\\u202C\\u2028x\\u2066y\\u200F'");
        assertThat(Checks.quote("“名师”—…")).isEqualTo("'“名师”—…'");
    }

    @Test
    void quote_invisibleFormattingCharacters_escaped_andVisibleOnesKept() {
        assertThat(Checks.quote("1\uFEFF973-01-02")).isEqualTo("'1\\uFEFF973-01-02'");
        assertThat(Checks.quoteZh("p\u200B1\u00AD")).isEqualTo("“p\\u200B1\\u00AD”");
        // A tag character (U+E0001), beyond U+FFFF, as its two halves; an emoji, also beyond, kept.
        assertThat(Checks.quote("a\uDB40\uDC01\uD83D\uDE00")).isEqualTo("'a\\uDB40\\uDC01\uD83D\uDE00'");
        assertThat(Checks.quote("·—‰𠀀")).isEqualTo("'·—‰𠀀'");
        // Joiners, which join letters and emoji: می‌خواهم, 👩‍💻.
        assertThat(Checks.quote("می\u200Cخواهم \uD83D\uDC69\u200D\uD83D\uDCBB"))
                .isEqualTo("'می\u200Cخواهم \uD83D\uDC69\u200D\uD83D\uDCBB'");
    }

    @Test
    void shorten_longValueWithControls_isCutThenEscaped() {
        String value = "\u001b".repeat(100);

        assertThat(Checks.shorten(value)).isEqualTo("\\u001B".repeat(79) + "…");
    }

    @Test
    void shorten_unpairedHighSurrogateWhereTheCutFalls_isLeftOut() {
        String value = "a".repeat(78) + "\ud800" + "b".repeat(20);

        assertThat(Checks.shorten(value)).isEqualTo("a".repeat(78) + "…");
    }

    @Test
    void shorten_parserMessageLength_keepsAsManyCharacters() {
        assertThat(Checks.shorten("c".repeat(300), 200)).isEqualTo("c".repeat(199) + "…");
        assertThat(Checks.shorten("c".repeat(200), 200)).isEqualTo("c".repeat(200));
    }

    @Test
    void shorten_printableValue_isUnchanged() {
        assertThat(Checks.shorten("荔湾区名教师工作室 · №3")).isEqualTo("荔湾区名教师工作室 · №3");
        assertThat(Checks.shorten("b".repeat(81))).isEqualTo("b".repeat(79) + "…");
    }

    @Test
    void fieldZh_fieldName_isQuotedAsAProperty_andAnotherNameKeptWithASpace() {
        assertThat(Checks.fieldZh("name")).isEqualTo("属性“name”");
        assertThat(Checks.fieldZh("teachingSince")).isEqualTo("属性“teachingSince”");
        assertThat(Checks.fieldZh("JSON Pointer")).isEqualTo("JSON Pointer ");
    }

    @Test
    void text_blank_quotesTheFieldAsAPropertyInChinese() {
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> Checks.text("  ", "name"))
                .withMessage("name must not be blank, was '  '")
                .satisfies(e -> assertThat(e.zh()).isEqualTo("属性“name”不能为空白，实为“  ”"));
    }

    @Test
    void text_controlCharacter_quotesTheFieldAsAPropertyInChinese() {
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> Checks.text("a\u0007", "title"))
                .withMessage("title must not contain control characters, was 'a\\u0007'")
                .satisfies(e -> assertThat(e.zh()).isEqualTo("属性“title”不能含控制字符，实为“a\\u0007”"));
    }

    @Test
    void notEmpty_andAtMost_andDate_quoteTheFieldAsAPropertyInChinese() {
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> Checks.notEmpty("", "code"))
                .withMessage("code must not be empty")
                .satisfies(e -> assertThat(e.zh()).isEqualTo("属性“code”不能为空"));
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> Checks.atMost("abc", "zh", 2))
                .withMessage("zh must be at most 2 characters, was 3")
                .satisfies(e -> assertThat(e.zh()).isEqualTo("属性“zh”最多 2 个字符，实为 3 个"));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Checks.date(LocalDate.of(10_000, 1, 1), "start"))
                .withMessage("start must be in the years 0000 to 9999, was +10000-01-01")
                .satisfies(e -> assertThat(e.zh()).isEqualTo("属性“start”须在 0000 至 9999 年之间，实为 +10000-01-01"));
    }

    @Test
    void unpairedSurrogate_ofAFieldOrOfAPointer_isSaidInChinese() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Checks.noUnpairedSurrogate("a\ud800", "name"))
                .satisfies(e -> assertThat(e.zh()).isEqualTo("属性“name”在第 2 个字符处含不成对的代理码元 U+D800"));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Checks.noUnpairedSurrogate("/a\ud800", "JSON Pointer"))
                .satisfies(e -> assertThat(e.zh()).isEqualTo("JSON Pointer 在第 3 个字符处含不成对的代理码元 U+D800"));
    }
}
