package org.yanxun.rules;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The states of one grouping, one per key: an open-addressing hash table with linear probing over
 * one array that holds each key beside its state (one cache line for both). A national data set has
 * some ten million person keys; a {@code HashMap} would spend a 32-byte node on each of them, this
 * table about 11 bytes. The table is the states its grouping {@linkplain Grouping#fold folds}
 * records into.
 *
 * <p>This class is not thread-safe.
 */
final class StateTable implements Grouping.States<Object, Object> {

    /** Past this many keys, a table that expects many more grows to hold them all at once. */
    private static final int JUMP = 1 << 12;

    private final Grouping<Object, Object> grouping;
    private final int expectedKeys;
    /** Key {@code i} at {@code 2i}, its state at {@code 2i + 1}; a null key marks a free slot. */
    private Object[] slots = new Object[32];
    private int size;

    /**
     * Creates an empty table.
     *
     * @param grouping the grouping whose states it holds
     * @param expectedKeys how many keys the table may come to hold, or 0 if not known: once it has grown
     *     past a few thousand keys it grows to that size at once rather than doubling step by step,
     *     which would rehash every key again; a table that stays small never takes that room
     */
    @SuppressWarnings("unchecked")
    StateTable(Grouping<?, ?> grouping, int expectedKeys) {
        this.grouping = (Grouping<Object, Object>) grouping;
        this.expectedKeys = expectedKeys;
    }

    Grouping<Object, Object> grouping() {
        return grouping;
    }

    @Override
    public Object get(Object key, Function<? super Object, ?> absent) {
        int slot = slotOf(key);
        if (slots[2 * slot] != null) {
            return slots[2 * slot + 1];
        }
        Object state = Objects.requireNonNull(absent.apply(key), "new state");
        put(slot, key, state);
        return state;
    }

    @Override
    public void add(Object key, Object state) {
        Objects.requireNonNull(state, "state");
        int slot = slotOf(key);
        if (slots[2 * slot] != null) {
            slots[2 * slot + 1] = Objects.requireNonNull(grouping.merge(slots[2 * slot + 1], state), "merged state");
        } else {
            put(slot, key, state);
        }
    }

    /** The slot that holds a key, or the free slot where it belongs. */
    private int slotOf(Object key) {
        int mask = slots.length / 2 - 1;
        int slot = spread(Objects.requireNonNull(key, "key").hashCode()) >>> Integer.numberOfLeadingZeros(mask);
        for (Object there; (there = slots[2 * slot]) != null && !there.equals(key); ) {
            slot = slot + 1 & mask;
        }
        return slot;
    }

    private void put(int slot, Object key, Object state) {
        slots[2 * slot] = key;
        slots[2 * slot + 1] = state;
        if (++size > slots.length / 8 * 3) {
            grow();
        }
    }

    /** Mixes the bits of a hash code so that the table's top bits choose a slot (Fibonacci hashing). */
    private static int spread(int h) {
        return (h ^ h >>> 16) * 0x9E3779B9;
    }

    private void grow() {
        Object[] oldSlots = slots;
        int length = oldSlots.length * 2;
        if (size > JUMP) {
            while (length < 1 << 30 && length / 8 * 3 < expectedKeys) {
                length *= 2;
            }
        }
        slots = new Object[length];
        int mask = slots.length / 2 - 1;
        int shift = Integer.numberOfLeadingZeros(mask);
        for (int i = 0; i < oldSlots.length; i += 2) {
            if (oldSlots[i] != null) {
                int slot = spread(oldSlots[i].hashCode()) >>> shift;
                while (slots[2 * slot] != null) {
                    slot = slot + 1 & mask;
                }
                slots[2 * slot] = oldSlots[i];
                slots[2 * slot + 1] = oldSlots[i + 1];
            }
        }
    }

    /** The number of keys the table has room for before it grows. */
    int capacity() {
        return slots.length / 8 * 3;
    }

    /** Merges the states of another table of the same grouping into this one. */
    void addAll(StateTable other) {
        other.forEach(this::add);
    }

    void forEach(BiConsumer<Object, Object> action) {
        for (int i = 0; i < slots.length; i += 2) {
            if (slots[i] != null) {
                action.accept(slots[i], slots[i + 1]);
            }
        }
    }
}
