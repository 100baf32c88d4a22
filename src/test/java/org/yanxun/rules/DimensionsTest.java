package org.yanxun.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yanxun.Alliance;
import org.yanxun.AllianceId;
import org.yanxun.Dataset;
import org.yanxun.Institution;
import org.yanxun.InstitutionId;
import org.yanxun.examples.ExampleCommunities;
import org.yanxun.rules.catalogue.Mutations;

class DimensionsTest {

    private static final Alliance QIYINGEN = ExampleCommunities.qiyingen().alliances().get(0);

    private static Alliance kept(Alliance alliance) {
        return Dimensions.of(List.of(), List.of(alliance)).alliance(alliance.id()).orElseThrow();
    }

    @Test
    void of_nullCollection_throwsNamingIt() {
        assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> Dimensions.of(null, List.of()))
                .withMessage("institutions");
        assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> Dimensions.of(List.of(), null))
                .withMessage("alliances");
        assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> Dimensions.of((Dataset) null))
                .withMessage("dataset");
    }

    @Test
    void of_nullElement_throwsNamingTheCollection() {
        assertThatExceptionOfType(NullPointerException.class)
                .isThrownBy(() -> Dimensions.of(Arrays.asList((Institution) null), List.of()))
                .withMessage("institutions must not contain null");
        assertThatExceptionOfType(NullPointerException.class)
                .isThrownBy(() -> Dimensions.of(List.of(), Arrays.asList(QIYINGEN, null)))
                .withMessage("alliances must not contain null");
    }

    @Test
    void isMember_memberOfAHeldAlliance_true() {
        Dimensions dimensions = Dimensions.of(List.of(), List.of(QIYINGEN));
        QIYINGEN.members().forEach(member ->
                assertThat(dimensions.isMember(QIYINGEN.id(), member.institution())).isTrue());
    }

    @Test
    void isUmbrella_theParentAnAllianceNames_evenWhenNotHeld() {
        Dataset data = Mutations.withBareCommunity(ExampleCommunities.qiyingen(), true);
        Dimensions dimensions = Dimensions.of(data);
        AllianceId community = data.alliances().get(1).id();

        assertThat(dimensions.isUmbrella(community)).isTrue();
        assertThat(dimensions.isUmbrella(QIYINGEN.id())).isFalse();
        assertThat(Dimensions.of(List.of(), List.of(data.alliances().get(0))).isUmbrella(community)).isTrue();
        assertThat(Dimensions.of(Mutations.withBareCommunity(ExampleCommunities.qiyingen(), false))
                .isUmbrella(community)).isFalse();
        assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> dimensions.isUmbrella(null))
                .withMessage("alliance");
    }

    @Test
    void isMember_otherInstitutionOrAllianceNotHeld_false() {
        Dimensions dimensions = Dimensions.of(List.of(), List.of(QIYINGEN));
        InstitutionId member = QIYINGEN.members().get(0).institution();

        assertThat(dimensions.isMember(QIYINGEN.id(), InstitutionId.of("not-a-member"))).isFalse();
        assertThat(dimensions.isMember(AllianceId.of("not-held"), member)).isFalse();
        assertThat(Dimensions.empty().isMember(QIYINGEN.id(), member)).isFalse();
    }

    @Test
    void isMember_null_throwsNamingIt() {
        Dimensions dimensions = Dimensions.of(List.of(), List.of(QIYINGEN));
        assertThatExceptionOfType(NullPointerException.class)
                .isThrownBy(() -> dimensions.isMember(null, InstitutionId.of("x"))).withMessage("alliance");
        assertThatExceptionOfType(NullPointerException.class)
                .isThrownBy(() -> dimensions.isMember(QIYINGEN.id(), null)).withMessage("institution");
    }

    @Test
    void alliance_withSessionsOnly_keptWithoutThem() {
        Alliance alliance = Mutations.withResources(Mutations.withExchanges(QIYINGEN, List.of()), List.of());
        assertThat(alliance.sessions()).isNotEmpty();
        assertThat(kept(alliance).sessions()).isEmpty();
    }

    @Test
    void alliance_withExchangesOnly_keptWithoutThem() {
        Alliance alliance = Mutations.withResources(Mutations.withSessions(QIYINGEN, List.of()), List.of());
        assertThat(alliance.exchanges()).isNotEmpty();
        assertThat(kept(alliance).exchanges()).isEmpty();
    }

    @Test
    void alliance_withResourcesOnly_keptWithoutThem() {
        Alliance alliance = Mutations.withExchanges(Mutations.withSessions(QIYINGEN, List.of()), List.of());
        assertThat(alliance.resources()).isNotEmpty();
        assertThat(kept(alliance).resources()).isEmpty();
    }

    @Test
    void alliance_withoutChildren_keptAsItIs() {
        Alliance alliance = Mutations.withResources(
                Mutations.withExchanges(Mutations.withSessions(QIYINGEN, List.of()), List.of()), List.of());
        assertThat(kept(alliance)).isSameAs(alliance);
    }

    @Test
    void equals_otherInstitutions_notEqual() {
        Dimensions qiyingen = Dimensions.of(ExampleCommunities.qiyingen());
        assertThat(qiyingen).isNotEqualTo(Dimensions.empty()).isEqualTo(Dimensions.of(ExampleCommunities.qiyingen()));
        assertThat(Dimensions.empty()).isNotEqualTo(qiyingen);
    }

    private static Alliance named(String id, String parent) {
        return new Alliance(org.yanxun.AllianceId.of(id), id, java.util.Optional.ofNullable(parent)
                .map(org.yanxun.AllianceId::of), QIYINGEN.members(), java.util.Optional.empty(), List.of(), List.of(),
                List.of());
    }

    private static int steps(Dimensions dimensions, String from, String to) {
        return dimensions.parentSteps(org.yanxun.AllianceId.of(from), org.yanxun.AllianceId.of(to));
    }

    @Test
    void parentSteps_chainIntoALoop_countsStepsUpTheChainAndAroundTheLoop() {
        // t2 → t1 → a → b → c → a, and top alone; d → top
        Dimensions d = Dimensions.of(List.of(), List.of(named("t2", "t1"), named("t1", "a"), named("a", "b"),
                named("b", "c"), named("c", "a"), named("top", null), named("d", "top")));

        assertThat(steps(d, "t2", "t2")).isZero();
        assertThat(steps(d, "t2", "t1")).isEqualTo(1);
        assertThat(steps(d, "t2", "a")).isEqualTo(2);
        assertThat(steps(d, "t2", "c")).isEqualTo(4);
        assertThat(steps(d, "b", "a")).isEqualTo(2);
        assertThat(steps(d, "a", "c")).isEqualTo(2);
        assertThat(steps(d, "c", "b")).isEqualTo(2);
        assertThat(steps(d, "a", "t1")).isEqualTo(-1);
        assertThat(steps(d, "t1", "t2")).isEqualTo(-1);
        assertThat(steps(d, "d", "top")).isEqualTo(1);
        assertThat(steps(d, "top", "d")).isEqualTo(-1);
        assertThat(steps(d, "d", "a")).isEqualTo(-1);
        assertThat(steps(d, "nowhere", "a")).isEqualTo(-1);
        assertThat(steps(d, "nowhere", "nowhere")).isZero();
    }

    @Test
    void parentSteps_parentNotHeld_reachedAsTheChainsLastStep() {
        Dimensions d = Dimensions.of(List.of(), List.of(named("a", "b"), named("b", "gone")));

        assertThat(steps(d, "a", "gone")).isEqualTo(2);
        assertThat(steps(d, "b", "gone")).isEqualTo(1);
        assertThat(steps(d, "a", "elsewhere")).isEqualTo(-1);
    }

    @Test
    void parentSteps_chainOfAHundredThousand_resolvedWithoutRecursion() {
        int n = 100_000;
        List<Alliance> chain = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            chain.add(named("a" + i, i + 1 < n ? "a" + (i + 1) : null));
        }
        Dimensions d = Dimensions.of(List.of(), chain);

        assertThat(steps(d, "a0", "a" + (n - 1))).isEqualTo(n - 1);
        assertThat(steps(d, "a" + (n - 1), "a0")).isEqualTo(-1);
    }
}
