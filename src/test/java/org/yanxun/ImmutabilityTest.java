package org.yanxun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.yanxun.examples.ExampleCommunities;
import org.yanxun.generators.RandomEntities;
import org.yanxun.generators.RandomPolicies;
import org.yanxun.policy.HostCriterion;
import org.yanxun.policy.Policy;
import org.yanxun.policy.Presets;
import org.yanxun.rules.Dimensions;
import org.yanxun.rules.KeyPartition;
import org.yanxun.rules.Entity;
import org.yanxun.rules.Finding;
import org.yanxun.rules.Report;
import org.yanxun.rules.RuleContext;
import org.yanxun.rules.RuleEngine;
import org.yanxun.rules.RuleRun;

/**
 * Every public value type of the model, policy and rules packages is deeply immutable: its fields
 * are final and of immutable types, the collections it holds are unmodifiable, and a collection a
 * caller passes in is copied, so changing it after construction changes nothing.
 *
 * <p>The types are found by scanning the compiled classes; instances are harvested by walking the
 * object graphs of the presets, the examples, a generated dataset and their reports.
 */
class ImmutabilityTest {

    private static final List<String> PACKAGES = List.of("org.yanxun", "org.yanxun.policy", "org.yanxun.rules");
    /** Mutable by design: builders and the accumulator of a streaming run. */
    private static final Set<Class<?>> MUTABLE_BY_DESIGN = Set.of(Person.Builder.class, Studio.Builder.class,
            RuleEngine.Builder.class, RuleRun.class);
    private static final Set<Class<?>> IMMUTABLE_JDK = Set.of(String.class, LocalDate.class, Optional.class,
            OptionalInt.class, OptionalLong.class, Integer.class, Long.class, Boolean.class);
    private static final Set<Class<?>> COLLECTIONS = Set.of(List.class, Set.class, Map.class, SortedMap.class,
            SortedSet.class, Collection.class);

    private static final Dataset GENERATED = new RandomEntities(new Random(11)).dataset();
    private static final Map<Class<?>, List<Object>> HARVEST = harvest();

    // ----- the types

    static List<Class<?>> valueTypes() {
        List<Class<?>> types = new ArrayList<>();
        for (String pkg : PACKAGES) {
            ModelTypes.publicTypesOf(pkg).stream()
                    .filter(type -> !type.isInterface() && !MUTABLE_BY_DESIGN.contains(type)
                            && !Throwable.class.isAssignableFrom(type))
                    .forEach(types::add);
        }
        types.sort(Comparator.comparing(Class::getName));
        return types;
    }

    @Test
    void scan_findsRecordsEnumsAndFinalClassesOfEveryPackage() {
        assertThat(valueTypes()).contains(Person.class, Dataset.class, Policy.class, Presets.class,
                HostCriterion.TitleAtLeast.class, Report.class, Dimensions.class, Finding.class,
                Entity.OfStudio.class, RuleEngine.class).doesNotContain(RuleRun.class, Person.Builder.class);
    }

    @TestFactory
    Stream<DynamicTest> everyValueType_isFinal() {
        return valueTypes().stream().map(type -> DynamicTest.dynamicTest(type.getName(), () ->
                assertThat(Modifier.isFinal(type.getModifiers()) || type.isEnum())
                        .as("%s is final", type).isTrue()));
    }

    @TestFactory
    Stream<DynamicTest> everyField_isFinal_andOfAnImmutableType() {
        return valueTypes().stream().map(type -> DynamicTest.dynamicTest(type.getName(), () -> {
            for (Field field : type.getDeclaredFields()) {
                if (field.isSynthetic()) {
                    continue;
                }
                assertThat(Modifier.isFinal(field.getModifiers())).as("%s is final", field).isTrue();
                if (!Modifier.isStatic(field.getModifiers())) {
                    assertThat(isImmutableType(field.getType())).as("%s has an immutable type", field).isTrue();
                }
            }
        }));
    }

    private static boolean isImmutableType(Class<?> type) {
        if (type.isPrimitive() || type.isEnum() || IMMUTABLE_JDK.contains(type) || COLLECTIONS.contains(type)) {
            return true;
        }
        if (type.getName().startsWith("org.yanxun.")) {
            if (type.isInterface()) {
                return type.isSealed() && Stream.of(type.getPermittedSubclasses())
                        .allMatch(ImmutabilityTest::isImmutableType) || type == Identifier.class;
            }
            return Modifier.isFinal(type.getModifiers()) && !MUTABLE_BY_DESIGN.contains(type);
        }
        return false;
    }

    // ----- the values

    @Test
    void harvest_holdsAnInstanceOfEveryRecordAndFinalClass() {
        List<Class<?>> missing = valueTypes().stream()
                .filter(type -> !type.isEnum() && hasInstanceFields(type) && !HARVEST.containsKey(type))
                .toList();

        assertThat(missing).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyCollectionHeld_isUnmodifiable() {
        List<DynamicTest> tests = new ArrayList<>();
        HARVEST.forEach((type, instances) -> {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || !isCollection(field.getType())) {
                    continue;
                }
                field.setAccessible(true);
                tests.add(DynamicTest.dynamicTest(type.getSimpleName() + "." + field.getName(), () -> {
                    for (Object instance : instances) {
                        Object value = field.get(instance);
                        assertThatExceptionOfType(UnsupportedOperationException.class)
                                .as("%s of %s", field, instance)
                                .isThrownBy(() -> tryToAdd(value));
                    }
                }));
            }
        });
        assertThat(tests).hasSizeGreaterThan(50);
        return tests.stream().sorted(Comparator.comparing(DynamicTest::getDisplayName));
    }

    @TestFactory
    Stream<DynamicTest> callerChangesCollectionArgumentAfterConstruction_recordUnchanged() {
        List<DynamicTest> tests = new ArrayList<>();
        HARVEST.forEach((type, instances) -> {
            if (!type.isRecord()) {
                return;
            }
            RecordComponent[] components = type.getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                if (!isCollection(components[i].getType())) {
                    continue;
                }
                int index = i;
                tests.add(DynamicTest.dynamicTest(type.getSimpleName() + "." + components[i].getName(), () -> {
                    Object sample = instances.stream()
                            .filter(instance -> !isEmpty(SampleValues.invoke(components[index].getAccessor(),
                                    instance)))
                            .findFirst()
                            .orElseThrow(() -> new AssertionError("no sample with a non-empty "
                                    + components[index].getName()));
                    Object[] values = new Object[components.length];
                    for (int c = 0; c < components.length; c++) {
                        values[c] = SampleValues.invoke(components[c].getAccessor(), sample);
                    }
                    Object expected = values[index];
                    Object mutable = mutableCopy(expected);
                    values[index] = mutable;
                    Object built = SampleValues.construct(type, values);
                    clear(mutable);
                    assertThat(SampleValues.invoke(components[index].getAccessor(), built)).isEqualTo(expected);
                }));
            }
        });
        assertThat(tests).hasSizeGreaterThan(40);
        return tests.stream().sorted(Comparator.comparing(DynamicTest::getDisplayName));
    }

    @Test
    void datasetOf_callerChangesEveryListAfterwards_datasetUnchanged() {
        List<Person> persons = new ArrayList<>(GENERATED.persons());
        List<Institution> institutions = new ArrayList<>(GENERATED.institutions());
        List<Cluster> clusters = new ArrayList<>(GENERATED.clusters());
        List<Alliance> alliances = new ArrayList<>(GENERATED.alliances());
        List<ProjectCommunity> projects = new ArrayList<>(GENERATED.projects());
        Dataset dataset = Dataset.of(persons, institutions, clusters, alliances, projects);
        Person first = persons.isEmpty() ? null : persons.get(0);

        List.of(persons, institutions, clusters, alliances, projects).forEach(List::clear);

        assertThat(dataset).isEqualTo(GENERATED);
        assertThat(dataset.studios()).isEqualTo(GENERATED.studios());
        if (first != null) {
            assertThat(dataset.person(first.id())).contains(first);
        }
    }

    @Test
    void reportOf_callerChangesTheFindingsAfterwards_reportUnchanged() {
        Report original = RuleEngine.of(Presets.guangzhouLiwan2026()).validate(GENERATED, LocalDate.of(2026, 3, 1));
        List<Finding> findings = new ArrayList<>(original.findings());
        Report report = Report.of(original.policyId(), original.asOf(), findings);

        findings.clear();

        assertThat(original.findings()).isNotEmpty();
        assertThat(report).isEqualTo(original);
        assertThat(report.findings()).isEqualTo(original.findings());
    }

    @Test
    void dimensionsOf_callerChangesTheCollectionsAfterwards_lookupsUnchanged() {
        Dataset qiyingen = ExampleCommunities.qiyingen();
        List<Institution> institutions = new ArrayList<>(qiyingen.institutions());
        List<Alliance> alliances = new ArrayList<>(qiyingen.alliances());
        Dimensions dimensions = Dimensions.of(institutions, alliances);

        institutions.clear();
        alliances.clear();

        assertThat(dimensions).isEqualTo(Dimensions.of(qiyingen));
        assertThat(dimensions.institution(qiyingen.institutions().get(0).id()))
                .contains(qiyingen.institutions().get(0));
        assertThat(dimensions.alliance(qiyingen.alliances().get(0).id()))
                .isEqualTo(Dimensions.of(qiyingen).alliance(qiyingen.alliances().get(0).id())).isPresent();
    }

    // ----- harvesting

    private static Map<Class<?>, List<Object>> harvest() {
        List<Object> roots = new ArrayList<>();
        roots.addAll(Presets.all());
        for (long seed = 0; seed < 5; seed++) {
            roots.add(new RandomPolicies(new Random(seed)).policy());
            roots.add(new RandomEntities(new Random(seed)).dataset());
        }
        Dataset examples = ExampleCommunities.liwan2026().plus(ExampleCommunities.qiyingen());
        for (Dataset dataset : List.of(examples, GENERATED)) {
            roots.add(dataset);
            roots.add(Dimensions.of(dataset));
            roots.addAll(Entity.allOf(dataset));
            for (Policy policy : Presets.all()) {
                RuleEngine engine = RuleEngine.of(policy);
                roots.add(engine);
                roots.add(engine.validate(dataset, LocalDate.of(2026, 3, 1)));
                roots.add(new RuleContext(policy, LocalDate.of(2026, 3, 1), Dimensions.of(dataset)));
            }
        }
        RuleEngine.builtInRules().forEach(rule -> roots.add(rule.info()));
        roots.add(new HostCriterion.HoldsPost(Post.RESEARCH_TRAINER));
        roots.addAll(KeyPartition.split(3));
        roots.addAll(Presets.guangzhouLiwan2026().withId("Not An Id").problems());
        Map<Class<?>, List<Object>> found = new LinkedHashMap<>();
        Set<Class<?>> wanted = new HashSet<>(valueTypes());
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        Deque<Object> queue = new ArrayDeque<>(roots);
        while (!queue.isEmpty()) {
            Object value = queue.pop();
            if (value == null || seen.put(value, Boolean.TRUE) != null) {
                continue;
            }
            if (value instanceof Collection<?> collection) {
                collection.forEach(queue::add);
            } else if (value instanceof Map<?, ?> map) {
                map.forEach((k, v) -> {
                    queue.add(k);
                    queue.add(v);
                });
            } else if (value instanceof Optional<?> optional) {
                optional.ifPresent(queue::add);
            } else if (wanted.contains(value.getClass()) && !value.getClass().isEnum()) {
                List<Object> instances = found.computeIfAbsent(value.getClass(), k -> new ArrayList<>());
                if (instances.size() < 5000) {
                    instances.add(value);
                }
                fields(value, queue::add);
            }
        }
        return found;
    }

    private static void fields(Object value, Consumer<Object> out) {
        for (Field field : value.getClass().getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
                continue;
            }
            field.setAccessible(true);
            try {
                Object held = field.get(value);
                if (held != null) {
                    out.accept(held);
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    // ----- helpers

    private static boolean hasInstanceFields(Class<?> type) {
        return Stream.of(type.getDeclaredFields()).anyMatch(f -> !Modifier.isStatic(f.getModifiers()));
    }

    private static boolean isCollection(Class<?> type) {
        return Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type);
    }

    private static boolean isEmpty(Object value) {
        return value instanceof Map<?, ?> map ? map.isEmpty() : ((Collection<?>) value).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static void tryToAdd(Object value) {
        if (value instanceof Map<?, ?> map) {
            ((Map<Object, Object>) map).put(null, null);
        } else {
            ((Collection<Object>) value).add(null);
        }
    }

    private static Object mutableCopy(Object value) {
        if (value instanceof SortedMap<?, ?> map) {
            return new TreeMap<>(map);
        }
        if (value instanceof Map<?, ?> map) {
            return new LinkedHashMap<>(map);
        }
        if (value instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        if (value instanceof SortedSet<?> set) {
            return new TreeSet<>(set);
        }
        if (value instanceof Set<?> set) {
            return new HashSet<>(set);
        }
        throw new IllegalArgumentException("Not a collection: " + value);
    }

    private static void clear(Object value) {
        if (value instanceof Map<?, ?> map) {
            map.clear();
        } else {
            ((Collection<?>) value).clear();
        }
    }
}
