package org.yanxun.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yanxun.rules.catalogue.Mutations.LIWAN;
import static org.yanxun.rules.catalogue.Mutations.LIWAN_POLICY;
import static org.yanxun.rules.catalogue.Mutations.SG;
import static org.yanxun.rules.catalogue.Mutations.fires;
import static org.yanxun.rules.catalogue.Mutations.liwan;
import static org.yanxun.rules.catalogue.Mutations.memberships;
import static org.yanxun.rules.catalogue.Mutations.studio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.yanxun.Membership;
import org.yanxun.PersonId;
import org.yanxun.StudioType;
import org.yanxun.Tier;
import org.yanxun.policy.Policy;

/** STUDIO_MEMBER_COUNT counts the persons with a running membership, however often each is listed. */
class StudioCountsProperties {

    private static final LocalDate LAUNCH = LocalDate.of(2026, 1, 9);
    /** A policy under which every count of members is too few, so that the finding always quotes it. */
    private static final Policy UNREACHABLE = Mutations.only(Mutations.studioType(LIWAN_POLICY,
            StudioType.SPECIAL_GRADE_STUDIO, t -> t.withMinMembers(1000).withMaxMembers(1000)), "STUDIO_MEMBER_COUNT");

    /**
     * Each listing is a number: half of it picks one of 40 persons, and odd numbers are memberships that
     * ended before the as-of date. Up to 80 listings cross the 64 memberships above which they are counted
     * in a set.
     */
    @Property(tries = 100)
    void memberCount_isTheNumberOfDistinctActiveMembers(
            @ForAll @Size(max = 80) List<@IntRange(min = 0, max = 79) Integer> listings) {
        Set<Integer> active = new HashSet<>();
        var data = studio(LIWAN, SG, s -> memberships(s, list -> {
            List<Membership> kept = new ArrayList<>(list.subList(0, 2));
            for (int listing : listings) {
                Membership m = Membership.of(PersonId.of("member-" + listing / 2), Tier.MEMBER, LAUNCH);
                kept.add(listing % 2 == 0 ? m : m.withLeftOn(LocalDate.of(2026, 2, 1)));
                if (listing % 2 == 0) {
                    active.add(listing / 2);
                }
            }
            return kept;
        }));
        assertThat(fires(liwan(data, UNREACHABLE), "STUDIO_MEMBER_COUNT", "/clusters/0/studios/3/memberships")
                .finding().messageEn()).contains(" has " + active.size() + " member");
    }
}
