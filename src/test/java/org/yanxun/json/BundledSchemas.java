package org.yanxun.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/**
 * The bundled schemas, loaded for tests: {@code https://yanxun.org/schemas/} maps to the class path,
 * format assertions are on, and nothing is ever fetched from the network.
 */
public final class BundledSchemas {

    static final String PREFIX = "https://yanxun.org/schemas/1.0/";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                    .schemaIdResolvers(resolvers -> resolvers.mapPrefix(PREFIX, "classpath:org/yanxun/json/schema/"))
                    .schemaLoader(loader -> loader.fetchRemoteResources(false)));

    private BundledSchemas() {
    }

    static Schema schema(String name) {
        return REGISTRY.getSchema(SchemaLocation.of(PREFIX + name + ".schema.json"));
    }

    static List<Error> validate(String name, String json) {
        return schema(name).validate(json, InputFormat.JSON);
    }

    /**
     * Validates a document against a bundled schema, for the tests of other packages.
     *
     * @return the messages of the errors, empty if the document is valid
     */
    public static List<String> errors(String name, String json) {
        return validate(name, json).stream().map(Error::toString).toList();
    }

    static SchemaRegistry registry() {
        return REGISTRY;
    }
}
