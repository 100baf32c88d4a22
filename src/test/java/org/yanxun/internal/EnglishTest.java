package org.yanxun.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
