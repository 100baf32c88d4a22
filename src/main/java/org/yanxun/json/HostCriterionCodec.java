package org.yanxun.json;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.yanxun.HonourKind;
import org.yanxun.Level;
import org.yanxun.Post;
import org.yanxun.Stage;
import org.yanxun.Title;
import org.yanxun.internal.Checks;
import org.yanxun.policy.HostCriterion;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * The codec of a host criterion: an object whose {@code kind} names the criterion, never a class:
 * {@code {"kind":"titleAtLeast","title":"SENIOR"}} (with {@code "stages":["VOCATIONAL"]} for teachers of
 * those stages only),
 * {@code {"kind":"honourAtLeast","honour":"FAMOUS_TEACHER","level":"DISTRICT"}} (with
 * {@code "termYears":3} for an honour that qualifies for three years from its award) or
 * {@code {"kind":"holdsPost","post":"PRINCIPAL"}}.
 */
final class HostCriterionCodec implements Codec<HostCriterion> {

    static final HostCriterionCodec INSTANCE = new HostCriterionCodec();

    /** By kind: the properties it requires. */
    private static final Map<String, List<String>> PROPERTIES = Map.of(
            "titleAtLeast", List.of("title"),
            "honourAtLeast", List.of("honour", "level"),
            "holdsPost", List.of("post"));
    /** By kind: the properties it may have besides. */
    private static final Map<String, List<String>> OPTIONAL = Map.of("titleAtLeast", List.of("stages"),
            "honourAtLeast", List.of("termYears"));

    private static final Codec<Title> TITLE = Scalars.enumeration(Title.class);
    private static final Codec<HonourKind> HONOUR = Scalars.enumeration(HonourKind.class);
    private static final Codec<Level> LEVEL = Scalars.enumeration(Level.class);
    private static final Codec<Post> POST = Scalars.enumeration(Post.class);
    private static final Codec<Set<Stage>> STAGES = ArrayCodec.set(Scalars.enumeration(Stage.class),
            () -> EnumSet.noneOf(Stage.class));

    private HostCriterionCodec() {
    }

    @Override
    public HostCriterion read(Cursor cursor) {
        if (cursor.token() != JsonToken.START_OBJECT) {
            cursor.mismatch("对象", "an object");
            return null;
        }
        TokenStreamLocation start = cursor.location();
        int before = cursor.errorCount();
        String kind = null;
        Title title = null;
        HonourKind honour = null;
        Level level = null;
        Post post = null;
        Set<Stage> stages = Set.of();
        Integer termYears = null;
        // Where each property's value starts, for the errors found once the criterion's kind is known.
        Map<String, TokenStreamLocation> seen = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        String name;
        while ((name = cursor.parser().nextName()) != null) {
            JsonToken token = cursor.parser().nextToken();
            if (cursor.givenAgain(names, name)) {
                continue;
            }
            cursor.pushName(name);
            TokenStreamLocation valueAt = cursor.location();
            if (name.startsWith("x-")) {
                cursor.skipValue();
            } else if (token == JsonToken.VALUE_NULL) {
                cursor.nullValue();
            } else {
                boolean unknown = false;
                switch (name) {
                    case "kind" -> kind = Scalars.TEXT.read(cursor);
                    case "title" -> title = TITLE.read(cursor);
                    case "honour" -> honour = HONOUR.read(cursor);
                    case "level" -> level = LEVEL.read(cursor);
                    case "post" -> post = POST.read(cursor);
                    case "stages" -> stages = STAGES.read(cursor);
                    case "termYears" -> termYears = Scalars.INT.read(cursor);
                    default -> {
                        cursor.error(ReadErrorCode.JSON_UNKNOWN_PROPERTY, "主持人条件中的未知属性" + Checks.quoteZh(name),
                                "unknown property " + Checks.quote(name) + " in a host criterion");
                        cursor.skipValue();
                        // reported here, so not checked against the kind below
                        unknown = true;
                    }
                }
                if (!unknown) {
                    seen.put(name, valueAt);
                }
            }
            cursor.pop();
        }
        // A property given as null is reported as null, not as missing too.
        if (!names.contains("kind")) {
            missing(cursor, start, "kind");
            return null;
        }
        List<String> allowed = kind == null ? null : PROPERTIES.get(kind);
        if (kind != null && allowed == null) {
            cursor.pushName("kind");
            String kinds = PROPERTIES.keySet().stream().sorted().collect(Collectors.joining(", "));
            cursor.error(ReadErrorCode.JSON_ENUM, cursor.pointer(), seen.get("kind"), "主持人条件种类" + Checks.quoteZh(kind)
                    + "不是以下之一：" + kinds, "host criterion kind " + Checks.quote(kind) + " is not one of: " + kinds);
            cursor.pop();
        }
        if (allowed != null) {
            for (Map.Entry<String, TokenStreamLocation> entry : seen.entrySet()) {
                String property = entry.getKey();
                if (!property.equals("kind") && !allowed.contains(property)
                        && !OPTIONAL.getOrDefault(kind, List.of()).contains(property)) {
                    cursor.pushName(property);
                    cursor.error(ReadErrorCode.JSON_UNKNOWN_PROPERTY, cursor.pointer(), entry.getValue(),
                            "主持人条件 " + kind + " 没有属性" + Checks.quoteZh(property),
                            "a host criterion of kind " + kind + " has no property " + Checks.quote(property));
                    cursor.pop();
                }
            }
            for (String property : allowed) {
                if (!names.contains(property)) {
                    missing(cursor, start, property);
                }
            }
        }
        if (cursor.errorCount() != before) {
            return null;
        }
        return switch (kind) {
            case "titleAtLeast" -> new HostCriterion.TitleAtLeast(title, stages);
            case "honourAtLeast" -> new HostCriterion.HonourAtLeast(honour, level,
                    termYears == null ? OptionalInt.empty() : OptionalInt.of(termYears));
            default -> new HostCriterion.HoldsPost(post);
        };
    }

    private static void missing(Cursor cursor, TokenStreamLocation start, String property) {
        cursor.error(ReadErrorCode.JSON_MISSING, cursor.pointer(), start, "主持人条件缺少必需属性" + Checks.quoteZh(property),
                "host criterion is missing the required property " + Checks.quote(property));
    }

    @Override
    public void write(JsonGenerator generator, HostCriterion criterion) {
        generator.writeStartObject();
        if (criterion instanceof HostCriterion.TitleAtLeast c) {
            generator.writeStringProperty("kind", "titleAtLeast");
            generator.writeStringProperty("title", c.title().code());
            if (!c.stages().isEmpty()) {
                generator.writeName("stages");
                STAGES.write(generator, c.stages());
            }
        } else if (criterion instanceof HostCriterion.HonourAtLeast c) {
            generator.writeStringProperty("kind", "honourAtLeast");
            generator.writeStringProperty("honour", c.kind().code());
            generator.writeStringProperty("level", c.level().code());
            c.termYears().ifPresent(years -> generator.writeNumberProperty("termYears", years));
        } else if (criterion instanceof HostCriterion.HoldsPost c) {
            generator.writeStringProperty("kind", "holdsPost");
            generator.writeStringProperty("post", c.post().code());
        }
        generator.writeEndObject();
    }
}
