package org.yanxun.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.yanxun.Membership;
import org.yanxun.PersonId;
import org.yanxun.Studio;
import org.yanxun.Tier;
import org.yanxun.examples.ExampleCommunities;

class MembershipsTest {

    private static Membership of(String person) {
        return new Membership(PersonId.of(person), Tier.MEMBER, LocalDate.of(2026, 1, 1), Optional.empty());
    }

    @Test
    void eachPersonOnce_distinctPersons_true() {
        assertThat(Memberships.eachPersonOnce(Memberships.of(List.of(of("a"), of("b"), of("c")), "m"))).isTrue();
        assertThat(Memberships.eachPersonOnce(Memberships.of(List.of(), "m"))).isTrue();
    }

    @Test
    void eachPersonOnce_aPersonListedTwice_false() {
        assertThat(Memberships.eachPersonOnce(Memberships.of(List.of(of("a"), of("b"), of("a")), "m"))).isFalse();
    }

    @Test
    void eachPersonOnce_distinctPersonsWhoseHashesShareABit_true() {
        // "Aa" and "BB" have one hash code, so they fall on one bit of the mask and are compared.
        assertThat(PersonId.of("Aa").hashCode()).isEqualTo(PersonId.of("BB").hashCode());
        assertThat(Memberships.eachPersonOnce(Memberships.of(List.of(of("Aa"), of("BB")), "m"))).isTrue();
    }

    @Test
    void eachPersonOnce_moreThanTheMaskHolds_comparedInASet() {
        List<Membership> distinct = IntStream.range(0, 100).mapToObj(i -> of("p" + i)).toList();
        List<Membership> repeated = new ArrayList<>(distinct);
        repeated.add(of("p42"));
        assertThat(Memberships.eachPersonOnce(Memberships.of(distinct, "m"))).isTrue();
        assertThat(Memberships.eachPersonOnce(Memberships.of(repeated, "m"))).isFalse();
    }

    @Test
    void eachPersonOnce_anotherList_false() {
        assertThat(Memberships.eachPersonOnce(List.of(of("a")))).isFalse();
    }

    @Test
    void of_copiesAndIsUnmodifiable() {
        List<Membership> source = new ArrayList<>(List.of(of("a"), of("b")));
        List<Membership> copy = Memberships.of(source, "m");
        source.clear();

        assertThat(copy).containsExactly(of("a"), of("b")).isEqualTo(List.of(of("a"), of("b")));
        assertThat(copy.hashCode()).isEqualTo(List.of(of("a"), of("b")).hashCode());
        assertThatThrownBy(() -> copy.add(of("c"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> copy.set(0, of("c"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void of_nullElement_throwsNamingTheField() {
        assertThatNullPointerException().isThrownBy(() -> Memberships.of(Arrays.asList(of("a"), null), "memberships"))
                .withMessage("memberships must not contain null");
    }

    @Test
    void studio_holdsMembershipsThatKnowTheirPersons() {
        Studio studio = ExampleCommunities.liwan2026().studios().get(0);
        Studio twice = studio.toBuilder().membership(studio.memberships().get(0)).build();

        assertThat(Memberships.eachPersonOnce(studio.memberships())).isTrue();
        assertThat(Memberships.eachPersonOnce(twice.memberships())).isFalse();
    }
}
