package org.yanxun.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yanxun.rules.catalogue.Mutations.QIYINGEN;
import static org.yanxun.rules.catalogue.Mutations.QIYINGEN_POLICY;
import static org.yanxun.rules.catalogue.Mutations.findings;
import static org.yanxun.rules.catalogue.Mutations.fires;
import static org.yanxun.rules.catalogue.Mutations.qiyingen;
import static org.yanxun.rules.catalogue.Mutations.resource;

import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.yanxun.InstitutionId;
import org.yanxun.ResourceKind;
import org.yanxun.SharedResource;
import org.yanxun.policy.Policy;
import org.yanxun.policy.Severity;

/** The rules of {@code ResourceRules}, on the six shared resources of 綦营恩. */
class ResourceRulesTest {

    private static final String NAME = Mutations.alliance().name();

    private static String title(int index) {
        return Mutations.alliance().resources().get(index).title();
    }

    private static SharedResource reviewedOn(SharedResource r, LocalDate date) {
        return new SharedResource(r.id(), r.title(), r.kind(), r.contributor(), r.createdOn(), date, r.shared());
    }

    private static SharedResource unshared(SharedResource r, LocalDate created) {
        return new SharedResource(r.id(), r.title(), r.kind(), r.contributor(), created, r.lastReviewedOn(), false);
    }

    // ----- RESOURCE_KIND

    @Test
    void resourceKind_policyWithoutTrainingPlans_fires() {
        var policy = Mutations.alliances(QIYINGEN_POLICY,
                p -> p.withResourceKinds(EnumSet.of(ResourceKind.LESSON_CASE, ResourceKind.RESEARCH_OUTCOME)));
        fires(qiyingen(QIYINGEN, policy), "RESOURCE_KIND", "/alliances/0/resources/1/kind")
                .is(Severity.WARNING, title(1))
                .zh("的类别“培训方案”不在政策认可的范围内（可接受：“优质课例”、“教研成果”）")
                .en("is of kind 'training plan', which the policy does not admit (it admits 'lesson case' and "
                        + "'research outcome')");
    }

    @Test
    void resourceKind_qiyingenExample_quiet() {
        assertThat(findings(qiyingen(QIYINGEN), "RESOURCE_KIND")).isEmpty();
    }

    // ----- RESOURCE_CONTRIBUTOR

    @Test
    void resourceContributor_contributorOutsideTheAlliance_fires() {
        var data = resource(QIYINGEN, 0, r -> new SharedResource(r.id(), r.title(), r.kind(),
                InstitutionId.of("nowhere-tts"), r.createdOn(), r.lastReviewedOn(), r.shared()));
        fires(qiyingen(data), "RESOURCE_CONTRIBUTOR", "/alliances/0/resources/0/contributor")
                .is(Severity.ERROR, title(0), "nowhere-tts", NAME)
                .zh("的贡献单位“nowhere-tts”不是联盟")
                .en("comes from 'nowhere-tts', not a member");
    }

    @Test
    void resourceContributor_qiyingenExample_quiet() {
        assertThat(findings(qiyingen(QIYINGEN), "RESOURCE_CONTRIBUTOR")).isEmpty();
    }

    // ----- RESOURCE_FRESHNESS

    @Test
    void resourceFreshness_notReviewedSinceCreation_fires() {
        var data = resource(QIYINGEN, 0, r -> reviewedOn(r, LocalDate.of(2023, 4, 1)));
        fires(qiyingen(data), "RESOURCE_FRESHNESS", "/alliances/0/resources/0/lastReviewedOn")
                .is(Severity.WARNING, title(0), "2023-04-01", "24")
                .says("资源“" + title(0) + "”最近一次审核于 2023-04-01，距今已超过 24 个月",
                        "resource '" + title(0) + "' was last reviewed on 2023-04-01, more than 24 months ago");
    }

    @Test
    void resourceFreshness_reviewedExactly24MonthsAgo_quiet() {
        var data = resource(QIYINGEN, 0, r -> reviewedOn(r, LocalDate.of(2023, 10, 8)));
        assertThat(findings(qiyingen(data), "RESOURCE_FRESHNESS")).isEmpty();
    }

    @Test
    void resourceFreshness_reviewed24MonthsAndADayAgo_fires() {
        var data = resource(QIYINGEN, 0, r -> reviewedOn(r, LocalDate.of(2023, 10, 7)));
        fires(qiyingen(data), "RESOURCE_FRESHNESS", "/alliances/0/resources/0/lastReviewedOn")
                .is(Severity.WARNING, title(0), "2023-10-07")
                .zh("已超过 24 个月")
                .en("more than 24 months ago");
    }

    /** The preset with resources reviewed every 30 months instead of 24. */
    private static final Policy FRESH_FOR_30_MONTHS = Mutations.alliances(QIYINGEN_POLICY, p -> p.withFreshnessMonths(30));

    @Test
    void resourceFreshness_reviewed30MonthsAndADayAgoUnderA30MonthPolicy_fires() {
        var data = resource(QIYINGEN, 0, r -> reviewedOn(r, LocalDate.of(2023, 4, 7)));
        fires(qiyingen(data, FRESH_FOR_30_MONTHS), "RESOURCE_FRESHNESS", "/alliances/0/resources/0/lastReviewedOn")
                .is(Severity.WARNING, title(0), "2023-04-07")
                .zh("已超过 30 个月")
                .en("more than 30 months ago");
    }

    @Test
    void resourceFreshness_reviewedExactly30MonthsAgoUnderA30MonthPolicy_quiet() {
        var data = resource(QIYINGEN, 0, r -> reviewedOn(r, LocalDate.of(2023, 4, 8)));
        assertThat(findings(qiyingen(data, FRESH_FOR_30_MONTHS), "RESOURCE_FRESHNESS")).isEmpty();
    }

    @Test
    void resourceFreshness_qiyingenExample_quiet() {
        assertThat(findings(qiyingen(QIYINGEN), "RESOURCE_FRESHNESS")).isEmpty();
    }

    // ----- RESOURCE_SHARING

    @Test
    void resourceSharing_unsharedSinceCreation_fires() {
        var data = resource(QIYINGEN, 0, r -> unshared(r, r.createdOn()));
        fires(qiyingen(data), "RESOURCE_SHARING", "/alliances/0/resources/0/shared")
                .is(Severity.INFO, title(0), "2023-04-01", "6");
    }

    @Test
    void resourceSharing_unsharedForExactlyTheGracePeriod_quiet() {
        var data = resource(QIYINGEN, 0, r -> unshared(r, LocalDate.of(2025, 4, 8)));
        assertThat(findings(qiyingen(data), "RESOURCE_SHARING")).isEmpty();
    }

    @Test
    void resourceSharing_unsharedForTheGracePeriodAndADay_fires() {
        var data = resource(QIYINGEN, 0, r -> unshared(r, LocalDate.of(2025, 4, 7)));
        fires(qiyingen(data), "RESOURCE_SHARING", "/alliances/0/resources/0/shared")
                .is(Severity.INFO, title(0), "2025-04-07")
                .zh("超过 6 个月仍未共享")
                .en("still not shared after 6 months");
    }

    /** The preset with a sharing grace period of 12 months instead of 6. */
    private static final Policy GRACE_OF_12_MONTHS = Mutations.alliances(QIYINGEN_POLICY, p -> p.withSharingGraceMonths(12));

    @Test
    void resourceSharing_unsharedFor12MonthsAndADayUnderA12MonthGrace_fires() {
        var data = resource(QIYINGEN, 0, r -> unshared(r, LocalDate.of(2024, 10, 7)));
        fires(qiyingen(data, GRACE_OF_12_MONTHS), "RESOURCE_SHARING", "/alliances/0/resources/0/shared")
                .is(Severity.INFO, title(0), "2024-10-07")
                .zh("超过 12 个月仍未共享")
                .en("still not shared after 12 months");
    }

    @Test
    void resourceSharing_unsharedForExactly12MonthsUnderA12MonthGrace_quiet() {
        var data = resource(QIYINGEN, 0, r -> unshared(r, LocalDate.of(2024, 10, 8)));
        assertThat(findings(qiyingen(data, GRACE_OF_12_MONTHS), "RESOURCE_SHARING")).isEmpty();
    }

    @Test
    void resourceSharing_qiyingenExample_quiet() {
        assertThat(findings(qiyingen(QIYINGEN), "RESOURCE_SHARING")).isEmpty();
    }
}
