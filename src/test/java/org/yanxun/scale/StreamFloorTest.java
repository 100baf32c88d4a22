package org.yanxun.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yanxun.scale.StreamFloor.Keeping;
import org.yanxun.scale.StreamFloor.Pass;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class StreamFloorTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private static Pass run(String text, Keeping keeping) throws IOException {
        try (InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))) {
            return StreamFloor.run(in, keeping);
        }
    }

    @Test
    void identifierPropertyNames_comeFromTheSchemas() {
        assertThat(StreamFloor.identifierPropertyNames()).containsExactlyInAnyOrder("id", "parent", "organiser",
                "undertaker", "from", "to", "participants", "employer", "cluster", "alliance", "contributor",
                "hostInstitution", "person", "mentor", "apprentice", "issuer", "holder", "institution", "speaker",
                "studio");
    }

    @ParameterizedTest
    @EnumSource(Keeping.class)
    void run_smallFile_countsLinesTokensIdentifiersAndDistinctKeys(Keeping keeping) throws IOException {
        String text = """
                {"type":"person","person":{"id":"p1","name":"甲","employer":"i1"}}
                {"type":"person","person":{"id":"p2","name":"乙","employer":"i1"}}
                {"type":"exchange","exchange":{"id":"e1","participants":["p1","p3"]}}""";

        Pass pass = run(text, keeping);

        // 13, 13 and 14 tokens; p1, i1, p2, i1, e1, p1, p3 are identifiers: p1, p2, p3, i1 and e1 distinct.
        assertThat(pass.lines()).isEqualTo(3);
        assertThat(pass.tokens()).isEqualTo(13 + 13 + 14);
        assertThat(pass.identifiers()).isEqualTo(7);
        assertThat(pass.keys()).isEqualTo(keeping == Keeping.NOTHING ? 0 : 5);
    }

    @Test
    void run_lineTheParserRefuses_isCountedAndThePassGoesOn() throws IOException {
        Pass pass = run("{\"person\":{\"id\":\"p1\"}\n{\"person\":\n{\"person\":{\"id\":\"p2\"}}\n", Keeping.ARENA);

        assertThat(pass.lines()).isEqualTo(3);
        assertThat(pass.refused()).isEqualTo(2);
        assertThat(pass.keys()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(value = Keeping.class, names = {"OBJECTS", "ARENA"})
    void run_identifiersWithOneHash_areDistinctKeys(Keeping keeping) throws IOException {
        // "Aa" and "BB" have one String hash, and so have all six of these words of four letters.
        String text = String.join("\n", "Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "AaAa").lines()
                .map(id -> "{\"person\":{\"id\":\"" + id + "\"}}")
                .collect(Collectors.joining("\n"));

        Pass pass = run(text, keeping);

        assertThat(pass.identifiers()).isEqualTo(7);
        assertThat(pass.keys()).isEqualTo(6);
    }

    @ParameterizedTest
    @EnumSource(value = Keeping.class, names = {"OBJECTS", "ARENA"})
    void run_manyKeysAndALineLongerThanTheBuffer_keepsEveryDistinctKeyOnce(Keeping keeping) throws IOException {
        String persons = IntStream.range(0, 100_000)
                .mapToObj(i -> "{\"person\":{\"id\":\"p" + i + "\"}}\n")
                .collect(Collectors.joining());
        String longLine = "{\"exchange\":{\"participants\":[" + IntStream.range(0, 300_000)
                .mapToObj(i -> "\"p" + i % 150_000 + "\"")
                .collect(Collectors.joining(",")) + "]}}\n";

        Pass pass = run(persons + longLine, keeping);

        assertThat(pass.lines()).isEqualTo(100_001);
        assertThat(pass.identifiers()).isEqualTo(400_000);
        assertThat(pass.keys()).isEqualTo(150_000);
    }

    @ParameterizedTest
    @EnumSource(value = Keeping.class, names = {"OBJECTS", "ARENA"})
    void run_nationalData_keepsTheIdentifiersATreeWalkFinds(Keeping keeping) throws IOException {
        Path file = dir.resolve("national.jsonl");
        NationalData.of(60, 0.001, 7).write(file);

        Pass pass = StreamFloor.run(file, keeping);

        List<String> expected = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (String line : lines) {
            collect(MAPPER.readTree(line), null, expected);
        }
        assertThat(pass.lines()).isEqualTo(lines.size());
        assertThat(pass.refused()).isZero();
        assertThat(pass.identifiers()).isEqualTo(expected.size());
        assertThat(pass.keys()).isEqualTo(new HashSet<>(expected).size()).isGreaterThan(400);
    }

    private static void collect(JsonNode node, String name, List<String> identifiers) {
        if (node.isString() && name != null && StreamFloor.identifierPropertyNames().contains(name)) {
            identifiers.add(node.asString());
        } else if (node.isArray()) {
            node.forEach(item -> collect(item, name, identifiers));
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                collect(property.getValue(), property.getKey(), identifiers);
            }
        }
    }
}
