package org.yanxun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Contracts every public type of the model keeps: null-hostility of constructors and methods, and
 * value equality of records. The types are found by scanning the compiled classes.
 */
class ModelContractTest {

    /**
     * Record components that cannot change alone without breaking an invariant; their effect on
     * equality is tested in the record's own test.
     */
    private static final Set<String> NOT_CHANGEABLE_ALONE = Set.of("Certificate.kind");

    @Test
    void scan_findsTypesOfEveryShape() {
        assertThat(ModelTypes.all()).contains(Person.class, Person.Builder.class, Cycle.class, Tier.class,
                Identifier.class, Labelled.class, Dataset.class);
    }

    @Test
    void scan_findsATypeForEverySourceFile() throws IOException {
        List<String> sources;
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/yanxun"))) {
            sources = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".java") && !name.equals("package-info.java"))
                    .map(name -> name.substring(0, name.length() - ".java".length()))
                    .toList();
        }
        assertThat(ModelTypes.all().stream().filter(c -> c.getEnclosingClass() == null).map(Class::getSimpleName))
                .containsExactlyInAnyOrderElementsOf(sources);
    }

    @TestFactory
    Stream<DynamicTest> everyPublicType_isCoveredBySamples() {
        return ModelTypes.all().stream().map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> {
            if (type.isInterface()) {
                assertThat(type.getDeclaredMethods()).allSatisfy(m -> assertThat(m.getParameterCount()).isZero());
            } else {
                assertThatNoException().isThrownBy(() -> SampleValues.receiver(type));
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> canonicalConstructor_nullComponent_throwsNpeNamingIt() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Class<?> record : ModelTypes.records()) {
            RecordComponent[] components = record.getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                if (components[i].getType().isPrimitive()) {
                    continue;
                }
                int index = i;
                String expected = Identifier.class.isAssignableFrom(record) ? record.getSimpleName()
                        : components[i].getName();
                tests.add(DynamicTest.dynamicTest(record.getSimpleName() + "(null " + components[i].getName() + ")",
                        () -> {
                            Object[] values = SampleValues.components(record);
                            values[index] = null;
                            assertThatExceptionOfType(NullPointerException.class)
                                    .isThrownBy(() -> SampleValues.construct(record, values))
                                    .withMessage(expected);
                        }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> equalComponents_equalWithEqualHashCodes() {
        return ModelTypes.records().stream().map(record -> DynamicTest.dynamicTest(record.getSimpleName(), () -> {
            Object first = SampleValues.construct(record, SampleValues.components(record));
            Object second = SampleValues.construct(record, SampleValues.components(record));
            assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
        }));
    }

    @TestFactory
    Stream<DynamicTest> oneComponentChanged_notEqual() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Class<?> record : ModelTypes.records()) {
            RecordComponent[] components = record.getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                String name = record.getSimpleName() + "." + components[i].getName();
                if (NOT_CHANGEABLE_ALONE.contains(name)) {
                    continue;
                }
                int index = i;
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    Object[] values = SampleValues.components(record);
                    Object original = SampleValues.construct(record, values);
                    values[index] = SampleValues.component(record, index, true);
                    assertThat(SampleValues.construct(record, values)).isNotEqualTo(original);
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> publicMethod_nullArgument_throwsNpeNamingIt() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Class<?> type : ModelTypes.all()) {
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic() || method.isBridge()
                        || isEquals(method)) {
                    continue;
                }
                Type[] parameters = method.getGenericParameterTypes();
                for (int i = 0; i < parameters.length; i++) {
                    if (method.getParameterTypes()[i].isPrimitive()) {
                        continue;
                    }
                    int index = i;
                    tests.add(DynamicTest.dynamicTest(
                            type.getSimpleName() + "." + method.getName() + "(null #" + i + ")", () -> {
                                Object target = Modifier.isStatic(method.getModifiers()) ? null
                                        : SampleValues.receiver(type);
                                Object[] arguments = SampleValues.arguments(parameters);
                                arguments[index] = null;
                                var thrown = assertThatExceptionOfType(NullPointerException.class)
                                        .isThrownBy(() -> SampleValues.invoke(method, target, arguments));
                                // Comparable asks compareTo(null) for the exception only.
                                if (!method.getName().equals("compareTo")) {
                                    thrown.satisfies(e -> assertThat(e.getMessage()).as("%s names the parameter",
                                            method).isNotNull().doesNotStartWith("Cannot "));
                                }
                            }));
                }
            }
        }
        return tests.stream();
    }

    private static boolean isEquals(Method method) {
        return method.getName().equals("equals") && method.getParameterCount() == 1
                && method.getParameterTypes()[0] == Object.class;
    }
}
