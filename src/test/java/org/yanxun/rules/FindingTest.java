package org.yanxun.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.yanxun.InvalidValueException;
import org.yanxun.policy.Severity;

class FindingTest {

    private static Finding at(String code, String pointer) {
        return new Finding(code, Severity.WARNING, Location.of(pointer), "消息", "message", "p");
    }

    @Test
    void new_messagesOfTheLongestLength_accepted() {
        String longest = "x".repeat(Finding.MAX_MESSAGE_LENGTH);
        assertThat(new Finding("X", Severity.INFO, Location.root(), longest, longest, "p").messageEn()).hasSize(
                Finding.MAX_MESSAGE_LENGTH);
    }

    @Test
    void new_messageOneLonger_refusedInBothLanguages() {
        String tooLong = "x".repeat(Finding.MAX_MESSAGE_LENGTH + 1);
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new Finding("X", Severity.INFO, Location.root(), "消息", tooLong, "p"))
                .withMessage("messageEn must be at most 100000 characters, was 100001")
                .satisfies(e -> assertThat(e.zh()).isEqualTo("属性“messageEn”最多 100000 个字符，实为 100001 个"));
    }

    @Test
    void new_emptyMessage_refusedInBothLanguages() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new Finding("X", Severity.INFO, Location.root(), "", "message", "p"))
                .withMessage("messageZh must not be empty")
                .satisfies(e -> assertThat(e.zh()).isEqualTo("属性“messageZh”不能为空"));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new Finding("X", Severity.INFO, Location.root(), "消息", "", "p"))
                .withMessage("messageEn must not be empty");
    }

    @Test
    void new_messagesOfOneCharacter_accepted() {
        Finding finding = new Finding("X", Severity.INFO, Location.root(), "消", "m", "p");
        assertThat(finding.messageZh() + finding.messageEn()).isEqualTo("消m");
    }

    @Test
    void new_messageOfTheLongestLengthInCodePointsOutsideTheBasicPlane_accepted() {
        String longest = "𠀀".repeat(Finding.MAX_MESSAGE_LENGTH);
        assertThat(new Finding("X", Severity.INFO, Location.root(), longest, "m", "p").messageZh()).hasSize(
                2 * Finding.MAX_MESSAGE_LENGTH);
    }

    @Test
    void pointer_isTheLocationPointer() {
        assertThat(at("X", "/persons/3/id").pointer()).isEqualTo("/persons/3/id");
    }

    @Test
    void compareTo_earlierLocationFirst() {
        assertThat(at("Z", "/persons/9")).isLessThan(at("A", "/persons/10"));
    }

    @Test
    void compareTo_sameLocation_byCode() {
        assertThat(at("A", "/persons/9")).isLessThan(at("B", "/persons/9"));
    }

    @Test
    void compareTo_sameLocationAndCode_byMessage() {
        Finding a = new Finding("X", Severity.ERROR, Location.root(), "甲", "a", "p");
        Finding b = new Finding("X", Severity.INFO, Location.root(), "乙", "b", "p");
        assertThat(a).isLessThan(b);
    }

    @Test
    void compareTo_equalFindings_zero() {
        assertThat(at("X", "/a")).isEqualByComparingTo(at("X", "/a"));
    }

    @Test
    void new_nullCode_throws() {
        assertThatExceptionOfType(NullPointerException.class)
                .isThrownBy(() -> new Finding(null, Severity.INFO, Location.root(), "消息", "message", "p"))
                .withMessage("code");
    }

    @Test
    void new_nullLocation_throws() {
        assertThatExceptionOfType(NullPointerException.class)
                .isThrownBy(() -> new Finding("X", Severity.INFO, null, "消息", "message", "p"))
                .withMessage("location");
    }

    @Test
    void toString_showsSeverityCodeLocationAndEnglishMessage() {
        assertThat(at("X_CODE", "/persons/3")).hasToString("WARNING X_CODE /persons/3: message");
    }

    @Test
    void new_emptyCode_refusedInBothLanguages() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new Finding("", Severity.INFO, Location.root(), "消息", "message", "p"))
                .withMessage("code must not be empty")
                .satisfies(e -> assertThat(e.zh()).isEqualTo("属性“code”不能为空"));
    }

    @Test
    void new_messageWithAnUnpairedSurrogate_refusedInBothLanguages() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new Finding("X", Severity.INFO, Location.root(), "a\ud800b", "message", "p"))
                .withMessage("messageZh must not contain an unpaired surrogate, was U+D800 at character 2")
                .satisfies(e -> assertThat(e.zh()).isEqualTo("属性“messageZh”在第 2 个字符处含不成对的代理码元 U+D800"));
    }

    @Test
    void new_textWithALowSurrogateAlone_refused() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new Finding("X", Severity.INFO, Location.root(), "消息", "\udc00", "p"))
                .withMessageContaining("messageEn must not contain an unpaired surrogate, was U+DC00");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new Finding("X", Severity.INFO, Location.root(), "消息", "message", "p\udc00"))
                .withMessageContaining("policyId must not contain an unpaired surrogate");
    }
}
