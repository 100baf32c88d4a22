package org.yanxun.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.HashMap;
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

    private static Map<Object, Object> contents(StateTable table) {
        Map<Object, Object> seen = new HashMap<>();
        table.forEach((key, state) -> assertThat(seen.put(key, state)).as("key %s visited once", key).isNull());
        return seen;
    }

    @Test
    void add_manyKeysAndMerges_keepsOneMergedStatePerKey() {
        StateTable table = new StateTable(SUM, 0);
        for (int round = 1; round <= 3; round++) {
            for (int key = 0; key < 50_000; key++) {
                table.add(key, round);
            }
        }
        Map<Object, Object> seen = contents(table);
        assertThat(seen).hasSize(50_000);
        assertThat(seen.values()).containsOnly(6);
    }

    @Test
    void add_collidingHashCodes_keepsKeysApart() {
        StateTable table = new StateTable(SUM, 0);
        for (int key = 0; key < 100; key++) {
            table.add(new Colliding(key), key);
            table.add(new Colliding(key), 1);
        }
        Map<Object, Object> seen = contents(table);
        assertThat(seen).hasSize(100).containsEntry(new Colliding(0), 1).containsEntry(new Colliding(99), 100);
    }

    @Test
    void get_absentKey_storesTheNewStateOnce() {
        StateTable table = new StateTable(SUM, 0);
        int[] made = new int[1];
        for (int key = 0; key < 1_000; key++) {
            table.get(new Colliding(key % 10), k -> new int[] {++made[0]});
        }
        Map<Object, Object> seen = contents(table);
        assertThat(made[0]).isEqualTo(10);
        assertThat(seen).hasSize(10);
        assertThat(((int[]) table.get(new Colliding(3), k -> null))[0]).isEqualTo(4);
    }

    @Test
    void get_changedInPlace_keepsTheChange() {
        StateTable table = new StateTable(SUM, 0);
        for (int round = 0; round < 3; round++) {
            for (int key = 0; key < 20_000; key++) {
                ((int[]) table.get(key, k -> new int[1]))[0] += key;
            }
        }
        assertThat(contents(table)).hasSize(20_000);
        assertThat(((int[]) table.get(19_999, k -> null))[0]).isEqualTo(3 * 19_999);
    }

    @Test
    void get_nulls_throwNaming() {
        StateTable table = new StateTable(SUM, 0);
        assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> table.get(null, k -> 1))
                .withMessage("key");
        assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> table.get("a", k -> null))
                .withMessage("new state");
    }

    @Test
    void add_manyKeysExpected_growsToTheExpectedSizeAtOnce() {
        StateTable table = new StateTable(SUM, 100_000);
        for (int key = 0; key < 10_000; key++) {
            table.add(key, 1);
        }
        assertThat(table.capacity()).isGreaterThanOrEqualTo(100_000);
        for (int key = 0; key < 100_000; key++) {
            table.add(key, 1);
        }
        assertThat(table.capacity()).isLessThan(2 * 100_000);
        assertThat(contents(table)).hasSize(100_000).containsEntry(9_999, 2).containsEntry(10_000, 1);
    }

    @Test
    void add_fewKeysOfManyExpected_staysSmall() {
        StateTable table = new StateTable(SUM, 1_000_000);
        for (int key = 0; key < 4_000; key++) {
            table.add(key, 1);
        }
        assertThat(table.capacity()).isLessThan(10_000);
    }

    @Test
    void addAll_mergesTheOtherTablesStates() {
        StateTable mine = new StateTable(SUM, 0);
        StateTable theirs = new StateTable(SUM, 0);
        mine.add("a", 1);
        theirs.add("a", 2);
        theirs.add("b", 5);
        mine.addAll(theirs);
        assertThat(contents(mine)).containsOnly(Map.entry("a", 3), Map.entry("b", 5));
    }

    @Test
    void add_nulls_throwNaming() {
        StateTable table = new StateTable(Grouping.of((entity, context, emit) -> { }, (left, right) -> null), 0);
        assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> table.add(null, 1))
                .withMessage("key");
        assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> table.add("a", null))
                .withMessage("state");
        table.add("a", 1);
        assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> table.add("a", 2))
                .withMessage("merged state");
    }
}
