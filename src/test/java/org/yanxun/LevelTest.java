package org.yanxun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LevelTest {

    @Test
    void values_ascendFromSchoolToNational() {
        assertThat(Arrays.stream(Level.values()).map(Level::zh)).containsExactly("校级", "区级", "市级", "省级", "国家级");
    }

    @Test
    void compareTo_provincialAboveMunicipal() {
        assertThat(Level.PROVINCIAL).isGreaterThan(Level.MUNICIPAL);
    }

    @Test
    void isAtLeast_sameLevel_isTrue() {
        assertThat(Level.DISTRICT.isAtLeast(Level.DISTRICT)).isTrue();
    }

    @Test
    void isAtLeast_nationalOverProvincial_isTrue() {
        assertThat(Level.NATIONAL.isAtLeast(Level.PROVINCIAL)).isTrue();
    }

    @Test
    void isAtLeast_schoolOverDistrict_isFalse() {
        assertThat(Level.SCHOOL.isAtLeast(Level.DISTRICT)).isFalse();
    }
}
