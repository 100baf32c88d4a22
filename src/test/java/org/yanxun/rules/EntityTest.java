package org.yanxun.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yanxun.Alliance;
import org.yanxun.Cluster;
import org.yanxun.examples.ExampleCommunities;

class EntityTest {

    @Test
    void ofCluster_dropsTheStudios_whichArriveAsRecordsOfTheirOwn() {
        Cluster cluster = ExampleCommunities.liwan2026().clusters().get(0);
        Entity.OfCluster record = new Entity.OfCluster(cluster, Location.root().child("clusters", 0));
        assertThat(cluster.studios()).isNotEmpty();
        assertThat(record.cluster().studios()).isEmpty();
        assertThat(record.cluster().withStudios(cluster.studios())).isEqualTo(cluster);
    }

    @Test
    void ofAlliance_dropsSessionsExchangesAndResources() {
        Alliance alliance = ExampleCommunities.qiyingen().alliances().get(0);
        Entity.OfAlliance record = new Entity.OfAlliance(alliance, Location.root().child("alliances", 0));
        assertThat(alliance.sessions()).isNotEmpty();
        assertThat(record.alliance().sessions()).isEmpty();
        assertThat(record.alliance().exchanges()).isEmpty();
        assertThat(record.alliance().resources()).isEmpty();
    }
}
