package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yanxun.Dataset;
import org.yanxun.examples.ExampleCommunities;
import org.yanxun.generators.ModelArbitraries;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Mutations of valid documents that both the reader and the schema must reject, with the reader's code. */
class SchemaAgreementTest {

    private static final Dataset EXAMPLES = ExampleCommunities.liwan2026().plus(ExampleCommunities.qiyingen());

    static Stream<Arguments> mutations() {
        return Stream.of(
                mutation("missing person name", "/persons/0", o -> o.remove("name"), ReadErrorCode.JSON_MISSING),
                mutation("null studio level", "/clusters/0/studios/0", o -> o.putNull("level"), ReadErrorCode.JSON_NULL),
                mutation("string for cycle years", "/clusters/0/studios/0/cycle", o -> o.put("years", "2"),
                        ReadErrorCode.JSON_TYPE),
                mutation("fraction for cycle years", "/clusters/0/studios/0/cycle", o -> o.put("years", 1.5),
                        ReadErrorCode.JSON_TYPE),
                mutation("number for a name", "/institutions/0", o -> o.put("name", 5), ReadErrorCode.JSON_TYPE),
                mutation("boolean for a name", "/institutions/0", o -> o.put("name", true), ReadErrorCode.JSON_TYPE),
                mutation("string for synthetic", "/persons/0", o -> o.put("synthetic", "true"), ReadErrorCode.JSON_TYPE),
                mutation("bad level code", "/clusters/0/studios/0", o -> o.put("level", "GALACTIC"),
                        ReadErrorCode.JSON_ENUM),
                mutation("lower-case tier", "/clusters/0/studios/0/memberships/0", o -> o.put("tier", "host"),
                        ReadErrorCode.JSON_ENUM),
                mutation("30 February", "/clusters/0", o -> o.put("launchedOn", "2026-02-30"), ReadErrorCode.JSON_DATE),
                mutation("short date", "/clusters/0", o -> o.put("launchedOn", "2026-1-9"), ReadErrorCode.JSON_DATE),
                mutation("date time", "/clusters/0/studios/0/cycle", o -> o.put("start", "2026-01-09T00:00:00Z"),
                        ReadErrorCode.JSON_DATE),
                mutation("extra property", "/institutions/0", o -> o.put("colour", "red"),
                        ReadErrorCode.JSON_UNKNOWN_PROPERTY),
                mutation("extra root property", "", o -> o.put("version", 2), ReadErrorCode.JSON_UNKNOWN_PROPERTY),
                mutation("unknown province", "/institutions/0", o -> o.put("region", "990101"), ReadErrorCode.JSON_FORMAT),
                mutation("five-digit region", "/institutions/0", o -> o.put("region", "44010"), ReadErrorCode.JSON_FORMAT),
                mutation("prefecture 00 county 03", "/institutions/0", o -> o.put("region", "440003"),
                        ReadErrorCode.JSON_FORMAT),
                mutation("credit code with I", "/institutions/0", o -> o.put("creditCode", "91440101MA5CXXXXXI"),
                        ReadErrorCode.JSON_FORMAT),
                mutation("short credit code", "/institutions/0", o -> o.put("creditCode", "9144010"),
                        ReadErrorCode.JSON_FORMAT),
                mutation("identifier with space", "/persons/0", o -> o.put("id", "a b"), ReadErrorCode.JSON_FORMAT),
                mutation("blank name", "/persons/0", o -> o.put("name", "   "), ReadErrorCode.JSON_VALUE),
                mutation("seven-year cycle", "/clusters/0/studios/0/cycle", o -> o.put("years", 7),
                        ReadErrorCode.JSON_VALUE),
                mutation("repeated stage", "/clusters/0/studios/0", o -> o.putArray("stages").add("PRIMARY").add("PRIMARY"),
                        ReadErrorCode.JSON_VALUE),
                mutation("plaque with holder", "/clusters/0/studios/0", o -> o.putArray("certificates").addObject()
                        .put("kind", "PLAQUE").put("issuer", "x").put("issuedOn", "2026-01-09").put("holder", "p"),
                        ReadErrorCode.JSON_VALUE),
                mutation("wrong schema version", "", o -> o.put("schemaVersion", "2.0"), ReadErrorCode.JSON_VALUE),
                mutation("null array", "", o -> o.putNull("projects"), ReadErrorCode.JSON_NULL));
    }

    private static Arguments mutation(String name, String at, Consumer<ObjectNode> change, ReadErrorCode code) {
        return Arguments.of(name, at, change, code);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void mutatedExamples_bothReaderAndSchemaReject(String name, String at, Consumer<ObjectNode> change,
            ReadErrorCode code) {
        String json = mutate(DatasetWriter.compact().writeToString(withCreditCode(EXAMPLES)), at, change);

        ReadResult<Dataset> result = DatasetReader.create().read(json);

        assertThat(result.isSuccessful()).isFalse();
        assertThat(result.errors()).extracting(ReadError::code).contains(code);
        assertThat(BundledSchemas.validate("dataset", json)).as(name).isNotEmpty();
    }

    @Provide
    Arbitrary<Dataset> datasets() {
        return ModelArbitraries.datasets();
    }

    @Provide
    Arbitrary<Dataset> datasetsWithPersonsAndStudios() {
        // Filtered here, not assumed in the property, so that every try checks a dataset.
        return ModelArbitraries.datasets().filter(d -> !d.persons().isEmpty() && !d.studios().isEmpty());
    }

    @Property(tries = 50)
    void mutatedDatasets_missingOrExtraOrBadEnum_bothReject(@ForAll("datasetsWithPersonsAndStudios") Dataset dataset) {
        String json = DatasetWriter.compact().writeToString(dataset);
        String studio = "/clusters/" + firstClusterWithStudios(dataset) + "/studios/0";

        for (String mutated : new String[] {
            mutate(json, "/persons/0", o -> o.remove("id")),
            mutate(json, "/persons/0", o -> o.put("unknown", 1)),
            mutate(json, studio, o -> o.put("status", "PAUSED")),
            mutate(json, studio, o -> o.put("cycle", "2026-01-09")),
            mutate(json, studio + "/cycle", o -> o.put("start", "2026-13-01"))}) {
            assertThat(DatasetReader.create().read(mutated).isSuccessful()).as(mutated).isFalse();
            assertThat(BundledSchemas.validate("dataset", mutated)).as(mutated).isNotEmpty();
        }
    }

    @Test
    void extensionProperties_bothAccept() {
        String json = mutate(DatasetWriter.compact().writeToString(EXAMPLES), "/clusters/0/studios/0",
                o -> o.putObject("x-platform").put("url", "https://example.org"));
        String withRoot = mutate(json, "", o -> o.put("x-source", "test"));

        assertThat(DatasetReader.create().read(withRoot).orElseThrow()).isEqualTo(EXAMPLES);
        assertThat(BundledSchemas.validate("dataset", withRoot)).isEmpty();
    }

    @Test
    void nameOfCharactersOutsideTheBasicPlane_countedAlike() {
        String json = DatasetWriter.compact().writeToString(EXAMPLES);
        String longest = mutate(json, "/persons/0", o -> o.put("name", "𠀀".repeat(100)));
        String tooLong = mutate(json, "/persons/0", o -> o.put("name", "𠀀".repeat(101)));

        assertThat(BundledSchemas.validate("dataset", longest)).isEmpty();
        assertThat(DatasetReader.create().read(longest).isSuccessful()).isTrue();
        assertThat(BundledSchemas.validate("dataset", tooLong)).isNotEmpty();
        assertThat(DatasetReader.create().read(tooLong).errors()).singleElement()
                .satisfies(e -> assertThat(e.en()).endsWith("name must be at most 100 characters, was 101"));
    }

    @Test
    void record_typeNamingAJavaClass_bothReject() {
        String line = "{\"type\":\"java.util.HashMap\",\"java.util.HashMap\":{}}";

        assertThat(BundledSchemas.validate("record", line)).isNotEmpty();
        assertThat(JsonLinesReader.create().readDataset(line).errors()).extracting(ReadError::code)
                .containsExactly(ReadErrorCode.JSON_ENUM);
    }

    private static int firstClusterWithStudios(Dataset dataset) {
        for (int i = 0; i < dataset.clusters().size(); i++) {
            if (!dataset.clusters().get(i).studios().isEmpty()) {
                return i;
            }
        }
        throw new IllegalStateException("no studios");
    }

    private static Dataset withCreditCode(Dataset dataset) {
        var first = dataset.institutions().get(0);
        var changed = new org.yanxun.Institution(first.id(), first.name(), first.kind(), first.region(),
                java.util.Optional.of(org.yanxun.CreditCode.parse("91440101" + "MA5CXXXXX"
                        + org.yanxun.CreditCode.checkCharacter("91440101MA5CXXXXX"))));
        var institutions = new java.util.ArrayList<>(dataset.institutions());
        institutions.set(0, changed);
        return dataset.withInstitutions(institutions);
    }

    static String mutate(String json, String at, Consumer<ObjectNode> change) {
        JsonNode root = SafeJson.mapper().readTree(json);
        change.accept((ObjectNode) (at.isEmpty() ? root : root.at(at)));
        return SafeJson.mapper().writeValueAsString(root);
    }
}
