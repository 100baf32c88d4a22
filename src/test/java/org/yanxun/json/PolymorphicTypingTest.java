package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

/**
 * No polymorphic typing by class name anywhere: the main sources and classes never turn it on, and
 * the mapper {@link SafeJson} gives refuses a class-name type id even on a type that asks for one.
 */
class PolymorphicTypingTest {

    /** Calls and annotations that let a document name a Java class to instantiate. */
    private static final Pattern FORBIDDEN_SOURCE = Pattern.compile(
            "activateDefaultTyping|enableDefaultTyping|setDefaultTyping|DefaultTyping|JsonTypeInfo|"
                    + "Id\\.CLASS|Id\\.MINIMAL_CLASS|ObjectInputStream|readObject\\(|XMLDecoder");
    private static final List<String> FORBIDDEN_BYTECODE = List.of("activateDefaultTyping", "enableDefaultTyping",
            "setDefaultTyping", "JsonTypeInfo", "ObjectInputStream", "XMLDecoder", "LaissezFaireSubTypeValidator");

    /** A type of a careless application that asks for class names. */
    static final class Careless {
        @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS)
        public Object value;
    }

    @Test
    void mainSources_neverTurnOnPolymorphicTyping() throws IOException {
        List<String> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (FORBIDDEN_SOURCE.matcher(lines.get(i)).find()) {
                        hits.add(file + ":" + (i + 1) + ": " + lines.get(i).trim());
                    }
                }
            }
        }
        assertThat(hits).isEmpty();
    }

    @Test
    void mainClasses_neverReferToPolymorphicTyping() throws Exception {
        Path classes = Path.of(SafeJson.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> hits = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(f -> f.toString().endsWith(".class")).toList();
        }
        for (Path file : files) {
            String constants = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            FORBIDDEN_BYTECODE.stream().filter(constants::contains).forEach(word -> hits.add(file + ": " + word));
        }
        assertThat(files).hasSizeGreaterThan(100);
        assertThat(hits).isEmpty();
    }

    @Test
    void mapper_classNameTypeIdOnATypeThatAsksForIt_isRefused() {
        String document = "{\"value\":[\"java.lang.ProcessBuilder\",{\"command\":[\"calc\"]}]}";

        assertThatThrownBy(() -> SafeJson.mapper().readValue(document, Careless.class))
                .isInstanceOf(JacksonException.class)
                .hasMessageContaining("java.lang.ProcessBuilder");
    }

    @Test
    void mapper_harmlessClassNameTypeId_isRefusedToo() {
        String document = "{\"value\":[\"java.util.ArrayList\",[]]}";

        assertThatThrownBy(() -> SafeJson.mapper().readValue(document, Careless.class))
                .isInstanceOf(JacksonException.class);
    }

    @Test
    void mapper_classNamePropertyInAnUntypedDocument_staysData() {
        Object value = SafeJson.mapper().readValue("{\"@class\":\"java.lang.ProcessBuilder\",\"command\":[\"calc\"]}",
                Object.class);

        assertThat(value).isInstanceOf(Map.class);
        assertThat(((Map<?, ?>) value).get("@class")).isEqualTo("java.lang.ProcessBuilder");
    }
}
