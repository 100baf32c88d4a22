package org.yanxun.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yanxun.Cluster;
import org.yanxun.ClusterPlan;
import org.yanxun.Dataset;
import org.yanxun.Membership;
import org.yanxun.Person;
import org.yanxun.RegionCode;
import org.yanxun.Studio;
import org.yanxun.StudioForm;
import org.yanxun.Tier;

class LiwanCluster2026Test {

    private static Dataset liwan;
    private static Cluster cluster;

    @BeforeAll
    static void build() {
        liwan = ExampleCommunities.liwan2026();
        cluster = liwan.clusters().get(0);
    }

    @Test
    void clusters_isOne() {
        assertThat(liwan.clusters()).hasSize(1);
    }

    @Test
    void toString_isASummary() {
        assertThat(cluster.toString()).isEqualTo("Cluster[id=" + cluster.id() + ", studios=258]");
        assertThat(cluster.studios().get(0).toString()).startsWith("Studio[id=" + cluster.studios().get(0).id())
                .hasSizeLessThan(100);
        assertThat(ExampleCommunities.qiyingen().alliances().get(0).toString()).startsWith("Alliance[id=")
                .contains("sessions=5").hasSizeLessThan(100);
    }

    @Test
    void studios_are258() {
        assertThat(cluster.studios()).hasSize(258);
    }

    @Test
    void studios_countsPerTypeAreThePublishedOnes() {
        Map<String, Long> counts = cluster.studios().stream()
                .collect(Collectors.groupingBy(s -> s.type().code(), TreeMap::new, Collectors.counting()));
        assertThat(counts).isEqualTo(Map.of("SPECIAL_GRADE_STUDIO", 16L, "PRINCIPAL_STUDIO", 11L,
                "FAMOUS_TEACHER_STUDIO", 67L, "BACKBONE_WORKSHOP", 121L, "NEW_TEACHER_WORKSHOP", 43L));
    }

    @Test
    void plan_matchesTheStudios() {
        Map<String, Integer> counts = cluster.studios().stream()
                .collect(Collectors.groupingBy(s -> s.type().code(), Collectors.summingInt(s -> 1)));
        assertThat(cluster.plan().map(ClusterPlan::studioCounts)).contains(new TreeMap<>(counts));
    }

    @Test
    void plan_totalIs258() {
        assertThat(cluster.plan().map(ClusterPlan::total)).contains(258);
    }

    @Test
    void launchedOn_is9January2026() {
        assertThat(cluster.launchedOn()).isEqualTo(LocalDate.of(2026, 1, 9));
    }

    @Test
    void region_isLiwan() {
        assertThat(cluster.region()).isEqualTo(RegionCode.parse("440103"));
    }

    @Test
    void organiserAndUndertaker_resolve() {
        assertThat(liwan.institution(cluster.organiser()).isPresent()
                && liwan.institution(cluster.undertaker()).isPresent()).isTrue();
    }

    @Test
    void persons_areAllSynthetic() {
        assertThat(liwan.persons()).allMatch(Person::synthetic);
    }

    @Test
    void persons_areEightPerStudio() {
        assertThat(liwan.persons()).hasSize(258 * 8);
    }

    @Test
    void persons_haveDistinctIds() {
        assertThat(liwan.persons()).extracting(Person::id).doesNotHaveDuplicates();
    }

    @Test
    void membershipPersons_resolve() {
        assertThat(liwan.studios().stream().flatMap(s -> s.memberships().stream()).map(Membership::person))
                .allMatch(id -> liwan.person(id).isPresent());
    }

    @Test
    void hostInstitutions_resolve() {
        assertThat(liwan.studios()).allMatch(s -> liwan.institution(s.hostInstitution()).isPresent());
    }

    @Test
    void employers_resolve() {
        assertThat(liwan.persons()).allMatch(p -> p.employer().flatMap(liwan::institution).isPresent());
    }

    @Test
    void projectMembers_resolve() {
        assertThat(liwan.projects().get(0).members()).allMatch(m -> liwan.person(m.person()).isPresent()
                && liwan.institution(m.institution()).isPresent()
                && m.studio().flatMap(liwan::studio).isPresent());
    }

    @Test
    void studios_haveOneHostEach() {
        assertThat(liwan.studios()).allMatch(s -> s.membershipsOf(Tier.HOST).size() == 1);
    }

    @Test
    void studioCycles_areTwoYears() {
        assertThat(liwan.studios().stream().filter(s -> s.type().form() == StudioForm.STUDIO))
                .allMatch(s -> s.cycle().years() == 2);
    }

    @Test
    void workshopCycles_areOneYear() {
        assertThat(liwan.studios().stream().filter(s -> s.type().form() == StudioForm.WORKSHOP))
                .allMatch(s -> s.cycle().years() == 1);
    }

    @Test
    void cycles_startOnTheLaunchDate() {
        assertThat(liwan.studios()).extracting(s -> s.cycle().start()).containsOnly(LocalDate.of(2026, 1, 9));
    }

    @Test
    void studios_haveDistinctIds() {
        assertThat(liwan.studios()).extracting(Studio::id).doesNotHaveDuplicates();
    }

    @Test
    void liwan2026_twoCalls_areEqual() {
        assertThat(ExampleCommunities.liwan2026()).isEqualTo(liwan).hasSameHashCodeAs(liwan);
    }
}
