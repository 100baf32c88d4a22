package org.yanxun.json;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.yanxun.Alliance;
import org.yanxun.AllianceId;
import org.yanxun.Cluster;
import org.yanxun.ClusterId;
import org.yanxun.Exchange;
import org.yanxun.Institution;
import org.yanxun.JointSession;
import org.yanxun.Person;
import org.yanxun.ProjectCommunity;
import org.yanxun.SharedResource;
import org.yanxun.Studio;
import org.yanxun.StudioType;
import org.yanxun.internal.Checks;
import org.yanxun.internal.English;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads and writes the record of one JSON Lines line: {@code {"type":NAME, [parent,] NAME:ENTITY}}.
 *
 * <p>When {@code type} is the first property, as this library writes it, the line is parsed once;
 * otherwise a first pass over the top-level properties finds the type before the real parse.
 */
final class LineCodec {

    private static final byte[] TYPE_PREFIX = "{\"type\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TYPE_KEY = "{\"type\"".getBytes(StandardCharsets.US_ASCII);

    private final RecordType peeked;
    /** Where the studio type of a {@code studioType} line starts, once read. */
    private TokenStreamLocation studioTypeStart;

    private LineCodec(RecordType peeked) {
        this.peeked = peeked;
    }

    /**
     * Returns a codec for one line.
     *
     * @param factory the factory, for the first pass
     * @param bytes the line
     * @param length the length of the line
     * @return the codec
     */
    static LineCodec forLine(JsonFactory factory, byte[] bytes, int length) {
        return new LineCodec(startsWith(bytes, length, TYPE_KEY) ? null : peek(factory, bytes, length));
    }

    /**
     * Finds the record type of a line cheaply: from the bytes when {@code type} comes first as this
     * library writes it, otherwise by a pass over the top-level properties.
     *
     * @param factory the factory, for the pass
     * @param bytes the line
     * @param length the length of the line
     * @return the type, or null if the line names none that is known
     */
    static RecordType typeOf(JsonFactory factory, byte[] bytes, int length) {
        int start = TYPE_PREFIX.length;
        if (startsWith(bytes, length, TYPE_PREFIX)) {
            for (int i = start; i < length && i < start + 32; i++) {
                if (bytes[i] == '"') {
                    return RecordType.byName(new String(bytes, start, i - start, StandardCharsets.US_ASCII));
                }
                if (bytes[i] == '\\') {
                    break;
                }
            }
        }
        return peek(factory, bytes, length);
    }

    private static boolean startsWith(byte[] bytes, int length, byte[] prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static RecordType peek(JsonFactory factory, byte[] bytes, int length) {
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), bytes, 0, length)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            String name;
            while ((name = parser.nextName()) != null) {
                JsonToken token = parser.nextToken();
                if (name.equals("type")) {
                    return token == JsonToken.VALUE_STRING ? RecordType.byName(parser.getString()) : null;
                }
                parser.skipChildren();
            }
            return null;
        } catch (JacksonException e) {
            return null;
        }
    }

    /**
     * Reads the record of the line at the cursor's current token.
     *
     * @param cursor the cursor
     * @return the line, or null after reporting an error
     */
    JsonLine read(Cursor cursor) {
        if (cursor.token() != JsonToken.START_OBJECT) {
            cursor.mismatch("对象", "an object");
            return null;
        }
        TokenStreamLocation start = cursor.location();
        JsonParser parser = cursor.parser();
        RecordType type = peeked;
        boolean typeSeen = false;
        Object parent = null;
        Object entity = null;
        boolean parentSeen = false;
        boolean entitySeen = false;
        Set<String> others = null;
        String name;
        while ((name = parser.nextName()) != null) {
            JsonToken token = parser.nextToken();
            boolean again;
            if (name.equals("type")) {
                again = typeSeen;
            } else if (type != null && name.equals(type.parentKey())) {
                again = parentSeen;
            } else if (type != null && name.equals(type.recordName())) {
                again = entitySeen;
            } else {
                others = others == null ? new HashSet<>() : others;
                again = !others.add(name);
            }
            if (again) {
                cursor.duplicate(name);
                continue;
            }
            cursor.pushName(name);
            if (name.equals("type")) {
                typeSeen = true;
                type = readType(cursor, token);
            } else if (type != null && name.equals(type.parentKey())) {
                parentSeen = true;
                parent = readValue(cursor, token, type == RecordType.STUDIO ? ValueCodecs.CLUSTER_ID : ValueCodecs.ALLIANCE_ID);
            } else if (type != null && name.equals(type.recordName())) {
                entitySeen = true;
                if (type == RecordType.STUDIO_TYPE) {
                    // Only a studio type is checked after its line is read, against the types before it.
                    studioTypeStart = cursor.location();
                }
                entity = readValue(cursor, token, type.codec());
            } else if (type != null && !name.startsWith("x-")) {
                cursor.error(ReadErrorCode.JSON_UNKNOWN_PROPERTY, "未知属性" + Checks.quoteZh(name) + "（类型为 "
                        + type.recordName() + " 的记录）", "unknown property " + Checks.quote(name) + " in "
                        + English.indefinite(type.recordName()) + " record");
                cursor.skipValue();
            } else {
                cursor.skipValue();
            }
            cursor.pop();
        }
        if (!typeSeen) {
            missing(cursor, start, "type");
        }
        if (type == null) {
            return null;
        }
        if (type.parentKey() != null && !parentSeen) {
            missing(cursor, start, type.parentKey());
        }
        if (!entitySeen) {
            missing(cursor, start, type.recordName());
        }
        return cursor.errorCount() == 0 ? toLine(cursor.fileLine(), type, parent, entity) : null;
    }

    /**
     * Returns where the studio type of the {@code studioType} line read starts, to place an error found
     * after reading it.
     *
     * @return the location, or null if the line was not read or is of another type
     */
    TokenStreamLocation studioTypeStart() {
        return studioTypeStart;
    }

    private static Object readValue(Cursor cursor, JsonToken token, Codec<?> codec) {
        if (token == JsonToken.VALUE_NULL) {
            cursor.nullValue();
            return null;
        }
        return codec.read(cursor);
    }

    private static RecordType readType(Cursor cursor, JsonToken token) {
        String name = (String) readValue(cursor, token, Scalars.TEXT);
        if (name == null) {
            return null;
        }
        RecordType type = RecordType.byName(name);
        if (type == null) {
            cursor.error(ReadErrorCode.JSON_ENUM, "记录类型" + Checks.quoteZh(name) + "不是以下名称之一：" + RecordType.NAMES,
                    "record type " + Checks.quote(name) + " is not one of: " + RecordType.NAMES);
        }
        return type;
    }

    private static void missing(Cursor cursor, TokenStreamLocation start, String name) {
        cursor.error(ReadErrorCode.JSON_MISSING, "", start, "记录缺少必需属性" + Checks.quoteZh(name),
                "record is missing the required property " + Checks.quote(name));
    }

    private static JsonLine toLine(long line, RecordType type, Object parent, Object entity) {
        return switch (type) {
            case PERSON -> new JsonLine.PersonLine(line, (Person) entity);
            case INSTITUTION -> new JsonLine.InstitutionLine(line, (Institution) entity);
            case STUDIO_TYPE -> new JsonLine.StudioTypeLine(line, (StudioType) entity);
            case CLUSTER -> new JsonLine.ClusterLine(line, (Cluster) entity);
            case STUDIO -> new JsonLine.StudioLine(line, (ClusterId) parent, (Studio) entity);
            case ALLIANCE -> new JsonLine.AllianceLine(line, (Alliance) entity);
            case SESSION -> new JsonLine.SessionLine(line, (AllianceId) parent, (JointSession) entity);
            case EXCHANGE -> new JsonLine.ExchangeLine(line, (AllianceId) parent, (Exchange) entity);
            case RESOURCE -> new JsonLine.ResourceLine(line, (AllianceId) parent, (SharedResource) entity);
            case PROJECT -> new JsonLine.ProjectLine(line, (ProjectCommunity) entity);
        };
    }

    /**
     * Writes one record, without the line terminator.
     *
     * @param <T> the entity type
     * @param generator the generator
     * @param type the record type
     * @param parent the parent identifier, or null
     * @param codec the entity codec
     * @param entity the entity
     */
    static <T> void write(JsonGenerator generator, RecordType type, String parent, ObjectCodec<T> codec, T entity) {
        generator.writeStartObject();
        generator.writeName("type");
        generator.writeString(type.recordName());
        if (parent != null) {
            generator.writeName(type.parentKey());
            generator.writeString(parent);
        }
        generator.writeName(type.recordName());
        codec.write(generator, entity);
        generator.writeEndObject();
    }
}
