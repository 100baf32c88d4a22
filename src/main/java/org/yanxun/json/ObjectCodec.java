package org.yanxun.json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.yanxun.InvalidValueException;
import org.yanxun.internal.Checks;
import org.yanxun.internal.English;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.SerializedString;

/**
 * A codec of a JSON object that maps one record of the model: one property per record component,
 * in component order, each with its own codec.
 *
 * <p>Reading reports every problem of the object and its children before giving up on it: an
 * unknown property (unless its name starts with {@code x-}), a null, a missing required property,
 * and an {@link IllegalArgumentException} of the record's constructor, which becomes a
 * {@link ReadErrorCode#JSON_VALUE} error at the object. Writing omits an empty optional and always
 * writes arrays and booleans.
 *
 * @param <T> the record type
 */
final class ObjectCodec<T> implements Codec<T> {

    /** How a property is present in JSON. */
    enum Kind {
        /** Must be present. */
        REQUIRED,
        /** An {@link Optional}: omitted when empty. */
        OPTIONAL,
        /** A collection: always written, read as empty when omitted. */
        COLLECTION
    }

    private record Property(String name, Kind kind, Codec<Object> codec, Function<Object, Object> getter,
            Supplier<Object> empty) {
    }

    private final Noun noun;
    private final Property[] properties;
    /** By property: its name quoted and encoded once, as a generator writes it, rather than on every write. */
    private final SerializedString[] written;
    private final Map<String, Integer> index;
    private final Function<Object[], T> factory;

    private ObjectCodec(Noun noun, Property[] properties, Function<Object[], T> factory) {
        this.noun = noun;
        this.properties = properties;
        this.factory = factory;
        this.written = new SerializedString[properties.length];
        this.index = new HashMap<>();
        for (int i = 0; i < properties.length; i++) {
            written[i] = new SerializedString(properties[i].name());
            index.put(properties[i].name(), i);
        }
    }

    /**
     * Starts describing a record.
     *
     * @param <T> the record type
     * @param zh what the messages call the record in Chinese, such as {@code 机构}
     * @param en what the messages call the record in English, in lower case, such as {@code institution}
     * @return a builder
     */
    static <T> Builder<T> of(String zh, String en) {
        return new Builder<>(new Noun(zh, en));
    }

    /**
     * Returns one slot of the values read, typed for the record constructor.
     *
     * @param <X> the type of the slot
     * @param slots the values read, in property order
     * @param i the slot
     * @return the value
     */
    @SuppressWarnings("unchecked")
    static <X> X at(Object[] slots, int i) {
        return (X) slots[i];
    }

    /**
     * Returns a codec of the same record without some collection properties, which are then unknown
     * when read, omitted when written and empty in the value, such as a cluster without its studios.
     *
     * @param names the names of collection properties
     * @return the codec
     */
    ObjectCodec<T> without(String... names) {
        Set<String> dropped = Set.of(names);
        List<Property> kept = new ArrayList<>();
        for (Property property : properties) {
            if (dropped.contains(property.name())) {
                kept.add(new Property(property.name(), Kind.COLLECTION, null, property.getter(), property.empty()));
            } else {
                kept.add(property);
            }
        }
        return new ObjectCodec<>(noun, kept.toArray(Property[]::new), factory);
    }

    @Override
    public T read(Cursor cursor) {
        if (cursor.token() != JsonToken.START_OBJECT) {
            cursor.mismatch("对象", "an object");
            return null;
        }
        TokenStreamLocation start = cursor.location();
        int before = cursor.errorCount();
        Object[] slots = new Object[properties.length];
        long present = 0;
        Set<String> others = null;
        String name;
        int next = 0;
        while ((name = cursor.parser().nextName()) != null) {
            JsonToken token = cursor.parser().nextToken();
            int i = indexOf(name, next);
            if (i < 0 || properties[i].codec() == null) {
                others = others == null ? new HashSet<>() : others;
                if (!cursor.givenAgain(others, name)) {
                    unknown(cursor, name);
                }
                continue;
            }
            if ((present & 1L << i) != 0) {
                cursor.duplicate(name);
                continue;
            }
            next = i + 1;
            present |= 1L << i;
            cursor.pushName(name);
            if (token == JsonToken.VALUE_NULL) {
                cursor.nullValue();
            } else {
                slots[i] = properties[i].codec().read(cursor);
            }
            cursor.pop();
        }
        for (int i = 0; i < properties.length; i++) {
            Property property = properties[i];
            if ((present & (1L << i)) == 0) {
                if (property.kind() == Kind.REQUIRED) {
                    cursor.error(ReadErrorCode.JSON_MISSING, cursor.pointer(), start,
                            noun.zh() + "缺少必需属性" + Checks.quoteZh(property.name()),
                            "the " + noun.en() + " is missing the required property " + Checks.quote(property.name()));
                } else {
                    slots[i] = property.empty().get();
                }
            } else if (property.kind() == Kind.OPTIONAL) {
                slots[i] = Optional.ofNullable(slots[i]);
            }
        }
        if (cursor.errorCount() != before) {
            return null;
        }
        try {
            return factory.apply(slots);
        } catch (IllegalArgumentException e) {
            cursor.error(ReadErrorCode.JSON_VALUE, cursor.pointer(), start,
                    noun.zh() + "的取值无效：" + InvalidValueException.zhOf(e),
                    "invalid " + noun.en() + ": " + English.afterColon(e.getMessage()));
            return null;
        }
    }

    /**
     * Finds a property by name, first among those after the one read last: written objects hold their
     * properties in this codec's order, and comparing a few names costs less than hashing one.
     *
     * @param name the name read
     * @param next the index after the property read last
     * @return the index of the property, or -1 if there is none of that name
     */
    private int indexOf(String name, int next) {
        for (int i = next; i < properties.length; i++) {
            if (properties[i].name().equals(name)) {
                return i;
            }
        }
        Integer at = index.get(name);
        return at == null ? -1 : at;
    }

    private static void unknown(Cursor cursor, String name) {
        cursor.pushName(name);
        if (!name.startsWith("x-")) {
            cursor.error(ReadErrorCode.JSON_UNKNOWN_PROPERTY, "未知属性" + Checks.quoteZh(name)
                    + "（扩展属性须以 x- 开头）", "unknown property " + Checks.quote(name)
                    + " (extension properties must start with x-)");
        }
        cursor.skipValue();
        cursor.pop();
    }

    @Override
    public void write(JsonGenerator generator, T value) {
        generator.writeStartObject();
        writeProperties(generator, value);
        generator.writeEndObject();
    }

    /**
     * Writes the properties of a value into an object the caller has started.
     *
     * @param generator the generator
     * @param value the value
     */
    void writeProperties(JsonGenerator generator, T value) {
        for (int i = 0; i < properties.length; i++) {
            Property property = properties[i];
            if (property.codec() == null) {
                continue;
            }
            Object component = property.getter().apply(value);
            if (property.kind() == Kind.OPTIONAL) {
                Optional<?> optional = (Optional<?>) component;
                if (optional.isEmpty()) {
                    continue;
                }
                component = optional.get();
            }
            generator.writeName(written[i]);
            property.codec().write(generator, component);
        }
    }

    /**
     * A builder of object codecs; properties are added in record component order.
     *
     * @param <T> the record type
     */
    static final class Builder<T> {
        private final Noun noun;
        private final List<Property> properties = new ArrayList<>();

        private Builder(Noun noun) {
            this.noun = noun;
        }

        @SuppressWarnings("unchecked")
        private <V> Builder<T> add(String name, Kind kind, Codec<V> codec, Function<T, ?> getter,
                Supplier<?> empty) {
            properties.add(new Property(name, kind, (Codec<Object>) codec, (Function<Object, Object>) getter,
                    (Supplier<Object>) empty));
            return this;
        }

        <V> Builder<T> required(String name, Codec<V> codec, Function<T, V> getter) {
            return add(name, Kind.REQUIRED, codec, getter, null);
        }

        <V> Builder<T> optional(String name, Codec<V> codec, Function<T, Optional<V>> getter) {
            return add(name, Kind.OPTIONAL, codec, getter, Optional::empty);
        }

        <V> Builder<T> list(String name, Codec<V> codec, Function<T, ? extends Collection<V>> getter) {
            return add(name, Kind.COLLECTION, ArrayCodec.list(codec), getter, List::of);
        }

        <V, C extends Set<V>> Builder<T> set(String name, Codec<V> codec, Supplier<C> factory,
                Function<T, ? extends Collection<V>> getter) {
            return add(name, Kind.COLLECTION, ArrayCodec.set(codec, factory), getter, factory);
        }

        /** A list that must be present, as the schema requires of a list that must not be empty. */
        <V> Builder<T> requiredList(String name, Codec<V> codec, Function<T, ? extends Collection<V>> getter) {
            return add(name, Kind.REQUIRED, ArrayCodec.list(codec), getter, null);
        }

        /** A set that must be present, as the schema requires of a set that must not be empty. */
        <V, C extends Set<V>> Builder<T> requiredSet(String name, Codec<V> codec, Supplier<C> factory,
                Function<T, ? extends Collection<V>> getter) {
            return add(name, Kind.REQUIRED, ArrayCodec.set(codec, factory), getter, null);
        }

        <C> Builder<T> collection(String name, Codec<C> codec, Function<T, C> getter, Supplier<C> empty) {
            return add(name, Kind.COLLECTION, codec, getter, empty);
        }

        ObjectCodec<T> build(Function<Object[], T> factory) {
            if (properties.size() > Long.SIZE) {
                throw new IllegalStateException("Too many properties in the codec of " + noun.en());
            }
            return new ObjectCodec<>(noun, properties.toArray(Property[]::new), factory);
        }
    }
}
