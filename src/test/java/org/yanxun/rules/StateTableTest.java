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
    void accept_manyKeysAndMerges_keepsOneMergedStatePerKey() {
        StateTable table = new StateTable(SUM);
        for (int round = 1; round <= 3; round++) {
            for (int key = 0; key < 50_000; key++) {
                table.accept(key, round);
            }
        }
        Map<Object, Object> seen = contents(table);
        assertThat(seen).hasSize(50_000);
        assertThat(seen.values()).containsOnly(6);
    }

    @Test
    void accept_collidingHashCodes_keepsKeysApart() {
        StateTable table = new StateTable(SUM);
        for (int key = 0; key < 100; key++) {
            table.accept(new Colliding(key), key);
            table.accept(new Colliding(key), 1);
        }
        Map<Object, Object> seen = contents(table);
        assertThat(seen).hasSize(100).containsEntry(new Colliding(0), 1).containsEntry(new Colliding(99), 100);
    }

    @Test
    void addAll_mergesTheOtherTablesStates() {
        StateTable mine = new StateTable(SUM);
        StateTable theirs = new StateTable(SUM);
        mine.accept("a", 1);
        theirs.accept("a", 2);
        theirs.accept("b", 5);
        mine.addAll(theirs);
        assertThat(contents(mine)).containsOnly(Map.entry("a", 3), Map.entry("b", 5));
    }

    @Test
    void accept_nulls_throwNaming() {
        StateTable table = new StateTable(Grouping.of((entity, context, emit) -> { }, (left, right) -> null));
        assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> table.accept(null, 1))
                .withMessage("key");
        assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> table.accept("a", null))
                .withMessage("state");
        table.accept("a", 1);
        assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> table.accept("a", 2))
                .withMessage("merged state");
    }
}
