package org.yanxun.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.IdentityHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GrowingTest {

    @Test
    void append_toNothing_copiesTheItemsOnly() {
        String[] theirs = {"a", "b", null, null};
        String[] result = Growing.append(null, theirs);
        assertThat(result).containsExactly("a", "b").isNotSameAs(theirs);
    }

    @Test
    void append_keepsOrderAndLeavesTheirsUnchanged() {
        String[] mine = {"a"};
        String[] theirs = {"b", "c"};
        String[] result = Growing.append(mine, theirs);
        assertThat(Growing.items(result)).containsExactly("a", "b", "c");
        assertThat(theirs).containsExactly("b", "c");
    }

    @Test
    void append_oneAtATime_reallocatesLogarithmicallyOften() {
        Map<Object, Boolean> arrays = new IdentityHashMap<>();
        Integer[] items = null;
        for (int i = 0; i < 100_000; i++) {
            items = Growing.append(items, new Integer[] {i});
            arrays.put(items, true);
        }
        assertThat(arrays).hasSizeLessThanOrEqualTo(18);
        assertThat(Growing.size(items)).isEqualTo(100_000);
        assertThat(Growing.items(items)).startsWith(0, 1, 2).endsWith(99_998, 99_999);
    }

    @Test
    void size_countsItemsBeforeTheFirstNull() {
        assertThat(Growing.size(new Object[0])).isZero();
        assertThat(Growing.size(new Object[] {null, null})).isZero();
        assertThat(Growing.size(new Object[] {"a", null, null, null})).isEqualTo(1);
        assertThat(Growing.size(new Object[] {"a", "b", "c", null})).isEqualTo(3);
        assertThat(Growing.size(new Object[] {"a", "b"})).isEqualTo(2);
    }

    @Test
    void items_ofNull_isEmpty() {
        assertThat(Growing.items(null)).isEmpty();
    }
}
