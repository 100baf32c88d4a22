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

    @Test
    void of_keyThatIsNotAStudioTypeCode_throwsQuotingIt() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> ClusterPlan.of(Map.of("backbone workshop", 3)))
                .withMessage("Studio type code in studioCounts must be 1 to 40 upper-case letters, digits or _, "
                        + "starting with a letter, was 'backbone workshop'")
                .satisfies(e -> assertThat(e.zh()).isEqualTo(
                        "属性“studioCounts”中的工作室类型代码须为 1 至 40 个大写字母、数字或 _，以字母开头，实为“backbone workshop”"));
    }

    @Test
    void of_codeOfATypeAPolicyDeclares_isAccepted() {
        assertThat(ClusterPlan.of(Map.of("RURAL_TEACHER_STUDIO", 4)).total()).isEqualTo(4);
    }

    @Test
    void of_countsSummingPastIntMax_throwsQuotingTheSum() {
        Map<String, Integer> counts = Map.of("BACKBONE_WORKSHOP", Integer.MAX_VALUE, "PRINCIPAL_STUDIO", 1);

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> ClusterPlan.of(counts))
                .withMessage("Planned counts must sum to at most 2147483647, was 2147483648")
                .satisfies(e -> assertThat(e.zh()).isEqualTo("各类型计划数之和不能超过 2147483647，实为 2147483648"));
    }

    @Test
    void total_countsSummingToIntMax_isExact() {
        Map<String, Integer> counts = Map.of("BACKBONE_WORKSHOP", Integer.MAX_VALUE - 1, "PRINCIPAL_STUDIO", 1);

        assertThat(ClusterPlan.of(counts).total()).isEqualTo(Integer.MAX_VALUE);
    }
}
