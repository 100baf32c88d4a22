package org.yanxun.json;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.yanxun.InvalidValueException;
import org.yanxun.Labelled;
import org.yanxun.internal.Checks;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;

/**
 * A codec of a JSON object read into a sorted map, such as the policy's studio types keyed by code:
 * each key is parsed (a key that does not parse is an error at that key) and each value has its own
 * codec. Written in key order, so output is deterministic.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
final class MapCodec<K extends Comparable<? super K>, V> implements Codec<SortedMap<K, V>> {

    private final Function<String, K> parseKey;
    private final Function<K, String> formatKey;
    private final BadKey badKey;
    private final Codec<V> value;

    /** Reports a key that does not parse, at the key. */
    @FunctionalInterface
    private interface BadKey {
        void report(Cursor cursor, String name);
    }

    private MapCodec(Function<String, K> parseKey, Function<K, String> formatKey, BadKey badKey, Codec<V> value) {
        this.parseKey = parseKey;
        this.formatKey = formatKey;
        this.badKey = badKey;
        this.value = value;
    }

    /**
     * Creates the codec of a map keyed by the members of a closed set, such as severities: a key that is
     * not one is a {@code JSON_ENUM} error.
     *
     * @param parseKey parses a key, returning null if it is not one
     * @param formatKey writes a key
     * @param keyZh what a key is, in Chinese, for messages
     * @param keyEn what a key is, in English, for messages
     * @param value the value codec
     */
    MapCodec(Function<String, K> parseKey, Function<K, String> formatKey, String keyZh, String keyEn, Codec<V> value) {
        this(parseKey, formatKey, (cursor, name) -> cursor.error(ReadErrorCode.JSON_ENUM,
                Checks.quoteZh(name) + "不是有效的" + keyZh, Checks.quote(name) + " is not a valid " + keyEn), value);
    }

    /**
     * Creates the codec of a map keyed by the codes of an enumeration, such as honour kinds: a key that
     * is none of them is a {@code JSON_ENUM} error naming them all.
     *
     * @param <E> the enumeration
     * @param <V> the value type
     * @param type the enumeration class
     * @param value the value codec
     * @return the codec
     */
    static <E extends Enum<E> & Labelled, V> MapCodec<E, V> byCode(Class<E> type, Codec<V> value) {
        Noun noun = Noun.of(type);
        String allowed = Scalars.codesOf(type);
        return new MapCodec<>(code -> {
            for (E constant : type.getEnumConstants()) {
                if (constant.code().equals(code)) {
                    return constant;
                }
            }
            return null;
        }, Labelled::code, (cursor, name) -> Scalars.notOneOf(cursor, name, noun, allowed), value);
    }

    /**
     * Creates the codec of a map keyed by studio type codes ({@link Checks#code}): a key of another form
     * is a {@code JSON_FORMAT} error.
     *
     * @param <V> the value type
     * @param value the value codec
     * @return the codec
     */
    static <V> MapCodec<String, V> byStudioTypeCode(Codec<V> value) {
        return new MapCodec<>(code -> Checks.isCode(code) ? code : null, Function.identity(), (cursor, name) -> {
            InvalidValueException refused = Checks.notACode(name, "工作室类型代码", "studio type code");
            cursor.error(ReadErrorCode.JSON_FORMAT, refused.zh(), refused.getMessage());
        }, value);
    }

    @Override
    public SortedMap<K, V> read(Cursor cursor) {
        if (cursor.token() != JsonToken.START_OBJECT) {
            cursor.mismatch("对象", "an object");
            return null;
        }
        int before = cursor.errorCount();
        SortedMap<K, V> map = new TreeMap<>();
        Set<String> names = new HashSet<>();
        String name;
        while ((name = cursor.parser().nextName()) != null) {
            JsonToken token = cursor.parser().nextToken();
            if (cursor.givenAgain(names, name)) {
                continue;
            }
            cursor.pushName(name);
            K key = parseKey.apply(name);
            if (key == null) {
                badKey.report(cursor, name);
                cursor.skipValue();
            } else if (token == JsonToken.VALUE_NULL) {
                cursor.nullValue();
            } else {
                V read = value.read(cursor);
                if (read != null) {
                    map.put(key, read);
                }
            }
            cursor.pop();
        }
        return cursor.errorCount() == before ? map : null;
    }

    @Override
    public void write(JsonGenerator generator, SortedMap<K, V> map) {
        generator.writeStartObject();
        for (Map.Entry<K, V> entry : map.entrySet()) {
            generator.writeName(formatKey.apply(entry.getKey()));
            value.write(generator, entry.getValue());
        }
        generator.writeEndObject();
    }
}
