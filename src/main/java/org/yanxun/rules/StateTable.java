package org.yanxun.rules;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;
import org.yanxun.PersonId;

/**
 * The states that the groupings of a run keep for keys of one class: rows in the order their keys
 * came, each holding a key and beside it, in a column per grouping that has used keys of this class,
 * that grouping's state; and an open-addressing hash index with linear probing that finds a key's
 * row. A national data set has some ten million person keys; a {@code HashMap} per grouping would
 * spend a 32-byte node on each of them in each grouping, this table 4 bytes per key and per column in
 * a row, and 4 bytes per slot of the index, with at most three slots in four taken.
 *
 * <p>A slot of the index holds the row plus one in its low bits and, in the bits above, as many bits of
 * the key's hash as the row leaves (a tag; 0 marks a free slot), so a lookup calls {@code equals} only
 * on a row whose tag matches: comparing a stored key means loading the key, its string and the
 * string's bytes, three loads that in a table of millions of keys each miss the cache.
 *
 * <p>Rows keep their places for good: growing rebuilds the index only, and visiting the states walks
 * the rows in the order their keys came, which is the order their states were made in, so that a run
 * checking millions of states reads memory mostly in order rather than in hash order.
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
    /** The most slots the index may have: a row then still leaves two bits of the slot for a tag. */
    private static final int MAX_SLOTS = 1 << 30;
    /** The most slots a row array may have. */
    private static final int MAX_ROW_SLOTS = Integer.MAX_VALUE - 8;
    private static final int FIRST_SLOTS = 16;

    /** How many keys the table is expected to hold, or 0 if not known. */
    private int expectedKeys;
    /** By group: the group's column in a row, or 0 while it has none. */
    private final int[] columnOf;
    /** By column - 1: the group whose states the column holds. */
    private int[] groupOf = {};
    /** The length of a row: the key and one column per group that has one. */
    private int stride = 1;
    /** Row {@code r} at {@code stride * r}: the key, then the states; rows from {@link #size} on are free. */
    private Object[] rows = new Object[capacityOf(FIRST_SLOTS)];
    /** By slot: the tag and the row plus one ({@link #entry}), or 0 for a free slot. */
    private int[] index = new int[FIRST_SLOTS];
    /** The bits of a slot that hold its row plus one: the number of slots less one. */
    private int rowMask = FIRST_SLOTS - 1;
    /** How far a spread hash shifts right to give its slot, and left to give its tag. */
    private int shift = Integer.numberOfLeadingZeros(rowMask);
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
        int found = find(key);
        Object state = found >= 0 ? rows[stride * found + column] : null;
        if (state == null) {
            state = Objects.requireNonNull(absent.apply(key), "new state");
            int row = found >= 0 ? found : insert(key, found);
            rows[stride * row + column] = state;
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
        int found = find(key);
        if (found < 0) {
            int row = insert(key, found);
            rows[stride * row + column] = state;
        } else {
            Object mine = rows[stride * found + column];
            rows[stride * found + column] =
                    mine == null ? state : Objects.requireNonNull(grouping.merge(mine, state),
                            "Grouping.merge returned null, where it must return the merged state");
        }
    }

    /**
     * Visits the states of one slice of the rows, key by key in the order the keys came; the slices,
     * about equal, together hold every row once.
     *
     * @param slice the slice, from 0
     * @param slices the number of slices
     */
    void forEach(Visitor visitor, int slice, int slices) {
        int end = (int) ((long) size * (slice + 1) / slices) * stride;
        for (int base = (int) ((long) size * slice / slices) * stride; base < end; base += stride) {
            for (int column = 1; column < stride; column++) {
                if (rows[base + column] != null) {
                    visitor.visit(groupOf[column - 1], rows[base], rows[base + column]);
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
        return capacityOf(index.length);
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

    /** Widens every row by a column for the group: rows keep their numbers, so remembered rows stay right. */
    private int addColumn(int group) {
        int column = stride;
        int held = rows.length / stride;
        Object[] widened = new Object[length(held, stride + 1)];
        for (int row = 0; row < size; row++) {
            System.arraycopy(rows, row * stride, widened, row * (stride + 1), stride);
        }
        rows = widened;
        stride++;
        columnOf[group] = column;
        groupOf = Arrays.copyOf(groupOf, column);
        groupOf[column - 1] = group;
        return column;
    }

    /**
     * The row that holds the key; or, if none does, {@code -1 - slot} for the free slot of the index
     * where it belongs.
     */
    private int find(Object key) {
        int hash = hashOf(Objects.requireNonNull(key, "key"));
        int recent = hash & RECENT - 1;
        if (recentKeys[recent] == key) {
            return recentRows[recent];
        }
        int tag = hash << Integer.bitCount(rowMask);
        int slot = hash >>> shift;
        for (int there; (there = index[slot]) != 0; slot = slot + 1 & rowMask) {
            if ((there & ~rowMask) == tag && same(key, rows[stride * ((there & rowMask) - 1)])) {
                int row = (there & rowMask) - 1;
                recentKeys[recent] = key;
                recentRows[recent] = row;
                return row;
            }
        }
        return -1 - slot;
    }

    /** Adds a row for a key that {@link #find} did not find, returning the row. */
    private int insert(Object key, int notFound) {
        int hash = hashOf(key);
        int slot = -1 - notFound;
        if (size == capacity()) {
            grow();
            slot = hash >>> shift;
            while (index[slot] != 0) {
                slot = slot + 1 & rowMask;
            }
        }
        int row = size;
        if (stride * (row + 1L) > rows.length) {
            // The rows fill up to the keys expected first, then to what the index holds.
            int held = row < expectedKeys ? Math.min(expectedKeys, capacity()) : capacity();
            rows = Arrays.copyOf(rows, length(held, stride));
        }
        rows[stride * row] = key;
        index[slot] = entry(hash, row);
        size++;
        return row;
    }

    /** What the index holds for a row of a key with a spread hash: the tag and the row plus one. */
    private int entry(int hash, int row) {
        return hash << Integer.bitCount(rowMask) | row + 1;
    }

    /** How many keys an index of so many slots holds: three in four. */
    private static int capacityOf(int slots) {
        return slots / 4 * 3;
    }

    private static int length(int rows, int stride) {
        if ((long) rows * stride > MAX_ROW_SLOTS) {
            throw new IllegalStateException("A run cannot hold " + rows + " keys of one class");
        }
        return rows * stride;
    }

    /**
     * The spread hash of a key. Person identifiers, the most numerous keys and the most looked up (by
     * every person record, membership and exchange participant), are hashed at a call of their own: at
     * the general call, which sees keys of every class, the JIT compiler cannot inline {@code hashCode}
     * and dispatches through the class's method table, which took about 6 % of a validation of 258
     * studios with the nine checks of the engine benchmark.
     */
    private static int hashOf(Object key) {
        int h = key instanceof PersonId id ? id.hashCode() : key.hashCode();
        return (h ^ h >>> 16) * 0x9E3779B9;
    }

    /** Tells whether a key equals a stored key, comparing person identifiers at a call of their own as {@link #hashOf}. */
    private static boolean same(Object key, Object stored) {
        return key instanceof PersonId id ? id.equals(stored) : stored.equals(key);
    }

    /** Doubles the index, or more to hold the expected keys, and puts each row in it again. */
    private void grow() {
        long slots = (long) index.length * 2;
        while (capacityOf((int) Math.min(slots, MAX_SLOTS)) < expectedKeys && slots < MAX_SLOTS) {
            slots *= 2;
        }
        if (slots > MAX_SLOTS) {
            throw new IllegalStateException("A run cannot hold " + (size + 1) + " keys of one class");
        }
        index = new int[(int) slots];
        rowMask = index.length - 1;
        shift = Integer.numberOfLeadingZeros(rowMask);
        for (int row = 0; row < size; row++) {
            int hash = hashOf(rows[stride * row]);
            int slot = hash >>> shift;
            while (index[slot] != 0) {
                slot = slot + 1 & rowMask;
            }
            index[slot] = entry(hash, row);
        }
    }
}
