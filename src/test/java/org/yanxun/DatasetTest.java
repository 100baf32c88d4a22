package org.yanxun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatasetTest {

    private static final LocalDate LAUNCH = LocalDate.of(2026, 1, 9);
    private static final InstitutionId SCHOOL = InstitutionId.of("huaqiao-primary");

    private static Person person(String id, String name) {
        return Person.builder(PersonId.of(id), name).synthetic(true).build();
    }

    private static Studio studio(String id) {
        return Studio.builder(StudioId.of(id), "工作室", StudioType.BACKBONE_WORKSHOP).hostInstitution(SCHOOL)
                .researchDirection("基于课堂的循环研究").cycle(Cycle.of(LAUNCH, 1)).build();
    }

    private static Cluster cluster(String id, Studio... studios) {
        return new Cluster(ClusterId.of(id), "集群", RegionCode.parse("440103"), InstitutionId.of("bureau"),
                InstitutionId.of("institute"), LAUNCH, Arrays.asList(studios), Optional.empty());
    }

    private static Dataset dataset() {
        return Dataset.of(List.of(person("p-1", "陈思雨"), person("p-2", "李晨欣")),
                List.of(Institution.of(SCHOOL, "华侨小学", InstitutionKind.SCHOOL, RegionCode.parse("440103"))),
                List.of(cluster("c-1", studio("s-1"), studio("s-2")), cluster("c-2", studio("s-3"))), List.of(),
                List.of());
    }

    @Test
    void empty_hasNoEntities() {
        assertThat(Dataset.empty().persons()).isEmpty();
    }

    @Test
    void studios_areClusterByClusterInOrder() {
        assertThat(dataset().studios()).extracting(Studio::id)
                .containsExactly(StudioId.of("s-1"), StudioId.of("s-2"), StudioId.of("s-3"));
    }

    @Test
    void person_knownId_isFound() {
        assertThat(dataset().person(PersonId.of("p-2")).map(Person::name)).contains("李晨欣");
    }

    @Test
    void person_unknownId_isEmpty() {
        assertThat(dataset().person(PersonId.of("p-9"))).isEmpty();
    }

    @Test
    void person_duplicateId_returnsTheFirst() {
        Dataset dataset = Dataset.empty().withPersons(List.of(person("p-1", "陈思雨"), person("p-1", "李晨欣")));
        assertThat(dataset.person(PersonId.of("p-1")).map(Person::name)).contains("陈思雨");
    }

    @Test
    void institution_knownId_isFound() {
        assertThat(dataset().institution(SCHOOL)).isPresent();
    }

    @Test
    void studio_inSecondCluster_isFound() {
        assertThat(dataset().studio(StudioId.of("s-3"))).contains(studio("s-3"));
    }

    @Test
    void cluster_knownId_isFound() {
        assertThat(dataset().cluster(ClusterId.of("c-2")).map(c -> c.studios().size())).contains(1);
    }

    @Test
    void alliance_knownId_isFound() {
        Alliance alliance = new Alliance(AllianceId.of("qiyingen"), "綦营恩研训联盟", Optional.empty(),
                List.of(AllianceMember.of(InstitutionId.of("qijiang-tts"), UnitRole.LEAD)), Optional.empty(), List.of(),
                List.of(), List.of());
        Dataset dataset = dataset().withAlliances(List.of(alliance));
        assertThat(dataset.alliance(AllianceId.of("qiyingen"))).containsSame(alliance);
    }

    @Test
    void alliance_unknownId_isEmpty() {
        assertThat(dataset().alliance(AllianceId.of("qiyingen"))).isEmpty();
    }

    @Test
    void of_callerChangesListAfterwards_datasetUnchanged() {
        List<Person> persons = new ArrayList<>(List.of(person("p-1", "陈思雨")));
        Dataset dataset = Dataset.of(persons, List.of(), List.of(), List.of(), List.of());
        persons.add(person("p-2", "李晨欣"));
        assertThat(dataset.persons()).hasSize(1);
    }

    @Test
    void persons_isUnmodifiable() {
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> dataset().persons().clear());
    }

    @Test
    void studios_isUnmodifiable() {
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> dataset().studios().clear());
    }

    @Test
    void of_listWithNull_throwsNpeNamingTheList() {
        List<Person> persons = Arrays.asList(person("p-1", "陈思雨"), null);
        assertThatExceptionOfType(NullPointerException.class)
                .isThrownBy(() -> Dataset.of(persons, List.of(), List.of(), List.of(), List.of()))
                .withMessage("persons must not contain null");
    }

    @Test
    void withClusters_reindexesStudios() {
        assertThat(dataset().withClusters(List.of()).studio(StudioId.of("s-1"))).isEmpty();
    }

    @Test
    void plus_appendsTheOtherEntities() {
        Dataset more = Dataset.empty().withPersons(List.of(person("p-3", "黄子浩")));
        assertThat(dataset().plus(more).persons()).extracting(Person::id)
                .containsExactly(PersonId.of("p-1"), PersonId.of("p-2"), PersonId.of("p-3"));
    }

    @Test
    void plus_empty_isEqual() {
        assertThat(dataset().plus(Dataset.empty())).isEqualTo(dataset());
    }

    @Test
    void equals_equalEntities_isTrueWithEqualHashCodes() {
        assertThat(dataset()).isEqualTo(dataset()).hasSameHashCodeAs(dataset());
    }

    @Test
    void equals_otherPersons_isFalse() {
        assertThat(dataset().withPersons(List.of())).isNotEqualTo(dataset());
    }

    @Test
    void equals_otherProjects_isFalse() {
        ProjectCommunity project = new ProjectCommunity(ProjectId.of("p"), "项目", DateRange.of(LAUNCH, LAUNCH),
                List.of(), List.of());
        assertThat(dataset().withProjects(List.of(project))).isNotEqualTo(dataset());
    }

    @Test
    void equals_otherAlliances_isFalse() {
        Alliance alliance = new Alliance(AllianceId.of("a"), "联盟", Optional.empty(), List.of(), Optional.empty(),
                List.of(), List.of(), List.of());
        assertThat(dataset().withAlliances(List.of(alliance))).isNotEqualTo(dataset());
    }

    @Test
    void equals_otherInstitutions_isFalse() {
        assertThat(dataset().withInstitutions(List.of())).isNotEqualTo(dataset());
    }

    @Test
    void toString_countsEachKind() {
        assertThat(dataset()).hasToString(
                "Dataset[persons=2, institutions=1, clusters=2, studios=3, alliances=0, projects=0]");
    }
}
