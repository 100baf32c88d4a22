package org.yanxun.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
        String value = "a".repeat(76) + "\ud83d\ude00" + "b".repeat(20);

        String shown = Checks.shorten(value);

        assertThat(shown).isEqualTo("a".repeat(76) + "...");
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

        assertThat(Checks.shorten(value)).isEqualTo("\\u001B".repeat(77) + "...");
    }

    @Test
    void shorten_unpairedHighSurrogateWhereTheCutFalls_isLeftOut() {
        String value = "a".repeat(76) + "\ud800" + "b".repeat(20);

        assertThat(Checks.shorten(value)).isEqualTo("a".repeat(76) + "...");
    }

    @Test
    void shorten_parserMessageLength_keepsAsManyCharacters() {
        assertThat(Checks.shorten("c".repeat(300), 200)).isEqualTo("c".repeat(197) + "...");
        assertThat(Checks.shorten("c".repeat(200), 200)).isEqualTo("c".repeat(200));
    }

    @Test
    void shorten_printableValue_isUnchanged() {
        assertThat(Checks.shorten("荔湾区名教师工作室 · №3")).isEqualTo("荔湾区名教师工作室 · №3");
        assertThat(Checks.shorten("b".repeat(81))).isEqualTo("b".repeat(77) + "...");
    }
}
