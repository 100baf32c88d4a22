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
    void shorten_printableValue_isUnchanged() {
        assertThat(Checks.shorten("荔湾区名教师工作室 · №3")).isEqualTo("荔湾区名教师工作室 · №3");
        assertThat(Checks.shorten("b".repeat(81))).isEqualTo("b".repeat(77) + "...");
    }
}
