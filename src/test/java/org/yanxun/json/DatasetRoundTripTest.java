package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.yanxun.Dataset;
import org.yanxun.examples.ExampleCommunities;
import org.yanxun.generators.ModelArbitraries;

class DatasetRoundTripTest {

    @Provide
    Arbitrary<Dataset> datasets() {
        return ModelArbitraries.datasets();
    }

    @Property(tries = 100)
    void readWrite_anyDataset_readsBackEqual(@ForAll("datasets") Dataset dataset) {
        String json = DatasetWriter.compact().writeToString(dataset);

        assertThat(DatasetReader.create().read(json).orElseThrow()).isEqualTo(dataset);
    }

    @Property(tries = 100)
    void write_anyDataset_isAcceptedByTheDatasetSchema(@ForAll("datasets") Dataset dataset) {
        String json = DatasetWriter.pretty().writeToString(dataset);

        assertThat(BundledSchemas.validate("dataset", json)).isEmpty();
    }

    @Property(tries = 50)
    void write_sameDataset_sameBytes(@ForAll("datasets") Dataset dataset) {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        DatasetWriter.compact().write(dataset, first);
        DatasetWriter.compact().write(Dataset.empty().plus(dataset), second);

        assertThat(first.toByteArray()).isEqualTo(second.toByteArray());
    }

    @Property(tries = 100)
    void jsonLines_anyDataset_readsBackEqualAndEveryLineMatchesTheRecordSchema(@ForAll("datasets") Dataset dataset) {
        String lines = JsonLinesWriter.writeToString(dataset);

        assertThat(JsonLinesReader.create().readDataset(lines).orElseThrow()).isEqualTo(dataset);
        lines.lines().forEach(line -> assertThat(BundledSchemas.validate("record", line)).as(line).isEmpty());
    }

    @Test
    void readWrite_exampleCommunities_roundTripAndMatchTheSchema() {
        Dataset examples = ExampleCommunities.liwan2026().plus(ExampleCommunities.qiyingen());
        String json = DatasetWriter.compact().writeToString(examples);

        assertThat(DatasetReader.create().read(json).orElseThrow()).isEqualTo(examples);
        assertThat(BundledSchemas.validate("dataset", json)).isEmpty();
    }

    @Test
    void read_studioTypesAfterClusters_resolvesCustomTypes() {
        Dataset dataset = new org.yanxun.generators.RandomEntities(new java.util.Random(7)).dataset();
        String json = DatasetWriter.compact().writeToString(dataset);
        int types = json.indexOf(",\"studioTypes\":");
        int persons = json.indexOf(",\"persons\":");
        String moved = json.substring(0, types) + json.substring(persons, json.length() - 1)
                + json.substring(types, persons) + "}";

        assertThat(DatasetReader.create().read(moved).orElseThrow()).isEqualTo(dataset);
    }

    @Test
    void write_pretty_usesNewlinesAndTwoSpaces() {
        String json = DatasetWriter.pretty().writeToString(Dataset.empty());

        assertThat(json).startsWith("{\n  \"schemaVersion\" : \"1.0\",\n").doesNotContain("\r");
    }

    @Test
    void write_toStream_isUtf8() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetWriter.compact().write(ExampleCommunities.qiyingen(), out);

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("綦江区教师进修学校");
    }

    @Test
    void readLines_streaming_handsEveryLineInOrder() {
        Dataset dataset = ExampleCommunities.qiyingen();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonLinesWriter.write(dataset, out);
        List<Long> lines = new ArrayList<>();

        long count = JsonLinesReader.create().read(new java.io.ByteArrayInputStream(out.toByteArray()),
                line -> lines.add(line.line()));

        assertThat(lines).hasSize((int) count).isSorted();
    }
}
