package org.yanxun.rules;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;

/**
 * The states that the groupings of a run keep for keys of one class: an open-addressing hash table
 * with linear probing over one array of rows, each row holding a key and beside it, in a column per
 * grouping that has used keys of this class, that grouping's state. A national data set has some ten
 * million person keys; a {@code HashMap} per grouping would spend a 32-byte node on each of them in
 * each grouping, this table 4 bytes per key and per column in a row, with at most three rows in four
 * taken.
 *
 * <p>Beside the rows, one byte per row holds seven bits of the key's hash (a tag; 0 marks a free row),
 * so a lookup probes a small array of bytes and calls {@code equals} only on a row whose tag matches:
 * comparing a stored key means loading the key, its string and the string's bytes, three loads that
 * in a table of millions of keys each miss the cache.
 *
 * <p>A key that several groupings use (a person's identifier, which the identity, person and exchange
 * rules all key by) is looked up once: the table remembers the last few key objects it found, so the
 * next grouping folding the same record finds the row without probing or comparing keys.
 *
 * <p>This class is not thread-safe.
 */
final class StateTable {

    /** How many recently found keys the table remembers; a power of two. */
    private static final int RECENT = 64;
    /** The most slots an array of the table may have. */
    private static final int MAX_SLOTS = 1 << 30;

    /** How many keys the table is expected to hold, or 0 if not known. */
    private int expectedKeys;
    /** By group: the group's column in a row, or 0 while it has none. */
    private final int[] columnOf;
    /** By column - 1: the group whose states the column holds. */
    private int[] groupOf = {};
    /** The length of a row: the key and one column per group that has one. */
    private int stride = 1;
    private int rows = 16;
    /** Row {@code r} at {@code stride * r}: the key, then the states; a null key marks a free row. */
    private Object[] slots = new Object[rows];
    /** By row: the tag of the row's key ({@link #tagOf}), or 0 for a free row. */
    private byte[] tags = new byte[rows];
    private int size;
    /** Key objects found lately, at their spread hash's low bits, and their rows. */
    private final Object[] recentKeys = new Object[RECENT];
    private final int[] recentRows = new int[RECENT];

    /**
     * Creates an empty table.
     *
     * @param groups how many groups (groupings) a run has, numbered from 0
     * @param expectedKeys how many keys the table is expected to hold, or 0 if not known: its first
     *     growth makes room for them all, rather than doubling step by step, which would rehash every
     *     key again; until then it is small, so that adding a column to it copies little
     */
    StateTable(int groups, int expectedKeys) {
        this.columnOf = new int[groups];
        this.expectedKeys = expectedKeys;
    }

    /**
     * Returns a group's state of a key, making and storing it if there is none.
     *
     * @throws NullPointerException naming the key or the new state if either is null
     */
    Object get(int group, Object key, Function<Object, ?> absent) {
        int column = column(group);
        int row = rowOf(key);
        Object state = slots[stride * row + column];
        if (state == null) {
            state = Objects.requireNonNull(absent.apply(key), "new state");
            store(row, key, column, state);
        }
        return state;
    }

    /**
     * Merges a state into a group's state of a key, or stores it if there is none.
     *
     * @throws NullPointerException naming the key, the state or the merged state if one is null
     */
    void add(int group, Grouping<Object, Object> grouping, Object key, Object state) {
        Objects.requireNonNull(state, "state");
        int column = column(group);
        int row = rowOf(key);
        Object mine = slots[stride * row + column];
        store(row, key, column,
                mine == null ? state : Objects.requireNonNull(grouping.merge(mine, state), "merged state"));
    }

    /** Visits every state, key by key. */
    void forEach(Visitor visitor) {
        forEach(visitor, 0, 1);
    }

    /**
     * Visits the states of one slice of the rows, key by key; the slices, about equal, together hold
     * every row once.
     *
     * @param slice the slice, from 0
     * @param slices the number of slices
     */
    void forEach(Visitor visitor, int slice, int slices) {
        int end = (int) ((long) rows * (slice + 1) / slices) * stride;
        for (int base = (int) ((long) rows * slice / slices) * stride; base < end; base += stride) {
            if (slots[base] != null) {
                for (int column = 1; column < stride; column++) {
                    if (slots[base + column] != null) {
                        visitor.visit(groupOf[column - 1], slots[base], slots[base + column]);
                    }
                }
            }
        }
    }

    /** Makes room for some keys in all, so that adding them does not grow the table step by step. */
    void reserve(int keys) {
        if (keys > capacity()) {
            expectedKeys = Math.max(expectedKeys, keys);
            grow();
        }
    }

    /** How many keys the table holds. */
    int size() {
        return size;
    }

    /** How many keys the table holds before it grows. */
    int capacity() {
        return rows / 4 * 3;
    }

    /** Receives one state of one key. */
    @FunctionalInterface
    interface Visitor {
        /** Receives the state that a group keeps for a key. */
        void visit(int group, Object key, Object state);
    }

    private int column(int group) {
        int column = columnOf[group];
        return column != 0 ? column : addColumn(group);
    }

    /** Widens every row by a column for the group: rows keep their places, so remembered rows stay right. */
    private int addColumn(int group) {
        int column = stride;
        Object[] widened = new Object[length(rows, stride + 1)];
        for (int row = 0; row < rows; row++) {
            System.arraycopy(slots, row * stride, widened, row * (stride + 1), stride);
        }
        slots = widened;
        stride++;
        columnOf[group] = column;
        groupOf = Arrays.copyOf(groupOf, column);
        groupOf[column - 1] = group;
        return column;
    }

    /** The row that holds the key, or the free row where it belongs. */
    private int rowOf(Object key) {
        int hash = spread(Objects.requireNonNull(key, "key").hashCode());
        int recent = hash & RECENT - 1;
        if (recentKeys[recent] == key) {
            return recentRows[recent];
        }
        int mask = rows - 1;
        int row = hash >>> Integer.numberOfLeadingZeros(mask);
        byte tag = tagOf(hash);
        for (byte there; (there = tags[row]) != 0; row = row + 1 & mask) {
            if (there == tag && slots[stride * row].equals(key)) {
                recentKeys[recent] = key;
                recentRows[recent] = row;
                return row;
            }
        }
        return row;
    }

    private void store(int row, Object key, int column, Object state) {
        int base = stride * row;
        slots[base + column] = state;
        if (slots[base] == null) {
            slots[base] = key;
            tags[row] = tagOf(spread(key.hashCode()));
            if (++size > capacity()) {
                grow();
            }
        }
    }

    /** The low seven bits of a spread hash (a row comes from its high bits), and a high bit so that no tag is 0. */
    private static byte tagOf(int hash) {
        return (byte) (hash | 0x80);
    }

    private static int length(int rows, int stride) {
        if ((long) rows * stride > MAX_SLOTS) {
            throw new IllegalStateException("A run cannot hold " + rows / 4 * 3 + " keys of one class");
        }
        return rows * stride;
    }

    private static int spread(int h) {
        return (h ^ h >>> 16) * 0x9E3779B9;
    }

    private void grow() {
        Object[] old = slots;
        int length = rows * 2;
        while (length / 4 * 3 < expectedKeys && (long) length * 2 * stride <= MAX_SLOTS) {
            length *= 2;
        }
        slots = new Object[length(length, stride)];
        tags = new byte[length];
        rows = length;
        int mask = rows - 1;
        int shift = Integer.numberOfLeadingZeros(mask);
        for (int base = 0; base < old.length; base += stride) {
            if (old[base] != null) {
                int hash = spread(old[base].hashCode());
                int row = hash >>> shift;
                while (tags[row] != 0) {
                    row = row + 1 & mask;
                }
                tags[row] = tagOf(hash);
                System.arraycopy(old, base, slots, stride * row, stride);
            }
        }
        Arrays.fill(recentKeys, null);
    }
}
