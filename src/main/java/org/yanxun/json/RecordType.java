package org.yanxun.json;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The {@code type} names of JSON Lines records: which entity a record holds, under which property,
 * and which parent it names. A name is never a Java class name.
 */
enum RecordType {

    PERSON("person", null, EntityCodecs.PERSON),
    INSTITUTION("institution", null, EntityCodecs.INSTITUTION),
    STUDIO_TYPE("studioType", null, EntityCodecs.STUDIO_TYPE),
    CLUSTER("cluster", null, EntityCodecs.CLUSTER_LINE),
    STUDIO("studio", "cluster", EntityCodecs.STUDIO),
    ALLIANCE("alliance", null, EntityCodecs.ALLIANCE_LINE),
    SESSION("session", "alliance", EntityCodecs.SESSION),
    EXCHANGE("exchange", "alliance", EntityCodecs.EXCHANGE),
    RESOURCE("resource", "alliance", EntityCodecs.RESOURCE),
    PROJECT("project", null, EntityCodecs.PROJECT);

    private static final Map<String, RecordType> BY_NAME =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(RecordType::recordName, Function.identity()));

    /** The names, for messages. */
    static final String NAMES = Arrays.stream(values()).map(RecordType::recordName).collect(Collectors.joining(", "));

    private final String recordName;
    private final String parentKey;
    private final ObjectCodec<?> codec;

    RecordType(String recordName, String parentKey, ObjectCodec<?> codec) {
        this.recordName = recordName;
        this.parentKey = parentKey;
        this.codec = codec;
    }

    static RecordType byName(String name) {
        return BY_NAME.get(name);
    }

    /** The value of {@code type}, which is also the name of the property holding the entity. */
    String recordName() {
        return recordName;
    }

    /** The property naming the parent ({@code cluster} or {@code alliance}), or null. */
    String parentKey() {
        return parentKey;
    }

    ObjectCodec<?> codec() {
        return codec;
    }
}
