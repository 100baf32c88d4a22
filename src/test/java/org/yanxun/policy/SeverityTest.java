package org.yanxun.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SeverityTest {

    @Test
    void labels_inChineseAndEnglish() {
        assertThat(Arrays.stream(Severity.values()).map(s -> s.zh() + "/" + s.en()))
                .containsExactly("提示/info", "警告/warning", "错误/error");
    }

    @Test
    void isAtLeast_ordersBySeriousness() {
        assertThat(Severity.ERROR.isAtLeast(Severity.WARNING)).isTrue();
        assertThat(Severity.WARNING.isAtLeast(Severity.WARNING)).isTrue();
        assertThat(Severity.INFO.isAtLeast(Severity.WARNING)).isFalse();
    }
}
