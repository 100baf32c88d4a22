package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.yanxun.Alliance;
import org.yanxun.Cluster;
import org.yanxun.Dataset;
import org.yanxun.StudioForm;
import org.yanxun.StudioType;
import org.yanxun.examples.ExampleCommunities;

/** The record methods of the writer chain: each returns the writer it was called on. */
class JsonLinesWriterTest {

    @Test
    void recordMethods_returnTheSameWriter_andWriteOneLineEach() {
        Dataset liwan = ExampleCommunities.liwan2026();
        Dataset qiyingen = ExampleCommunities.qiyingen();
        Cluster cluster = liwan.clusters().get(0);
        Alliance alliance = qiyingen.alliances().get(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        try (JsonLinesWriter writer = JsonLinesWriter.to(out)) {
            assertThat(writer.person(liwan.persons().get(0))).isSameAs(writer);
            assertThat(writer.institution(liwan.institutions().get(0))).isSameAs(writer);
            assertThat(writer.studioType(new StudioType("CUSTOM_A", StudioForm.STUDIO, 1, "甲", "a"))).isSameAs(writer);
            assertThat(writer.studio(cluster.id(), cluster.studios().get(0))).isSameAs(writer);
            assertThat(writer.session(alliance.id(), alliance.sessions().get(0))).isSameAs(writer);
            assertThat(writer.exchange(alliance.id(), alliance.exchanges().get(0))).isSameAs(writer);
            assertThat(writer.resource(alliance.id(), alliance.resources().get(0))).isSameAs(writer);
            assertThat(writer.project(liwan.projects().get(0))).isSameAs(writer);
        }

        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(8);
    }

    @Test
    void groupMethods_returnTheSameWriter() {
        Dataset liwan = ExampleCommunities.liwan2026();
        Dataset qiyingen = ExampleCommunities.qiyingen();

        try (JsonLinesWriter writer = JsonLinesWriter.to(new ByteArrayOutputStream())) {
            assertThat(writer.cluster(liwan.clusters().get(0))).isSameAs(writer);
            assertThat(writer.alliance(qiyingen.alliances().get(0))).isSameAs(writer);
            assertThat(writer.dataset(qiyingen)).isSameAs(writer);
        }
    }
}
