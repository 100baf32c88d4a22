package org.yanxun.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SyntheticNamesTest {

    @Test
    void of_indexesBelow8000_areDistinct() {
        assertThat(IntStream.range(0, 8000).mapToObj(SyntheticNames::of)).doesNotHaveDuplicates();
    }

    @Test
    void of_anyIndex_isThreeCharacters() {
        assertThat(SyntheticNames.of(5021)).hasSize(3);
    }

    @Test
    void of_sameIndex_isSameName() {
        assertThat(SyntheticNames.of(42)).isEqualTo(SyntheticNames.of(42));
    }
}
