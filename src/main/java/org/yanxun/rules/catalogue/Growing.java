package org.yanxun.rules.catalogue;

import java.util.Arrays;
import java.util.List;

/**
 * Arrays the keyed states append to, as many times as a key has records: each array keeps its items
 * first and unused slots (null) after them, and doubles when full, so that appending <i>n</i> items
 * one merge at a time costs <i>O(n)</i> in all rather than <i>O(n²)</i>. A state that holds one item
 * holds an array of exactly one.
 */
final class Growing {

    private Growing() {
    }

    /**
     * Appends the items of one array to another.
     *
     * @param mine the array of the state merged into, which it owns, or null
     * @param theirs the array of the other state, not null; it is not changed
     * @return {@code mine} with the items appended, or a new array if they did not fit
     */
    static <T> T[] append(T[] mine, T[] theirs) {
        int added = size(theirs);
        if (mine == null) {
            return Arrays.copyOf(theirs, added);
        }
        int size = size(mine);
        T[] target = size + added <= mine.length ? mine : Arrays.copyOf(mine, Math.max(size + added, 2 * size));
        System.arraycopy(theirs, 0, target, size, added);
        return target;
    }

    /**
     * Counts the items of an array.
     *
     * @param array the array, items first and nulls after them
     * @return the number of items
     */
    static int size(Object[] array) {
        if (array.length == 0 || array[array.length - 1] != null) {
            return array.length;
        }
        int low = 0;
        int high = array.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (array[middle] == null) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /**
     * Views the items of an array as a list.
     *
     * @param array the array, items first and nulls after them, or null for none
     * @return the items, backed by the array
     */
    static <T> List<T> items(T[] array) {
        return array == null ? List.of() : Arrays.asList(array).subList(0, size(array));
    }
}
