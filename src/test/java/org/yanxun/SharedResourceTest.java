package org.yanxun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SharedResourceTest {

    private static final LocalDate CREATED = LocalDate.of(2023, 4, 1);

    private static SharedResource lessonCase(String title, LocalDate reviewed) {
        return new SharedResource(ResourceId.of("qiyingen-r-04"), title, ResourceKind.LESSON_CASE,
                InstitutionId.of("enyang-tts"), CREATED, reviewed, true);
    }

    @Test
    void new_reviewedBeforeCreated_throwsQuotingBothDates() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> lessonCase("全学科阅读示范课例", CREATED.minusDays(1)))
                .withMessage("Resource qiyingen-r-04 must not be reviewed before it is created, was 2023-03-31 "
                        + "before 2023-04-01");
    }

    @Test
    void new_reviewedOnCreation_isAccepted() {
        assertThat(lessonCase("全学科阅读示范课例", CREATED).lastReviewedOn()).isEqualTo(CREATED);
    }

    @Test
    void new_blankTitle_throwsQuotingIt() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> lessonCase("\t", CREATED))
                .withMessage("title must not be blank, was '\\u0009'");
    }

    @Test
    void new_titleOf501Characters_throwsQuotingTheLength() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> lessonCase("课".repeat(501), CREATED))
                .withMessage("title must be at most 500 characters, was 501");
    }
}
