package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.yanxun.json.CodecReads.read;

import java.io.StringWriter;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.yanxun.Level;
import tools.jackson.core.JsonGenerator;

/**
 * Objects read into sorted maps, with codecs built at test time: the policy's maps are built once, in
 * a static initialiser, which a mutant of the factories would never reach.
 */
class MapCodecTest {

    /** Built anew by each test, not once for the class, so that a mutant of the factory is reached. */
    private static Codec<SortedMap<Level, Integer>> levels() {
        return MapCodec.byCode(Level.class, Scalars.INT);
    }

    @Test
    void byCode_codes_areReadInTheOrderOfTheEnumeration() {
        CodecReads.Read<SortedMap<Level, Integer>> read = read(levels(),
                "{\"NATIONAL\":1,\"SCHOOL\":2}");

        assertThat(read.errors()).isEmpty();
        assertThat(read.value()).containsExactly(Map.entry(Level.SCHOOL, 2),
                Map.entry(Level.NATIONAL, 1));
    }

    @Test
    void byCode_unknownCode_isEnumErrorAtTheKey() {
        CodecReads.Read<SortedMap<Level, Integer>> read = read(levels(),
                "{\"SCHOOL\":1,\"GALACTIC\":2}");

        assertThat(read.value()).isNull();
        assertThat(read.errors()).extracting(ReadError::code, ReadError::pointer)
                .containsExactly(tuple(ReadErrorCode.JSON_ENUM, "/GALACTIC"));
    }

    @Test
    void byStudioTypeCode_code_isTheKey() {
        CodecReads.Read<SortedMap<String, Integer>> read = read(MapCodec.byStudioTypeCode(Scalars.INT),
                "{\"CUSTOM_B\":2,\"CUSTOM_A\":1}");

        assertThat(read.errors()).isEmpty();
        assertThat(read.value()).containsExactly(Map.entry("CUSTOM_A", 1), Map.entry("CUSTOM_B", 2));
    }

    @Test
    void read_notAnObject_isNullWithTypeError() {
        CodecReads.Read<SortedMap<Level, Integer>> read = read(levels(), "[1]");

        assertThat(read.value()).isNull();
        assertThat(read.codes()).containsExactly(ReadErrorCode.JSON_TYPE);
    }

    @Test
    void read_nullValue_isNullErrorAtItsKey() {
        CodecReads.Read<SortedMap<Level, Integer>> read = read(levels(),
                "{\"SCHOOL\":1,\"DISTRICT\":null}");

        assertThat(read.value()).isNull();
        assertThat(read.errors()).extracting(ReadError::code, ReadError::pointer)
                .containsExactly(tuple(ReadErrorCode.JSON_NULL, "/DISTRICT"));
    }

    @Test
    void write_entries_areInKeyOrderAsCodes() {
        SortedMap<Level, Integer> map = new TreeMap<>();
        map.put(Level.NATIONAL, 1);
        map.put(Level.SCHOOL, 2);
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = Generators.open(text, false)) {
            levels().write(generator, map);
        }

        assertThat(text).hasToString("{\"SCHOOL\":2,\"NATIONAL\":1}");
    }
}
