package org.yanxun.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import org.yanxun.Alliance;
import org.yanxun.Cluster;
import org.yanxun.Dataset;
import org.yanxun.Identifier;
import org.yanxun.examples.ExampleCommunities;

class DatasetRecordsTest {

    private static final Dataset BOTH = ExampleCommunities.liwan2026()
            .withAlliances(ExampleCommunities.qiyingen().alliances())
            .withInstitutions(concat(ExampleCommunities.liwan2026().institutions(),
                    ExampleCommunities.qiyingen().institutions()));

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    @Test
    void forEachDeclaredFirst_everyRecordOnce_institutionsBeforePersons() {
        List<Entity> declaredFirst = new ArrayList<>();
        DatasetRecords.forEachDeclaredFirst(BOTH, type -> true, declaredFirst::add);
        List<Entity> documentOrder = Entity.allOf(BOTH);

        assertThat(declaredFirst).containsExactlyInAnyOrderElementsOf(documentOrder);
        assertThat(declaredFirst.get(0)).isInstanceOf(Entity.OfInstitution.class);
        assertThat(documentOrder.get(0)).isInstanceOf(Entity.OfPerson.class);
        assertThat(declaredFirst.subList(BOTH.institutions().size() + BOTH.persons().size(), declaredFirst.size()))
                .isEqualTo(documentOrder.subList(BOTH.institutions().size() + BOTH.persons().size(),
                        documentOrder.size()));
    }

    @Test
    void allOf_isUnmodifiable() {
        List<Entity> records = Entity.allOf(BOTH);

        assertThatThrownBy(() -> records.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void allOfACluster_theDatasetsRecordsOfItRootedAtTheCluster() {
        Cluster cluster = BOTH.clusters().get(0);
        List<Entity> own = Entity.allOf(cluster);
        List<Entity> inDataset = Entity.allOf(BOTH).stream()
                .filter(e -> e.location().pointer().startsWith("/clusters/0")).toList();

        assertThat(own).hasSize(inDataset.size()).hasSize(cluster.studios().size() + 1);
        assertThat(own).extracting(e -> e.location().pointer())
                .isEqualTo(inDataset.stream().map(e -> e.location().pointer().substring("/clusters/0".length()))
                        .toList());
        assertThat(own.get(1).location().pointer()).isEqualTo("/studios/0");
        assertThatThrownBy(() -> own.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void allOfAnAlliance_theDatasetsRecordsOfItRootedAtTheAlliance() {
        Alliance alliance = BOTH.alliances().stream().filter(a -> !a.exchanges().isEmpty()).findFirst().orElseThrow();
        String at = "/alliances/" + BOTH.alliances().indexOf(alliance);
        List<Entity> own = Entity.allOf(alliance);
        List<Entity> inDataset = Entity.allOf(BOTH).stream()
                .filter(e -> e.location().pointer().equals(at) || e.location().pointer().startsWith(at + "/")).toList();

        assertThat(own).extracting(e -> e.location().pointer())
                .isEqualTo(inDataset.stream().map(e -> e.location().pointer().substring(at.length())).toList())
                .contains("", "/exchanges/0");
    }

    @Test
    void counts_recordsByTheClassOfTheIdentifierTheyDeclare() throws ReflectiveOperationException {
        Map<Class<?>, Integer> declared = new HashMap<>();
        for (Entity entity : Entity.allOf(BOTH)) {
            Object record = entity.getClass().getRecordComponents()[0].getAccessor().invoke(entity);
            declared.merge(record.getClass().getMethod("id").invoke(record).getClass(), 1, Integer::sum);
        }
        ToIntFunction<Class<?>> counts = DatasetRecords.counts(BOTH);

        assertThat(declared).as("every kind of record").hasSize(Identifier.class.getPermittedSubclasses().length);
        for (Class<?> type : Identifier.class.getPermittedSubclasses()) {
            assertThat(counts.applyAsInt(type)).as(type.getSimpleName()).isEqualTo(declared.getOrDefault(type, 0));
        }
        assertThat(counts.applyAsInt(String.class)).isZero();
    }

    @Test
    void forEach_unwantedTypes_notBuilt() {
        List<Entity> studios = new ArrayList<>();
        DatasetRecords.forEach(BOTH, type -> type == Entity.OfStudio.class, studios::add);

        assertThat(studios).hasSize(BOTH.studios().size()).allMatch(Entity.OfStudio.class::isInstance);
    }
}
