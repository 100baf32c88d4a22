package org.yanxun.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.yanxun.InvalidValueException;

/**
 * One part of the keys of keyed rules, split by hash into {@code count} parts: a run started with it
 * (see {@link RuleEngine#start(Dimensions, java.time.LocalDate, KeyPartition)}) keeps and checks only
 * the states of its keys, so it needs about {@code 1/count} of the memory of a run that keeps all.
 * Runs of every part over the same records, read again for each, report together exactly what one
 * run reports: each key's state is built from all its records in the one run that keeps it, and local
 * rules run in the run of the {@linkplain #isFirst() first} part only. A grouping that fails on a record
 * has its {@link RuleEngine#ENGINE_RULE_FAILED} findings reported by one run: that of the part whose key
 * its fold touched last before failing, or the first part's if it touched none.
 *
 * <p>One case falls outside this: a grouping whose fold or merge fails only for some states of a key
 * (a merge that refuses a sum over a limit, say). Only the run that keeps the key sees its state, so
 * the others go on with the record and may fail further on, at a key of their own, and report that too:
 * the runs may then report a failed record more than once where one run reports it once. A grouping
 * whose failures depend on the record alone is reported alike however the keys are split.
 *
 * <p>A key belongs to the part its {@code hashCode}, spread, falls in. The built-in keys hash alike in every
 * JVM, as {@link KeyedRule} asks of keys; a key of your own that does not (one that hashes an enum constant,
 * say) needs the runs to share one JVM.
 *
 * @param index which part, from 0
 * @param count how many parts, 1 to {@value #MAX_COUNT}
 */
public record KeyPartition(int index, int count) {

    /**
     * The most parts keys can be split into: each part's run reads every record, so more parts only
     * add passes, and a {@linkplain #split split} into so many is a list of that many parts.
     */
    public static final int MAX_COUNT = 1 << 16;

    private static final KeyPartition ALL = new KeyPartition(0, 1);

    /**
     * Checks the part.
     *
     * @param index which part, from 0
     * @param count how many parts, 1 to {@value #MAX_COUNT}
     * @throws IllegalArgumentException if {@code count} is not 1 to {@value #MAX_COUNT} or {@code index}
     *     is not in {@code [0, count)}
     */
    public KeyPartition {
        requireCount(count);
        if (index < 0 || index >= count) {
            throw new InvalidValueException("下标必须在 [0, " + count + ") 之内，而不是 " + index,
                    "index must be in [0, " + count + "), not " + index);
        }
    }

    /**
     * Returns the one part that holds every key.
     *
     * @return the part {@code 0} of {@code 1}
     */
    public static KeyPartition all() {
        return ALL;
    }

    /**
     * Returns every part of a split into {@code count} parts, in order of index.
     *
     * @param count how many parts, 1 to {@value #MAX_COUNT}
     * @return the parts
     * @throws IllegalArgumentException if {@code count} is not 1 to {@value #MAX_COUNT}
     */
    public static List<KeyPartition> split(int count) {
        requireCount(count);
        List<KeyPartition> parts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            parts.add(new KeyPartition(i, count));
        }
        return List.copyOf(parts);
    }

    /**
     * Tells whether this is the first part, whose run also runs the local rules.
     *
     * @return whether {@code index} is 0
     */
    public boolean isFirst() {
        return index == 0;
    }

    /**
     * Tells whether a key belongs to this part.
     *
     * @param key the key, not null
     * @return whether the run of this part keeps the key's state
     */
    public boolean contains(Object key) {
        return indexOf(key) == index;
    }

    /**
     * Returns the index of the part of this split that holds a key: the same for every part of a split
     * into {@code count} parts.
     *
     * @param key the key, not null
     * @return the index, from 0 to {@code count - 1}
     */
    public int indexOf(Object key) {
        Objects.requireNonNull(key, "key");
        if (count == 1) {
            return 0;
        }
        // Mix every bit of the hash into every bit (MurmurHash3's finaliser), so that keys whose hash
        // codes differ in the high bits only still split evenly, and the keys of one part still spread
        // over the slots of a state table, which hashes them another way.
        int h = key.hashCode();
        h = (h ^ h >>> 16) * 0x85EBCA6B;
        h = (h ^ h >>> 13) * 0xC2B2AE35;
        return Integer.remainderUnsigned(h ^ h >>> 16, count);
    }

    private static void requireCount(int count) {
        if (count < 1) {
            throw new InvalidValueException("分区数至少为 1，而不是 " + count, "count must be at least 1, not " + count);
        }
        if (count > MAX_COUNT) {
            throw new InvalidValueException("分区数至多为 " + MAX_COUNT + "，而不是 " + count,
                    "count must be at most " + MAX_COUNT + ", not " + count);
        }
    }
}
