package org.yanxun.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InternedTest {

    @Test
    void of_aNewCopyOfAText_isTheInternedText() {
        String text = new String("/person".toCharArray());

        assertThat(Interned.of(text)).isSameAs("/person").isNotSameAs(text);
        assertThat(Interned.of(new String(text.toCharArray()))).isSameAs("/person");
    }

    @Test
    void of_textsSharingASlot_eachKeepTheirOwnCanonicalCopy() {
        // "Aa" and "BB" have the same hash code, so they share a slot of the cache.
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        for (int i = 0; i < 3; i++) {
            assertThat(Interned.of(new String("Aa".toCharArray()))).isSameAs("Aa");
            assertThat(Interned.of(new String("BB".toCharArray()))).isSameAs("BB");
        }
    }

    @Test
    void of_moreTextsThanSlots_isStillTheInternedText() {
        for (int i = 0; i < 3 * Interned.SLOTS; i++) {
            String text = "陈思" + i;
            assertThat(Interned.of(new String(text.toCharArray()))).isSameAs(text.intern());
        }
    }
}
