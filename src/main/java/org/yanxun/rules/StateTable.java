package org.yanxun.rules;

import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * The states of one grouping, one per key: an open-addressing hash table with linear probing over
 * parallel arrays of keys, states and the keys' hash codes. A national data set has some ten million
 * person keys; a {@code HashMap} would spend a 32-byte node on each of them, this table about 16
 * bytes. The table is the {@code emit} of its grouping's {@link Grouping#map map}: each state emitted
 * for a key is merged into the state the key has.
 *
 * <p>This class is not thread-safe.
 */
final class StateTable implements BiConsumer<Object, Object> {

    private final Grouping<Object, Object> grouping;
    private Object[] keys = new Object[16];
    private Object[] values = new Object[16];
    private int[] hashes = new int[16];
    private int size;

    @SuppressWarnings("unchecked")
    StateTable(Grouping<?, ?> grouping) {
        this.grouping = (Grouping<Object, Object>) grouping;
    }

    Grouping<Object, Object> grouping() {
        return grouping;
    }

    /** Stores a state for a key, merged with the state the key has. */
    @Override
    public void accept(Object key, Object value) {
        Objects.requireNonNull(value, "state");
        int hash = spread(Objects.requireNonNull(key, "key").hashCode());
        int mask = keys.length - 1;
        int slot = hash >>> Integer.numberOfLeadingZeros(mask);
        for (Object there; (there = keys[slot]) != null; slot = slot + 1 & mask) {
            if (hashes[slot] == hash && there.equals(key)) {
                values[slot] = Objects.requireNonNull(grouping.merge(values[slot], value), "merged state");
                return;
            }
        }
        keys[slot] = key;
        values[slot] = value;
        hashes[slot] = hash;
        if (++size > keys.length / 4 * 3) {
            grow();
        }
    }

    /** Mixes the bits of a hash code so that the table's top bits choose a slot (Fibonacci hashing). */
    private static int spread(int h) {
        return (h ^ h >>> 16) * 0x9E3779B9;
    }

    private void grow() {
        Object[] oldKeys = keys;
        Object[] oldValues = values;
        int[] oldHashes = hashes;
        keys = new Object[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        hashes = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        int shift = Integer.numberOfLeadingZeros(mask);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = oldHashes[i] >>> shift;
                while (keys[slot] != null) {
                    slot = slot + 1 & mask;
                }
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
                hashes[slot] = oldHashes[i];
            }
        }
    }

    /** Merges the states of another table of the same grouping into this one. */
    void addAll(StateTable other) {
        other.forEach(this);
    }

    void forEach(BiConsumer<Object, Object> action) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null) {
                action.accept(keys[i], values[i]);
            }
        }
    }
}
