package org.yanxun.rules;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;

/**
 * The states of one grouping, one per key: an open-addressing hash table with linear probing over
 * two parallel arrays. A national data set has some ten million person keys; a {@code HashMap} would
 * spend a 32-byte node on each of them, this table about 11 bytes.
 *
 * <p>This class is not thread-safe.
 */
final class StateTable {

    private Object[] keys = new Object[16];
    private Object[] values = new Object[16];
    private int size;

    /** Stores a state for a key, merged with the state the key has. */
    void merge(Object key, Object value, BinaryOperator<Object> merger) {
        int slot = slotOf(key, keys);
        if (keys[slot] == null) {
            keys[slot] = key;
            values[slot] = value;
            if (++size > keys.length / 4 * 3) {
                grow();
            }
        } else {
            values[slot] = Objects.requireNonNull(merger.apply(values[slot], value), "merged state");
        }
    }

    private static int slotOf(Object key, Object[] keys) {
        int mask = keys.length - 1;
        int h = key.hashCode();
        int slot = (h ^ h >>> 16) * 0x9E3779B9 >>> Integer.numberOfLeadingZeros(mask);
        while (keys[slot] != null && !keys[slot].equals(key)) {
            slot = slot + 1 & mask;
        }
        return slot;
    }

    private void grow() {
        Object[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new Object[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = slotOf(oldKeys[i], keys);
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    /** Runs an action on every key and its state. */
    void forEach(BiConsumer<Object, Object> action) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null) {
                action.accept(keys[i], values[i]);
            }
        }
    }

    int size() {
        return size;
    }
}
