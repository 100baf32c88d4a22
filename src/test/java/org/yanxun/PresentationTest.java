package org.yanxun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;

class PresentationTest {

    private static final PersonId SPEAKER = PersonId.of("syn-qye-001");

    @Test
    void of_keepsTheTitle() {
        assertThat(Presentation.of(SPEAKER, "《逐梦向未来》特色项目").title()).isEqualTo("《逐梦向未来》特色项目");
    }

    @Test
    void of_blankTitle_throwsQuotingIt() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> Presentation.of(SPEAKER, ""))
                .withMessage("title must not be blank, was ''");
    }

    @Test
    void of_veryLongTitle_messageShortensTheQuote() {
        String title = "题".repeat(100) + "\n";
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> Presentation.of(SPEAKER, title))
                .withMessage("title must not contain control characters, was '" + "题".repeat(79) + "…'");
    }
}
