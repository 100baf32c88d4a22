package org.yanxun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ProvinceTest {

    @Test
    void values_are34ProvinceLevelDivisions() {
        assertThat(Province.values()).hasSize(34);
    }

    @Test
    void prefixes_areDistinctTwoDigitCodes() {
        assertThat(Arrays.stream(Province.values()).map(Province::prefix))
                .doesNotHaveDuplicates().allMatch(prefix -> prefix.matches("[1-8][0-9]"));
    }

    @Test
    void ofPrefix_44_isGuangdong() {
        assertThat(Province.ofPrefix("44")).contains(Province.GUANGDONG);
    }

    @Test
    void ofPrefix_everyPrefix_findsItsProvince() {
        assertThat(Province.values()).allSatisfy(p -> assertThat(Province.ofPrefix(p.prefix())).contains(p));
    }

    @Test
    void ofPrefix_unusedPrefix_isEmpty() {
        assertThat(Province.ofPrefix("99")).isEmpty();
    }

    @Test
    void ofPrefix_chongqingAndSichuan_matchTheAllianceUnits() {
        assertThat(Province.ofPrefix("50").map(Province::zh)).contains("重庆市");
    }
}
