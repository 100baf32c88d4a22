package org.yanxun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProjectCommunityTest {

    private static final DateRange PERIOD = DateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31));

    private static ProjectCommunity project(List<String> goals) {
        return new ProjectCommunity(ProjectId.of("liwan-2026-p-digital-profile"), "教师数字画像与增值评价项目", PERIOD, goals,
                List.of(new ProjectMember(PersonId.of("syn-lw-0001"), InstitutionId.of("huaqiao-primary"),
                        Optional.empty())));
    }

    @Test
    void goals_keepTheirOrder() {
        assertThat(project(List.of("完善教师数字画像", "探索增值评价")).goals()).containsExactly("完善教师数字画像", "探索增值评价");
    }

    @Test
    void new_blankGoal_throwsQuotingIt() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> project(List.of("完善教师数字画像", "")))
                .withMessage("goals must not be blank, was ''");
    }
}
