package org.yanxun.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a {@link NationalData} file holds and the findings its validation must report, per rule code;
 * written beside the data file as {@code NAME.manifest.json}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param studios the number of studios
 * @param rate the fault rate
 * @param seed the seed
 * @param asOf the date to validate as of
 * @param lines the number of lines
 * @param persons the number of distinct persons
 * @param memberships the number of memberships
 * @param expected the number of findings of each injected code; every other code has none
 */
public record NationalManifest(long studios, double rate, long seed, LocalDate asOf, long lines, long persons,
        long memberships, Map<String, Long> expected) {

    /**
     * Creates a manifest.
     *
     * @param studios the number of studios
     * @param rate the fault rate
     * @param seed the seed
     * @param asOf the date to validate as of, not null
     * @param lines the number of lines
     * @param persons the number of distinct persons
     * @param memberships the number of memberships
     * @param expected the findings per code, not null
     */
    public NationalManifest {
        expected = Map.copyOf(new TreeMap<>(expected));
    }

    /** Counts what a writer wrote; not thread-safe. */
    static final class Counter {
        long lines;
        long persons;
        long memberships;
    }

    /**
     * Returns where the manifest of a data file is.
     *
     * @param data the data file, not null
     * @return the path, {@code NAME.manifest.json} beside it
     */
    public static Path pathOf(Path data) {
        return data.resolveSibling(data.getFileName().toString().replaceFirst("\\.jsonl$", "") + ".manifest.json");
    }

    /**
     * Returns the expected findings in code order.
     *
     * @return the count per code
     */
    public Map<String, Long> expectedSorted() {
        return new TreeMap<>(expected);
    }

    void write(Path path) {
        String codes = expectedSorted().entrySet().stream().map(e -> "    \"" + e.getKey() + "\": " + e.getValue())
                .collect(Collectors.joining(",\n"));
        String json = "{\n  \"studios\": " + studios + ",\n  \"rate\": " + rate + ",\n  \"seed\": " + seed
                + ",\n  \"asOf\": \"" + asOf + "\",\n  \"policy\": \"" + NationalData.POLICY.id()
                + "\",\n  \"lines\": " + lines + ",\n  \"persons\": " + persons + ",\n  \"memberships\": " + memberships
                + ",\n  \"expected\": {\n" + codes + "\n  }\n}\n";
        try {
            Files.writeString(path, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a manifest.
     *
     * @param path the manifest file, not null
     * @return the manifest
     */
    public static NationalManifest read(Path path) {
        JsonNode node = JsonMapper.builder().build().readTree(path.toFile());
        Map<String, Long> expected = new TreeMap<>();
        node.get("expected").properties().forEach(e -> expected.put(e.getKey(), e.getValue().asLong()));
        return new NationalManifest(node.get("studios").asLong(), node.get("rate").asDouble(),
                node.get("seed").asLong(), LocalDate.parse(node.get("asOf").asString()), node.get("lines").asLong(),
                node.get("persons").asLong(), node.get("memberships").asLong(), expected);
    }
}
