package org.yanxun.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yanxun.Dataset;
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

        assertThat(declaredFirst).hasSize(DatasetRecords.count(BOTH)).containsExactlyInAnyOrderElementsOf(documentOrder);
        assertThat(declaredFirst.get(0)).isInstanceOf(Entity.OfInstitution.class);
        assertThat(documentOrder.get(0)).isInstanceOf(Entity.OfPerson.class);
        assertThat(declaredFirst.subList(BOTH.institutions().size() + BOTH.persons().size(), declaredFirst.size()))
                .isEqualTo(documentOrder.subList(BOTH.institutions().size() + BOTH.persons().size(),
                        documentOrder.size()));
    }

    @Test
    void forEach_unwantedTypes_notBuilt() {
        List<Entity> studios = new ArrayList<>();
        DatasetRecords.forEach(BOTH, type -> type == Entity.OfStudio.class, studios::add);

        assertThat(studios).hasSize(BOTH.studios().size()).allMatch(Entity.OfStudio.class::isInstance);
    }
}
