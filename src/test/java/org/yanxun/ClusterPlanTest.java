package org.yanxun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterPlanTest {

    private static Map<String, Integer> liwanCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("SPECIAL_GRADE_STUDIO", 16);
        counts.put("PRINCIPAL_STUDIO", 11);
        counts.put("FAMOUS_TEACHER_STUDIO", 67);
        counts.put("BACKBONE_WORKSHOP", 121);
        counts.put("NEW_TEACHER_WORKSHOP", 43);
        return counts;
    }

    @Test
    void total_liwan_is258() {
        assertThat(ClusterPlan.of(liwanCounts()).total()).isEqualTo(258);
    }

    @Test
    void studioCounts_iterateInCodeOrder() {
        assertThat(ClusterPlan.of(liwanCounts()).studioCounts().keySet()).containsExactly("BACKBONE_WORKSHOP",
                "FAMOUS_TEACHER_STUDIO", "NEW_TEACHER_WORKSHOP", "PRINCIPAL_STUDIO", "SPECIAL_GRADE_STUDIO");
    }

    @Test
    void of_negativeCount_throwsQuotingIt() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> ClusterPlan.of(Map.of("BACKBONE_WORKSHOP", -1)))
                .withMessage("Planned count of BACKBONE_WORKSHOP must not be negative, was -1");
    }

    @Test
    void of_zeroCount_isAccepted() {
        assertThat(ClusterPlan.of(Map.of("BACKBONE_WORKSHOP", 0)).total()).isZero();
    }

    @Test
    void of_callerChangesMapAfterwards_planUnchanged() {
        Map<String, Integer> counts = liwanCounts();
        ClusterPlan plan = ClusterPlan.of(counts);
        counts.put("HEAD_TEACHER_STUDIO", 5);
        assertThat(plan.total()).isEqualTo(258);
    }

    @Test
    void of_nullCount_throwsNpeNamingTheMap() {
        Map<String, Integer> counts = new java.util.HashMap<>();
        counts.put("BACKBONE_WORKSHOP", null);
        assertThatExceptionOfType(NullPointerException.class)
                .isThrownBy(() -> ClusterPlan.of(counts))
                .withMessage("studioCounts must not contain a null value");
    }
}
