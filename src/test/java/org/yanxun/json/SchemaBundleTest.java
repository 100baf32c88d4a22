package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yanxun.Labelled;
import tools.jackson.databind.JsonNode;

class SchemaBundleTest {

    private static final Path DOCS = Path.of("docs", "schemas");
    private static final String RESOURCES = "/org/yanxun/json/schema/";
    private static final List<String> NAMES = List.of("types", "person", "institution", "studioType", "studio",
            "cluster", "session", "exchange", "resource", "alliance", "project", "dataset", "record", "policy", "report");

    @Test
    void docsCopy_isIdenticalToTheBundledSchemas() throws IOException {
        List<String> docs;
        try (Stream<Path> files = Files.list(DOCS)) {
            docs = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(docs).containsExactlyInAnyOrderElementsOf(NAMES.stream().map(n -> n + ".schema.json").toList());
        for (String file : docs) {
            try (InputStream bundled = SchemaBundleTest.class.getResourceAsStream(RESOURCES + file)) {
                assertThat(bundled).as(file).isNotNull();
                assertThat(Files.readAllBytes(DOCS.resolve(file))).as(file).isEqualTo(bundled.readAllBytes());
            }
        }
    }

    @Test
    void jsonSchemas_namesEveryBundledSchemaAndGivesItsTextAndId() throws IOException {
        assertThat(JsonSchemas.names()).containsExactlyInAnyOrderElementsOf(NAMES);
        for (String name : JsonSchemas.names()) {
            assertThat(JsonSchemas.text(name)).as(name)
                    .isEqualTo(Files.readString(DOCS.resolve(name + ".schema.json")));
            assertThat(BundledSchemas.schema(name).getSchemaNode().get("$id").asString()).as(name)
                    .isEqualTo(JsonSchemas.id(name));
        }
    }

    @Test
    void jsonSchemas_unknownName_isRefusedNamingTheSchemas() {
        assertThatThrownBy(() -> JsonSchemas.text("studio.schema.json")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no schema is named 'studio.schema.json': use one of " + String.join(", ", JsonSchemas.names()));
        assertThatThrownBy(() -> JsonSchemas.id("../report")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonSchemas.text(null)).isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"types", "person", "institution", "studioType", "studio", "cluster", "session",
        "exchange", "resource", "alliance", "project", "dataset", "record"})
    void everySchema_hasAStableVersionedIdAndLoads(String name) {
        Schema schema = BundledSchemas.schema(name);

        assertThat(schema.getSchemaNode().get("$id").asString())
                .isEqualTo("https://yanxun.org/schemas/1.0/" + name + ".schema.json");
        assertThat(schema.getSchemaNode().get("$schema").asString())
                .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    /**
     * No resource loader handles the remote address, so it is reported as not found (a fetch
     * attempt would fail with an unknown host instead).
     */
    @Test
    void refToAnUnknownRemoteSchema_failsWithoutFetchingIt() {
        String schema = """
                {"$schema": "https://json-schema.org/draft/2020-12/schema",
                 "$id": "https://yanxun.org/schemas/1.0/test-remote.schema.json",
                 "$ref": "https://schemas.example.invalid/remote.schema.json"}""";
        long start = System.nanoTime();

        assertThatThrownBy(() -> BundledSchemas.registry().getSchema(schema, InputFormat.JSON)
                .validate("{}", InputFormat.JSON)).isInstanceOf(RuntimeException.class)
                .rootCause().isInstanceOf(java.io.FileNotFoundException.class)
                .hasMessageContaining("schemas.example.invalid");
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
    }

    @Test
    void refToAMissingBundledSchema_fails() {
        assertThatThrownBy(() -> BundledSchemas.schema("missing").validate("{}", InputFormat.JSON))
                .isInstanceOf(RuntimeException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tier", "Level", "Stage", "Post", "Title", "HonourKind", "Grade", "EvaluationKind",
        "HostDuty", "CertificateKind", "InstitutionKind", "StudioForm", "StudioStatus", "UnitRole", "SessionRole",
        "SessionKind", "SessionMode", "ParticipantLayer", "ExchangeKind", "ResourceKind"})
    void enumerationCodes_matchTheModel(String type) throws ClassNotFoundException {
        Class<?> enumeration = Class.forName("org.yanxun." + type);
        String def = Character.toLowerCase(type.charAt(0)) + type.substring(1);
        JsonNode codes = BundledSchemas.schema("types").getSchemaNode().get("$defs").get(def).get("enum");
        List<String> schemaCodes = new ArrayList<>();
        codes.forEach(code -> schemaCodes.add(code.asString()));

        assertThat(schemaCodes).containsExactlyElementsOf(Arrays.stream(enumeration.getEnumConstants())
                .map(c -> ((Labelled) c).code()).toList());
    }
}
