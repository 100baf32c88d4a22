package org.yanxun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Collection components of every public record: copied on the way in, unmodifiable on the way out,
 * free of nulls, and iterating in a deterministic order.
 */
class CollectionContractTest {

    @TestFactory
    Stream<DynamicTest> callerChangesCollectionAfterConstruction_recordUnchanged() {
        return collectionComponents((record, index) -> () -> {
            Object[] values = SampleValues.components(record);
            Object expected = values[index];
            Object mutable = mutableCopy(expected);
            values[index] = mutable;
            Object built = SampleValues.construct(record, values);
            clear(mutable);
            assertThat(accessor(record, index, built)).isEqualTo(expected);
        });
    }

    @TestFactory
    Stream<DynamicTest> returnedCollection_isUnmodifiable() {
        return collectionComponents((record, index) -> () -> {
            Object value = accessor(record, index, SampleValues.construct(record, SampleValues.components(record)));
            assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> clear(value));
        });
    }

    @TestFactory
    Stream<DynamicTest> collectionWithNull_throwsNpeNamingTheComponent() {
        return collectionComponents((record, index) -> () -> {
            Object[] values = SampleValues.components(record);
            values[index] = withNull(values[index]);
            String name = record.getRecordComponents()[index].getName();
            assertThatExceptionOfType(NullPointerException.class)
                    .isThrownBy(() -> SampleValues.construct(record, values))
                    .withMessageStartingWith(name + " must not contain").withMessageContaining("null");
        });
    }

    @TestFactory
    Stream<DynamicTest> enumSet_iteratesInDeclarationOrder() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Class<?> record : ModelTypes.records()) {
            RecordComponent[] components = record.getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                if (components[i].getType() != Set.class
                        || !(components[i].getGenericType() instanceof ParameterizedType type)
                        || !(type.getActualTypeArguments()[0] instanceof Class<?> element) || !element.isEnum()) {
                    continue;
                }
                int index = i;
                tests.add(DynamicTest.dynamicTest(record.getSimpleName() + "." + components[i].getName(), () -> {
                    List<Object> constants = Arrays.asList(element.getEnumConstants());
                    List<Object> reversed = new ArrayList<>(constants);
                    Collections.reverse(reversed);
                    Object[] values = SampleValues.components(record);
                    values[index] = new LinkedHashSet<>(reversed);
                    Object built = SampleValues.construct(record, values);
                    assertThat(List.copyOf((Collection<?>) accessor(record, index, built))).isEqualTo(constants);
                }));
            }
        }
        assertThat(tests).isNotEmpty();
        return tests.stream();
    }

    private static Stream<DynamicTest> collectionComponents(
            BiFunction<Class<?>, Integer, org.junit.jupiter.api.function.Executable> test) {
        List<DynamicTest> tests = new ArrayList<>();
        for (Class<?> record : ModelTypes.records()) {
            RecordComponent[] components = record.getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                Class<?> type = components[i].getType();
                if (Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)) {
                    tests.add(DynamicTest.dynamicTest(record.getSimpleName() + "." + components[i].getName(),
                            test.apply(record, i)));
                }
            }
        }
        return tests.stream();
    }

    private static Object accessor(Class<?> record, int index, Object instance) {
        return SampleValues.invoke(record.getRecordComponents()[index].getAccessor(), instance);
    }

    private static Object mutableCopy(Object value) {
        if (value instanceof SortedMap<?, ?> map) {
            return new TreeMap<>(map);
        }
        if (value instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        if (value instanceof Set<?> set) {
            return set instanceof SortedSet<?> ? new TreeSet<>(set) : new HashSet<>(set);
        }
        throw new IllegalArgumentException("Not a collection: " + value);
    }

    private static Object withNull(Object value) {
        if (value instanceof SortedMap<?, ?> map) {
            SortedMap<Object, Object> copy = new TreeMap<>();
            copy.putAll(map);
            copy.put(copy.firstKey(), null);
            return copy;
        }
        Collection<Object> copy;
        if (value instanceof SortedSet<?>) {
            copy = new TreeSet<>(Comparator.nullsFirst(Comparator.comparing(Object::toString)));
        } else if (value instanceof List<?>) {
            copy = new ArrayList<>();
        } else {
            copy = new HashSet<>();
        }
        copy.addAll((Collection<?>) value);
        copy.add(null);
        return copy;
    }

    private static void clear(Object value) {
        if (value instanceof Map<?, ?> map) {
            map.clear();
        } else {
            ((Collection<?>) value).clear();
        }
    }
}
