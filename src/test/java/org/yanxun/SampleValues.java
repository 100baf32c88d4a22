package org.yanxun;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Valid sample values for the reflective contract tests: for any component or parameter type of the
 * model, a {@code sample} and a different {@code other} value.
 *
 * <p>Values depend on the position of the component so that records whose components must differ
 * (a mentoring pair) or be ordered (a date range) are valid: identifiers are {@code id-<position>},
 * dates are ten days apart per position and {@code other} dates one day later.
 */
final class SampleValues {

    static final LocalDate BASE = LocalDate.of(2026, 1, 9);
    static final String CREDIT_CODE = "91350100M000100Y43";
    static final String OTHER_CREDIT_CODE = "12440103MA5CKQ8N" + "0" + CreditCode.checkCharacter("12440103MA5CKQ8N0");

    /** Components whose general sample is not valid in that record. */
    private static final Map<String, List<Object>> OVERRIDES = Map.of(
            "RegionCode.value", List.of("440103", "500110"),
            "CreditCode.value", List.of(CREDIT_CODE, OTHER_CREDIT_CODE));

    private SampleValues() {
    }

    /**
     * Returns a sample of a type.
     *
     * @param type the type
     * @param position the position of the component or parameter
     * @param other false for the sample, true for a different value
     * @return the value
     */
    static Object of(Type type, int position, boolean other) {
        if (type instanceof ParameterizedType parameterized) {
            return parameterized(parameterized, position, other);
        }
        if (!(type instanceof Class<?> c)) {
            throw new IllegalArgumentException("No sample for " + type);
        }
        if (c == int.class || c == Integer.class) {
            return other ? 2 : 1;
        }
        if (c == boolean.class) {
            return other;
        }
        if (c == String.class) {
            return (other ? "ALT_" : "TEXT_") + position;
        }
        if (c == LocalDate.class) {
            return BASE.plusDays(10L * position + (other ? 1 : 0));
        }
        if (c == IllegalArgumentException.class) {
            return new IllegalArgumentException(other ? "other" : "sample");
        }
        if (c == java.time.Period.class) {
            return java.time.Period.ofMonths(other ? 2 : 3);
        }
        if (Identifier.class.isAssignableFrom(c)) {
            return invoke(method(c, "of", String.class), null, (other ? "alt-" : "id-") + position);
        }
        if (c.isEnum()) {
            return c.getEnumConstants()[other ? 1 : 0];
        }
        if (c == RegionCode.class) {
            return RegionCode.parse(other ? "500110" : "440103");
        }
        if (c == CreditCode.class) {
            return CreditCode.parse(other ? OTHER_CREDIT_CODE : CREDIT_CODE);
        }
        if (c == Subject.class) {
            return other ? Subject.CHINESE : Subject.MATHEMATICS;
        }
        if (c == StudioType.class) {
            return other ? StudioType.BACKBONE_WORKSHOP : StudioType.FAMOUS_TEACHER_STUDIO;
        }
        if (c == Certificate.class) {
            InstitutionId issuer = InstitutionId.of("issuer");
            return other ? Certificate.plaque(issuer, BASE) : Certificate.certificate(issuer, BASE, PersonId.of("holder"));
        }
        if (c == Dataset.class) {
            return other ? Dataset.empty().withPersons(List.of(record(Person.class, true))) : Dataset.empty();
        }
        if (c.isArray()) {
            Object array = Array.newInstance(c.getComponentType(), 1);
            Array.set(array, 0, of(c.getComponentType(), position, other));
            return array;
        }
        if (c.isRecord()) {
            return record(c, other);
        }
        throw new IllegalArgumentException("No sample for " + type);
    }

    private static Object parameterized(ParameterizedType type, int position, boolean other) {
        Type[] arguments = type.getActualTypeArguments();
        Type raw = type.getRawType();
        if (raw == Optional.class) {
            return Optional.of(of(arguments[0], position, other));
        }
        if (raw == List.class || raw == Collection.class) {
            return List.of(of(arguments[0], position, other));
        }
        if (raw == Set.class) {
            return Set.of(of(arguments[0], position, other));
        }
        if (raw == SortedSet.class) {
            SortedSet<Object> set = new TreeSet<>();
            set.add(of(arguments[0], position, other));
            return set;
        }
        if (raw == SortedMap.class || raw == Map.class) {
            SortedMap<Object, Object> map = new TreeMap<>();
            map.put(of(arguments[0], position, other), of(arguments[1], position, other));
            return map;
        }
        throw new IllegalArgumentException("No sample for " + type);
    }

    /**
     * Returns the value of a record component, honouring the overrides.
     *
     * @param record the record type
     * @param position the index of the component
     * @param other false for the sample, true for a different value
     * @return the value
     */
    static Object component(Class<?> record, int position, boolean other) {
        RecordComponent component = record.getRecordComponents()[position];
        List<Object> override = OVERRIDES.get(record.getSimpleName() + "." + component.getName());
        return override != null ? override.get(other ? 1 : 0) : of(component.getGenericType(), position, other);
    }

    /**
     * Returns the sample values of every component of a record.
     *
     * @param record the record type
     * @return the values, in component order
     */
    static Object[] components(Class<?> record) {
        Object[] values = new Object[record.getRecordComponents().length];
        for (int i = 0; i < values.length; i++) {
            values[i] = component(record, i, false);
        }
        return values;
    }

    /**
     * Builds a record from sample components.
     *
     * @param <T> the record type
     * @param record the record type
     * @param other false for the sample, true for one built from the other values
     * @return the record
     */
    static <T> T record(Class<T> record, boolean other) {
        Object[] values = new Object[record.getRecordComponents().length];
        for (int i = 0; i < values.length; i++) {
            values[i] = component(record, i, other);
        }
        return construct(record, values);
    }

    /**
     * Calls the canonical constructor of a record.
     *
     * @param <T> the record type
     * @param record the record type
     * @param values the components
     * @return the record
     * @throws RuntimeException the exception the constructor threw
     */
    static <T> T construct(Class<T> record, Object... values) {
        Class<?>[] types = java.util.Arrays.stream(record.getRecordComponents())
                .map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            Constructor<T> constructor = record.getDeclaredConstructor(types);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            throw rethrow(e);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Returns a fresh instance of a public type to call its instance methods on.
     *
     * @param type the type
     * @return an instance
     */
    static Object receiver(Class<?> type) {
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type.isRecord() || type == Dataset.class) {
            return of(type, 0, false);
        }
        if (type == InvalidValueException.class) {
            return new InvalidValueException("取值无效", "invalid value");
        }
        Class<?> enclosing = type.getEnclosingClass();
        if (enclosing != null) {
            // A nested builder: obtained from the public static factory of the enclosing type.
            for (Method factory : enclosing.getMethods()) {
                if (Modifier.isStatic(factory.getModifiers()) && factory.getReturnType() == type) {
                    return invoke(factory, null, arguments(factory.getGenericParameterTypes()));
                }
            }
        }
        throw new IllegalArgumentException("No receiver sample for " + type.getName());
    }

    /**
     * Returns sample arguments for parameters.
     *
     * @param types the generic parameter types
     * @return the arguments
     */
    static Object[] arguments(Type[] types) {
        Object[] values = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            values[i] = of(types[i], i, false);
        }
        return values;
    }

    /**
     * Invokes a method, rethrowing what it threw.
     *
     * @param method the method
     * @param target the receiver, or null for a static method
     * @param arguments the arguments
     * @return the result
     */
    static Object invoke(Method method, Object target, Object... arguments) {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw rethrow(e);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private static Method method(Class<?> type, String name, Class<?>... parameters) {
        try {
            return type.getMethod(name, parameters);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    private static RuntimeException rethrow(InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }
}
