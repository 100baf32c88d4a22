package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/** What the Javadoc of {@link SafeJson} says its mapper accepts and refuses. */
class SafeJsonTest {

    /** A record of every scalar shape the Javadoc names. */
    record Sample(String text, int count, double share, boolean active) {
    }

    /** A record holding a record. */
    record Outer(Sample sample) {
    }

    private static final JsonMapper MAPPER = SafeJson.mapper();

    @Test
    void mapper_wellFormedRecord_isRead() {
        assertThat(MAPPER.readValue("{\"text\":\"a\",\"count\":5,\"share\":0.5,\"active\":true}", Sample.class))
                .isEqualTo(new Sample("a", 5, 0.5, true));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "{\"text\":\"a\",\"text\":\"b\",\"count\":5,\"share\":0.5,\"active\":true}",  // a key given twice
        "{\"text\":\"a\",\"count\":5,\"share\":0.5,\"active\":true} {}",              // a trailing value
        "{\"text\":\"a\",\"count\":5,\"share\":0.5,\"active\":true,\"x\":1}",         // an unknown property
        "{\"text\":\"a\",\"count\":null,\"share\":0.5,\"active\":true}",              // null for a primitive
        "{\"text\":\"a\",\"count\":\"5\",\"share\":0.5,\"active\":true}",             // text for a number
        "{\"text\":\"a\",\"count\":1.5,\"share\":0.5,\"active\":true}",               // a fraction for an integer
        "{\"text\":5,\"count\":5,\"share\":0.5,\"active\":true}",                     // a number for text
        "{\"text\":true,\"count\":5,\"share\":0.5,\"active\":true}",                  // a boolean for text
        "{\"text\":\"a\",\"count\":5,\"share\":0.5,\"active\":\"true\"}",             // text for a boolean
        "{\"text\":\"a\",\"count\":5,\"share\":2,\"active\":true}",                   // an integer for a double
    })
    void mapper_refusesWhatTheJavadocSaysItRefuses(String json) {
        assertThatThrownBy(() -> MAPPER.readValue(json, Sample.class)).isInstanceOf(JacksonException.class);
    }

    @Test
    void mapper_emptyStringForAnObject_isNotNull_butRefused() {
        assertThat(MAPPER.readValue("{\"sample\":null}", Outer.class)).isEqualTo(new Outer(null));
        assertThatThrownBy(() -> MAPPER.readValue("{\"sample\":\"\"}", Outer.class))
                .isInstanceOf(JacksonException.class);
    }

    @Test
    void mapper_missingProperty_takesItsTypesDefault_asTheJavadocWarns() {
        assertThat(MAPPER.readValue("{\"share\":0.5}", Sample.class)).isEqualTo(new Sample(null, 0, 0.5, false));
    }

    @Test
    void mapper_appliesItsLimits() {
        JsonMapper shallow = SafeJson.mapper(JsonLimits.defaults().withMaxNestingDepth(2));

        assertThat(shallow.readTree("[[1]]").size()).isEqualTo(1);
        assertThatThrownBy(() -> shallow.readTree("[[[1]]]")).isInstanceOf(JacksonException.class)
                .hasMessageContaining("nesting depth");
    }

    @Test
    void factory_defaultLimits_isTheDefaultFactory_andOtherLimitsAreApplied() {
        JsonFactory shallow = SafeJson.factory(JsonLimits.defaults().withMaxNestingDepth(2));

        assertThat(SafeJson.factory(JsonLimits.defaults())).isSameAs(SafeJson.factory());
        assertThat(shallow.streamReadConstraints().getMaxNestingDepth()).isEqualTo(2);
    }
}
