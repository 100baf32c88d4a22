package org.yanxun.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yanxun.Cluster;
import org.yanxun.Dataset;
import org.yanxun.Membership;
import org.yanxun.Studio;
import org.yanxun.Tier;
import org.yanxun.examples.ExampleCommunities;

/** The benchmark's floor reads every identifier the hand-written loop looks up, and the fields it compares. */
class ReadingFloorTest {

    @Test
    void run_scaledCluster_readsEveryDeclaredAndReferredIdentifier() {
        Dataset dataset = ScaledCommunities.liwan(300);
        long declared = dataset.persons().size() + dataset.institutions().size() + dataset.clusters().size()
                + dataset.studios().size();
        long referred = dataset.persons().stream().filter(p -> p.employer().isPresent()).count()
                + 2L * dataset.clusters().size()
                + dataset.studios().stream().mapToLong(s -> 1 + s.memberships().size() + 2L * s.mentoringPairs().size()
                        + s.certificates().stream().mapToLong(c -> c.holder().isPresent() ? 2 : 1).sum()).sum();

        assertThat(ReadingFloor.run(dataset, ExampleCommunities.LIWAN_AS_OF).identifiers())
                .isEqualTo(declared + referred);
    }

    @Test
    void run_membershipChangesTier_digestChanges() {
        Dataset dataset = ScaledCommunities.liwan(300);
        Cluster cluster = dataset.clusters().get(0);
        List<Studio> studios = new ArrayList<>(cluster.studios());
        Studio last = studios.get(studios.size() - 1);
        List<Membership> memberships = new ArrayList<>(last.memberships());
        Membership member = memberships.stream().filter(m -> m.tier() == Tier.MEMBER).findFirst().orElseThrow();
        memberships.set(memberships.indexOf(member),
                new Membership(member.person(), Tier.ASSISTANT, member.joinedOn(), member.leftOn()));
        Studio.Builder builder = last.toBuilder().clearMemberships();
        memberships.forEach(builder::membership);
        studios.set(studios.size() - 1, builder.build());
        Dataset changed = dataset.withClusters(List.of(cluster.withStudios(studios)));

        assertThat(ReadingFloor.run(changed, ExampleCommunities.LIWAN_AS_OF).digest())
                .isNotEqualTo(ReadingFloor.run(dataset, ExampleCommunities.LIWAN_AS_OF).digest());
    }
}
