package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yanxun.json.CodecReads.read;

import java.util.ArrayList;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Arrays read as lists, or as sets whose elements must be unique. */
class ArrayCodecTest {

    @Test
    void set_elements_areCollectedIntoTheFactorysSet() {
        CodecReads.Read<TreeSet<String>> read = read(ArrayCodec.set(Scalars.TEXT, TreeSet::new), "[\"b\",\"a\"]");

        assertThat(read.value()).isInstanceOf(TreeSet.class).containsExactly("a", "b");
    }

    @Test
    void set_repeatedElement_isValueErrorAtItsIndex() {
        CodecReads.Read<TreeSet<String>> read = read(ArrayCodec.set(Scalars.TEXT, TreeSet::new), "[\"a\",\"b\",\"a\"]");

        assertThat(read.value()).isNull();
        assertThat(read.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(ReadErrorCode.JSON_VALUE);
            assertThat(e.pointer()).isEqualTo("/2");
        });
    }

    @Test
    void list_notAnArray_isNullWithTypeError() {
        CodecReads.Read<ArrayList<String>> read = read(ArrayCodec.list(Scalars.TEXT), "{\"a\":\"b\"}");

        assertThat(read.value()).isNull();
        assertThat(read.codes()).containsExactly(ReadErrorCode.JSON_TYPE);
    }
}
