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

    private final Grouping<Object, Object> grouping;
    /** Key {@code i} at {@code 2i}, its state at {@code 2i + 1}; a null key marks a free slot. */
    private Object[] slots = new Object[32];
    private int size;

    @SuppressWarnings("unchecked")
    StateTable(Grouping<?, ?> grouping) {
        this.grouping = (Grouping<Object, Object>) grouping;
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
        slots = new Object[oldSlots.length * 2];
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
