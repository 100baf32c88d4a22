package org.yanxun.validation;

import java.util.List;
import org.yanxun.Dataset;
import org.yanxun.Membership;
import org.yanxun.Studio;
import org.yanxun.Tier;
import org.yanxun.examples.ExampleCommunities;

/** The example communities and the mutations the tests validate. */
final class Fixtures {

    static final Dataset LIWAN = ExampleCommunities.liwan2026();
    static final Dataset QIYINGEN = ExampleCommunities.qiyingen();
    /** The sixth studio of the Liwan cluster, a special-grade studio with a host, an assistant and six members. */
    static final int STUDIO = 5;

    private Fixtures() {
    }

    static Studio liwanStudio() {
        return LIWAN.clusters().get(0).studios().get(STUDIO);
    }

    /** The studio with only its last two members: too few members, and mentoring pairs whose apprentices left. */
    static Studio withTwoMembers(Studio studio) {
        Studio.Builder builder = studio.toBuilder().clearMemberships();
        List<Membership> members = studio.membershipsOf(Tier.MEMBER);
        studio.memberships().stream().filter(m -> m.tier() != Tier.MEMBER || members.indexOf(m) >= members.size() - 2)
                .forEach(builder::membership);
        return builder.build();
    }

    /** The studio renamed, to put text of the caller's choice into finding messages. */
    static Studio renamed(Studio s, String name) {
        return new Studio(s.id(), name, s.type(), s.level(), s.hostInstitution(), s.researchDirection(), s.stages(),
                s.subjects(), s.cycle(), s.status(), s.memberships(), s.evaluations(), s.activities(),
                s.mentoringPairs(), s.certificates());
    }

    /** The Liwan dataset with {@link #withTwoMembers} applied to the sixth studio. */
    static Dataset liwanWithTwoMembers() {
        var cluster = LIWAN.clusters().get(0);
        List<Studio> studios = new java.util.ArrayList<>(cluster.studios());
        studios.set(STUDIO, withTwoMembers(studios.get(STUDIO)));
        return LIWAN.withClusters(List.of(cluster.withStudios(studios)));
    }
}
