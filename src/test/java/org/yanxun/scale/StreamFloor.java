package org.yanxun.scale;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.yanxun.json.JsonSchemas;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The floor of the national-scale measurement: passes over a JSON Lines file that do what a streaming
 * validator built on a Jackson parser per line must do, and nothing else, so that their share of plain
 * Jackson's throughput bounds what such a validator can reach on the machine at hand.
 *
 * <p>Each pass cuts the file at {@code \n} and reads every token of each line with a parser of its own
 * (a line is a record apart: one bad line must not take the others with it, and every error needs its
 * line), reading string values as the baseline reads them; a line the parser refuses is counted and the
 * pass goes on. The passes differ in what they keep:
 * <ul>
 * <li>{@link Keeping#NOTHING}: nothing; the cost of keeping lines apart.</li>
 * <li>{@link Keeping#OBJECTS}: every identifier, declared or referred to, as a {@code String} in an
 * open-addressing table: the least a validator keeps that checks {@code ID_DUPLICATE} and
 * {@code REF_UNKNOWN} with a {@code String} per key, as the engine's keyed states do.</li>
 * <li>{@link Keeping#ARENA}: the same identifiers with their characters copied, without making a
 * {@code String}, into one array, and the table holding offsets: no object per key at all.</li>
 * </ul>
 * None of them checks anything or keeps any other state, so a validator of the catalogue that keeps its
 * identifiers as one of these passes keeps them does at least as much as that pass. Which properties hold
 * identifiers comes from the bundled JSON Schemas (those whose values, or whose arrays' items, are
 * {@code types.schema.json#/$defs/identifier}); identifiers of different kinds with the same text share
 * a key, which makes the floor lower still.
 */
final class StreamFloor {

    private static final String IDENTIFIER = "types.schema.json#/$defs/identifier";
    private static final JsonFactory FACTORY = new JsonFactory();

    /** What a pass keeps of the identifiers it reads. */
    enum Keeping {
        /** Nothing. */
        NOTHING,
        /** Each distinct identifier as a {@code String}. */
        OBJECTS,
        /** Each distinct identifier's characters in one array. */
        ARENA
    }

    /**
     * What a pass read.
     *
     * @param lines the lines read, blank ones included
     * @param refused the lines the parser refused, whose tokens up to the error are counted
     * @param tokens the tokens read
     * @param identifiers the identifier values read, declared or referred to
     * @param keys the distinct identifiers kept, 0 when the pass keeps nothing
     */
    record Pass(long lines, long refused, long tokens, long identifiers, long keys) {
    }

    private static final Set<String> IDENTIFIER_PROPERTIES = identifierProperties();

    private StreamFloor() {
    }

    /**
     * Reads a JSON Lines file once.
     *
     * @param file the file
     * @param keeping what the pass keeps
     * @return what it read
     */
    static Pass run(Path file, Keeping keeping) {
        try (InputStream in = Files.newInputStream(file)) {
            return run(in, keeping);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads JSON Lines from a stream once.
     *
     * @param in the stream, left open
     * @param keeping what the pass keeps
     * @return what it read
     * @throws IOException if the stream cannot be read
     */
    static Pass run(InputStream in, Keeping keeping) throws IOException {
        Tally tally = new Tally(switch (keeping) {
            case NOTHING -> null;
            case OBJECTS -> new ObjectKeys();
            case ARENA -> new ArenaKeys();
        });
        byte[] buffer = new byte[1 << 20];
        int held = 0;
        for (int read; (read = in.read(buffer, held, buffer.length - held)) >= 0; ) {
            held += read;
            int start = 0;
            for (int end; (end = indexOfNewline(buffer, start, held)) >= 0; start = end + 1) {
                tally.line(buffer, start, end - start);
            }
            System.arraycopy(buffer, start, buffer, 0, held - start);
            held -= start;
            if (held == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
        }
        if (held > 0) {
            tally.line(buffer, 0, held);
        }
        return tally.pass();
    }

    private static int indexOfNewline(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /**
     * The names of the properties whose values, or whose array's items, are identifiers.
     *
     * @return the names
     */
    static Set<String> identifierPropertyNames() {
        return IDENTIFIER_PROPERTIES;
    }

    private static Set<String> identifierProperties() {
        JsonMapper mapper = JsonMapper.builder().build();
        Set<String> names = new HashSet<>();
        for (String schema : JsonSchemas.names()) {
            collect(mapper.readTree(JsonSchemas.text(schema)), names);
        }
        return Set.copyOf(names);
    }

    private static void collect(JsonNode node, Set<String> names) {
        if (node.isObject()) {
            JsonNode properties = node.path("properties");
            for (Map.Entry<String, JsonNode> property : properties.properties()) {
                JsonNode value = property.getValue();
                if (IDENTIFIER.equals(value.path("$ref").asString(""))
                        || IDENTIFIER.equals(value.path("items").path("$ref").asString(""))) {
                    names.add(property.getKey());
                }
            }
        }
        for (JsonNode child : node) {
            collect(child, names);
        }
    }

    /** Reads lines and counts what it read. */
    private static final class Tally {
        private final Keys keys;
        private long lines;
        private long refused;
        private long tokens;
        private long identifiers;

        Tally(Keys keys) {
            this.keys = keys;
        }

        void line(byte[] bytes, int offset, int length) {
            lines++;
            try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), bytes, offset, length)) {
                for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                    tokens++;
                    if (token != JsonToken.VALUE_STRING) {
                        continue;
                    }
                    String name = nameOf(parser.streamReadContext());
                    if (name == null || !IDENTIFIER_PROPERTIES.contains(name)) {
                        parser.getString();
                    } else {
                        identifiers++;
                        if (keys == null) {
                            parser.getString();
                        } else {
                            keys.add(parser);
                        }
                    }
                }
            } catch (JacksonException e) {
                refused++;
            }
        }

        /** The name of the property whose value, or whose array's item, the parser is at. */
        private static String nameOf(TokenStreamContext context) {
            return context.inArray() ? context.getParent().currentName() : context.currentName();
        }

        Pass pass() {
            return new Pass(lines, refused, tokens, identifiers, keys == null ? 0 : keys.size);
        }
    }

    /** A set of identifiers, open addressing with linear probing, at most three quarters full. */
    private abstract static class Keys {
        int size;

        abstract void add(JsonParser parser);

        static int spread(int hash) {
            int mixed = hash * 0x9E37_79B9;
            return mixed ^ mixed >>> 16;
        }
    }

    private static final class ObjectKeys extends Keys {
        private String[] slots = new String[1 << 16];

        @Override
        void add(JsonParser parser) {
            String key = parser.getString();
            int mask = slots.length - 1;
            for (int slot = spread(key.hashCode()) & mask; ; slot = slot + 1 & mask) {
                if (slots[slot] == null) {
                    slots[slot] = key;
                    if (++size > slots.length / 4 * 3) {
                        grow();
                    }
                    return;
                }
                if (slots[slot].equals(key)) {
                    return;
                }
            }
        }

        private void grow() {
            String[] old = slots;
            slots = new String[old.length * 2];
            int mask = slots.length - 1;
            for (String key : old) {
                if (key != null) {
                    int slot = spread(key.hashCode()) & mask;
                    while (slots[slot] != null) {
                        slot = slot + 1 & mask;
                    }
                    slots[slot] = key;
                }
            }
        }
    }

    /** Keys as characters in one array; a slot holds an offset into it plus one, a hash and a length. */
    private static final class ArenaKeys extends Keys {
        private int[] slots = new int[1 << 16];
        private int[] hashes = new int[1 << 16];
        private int[] lengths = new int[1 << 16];
        private char[] arena = new char[1 << 16];
        private int used;

        @Override
        void add(JsonParser parser) {
            char[] chars = parser.getStringCharacters();
            int from = parser.getStringOffset();
            int length = parser.getStringLength();
            int hash = 0;
            for (int i = from; i < from + length; i++) {
                hash = 31 * hash + chars[i];
            }
            hash = spread(hash);
            int mask = slots.length - 1;
            for (int slot = hash & mask; ; slot = slot + 1 & mask) {
                int at = slots[slot] - 1;
                if (at < 0) {
                    if (used + length > arena.length) {
                        arena = Arrays.copyOf(arena, Math.max(arena.length * 2, used + length));
                    }
                    System.arraycopy(chars, from, arena, used, length);
                    slots[slot] = used + 1;
                    hashes[slot] = hash;
                    lengths[slot] = length;
                    used += length;
                    if (++size > slots.length / 4 * 3) {
                        grow();
                    }
                    return;
                }
                if (hashes[slot] == hash && lengths[slot] == length
                        && Arrays.equals(arena, at, at + length, chars, from, from + length)) {
                    return;
                }
            }
        }

        private void grow() {
            int[] oldSlots = slots;
            int[] oldHashes = hashes;
            int[] oldLengths = lengths;
            slots = new int[oldSlots.length * 2];
            hashes = new int[oldSlots.length * 2];
            lengths = new int[oldSlots.length * 2];
            int mask = slots.length - 1;
            for (int i = 0; i < oldSlots.length; i++) {
                if (oldSlots[i] != 0) {
                    int slot = oldHashes[i] & mask;
                    while (slots[slot] != 0) {
                        slot = slot + 1 & mask;
                    }
                    slots[slot] = oldSlots[i];
                    hashes[slot] = oldHashes[i];
                    lengths[slot] = oldLengths[i];
                }
            }
        }
    }
}
