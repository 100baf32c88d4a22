package org.yanxun.json;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yanxun.AllianceId;
import org.yanxun.ClusterId;
import org.yanxun.ExchangeId;
import org.yanxun.Identifier;
import org.yanxun.InstitutionId;
import org.yanxun.PersonId;
import org.yanxun.ProjectId;
import org.yanxun.ResourceId;
import org.yanxun.SessionId;
import org.yanxun.StudioId;

/**
 * The {@code type} names of JSON Lines records: which entity a record holds, under which property,
 * and which parent it names. A name is never a Java class name.
 */
enum RecordType {

    PERSON("person", null, EntityCodecs.PERSON, PersonId.class),
    INSTITUTION("institution", null, EntityCodecs.INSTITUTION, InstitutionId.class),
    STUDIO_TYPE("studioType", null, EntityCodecs.STUDIO_TYPE, null),
    CLUSTER("cluster", null, EntityCodecs.CLUSTER_LINE, ClusterId.class),
    STUDIO("studio", "cluster", EntityCodecs.STUDIO, StudioId.class),
    ALLIANCE("alliance", null, EntityCodecs.ALLIANCE_LINE, AllianceId.class),
    SESSION("session", "alliance", EntityCodecs.SESSION, SessionId.class),
    EXCHANGE("exchange", "alliance", EntityCodecs.EXCHANGE, ExchangeId.class),
    RESOURCE("resource", "alliance", EntityCodecs.RESOURCE, ResourceId.class),
    PROJECT("project", null, EntityCodecs.PROJECT, ProjectId.class);

    private static final Map<String, RecordType> BY_NAME =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(RecordType::recordName, Function.identity()));

    /** The names, for messages. */
    static final String NAMES = Arrays.stream(values()).map(RecordType::recordName).collect(Collectors.joining(", "));

    private final String recordName;
    private final String parentKey;
    private final ObjectCodec<?> codec;
    private final Class<? extends Identifier> idClass;

    RecordType(String recordName, String parentKey, ObjectCodec<?> codec, Class<? extends Identifier> idClass) {
        this.recordName = recordName;
        this.parentKey = parentKey;
        this.codec = codec;
        this.idClass = idClass;
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

    /** The class of the identifier a record of this type declares, or null for a studio type. */
    Class<? extends Identifier> idClass() {
        return idClass;
    }
}
