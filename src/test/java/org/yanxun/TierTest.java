package org.yanxun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TierTest {

    @Test
    void isLeading_isTrueExactlyForHostAssistantMentorAndAdvisor() {
        assertThat(Arrays.stream(Tier.values()).filter(Tier::isLeading))
                .containsExactly(Tier.HOST, Tier.ASSISTANT, Tier.MENTOR, Tier.ADVISOR);
    }

    @Test
    void isLeading_member_isFalse() {
        assertThat(Tier.MEMBER.isLeading()).isFalse();
    }

    @Test
    void isInPerson_isFalseOnlyForOnlineTrainees() {
        assertThat(Arrays.stream(Tier.values()).filter(tier -> !tier.isInPerson()))
                .containsExactly(Tier.ONLINE_TRAINEE);
    }

    @Test
    void zh_host_is主持人() {
        assertThat(Tier.HOST.zh()).isEqualTo("主持人");
    }
}
