package org.yanxun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClusterTest {

    private static final LocalDate LAUNCH = LocalDate.of(2026, 1, 9);

    private static Cluster cluster(String name, List<Studio> studios) {
        return new Cluster(ClusterId.of("liwan-2026"), name, RegionCode.parse("440103"),
                InstitutionId.of("liwan-edu-bureau"), InstitutionId.of("liwan-research-institute"), LAUNCH, studios,
                Optional.empty());
    }

    private static Studio workshop(String id) {
        return Studio.builder(StudioId.of(id), "新教师培养工作坊", StudioType.NEW_TEACHER_WORKSHOP)
                .hostInstitution(InstitutionId.of("xiehe-kindergarten")).researchDirection("保教方法")
                .cycle(Cycle.of(LAUNCH, 1)).build();
    }

    @Test
    void new_blankName_throwsQuotingIt() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> cluster("", List.of()))
                .withMessage("name must not be blank, was ''");
    }

    @Test
    void withStudios_replacesTheStudios() {
        Cluster cluster = cluster("荔湾区集群研训共同体", List.of(workshop("nt-001")));
        assertThat(cluster.withStudios(List.of(workshop("nt-002"))).studios()).containsExactly(workshop("nt-002"));
    }

    @Test
    void withStudios_keepsTheOtherComponents() {
        Cluster cluster = cluster("荔湾区集群研训共同体", List.of(workshop("nt-001")));
        assertThat(cluster.withStudios(List.of()).withStudios(cluster.studios())).isEqualTo(cluster);
    }

    @Test
    void withStudios_leavesTheOriginalUnchanged() {
        Cluster cluster = cluster("荔湾区集群研训共同体", List.of(workshop("nt-001")));
        cluster.withStudios(List.of());
        assertThat(cluster.studios()).hasSize(1);
    }
}
