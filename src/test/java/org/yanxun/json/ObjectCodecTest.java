package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.groups.Tuple.tuple;
import static org.yanxun.json.CodecReads.read;
import static org.yanxun.json.ObjectCodec.at;

import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yanxun.InvalidValueException;
import tools.jackson.core.JsonGenerator;

/** Records read and written property by property, built at test time from the codec builder. */
class ObjectCodecTest {

    record Thing(String name, Optional<Integer> size, List<String> tags, Set<String> labels, String note) {
    }

    private static ObjectCodec<Thing> thing() {
        return ObjectCodec.<Thing>of("物件", "thing")
                .required("name", Scalars.TEXT, Thing::name)
                .optional("size", Scalars.INT, Thing::size)
                .list("tags", Scalars.TEXT, Thing::tags)
                .set("labels", Scalars.TEXT, TreeSet::new, Thing::labels)
                .collection("note", Scalars.TEXT, Thing::note, () -> "")
                .build(v -> new Thing(at(v, 0), at(v, 1), at(v, 2), at(v, 3), at(v, 4)));
    }

    private static <T> String write(ObjectCodec<T> codec, T value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = Generators.open(out, false)) {
            codec.write(generator, value);
        }
        return out.toString();
    }

    @Test
    void read_everyKindOfProperty_buildsTheRecord() {
        CodecReads.Read<Thing> read = read(thing(),
                "{\"name\":\"n\",\"size\":3,\"tags\":[\"t\"],\"labels\":[\"b\",\"a\"],\"note\":\"x\"}");

        assertThat(read.errors()).isEmpty();
        assertThat(read.value()).isEqualTo(new Thing("n", Optional.of(3), List.of("t"), Set.of("a", "b"), "x"));
    }

    @Test
    void read_omittedOptionalAndCollections_areEmpty() {
        assertThat(read(thing(), "{\"name\":\"n\"}").value())
                .isEqualTo(new Thing("n", Optional.empty(), List.of(), Set.of(), ""));
    }

    @Test
    void read_missingRequired_isMissing() {
        CodecReads.Read<Thing> read = read(thing(), "{\"size\":1}");

        assertThat(read.value()).isNull();
        assertThat(read.codes()).containsExactly(ReadErrorCode.JSON_MISSING);
    }

    @Test
    void read_missingRequired_namesTheRecordInEachLanguage() {
        CodecReads.Read<Thing> read = read(thing(), "{\"size\":1}");

        assertThat(read.errors()).singleElement().satisfies(e -> {
            assertThat(e.zh()).isEqualTo("物件缺少必需属性“name”");
            assertThat(e.en()).isEqualTo("the thing is missing the required property 'name'");
        });
    }

    @Test
    void read_valueTheRecordRefuses_namesTheRecordInEachLanguage() {
        ObjectCodec<String> refusing = ObjectCodec.<String>of("物件", "thing")
                .required("name", Scalars.TEXT, s -> s)
                .build(v -> {
                    throw new InvalidValueException("名称不对", "the name is wrong");
                });

        assertThat(read(refusing, "{\"name\":\"n\"}").errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(ReadErrorCode.JSON_VALUE);
            assertThat(e.zh()).isEqualTo("物件的取值无效：名称不对");
            assertThat(e.en()).isEqualTo("invalid thing: the name is wrong");
        });
    }

    @Test
    void read_unknownPropertyThenWrongType_pointsAtEach() {
        CodecReads.Read<Thing> read = read(thing(), "{\"zz\":1,\"name\":5}");

        assertThat(read.errors()).extracting(ReadError::code, ReadError::pointer).containsExactly(
                tuple(ReadErrorCode.JSON_UNKNOWN_PROPERTY, "/zz"),
                tuple(ReadErrorCode.JSON_TYPE, "/name"));
    }

    record Group(List<String> members, Set<String> roles) {
    }

    /** A list and a set that must be present, as the policy's non-empty collections are. */
    private static ObjectCodec<Group> group() {
        return ObjectCodec.<Group>of("小组", "group")
                .requiredList("members", Scalars.TEXT, Group::members)
                .requiredSet("roles", Scalars.TEXT, TreeSet::new, Group::roles)
                .build(v -> new Group(at(v, 0), at(v, 1)));
    }

    @Test
    void requiredListAndSet_present_areRead() {
        CodecReads.Read<Group> read = read(group(), "{\"members\":[\"b\",\"a\"],\"roles\":[\"y\",\"x\"]}");

        assertThat(read.errors()).isEmpty();
        assertThat(read.value()).isEqualTo(new Group(List.of("b", "a"), Set.of("x", "y")));
        assertThat(read.value().roles()).isInstanceOf(TreeSet.class);
    }

    @Test
    void requiredListAndSet_omitted_areEachMissing() {
        CodecReads.Read<Group> read = read(group(), "{}");

        assertThat(read.value()).isNull();
        assertThat(read.errors()).extracting(ReadError::code, ReadError::en).containsExactly(
                tuple(ReadErrorCode.JSON_MISSING, "the group is missing the required property 'members'"),
                tuple(ReadErrorCode.JSON_MISSING, "the group is missing the required property 'roles'"));
    }

    @Test
    void write_emptyOptional_isOmitted() {
        assertThat(write(thing(), new Thing("n", Optional.empty(), List.of("t"), Set.of(), "")))
                .isEqualTo("{\"name\":\"n\",\"tags\":[\"t\"],\"labels\":[],\"note\":\"\"}");
    }

    @Test
    void without_droppedProperty_isUnknownWhenRead() {
        CodecReads.Read<Thing> read = read(thing().without("tags"), "{\"name\":\"n\",\"tags\":[\"t\"]}");

        assertThat(read.errors()).extracting(ReadError::code, ReadError::pointer)
                .containsExactly(tuple(ReadErrorCode.JSON_UNKNOWN_PROPERTY, "/tags"));
    }

    @Test
    void without_keptProperties_areStillReadAndDroppedOneIsEmpty() {
        CodecReads.Read<Thing> read = read(thing().without("tags"), "{\"name\":\"n\",\"size\":2,\"labels\":[\"a\"]}");

        assertThat(read.value()).isEqualTo(new Thing("n", Optional.of(2), List.of(), Set.of("a"), ""));
    }

    @Test
    void without_droppedProperty_isOmittedWhenWritten() {
        assertThat(write(thing().without("tags"), new Thing("n", Optional.of(2), List.of("t"), Set.of(), "")))
                .isEqualTo("{\"name\":\"n\",\"size\":2,\"labels\":[],\"note\":\"\"}");
    }

    @Test
    void build_sixtyFourProperties_readsEveryOne() {
        ObjectCodec.Builder<Object[]> builder = ObjectCodec.of("宽物件", "wide thing");
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < 64; i++) {
            builder.required("p" + i, Scalars.INT, v -> 0);
            json.append(i == 0 ? "" : ",").append("\"p").append(i).append("\":").append(i);
        }
        ObjectCodec<Object[]> wide = builder.build(v -> v);

        CodecReads.Read<Object[]> read = read(wide, json.append('}').toString());

        assertThat(read.errors()).isEmpty();
        assertThat(read.value()).hasSize(64).startsWith(0, 1).endsWith(62, 63);
    }

    @Test
    void build_sixtyFiveProperties_isRejected() {
        ObjectCodec.Builder<Object[]> builder = ObjectCodec.of("更宽物件", "wider thing");
        for (int i = 0; i < 65; i++) {
            builder.required("p" + i, Scalars.INT, v -> 0);
        }

        assertThatIllegalStateException().isThrownBy(() -> builder.build(v -> v));
    }
}
