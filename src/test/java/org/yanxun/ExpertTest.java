package org.yanxun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;

class ExpertTest {

    @Test
    void of_withoutInstitution_hasNone() {
        assertThat(Expert.of("特邀专家甲", "湖南省中小学教师发展中心").institution()).isEmpty();
    }

    @Test
    void of_withInstitution_keepsIt() {
        assertThat(Expert.of("特邀专家乙", "綦江区教师进修学校", InstitutionId.of("qijiang-tts")).institution())
                .contains(InstitutionId.of("qijiang-tts"));
    }

    @Test
    void of_blankAffiliation_throwsQuotingIt() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> Expert.of("特邀专家甲", ""))
                .withMessage("affiliation must not be blank, was ''");
    }

    @Test
    void of_nameOf101Characters_throwsQuotingTheLength() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> Expert.of("专".repeat(101), "四川省教育科学研究院"))
                .withMessage("name must be at most 100 characters, was 101");
    }
}
