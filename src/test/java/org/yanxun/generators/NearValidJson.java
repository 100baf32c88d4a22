package org.yanxun.generators;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.yanxun.Dataset;
import org.yanxun.json.DatasetWriter;
import org.yanxun.json.JsonLinesWriter;
import org.yanxun.json.ReadErrorCode;
import org.yanxun.json.SafeJson;
import tools.jackson.databind.node.ObjectNode;

/**
 * The written form of a valid dataset, as a whole document or as JSON Lines, with one mutation aimed
 * at one reader error, such as a person's name written as a number ({@code JSON_TYPE}).
 *
 * @param mutation the mutation applied
 * @param lines whether the text is JSON Lines rather than a dataset document
 * @param text the mutated text
 * @param pointer the JSON Pointer of the mutated node within its document or line; empty where the
 *     error is where the parse stops
 * @param line the 1-based line of the mutated record for JSON Lines, 0 for a document
 */
public record NearValidJson(Mutation mutation, boolean lines, String text, Optional<String> pointer, long line) {

    /**
     * Draws a valid dataset, writes it in one of the two forms and applies a mutation.
     *
     * @param seed the seed of the draw
     * @return the near-valid text
     */
    public static NearValidJson draw(long seed) {
        Random random = new Random(seed);
        Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
        Dataset dataset = new ValidDatasets(random).scenario(true, random.nextBoolean()).dataset();
        boolean lines = mutation.entity != null && random.nextBoolean();
        if (mutation.entity == null) {
            return mutation.whole(DatasetWriter.compact().writeToString(dataset), random);
        }
        String array = mutation.entity + "s";
        if (!lines) {
            ObjectNode root = (ObjectNode) SafeJson.mapper().readTree(DatasetWriter.compact().writeToString(dataset));
            int index = random.nextInt(root.get(array).size());
            String field = mutation.apply((ObjectNode) root.get(array).get(index), random);
            return new NearValidJson(mutation, false, SafeJson.mapper().writeValueAsString(root),
                    Optional.of("/" + array + "/" + index + field), 0);
        }
        List<String> written = new ArrayList<>(JsonLinesWriter.writeToString(dataset).lines().toList());
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            if (written.get(i).startsWith("{\"type\":\"" + mutation.entity + "\"")) {
                candidates.add(i);
            }
        }
        int at = candidates.get(random.nextInt(candidates.size()));
        ObjectNode record = (ObjectNode) SafeJson.mapper().readTree(written.get(at));
        String field = mutation.apply((ObjectNode) record.get(mutation.entity), random);
        written.set(at, SafeJson.mapper().writeValueAsString(record));
        return new NearValidJson(mutation, true, String.join("\n", written) + "\n",
                Optional.of("/" + mutation.entity + field), at + 1L);
    }

    @Override
    public String toString() {
        return mutation + " -> " + mutation.code + (lines ? " in JSON Lines at line " + line : " in a document")
                + pointer.map(p -> " at " + p).orElse("");
    }

    /** One change that breaks one check of the readers. */
    public enum Mutation {
        /** A person's name written as a number. */
        NUMBER_FOR_TEXT(ReadErrorCode.JSON_TYPE, "person") {
            @Override
            String apply(ObjectNode node, Random random) {
                node.put("name", random.nextInt(1000));
                return "/name";
            }
        },
        /** A person's synthetic flag written as text. */
        TEXT_FOR_BOOLEAN(ReadErrorCode.JSON_TYPE, "person") {
            @Override
            String apply(ObjectNode node, Random random) {
                node.put("synthetic", "yes");
                return "/synthetic";
            }
        },
        /** An institution's kind that is not one of the kinds. */
        UNKNOWN_ENUM_CODE(ReadErrorCode.JSON_ENUM, "institution") {
            @Override
            String apply(ObjectNode node, Random random) {
                node.put("kind", random.nextBoolean() ? "UNIVERSITY_OF_EVERYTHING" : "school");
                return "/kind";
            }
        },
        /** An institution without its required name. */
        MISSING_FIELD(ReadErrorCode.JSON_MISSING, "institution") {
            @Override
            String apply(ObjectNode node, Random random) {
                node.remove(random.nextBoolean() ? "name" : "region");
                return "";
            }
        },
        /** A person's required identifier written as null. */
        NULL_FOR_REQUIRED(ReadErrorCode.JSON_NULL, "person") {
            @Override
            String apply(ObjectNode node, Random random) {
                node.putNull("id");
                return "/id";
            }
        },
        /** A person with a property no schema defines, such as a class name. */
        UNKNOWN_PROPERTY(ReadErrorCode.JSON_UNKNOWN_PROPERTY, "person") {
            @Override
            String apply(ObjectNode node, Random random) {
                String name = random.nextBoolean() ? "@class" : "nickname";
                node.put(name, "java.lang.ProcessBuilder");
                return "/" + name;
            }
        },
        /** A person's birth date on a day that does not exist. */
        IMPOSSIBLE_DATE(ReadErrorCode.JSON_DATE, "person") {
            @Override
            String apply(ObjectNode node, Random random) {
                node.put("birthDate", "1990-02-3" + random.nextInt(2));
                return "/birthDate";
            }
        },
        /** An institution's region code that names no province. */
        MALFORMED_REGION(ReadErrorCode.JSON_FORMAT, "institution") {
            @Override
            String apply(ObjectNode node, Random random) {
                node.put("region", "99" + (1000 + random.nextInt(9000)));
                return "/region";
            }
        },
        /** The document repeats its first key. */
        DUPLICATE_KEY(ReadErrorCode.JSON_DUPLICATE_KEY, null) {
            @Override
            NearValidJson whole(String json, Random random) {
                return new NearValidJson(this, false, "{\"schemaVersion\":\"1.0\"," + json.substring(1), Optional.of(""), 0);
            }
        },
        /** A second value after the document. */
        TRAILING_VALUE(ReadErrorCode.JSON_TRAILING, null) {
            @Override
            NearValidJson whole(String json, Random random) {
                return new NearValidJson(this, false, json + (random.nextBoolean() ? " {}" : "\n[1]"),
                        Optional.empty(), 0);
            }
        },
        /** The document cut off after a comma. */
        TRUNCATED(ReadErrorCode.JSON_TRUNCATED, null) {
            @Override
            NearValidJson whole(String json, Random random) {
                int cut = json.indexOf(',', random.nextInt(json.length() - 1));
                return new NearValidJson(this, false, json.substring(0, (cut < 0 ? json.indexOf(',') : cut) + 1),
                        Optional.empty(), 0);
            }
        };

        private final ReadErrorCode code;
        private final String entity;

        Mutation(ReadErrorCode code, String entity) {
            this.code = code;
            this.entity = entity;
        }

        /**
         * Returns the reader error this mutation provokes.
         *
         * @return the code
         */
        public ReadErrorCode code() {
            return code;
        }

        /** Changes one entity node and returns the pointer of the change relative to it. */
        String apply(ObjectNode node, Random random) {
            throw new UnsupportedOperationException(name() + " changes the whole text");
        }

        /** Changes the whole text of a document. */
        NearValidJson whole(String json, Random random) {
            throw new UnsupportedOperationException(name() + " changes one entity");
        }
    }
}
