package org.yanxun.json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Set;
import java.util.function.Supplier;
import org.yanxun.internal.Checks;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;

/**
 * A codec of a JSON array read into a list or a set. A null element is an error; in a set, so is a
 * repeated element, because the schemas say {@code uniqueItems}.
 *
 * @param <E> the element type
 * @param <C> the collection type
 */
final class ArrayCodec<E, C extends Collection<E>> implements Codec<C> {

    private final Codec<E> element;
    private final Supplier<C> factory;

    private ArrayCodec(Codec<E> element, Supplier<C> factory) {
        this.element = element;
        this.factory = factory;
    }

    /**
     * Returns a codec of a list.
     *
     * @param <E> the element type
     * @param element the element codec
     * @return the codec
     */
    static <E> ArrayCodec<E, ArrayList<E>> list(Codec<E> element) {
        return new ArrayCodec<>(element, ArrayList::new);
    }

    /**
     * Returns a codec of a set with unique elements.
     *
     * @param <E> the element type
     * @param <C> the set type
     * @param element the element codec
     * @param factory makes an empty set
     * @return the codec
     */
    static <E, C extends Set<E>> ArrayCodec<E, C> set(Codec<E> element, Supplier<C> factory) {
        return new ArrayCodec<>(element, factory);
    }

    @Override
    public C read(Cursor cursor) {
        if (cursor.token() != JsonToken.START_ARRAY) {
            cursor.mismatch("数组", "an array");
            return null;
        }
        int before = cursor.errorCount();
        C values = factory.get();
        cursor.pushIndex(0);
        int index = 0;
        JsonToken token;
        while ((token = cursor.parser().nextToken()) != JsonToken.END_ARRAY && token != null) {
            cursor.setIndex(index++);
            if (token == JsonToken.VALUE_NULL) {
                cursor.nullValue();
                continue;
            }
            E value = element.read(cursor);
            if (value == null) {
                continue;
            }
            // only a set refuses an element, one it holds already
            if (!values.add(value)) {
                cursor.error(ReadErrorCode.JSON_VALUE, "数组元素重复：" + Checks.quoteZh(String.valueOf(value)),
                        "repeated array element: " + Checks.quote(String.valueOf(value)));
            }
        }
        cursor.pop();
        return cursor.errorCount() == before ? values : null;
    }

    @Override
    public void write(JsonGenerator generator, C values) {
        generator.writeStartArray();
        for (E value : values) {
            element.write(generator, value);
        }
        generator.writeEndArray();
    }
}
