package org.yanxun.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yanxun.rules.Location;

class SpotTest {

    @Test
    void compareTo_linesOfAFile_inLineOrder() {
        Spot line2 = Spot.of(Location.ofLine(2).child("person"));
        Spot line10 = Spot.of(Location.ofLine(10).child("person"));
        assertThat(line2.compareTo(line10)).isNegative();
        assertThat(line10.compareTo(line2)).isPositive();
    }

    @Test
    void compareTo_earlierLineWithALaterPointer_comesFirst() {
        Spot early = Spot.of(Location.ofLine(2).child("studio").child("memberships", 9));
        Spot late = Spot.of(Location.ofLine(3).child("person"));
        assertThat(early.compareTo(late)).isNegative();
    }

    @Test
    void compareTo_sameLocation_zero() {
        assertThat(Spot.of(Location.ofLine(4).child("person")).compareTo(Spot.of(Location.ofLine(4).child("person"))))
                .isZero();
    }
}
