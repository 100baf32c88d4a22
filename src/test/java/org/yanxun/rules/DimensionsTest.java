package org.yanxun.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yanxun.Alliance;
import org.yanxun.Dataset;
import org.yanxun.Institution;
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
}
