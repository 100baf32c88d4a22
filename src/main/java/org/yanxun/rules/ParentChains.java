package org.yanxun.rules;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.yanxun.Alliance;
import org.yanxun.AllianceId;

/**
 * The parent chains of the alliances in reference data, resolved once so that the distance from one
 * alliance up to another is answered in constant time.
 *
 * <p>Each alliance has at most one parent, so the alliances and their parents form a functional
 * graph: trees whose roots are either an alliance without a parent in the data or an alliance on a
 * loop. One iterative walk with visited states finds the loops (each alliance is walked once), and
 * one iterative depth-first pass over the trees numbers them, so that "does the chain from A reach
 * B" is an interval test. Time and memory are linear in the number of alliances and no recursion is
 * used, so a chain of any length is safe.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ParentChains {

    private static final int NONE = -1;

    private final Map<AllianceId, Integer> index;
    /** For an alliance whose parent is not held: that parent; otherwise null. */
    private final AllianceId[] dangling;
    /** The tree root an alliance's chain reaches: an alliance on a loop or one without a parent. */
    private final int[] root;
    /** The steps from an alliance to its root. */
    private final int[] depth;
    /** The order of the depth-first pass entering and leaving an alliance. */
    private final int[] enter;
    private final int[] leave;
    /** For an alliance on a loop: the loop's number, its position on it, and the loop's length. */
    private final int[] loop;
    private final int[] position;
    private final int[] loopLength;

    private ParentChains(Map<AllianceId, Alliance> alliances) {
        int n = alliances.size();
        index = new HashMap<>(Math.max(16, n * 4 / 3 + 1));
        AllianceId[] ids = new AllianceId[n];
        for (AllianceId id : alliances.keySet()) {
            ids[index.size()] = id;
            index.put(id, index.size());
        }
        int[] next = new int[n];
        dangling = new AllianceId[n];
        for (int v = 0; v < n; v++) {
            AllianceId parent = alliances.get(ids[v]).parent().orElse(null);
            next[v] = parent == null ? NONE : index.getOrDefault(parent, NONE);
            if (parent != null && next[v] == NONE) {
                dangling[v] = parent;
            }
        }
        loop = new int[n];
        position = new int[n];
        loopLength = new int[n];
        Arrays.fill(loop, NONE);
        findLoops(next);
        root = new int[n];
        depth = new int[n];
        enter = new int[n];
        leave = new int[n];
        numberTrees(next);
    }

    static ParentChains of(Map<AllianceId, Alliance> alliances) {
        return new ParentChains(alliances);
    }

    /** Marks the alliances on loops: every alliance is walked from once and entered once. */
    private void findLoops(int[] next) {
        int n = next.length;
        // 0: not seen, 1: on the walk under way, 2: resolved
        byte[] state = new byte[n];
        int[] walk = new int[n];
        int loops = 0;
        for (int start = 0; start < n; start++) {
            int size = 0;
            int v = start;
            while (v != NONE && state[v] == 0) {
                state[v] = 1;
                walk[size++] = v;
                v = next[v];
            }
            if (v != NONE && state[v] == 1) {
                int from = size - 1;
                while (walk[from] != v) {
                    from--;
                }
                int length = size - from;
                for (int i = from; i < size; i++) {
                    loop[walk[i]] = loops;
                    position[walk[i]] = i - from;
                    loopLength[walk[i]] = length;
                }
                loops++;
            }
            for (int i = 0; i < size; i++) {
                state[walk[i]] = 2;
            }
        }
    }

    /** Numbers the trees hanging from the roots, depth first, without recursion. */
    private void numberTrees(int[] next) {
        int n = next.length;
        int[] firstChild = new int[n];
        int[] sibling = new int[n];
        Arrays.fill(firstChild, NONE);
        for (int v = n - 1; v >= 0; v--) {
            if (next[v] != NONE && loop[v] == NONE) {
                sibling[v] = firstChild[next[v]];
                firstChild[next[v]] = v;
            }
        }
        int[] stack = new int[n];
        int[] cursor = new int[n];
        int clock = 0;
        for (int r = 0; r < n; r++) {
            if (next[r] != NONE && loop[r] == NONE) {
                continue;
            }
            int top = 0;
            stack[0] = r;
            cursor[0] = firstChild[r];
            root[r] = r;
            depth[r] = 0;
            enter[r] = clock++;
            while (top >= 0) {
                int child = cursor[top];
                if (child == NONE) {
                    leave[stack[top]] = clock++;
                    top--;
                } else {
                    cursor[top] = sibling[child];
                    root[child] = r;
                    depth[child] = depth[stack[top]] + 1;
                    enter[child] = clock++;
                    stack[++top] = child;
                    cursor[top] = firstChild[child];
                }
            }
        }
    }

    /**
     * Counts the parent steps from one alliance to the first time its chain reaches another.
     *
     * @param from where the chain starts
     * @param to the alliance to reach
     * @return 0 when they are the same, the number of steps, or -1 if the chain never reaches it
     */
    int steps(AllianceId from, AllianceId to) {
        if (from.equals(to)) {
            return 0;
        }
        Integer f = index.get(from);
        if (f == null) {
            return NONE;
        }
        Integer t = index.get(to);
        if (t == null) {
            // The chain may still end at a parent that is not held, and that parent may be `to`.
            return to.equals(dangling[root[f]]) ? depth[f] + 1 : NONE;
        }
        if (enter[t] <= enter[f] && leave[f] <= leave[t]) {
            return depth[f] - depth[t];
        }
        int entry = root[f];
        if (loop[t] != NONE && loop[entry] == loop[t]) {
            return depth[f] + Math.floorMod(position[t] - position[entry], loopLength[t]);
        }
        return NONE;
    }
}
