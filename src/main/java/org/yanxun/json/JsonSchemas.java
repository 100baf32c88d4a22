package org.yanxun.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.yanxun.InvalidValueException;
import org.yanxun.internal.Checks;

/**
 * The JSON Schemas (draft 2020-12) of the documents this library reads and writes, as bundled in its
 * jar: {@code JsonSchemas.text("studio")} is {@code studio.schema.json}, whose {@code $id} is
 * {@code https://yanxun.org/schemas/1.0/studio.schema.json} ({@link #id}). The schemas refer to each
 * other only by those identifiers, so a schema validator given all of them never fetches anything.
 *
 * <p>Use this class rather than reading the jar's resources directly: on the module path the package
 * that holds them is not open to other modules. This class is stateless and thread-safe.
 */
public final class JsonSchemas {

    /** The prefix of every schema's {@code $id}. */
    public static final String ID_PREFIX = "https://yanxun.org/schemas/1.0/";

    private static final List<String> NAMES = List.of("dataset", "record", "person", "institution", "studioType",
            "studio", "cluster", "alliance", "session", "exchange", "resource", "project", "types", "policy", "report");

    private JsonSchemas() {
    }

    /**
     * Returns the names of the schemas: {@code dataset} and {@code record} (a JSON Lines record) first,
     * then one per entity, the shared {@code types}, then {@code policy} and {@code report}.
     *
     * @return the names, unmodifiable
     */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * Returns a schema's {@code $id}, such as {@code https://yanxun.org/schemas/1.0/studio.schema.json}.
     *
     * @param name one of {@link #names()}
     * @return the identifier
     * @throws IllegalArgumentException if there is no schema of that name
     * @throws NullPointerException if the name is null
     */
    public static String id(String name) {
        return ID_PREFIX + fileOf(name);
    }

    /**
     * Returns the text of a schema, as in the jar (UTF-8, with its {@code $id}).
     *
     * @param name one of {@link #names()}
     * @return the schema as JSON text
     * @throws IllegalArgumentException if there is no schema of that name
     * @throws NullPointerException if the name is null
     */
    public static String text(String name) {
        String file = fileOf(name);
        try (InputStream in = JsonSchemas.class.getResourceAsStream("schema/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The jar lacks its schema " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled schema " + file, e);
        }
    }

    private static String fileOf(String name) {
        if (!NAMES.contains(Objects.requireNonNull(name, "name"))) {
            throw new InvalidValueException("没有名为" + Checks.quoteZh(name) + "的模式：可用 " + String.join("、", NAMES),
                    "no schema is named " + Checks.quote(name) + ": use one of " + String.join(", ", NAMES));
        }
        return name + ".schema.json";
    }
}
