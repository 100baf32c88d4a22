package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import java.io.FileNotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The schema registry of the tests loads {@code https://yanxun.org/schemas/} from the class path and
 * nothing from anywhere else: a {@code $ref} to another host, another scheme or a file fails at once,
 * offline, instead of fetching it.
 */
class SchemaLoadingTest {

    private static final String INSTANCE = "{\"value\":1}";

    private static Schema referring(String ref) {
        return BundledSchemas.registry().getSchema("{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\","
                + "\"$id\":\"https://yanxun.org/schemas/1.0/test-referring.schema.json\","
                + "\"properties\":{\"value\":{\"$ref\":\"" + ref + "\"}}}", InputFormat.JSON);
    }

    @Test
    void ref_toTheBundledPrefix_resolvesFromTheClassPath() {
        Schema schema = referring(BundledSchemas.PREFIX + "types.schema.json#/$defs/date");

        assertThat(schema.validate("{\"value\":\"2026-01-09\"}", InputFormat.JSON)).isEmpty();
        assertThat(schema.validate(INSTANCE, InputFormat.JSON)).isNotEmpty();
    }

    @ParameterizedTest
    @Timeout(10)
    @ValueSource(strings = {
        "https://evil.example.invalid/schema.json",
        "http://yanxun.org/schemas/1.0/types.schema.json#/$defs/date",
        "https://yanxun.org.example.invalid/schemas/1.0/types.schema.json",
        "https://yanxun.org/schemas/2.0/unpublished.schema.json",
        "file:///etc/passwd"})
    void ref_anywhereElse_failsWithoutFetching(String ref) {
        assertThatThrownBy(() -> referring(ref).validate(INSTANCE, InputFormat.JSON))
                .isInstanceOf(SchemaException.class)
                .hasRootCauseInstanceOf(FileNotFoundException.class)
                .hasMessageContaining(ref.replaceAll("#.*", ""));
    }
}
