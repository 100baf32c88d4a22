package org.yanxun.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StateTableTest {

    private static final Grouping<Object, Object> SUM = Grouping.of((entity, context, emit) -> { },
            (left, right) -> (Integer) left + (Integer) right);

    /** A key whose hash codes all collide, to exercise probing. */
    private record Colliding(int value) {
        @Override
        public int hashCode() {
            return 7;
        }
    }

    /** The states of one group, by key. */
    private static Map<Object, Object> contents(StateTable table, int group) {
        Map<Object, Object> seen = new HashMap<>();
        table.forEach((g, key, state) -> {
            if (g == group) {
                assertThat(seen.put(key, state)).as("key %s visited once", key).isNull();
            }
        }, 0, 1);
        return seen;
    }

    @Test
    void add_manyKeysAndMerges_keepsOneMergedStatePerKey() {
        StateTable table = new StateTable(1, 0);
        for (int round = 1; round <= 3; round++) {
            for (int key = 0; key < 50_000; key++) {
                table.add(0, SUM, key, round);
            }
        }
        Map<Object, Object> seen = contents(table, 0);
        assertThat(seen).hasSize(50_000);
        assertThat(seen.values()).containsOnly(6);
    }

    @Test
    void add_collidingHashCodes_keepsKeysApart() {
        StateTable table = new StateTable(1, 0);
        for (int key = 0; key < 100; key++) {
            table.add(0, SUM, new Colliding(key), key);
            table.add(0, SUM, new Colliding(key), 1);
        }
        Map<Object, Object> seen = contents(table, 0);
        assertThat(seen).hasSize(100).containsEntry(new Colliding(0), 1).containsEntry(new Colliding(99), 100);
    }

    @Test
    void get_absentKey_storesTheNewStateOnce() {
        StateTable table = new StateTable(1, 0);
        int[] made = new int[1];
        for (int key = 0; key < 1_000; key++) {
            table.get(0, new Colliding(key % 10), k -> new int[] {++made[0]});
        }
        assertThat(made[0]).isEqualTo(10);
        assertThat(contents(table, 0)).hasSize(10);
        assertThat(((int[]) table.get(0, new Colliding(3), k -> null))[0]).isEqualTo(4);
    }

    @Test
    void get_changedInPlace_keepsTheChange() {
        StateTable table = new StateTable(1, 0);
        for (int round = 0; round < 3; round++) {
            for (int key = 0; key < 20_000; key++) {
                ((int[]) table.get(0, key, k -> new int[1]))[0] += key;
            }
        }
        assertThat(contents(table, 0)).hasSize(20_000);
        assertThat(((int[]) table.get(0, 19_999, k -> null))[0]).isEqualTo(3 * 19_999);
    }

    @Test
    void get_sameKeyObjectAfterTheTableGrew_findsItsRow() {
        StateTable table = new StateTable(1, 0);
        String key = "first";
        table.get(0, key, k -> "its state");
        assertThat(table.get(0, key, k -> "made again")).as("found, and remembered").isEqualTo("its state");
        for (int other = 0; other < 10_000; other++) {
            table.get(0, other, k -> "other");
        }
        assertThat(table.get(0, key, k -> "made again")).isEqualTo("its state");
        assertThat(table.get(0, new String(key.toCharArray()), k -> "made again")).isEqualTo("its state");
    }

    @Test
    void get_groupsOfOneKey_keepTheirOwnStates() {
        StateTable table = new StateTable(3, 0);
        for (int key = 0; key < 5_000; key++) {
            table.add(2, SUM, key, key);
        }
        for (int key = 0; key < 5_000; key += 2) {
            table.add(0, SUM, key, -key);
        }
        assertThat(contents(table, 2)).hasSize(5_000).containsEntry(4_998, 4_998).containsEntry(4_999, 4_999);
        assertThat(contents(table, 0)).hasSize(2_500).containsEntry(4_998, -4_998).doesNotContainKey(4_999);
        assertThat(contents(table, 1)).isEmpty();
    }

    @Test
    void get_nulls_throwNaming() {
        StateTable table = new StateTable(1, 0);
        assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> table.get(0, null, k -> 1))
                .withMessage("key");
        assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> table.get(0, "a", k -> null))
                .withMessage("new state");
        assertThat(contents(table, 0)).isEmpty();
    }

    @Test
    void add_manyKeysExpected_firstGrowthMakesRoomForThemAll() {
        StateTable table = new StateTable(1, 100_000);
        int small = table.capacity();
        for (int key = 0; key <= small; key++) {
            table.add(0, SUM, key, 1);
        }
        int grown = table.capacity();
        for (int key = 0; key < 100_000; key++) {
            table.add(0, SUM, key, 1);
        }
        assertThat(small).isLessThan(100);
        assertThat(grown).isEqualTo(table.capacity()).isGreaterThanOrEqualTo(100_000).isLessThan(2 * 100_000);
        assertThat(contents(table, 0)).hasSize(100_000).containsEntry(small, 2).containsEntry(99_999, 1);
    }

    @Test
    void add_asManyKeysExpectedAsATableHolds_growsToThatTableAndNoLarger() {
        int holds = (1 << 17) / 4 * 3;
        StateTable table = new StateTable(1, holds);
        for (int key = 0; key < holds; key++) {
            table.add(0, SUM, key, 1);
        }
        assertThat(table.capacity()).isEqualTo(holds);
        table.add(0, SUM, holds, 1);
        assertThat(table.capacity()).isEqualTo(holds * 2);
    }

    @Test
    void add_fewKeysOfManyExpected_staysSmall() {
        StateTable table = new StateTable(1, 1_000_000);
        int small = table.capacity();
        for (int key = 0; key < small; key++) {
            table.add(0, SUM, key, 1);
        }
        assertThat(table.capacity()).isEqualTo(small).isLessThan(100);
    }

    @Test
    void reserve_beforeAddingMany_growsOnce_andKeepsWhatItHeld() {
        StateTable table = new StateTable(1, 0);
        for (int key = 0; key < 1_000; key++) {
            table.add(0, SUM, key, 1);
        }
        table.reserve(table.size() + 99_000);
        int reserved = table.capacity();
        for (int key = 500; key < 100_000; key++) {
            table.add(0, SUM, key, 1);
        }
        assertThat(table.capacity()).isEqualTo(reserved).isGreaterThanOrEqualTo(100_000).isLessThan(2 * 100_000);
        assertThat(contents(table, 0)).hasSize(100_000).containsEntry(0, 1).containsEntry(500, 2)
                .containsEntry(99_999, 1);
    }

    @Test
    void reserve_roomEnough_changesNothing() {
        StateTable table = new StateTable(1, 0);
        int capacity = table.capacity();
        table.reserve(capacity);
        assertThat(table.capacity()).isEqualTo(capacity);
    }

    @Test
    void slices_togetherVisitEveryStateOnce() {
        StateTable table = new StateTable(1, 0);
        for (int key = 0; key < 10_000; key++) {
            table.add(0, SUM, key, key);
        }
        Map<Object, Object> seen = new HashMap<>();
        for (int slice = 0; slice < 7; slice++) {
            table.forEach((group, key, state) -> assertThat(seen.put(key, state)).isNull(), slice, 7);
        }
        assertThat(seen).isEqualTo(contents(table, 0)).hasSize(10_000);
    }

    @Test
    void forEach_visitsKeysInTheOrderTheyCame_acrossGrowthAndALaterColumn() {
        StateTable table = new StateTable(2, 0);
        List<Object> came = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            Object key = new Colliding(i % 7 == 0 ? i : -i);
            came.add(key);
            table.add(0, SUM, key, 1);
            if (i >= 1_000) {
                table.add(1, SUM, key, 1);
            }
        }
        List<Object> visited = new ArrayList<>();
        table.forEach((group, key, state) -> {
            if (group == 0) {
                visited.add(key);
            }
        }, 0, 1);
        assertThat(visited).isEqualTo(came);
        assertThat(contents(table, 1)).hasSize(4_000).doesNotContainKey(came.get(999)).containsKey(came.get(1_000));
    }

    @Test
    void get_distinctKeys_comparesFewKeysWhoseHashesDiffer() {
        StateTable table = new StateTable(1, 0);
        int[] compared = new int[1];
        record Counted(int value, int[] compared) {
            @Override
            public boolean equals(Object other) {
                compared[0]++;
                return other instanceof Counted that && that.value == value;
            }

            @Override
            public int hashCode() {
                return Integer.hashCode(value);
            }
        }
        for (int key = 0; key < 100_000; key++) {
            table.get(0, new Counted(key, compared), k -> 1);
        }
        int keys = 100_000;
        for (int key = 0; key < keys; key++) {
            table.get(0, new Counted(key, compared), k -> 1);
        }
        // Each second lookup compares its own key once; a key of another hash is compared only when
        // the bits of the hash the table keeps beside the row happen to agree.
        assertThat(compared[0]).isBetween(keys, keys + keys / 50);
    }

    @Test
    void add_moreKeysThanExpected_doubles() {
        StateTable table = new StateTable(1, 1_000);
        for (int key = 0; key <= 1_000; key++) {
            table.add(0, SUM, key, 1);
        }
        int capacity = table.capacity();
        for (int key = 1_000; key <= capacity; key++) {
            table.add(0, SUM, key, 1);
        }
        assertThat(table.capacity()).isEqualTo(capacity * 2);
        assertThat(contents(table, 0)).hasSize(capacity + 1).containsEntry(1_000, 2).containsEntry(capacity, 1);
    }

    @Test
    void add_nulls_throwNaming() {
        StateTable table = new StateTable(1, 0);
        Grouping<Object, Object> nothing = Grouping.of((entity, context, emit) -> { }, (left, right) -> null);
        assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> table.add(0, nothing, null, 1))
                .withMessage("key");
        assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> table.add(0, nothing, "a", null))
                .withMessage("state");
        table.add(0, nothing, "a", 1);
        assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> table.add(0, nothing, "a", 2))
                .withMessage("Grouping.merge returned null, where it must return the merged state");
    }

    @Test
    void tables_keysOfTheirOwnClass_apartFromEqualLookingKeysOfOthers() {
        StateTables tables = new StateTables(1, type -> 0);
        record Left(int value) {
        }
        record Right(int value) {
        }
        tables.of(new Left(1)).add(0, SUM, new Left(1), 1);
        tables.of(new Right(1)).add(0, SUM, new Right(1), 10);
        tables.of(new Left(1)).add(0, SUM, new Left(1), 2);

        Map<Object, Object> seen = new HashMap<>();
        tables.forEach((group, key, state) -> seen.put(key, state));
        assertThat(seen).containsOnly(Map.entry(new Left(1), 3), Map.entry(new Right(1), 10));
    }

    @Test
    void tables_keysEqualAcrossClasses_shareOneState() {
        StateTables tables = new StateTables(1, type -> 0);
        List<Integer> immutable = List.of(1, 2);
        List<Integer> mutable = new ArrayList<>(immutable);
        tables.of(immutable).add(0, SUM, immutable, 1);
        tables.of(mutable).add(0, SUM, mutable, 2);

        List<Object> states = new ArrayList<>();
        tables.forEach((group, key, state) -> states.add(state));
        assertThat(states).containsExactly(3);
    }

    @Test
    void tables_keysExpectedOfAClass_itsTableMakesRoomForThemAtItsFirstGrowth() {
        StateTables tables = new StateTables(1, type -> 0);
        record Expected(int value) {
        }
        record Other(int value) {
        }
        tables.expect(Expected.class, 10_000);
        for (int key = 0; key < 20; key++) {
            tables.of(new Expected(key)).add(0, SUM, new Expected(key), 1);
            tables.of(new Other(key)).add(0, SUM, new Other(key), 1);
        }

        assertThat(tables.of(new Expected(0)).capacity()).isGreaterThanOrEqualTo(10_000);
        assertThat(tables.of(new Other(0)).capacity()).isLessThan(100);
    }

    @Test
    void tables_keysExpectedOfAClassWithATable_growsItAtOnce() {
        StateTables tables = new StateTables(1, type -> 0);
        tables.of("a").add(0, SUM, "a", 1);

        tables.expect(String.class, 10_000);

        assertThat(tables.of("a").capacity()).isGreaterThanOrEqualTo(10_000);
        assertThat(contents(tables.of("a"), 0)).containsOnly(Map.entry("a", 1));
    }

    @Test
    void tables_nullKey_throwsNamingIt() {
        assertThatExceptionOfType(NullPointerException.class)
                .isThrownBy(() -> new StateTables(1, type -> 0).of(null)).withMessage("key");
    }
}
