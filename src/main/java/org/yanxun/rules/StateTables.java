package org.yanxun.rules;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.ToIntFunction;

/**
 * The states of all groupings of a run, in one {@link StateTable} per class of key: person keys in
 * one, studio keys in another. A key of a record, an enum, a {@code String} or a boxed {@code int} or
 * {@code long}, whose equality requires the same class, goes to the table of its class; any other
 * key, which may equal a key of another class (two {@code List} implementations, say), goes to one
 * table shared by all such keys.
 *
 * <p>This class is not thread-safe.
 */
final class StateTables {

    private static final StateTable[] NO_TABLES = {};

    private final int groups;
    private ToIntFunction<Class<?>> expectedKeys;
    /** Every class of key seen, with its table: its own, or the mixed table. */
    private Class<?>[] classes = {};
    private StateTable[] tableOf = NO_TABLES;
    /** Every table, the mixed one too, in the order they were made. */
    private StateTable[] tables = NO_TABLES;
    private StateTable mixed;
    private Class<?> lastClass;
    private StateTable lastTable;

    /**
     * Creates empty tables.
     *
     * @param groups how many groups (groupings) the run has, numbered from 0
     * @param expectedKeys how many keys of a class the run may come to hold, or 0 if not known
     */
    StateTables(int groups, ToIntFunction<Class<?>> expectedKeys) {
        this.groups = groups;
        this.expectedKeys = Objects.requireNonNull(expectedKeys, "expectedKeys");
    }

    /**
     * The table for a key.
     *
     * @throws NullPointerException naming the key if it is null
     */
    StateTable of(Object key) {
        Class<?> type = Objects.requireNonNull(key, "key").getClass();
        if (type == lastClass) {
            return lastTable;
        }
        StateTable table = ofClass(type);
        lastClass = type;
        lastTable = table;
        return table;
    }

    /** Visits every state of every table. */
    void forEach(StateTable.Visitor visitor) {
        forEach(visitor, 0, 1);
    }

    /**
     * Visits the states of one slice of the rows of every table, as
     * {@link StateTable#forEach(StateTable.Visitor, int, int)}.
     */
    void forEach(StateTable.Visitor visitor, int slice, int slices) {
        for (StateTable table : tables) {
            table.forEach(visitor, slice, slices);
        }
    }

    /**
     * Makes room for some keys of a class before they come: in its table if it has one, or else in the
     * table it will have.
     */
    void expect(Class<?> type, int keys) {
        for (int i = 0; i < classes.length; i++) {
            if (classes[i] == type) {
                tableOf[i].reserve(keys);
                return;
            }
        }
        ToIntFunction<Class<?>> before = expectedKeys;
        expectedKeys = c -> c == type ? Math.max(keys, before.applyAsInt(c)) : before.applyAsInt(c);
    }

    /** Makes room in each table for the keys of the same class in other tables, before they are added. */
    void reserveFor(StateTables other) {
        for (int i = 0; i < other.classes.length; i++) {
            StateTable mine = ofClass(other.classes[i]);
            mine.reserve((int) Math.min(Integer.MAX_VALUE, (long) mine.size() + other.tableOf[i].size()));
        }
    }

    private static boolean ownEquality(Class<?> type) {
        return type.isRecord() || type.isEnum() || type == String.class || type == Integer.class
                || type == Long.class;
    }

    /** The table of a class of key; a class is looked at ({@link Class#isRecord()} is slow) once. */
    private StateTable ofClass(Class<?> type) {
        for (int i = 0; i < classes.length; i++) {
            if (classes[i] == type) {
                return tableOf[i];
            }
        }
        StateTable table = ownEquality(type) ? made(new StateTable(groups, expectedKeys.applyAsInt(type))) : mixed();
        classes = Arrays.copyOf(classes, classes.length + 1);
        tableOf = Arrays.copyOf(tableOf, tableOf.length + 1);
        classes[classes.length - 1] = type;
        tableOf[tableOf.length - 1] = table;
        return table;
    }

    private StateTable mixed() {
        if (mixed == null) {
            mixed = made(new StateTable(groups, 0));
        }
        return mixed;
    }

    private StateTable made(StateTable table) {
        tables = Arrays.copyOf(tables, tables.length + 1);
        tables[tables.length - 1] = table;
        return table;
    }
}
