package org.yanxun.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yanxun.PersonId;

class KeyPartitionTest {

    @Test
    void all_isTheFirstOfOne_andHoldsEveryKey() {
        assertThat(KeyPartition.all()).isEqualTo(new KeyPartition(0, 1));
        assertThat(KeyPartition.all().isFirst()).isTrue();
        assertThat(KeyPartition.all().contains(PersonId.of("t-1"))).isTrue();
        assertThat(KeyPartition.all().contains(42)).isTrue();
    }

    @Test
    void split_givesEveryPartInOrder() {
        assertThat(KeyPartition.split(3)).containsExactly(new KeyPartition(0, 3), new KeyPartition(1, 3),
                new KeyPartition(2, 3));
        assertThat(KeyPartition.split(1)).containsExactly(KeyPartition.all());
    }

    @Test
    void split_keysOfManyPeople_eachInExactlyOnePart_andThePartsEven() {
        List<KeyPartition> parts = KeyPartition.split(5);
        int[] sizes = new int[5];
        for (int i = 0; i < 100_000; i++) {
            PersonId key = PersonId.of("national-" + i);
            List<KeyPartition> holding = parts.stream().filter(part -> part.contains(key)).toList();
            assertThat(holding).hasSize(1);
            assertThat(parts).allSatisfy(part -> assertThat(part.indexOf(key)).isEqualTo(holding.get(0).index()));
            sizes[holding.get(0).index()]++;
        }
        assertThat(Arrays.stream(sizes).boxed()).allSatisfy(size -> assertThat(size).isBetween(19_400, 20_600));
    }

    @Test
    void contains_keysWhoseHashCodesDifferInTheHighBitsOnly_splitEvenly() {
        KeyPartition first = new KeyPartition(0, 2);
        int held = 0;
        for (int i = 0; i < 1 << 12; i++) {
            if (first.contains(i << 20)) {
                held++;
            }
        }
        assertThat(held).isBetween(1_850, 2_250);
    }

    @Test
    void indexOf_ofOnePart_isZero() {
        assertThat(KeyPartition.all().indexOf("any key")).isZero();
    }

    @Test
    void isFirst_onlyForIndexZero() {
        assertThat(new KeyPartition(0, 4).isFirst()).isTrue();
        assertThat(new KeyPartition(1, 4).isFirst()).isFalse();
    }

    @Test
    void create_badCountOrIndex_throwsNamingIt() {
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new KeyPartition(0, 0))
                .withMessage("count must be at least 1, not 0");
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new KeyPartition(-1, 2))
                .withMessage("index must be in [0, 2), not -1");
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new KeyPartition(2, 2))
                .withMessage("index must be in [0, 2), not 2");
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> KeyPartition.split(-1))
                .withMessage("count must be at least 1, not -1");
    }

    @Test
    void split_intMax_throwsNamingTheBound() {
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> KeyPartition.split(Integer.MAX_VALUE))
                .withMessage("count must be at most 65536, not 2147483647");
    }

    @Test
    void create_countPastTheBound_throwsNamingIt() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> new KeyPartition(0, KeyPartition.MAX_COUNT + 1))
                .withMessage("count must be at most 65536, not 65537");
    }

    @Test
    void split_theBound_givesEveryPart() {
        List<KeyPartition> parts = KeyPartition.split(KeyPartition.MAX_COUNT);

        assertThat(parts).hasSize(KeyPartition.MAX_COUNT);
        assertThat(parts.get(KeyPartition.MAX_COUNT - 1)).isEqualTo(new KeyPartition(65_535, 65_536));
    }

    @Test
    void contains_null_throws() {
        assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> KeyPartition.all().contains(null));
        assertThatExceptionOfType(NullPointerException.class)
                .isThrownBy(() -> new KeyPartition(1, 3).contains(null));
    }
}
