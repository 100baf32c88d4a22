package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yanxun.examples.ExampleCommunities;

/** Lines whose {@code type} is not the first thing on the line are read by a first pass. */
class LineCodecTest {

    @TempDir
    Path dir;

    private static final String PERSON_BODY = "{\"id\":\"p1\",\"name\":\"n\",\"synthetic\":true}";

    @Test
    void parseLine_indentedLineWithTypeLast_isRead() {
        JsonLine line = JsonLinesReader.create().parseLine(" {\"person\":" + PERSON_BODY + ",\"type\":\"person\"}", 1);

        assertThat(line).isInstanceOf(JsonLine.PersonLine.class);
    }

    @Test
    void parseLine_cutInsideTheTypeName_isAnErrorLine() {
        assertThat(JsonLinesReader.create().parseLine("{\"typ", 1)).isInstanceOf(JsonLine.ErrorLine.class);
    }

    @Test
    void readOnly_wantedTypeNotFirst_isStillRead() throws IOException {
        String lines = JsonLinesWriter.writeToString(ExampleCommunities.qiyingen());
        String institution = lines.lines().filter(l -> l.startsWith("{\"type\":\"institution\",")).findFirst()
                .orElseThrow();
        String body = institution.substring("{\"type\":\"institution\",\"institution\":".length(), institution.length() - 1);
        Path file = Files.writeString(dir.resolve("lines.jsonl"), String.format(
                "{\"type\":\"person\",\"person\":%s}%n {\"institution\":%s,\"type\":\"institution\"}%n", PERSON_BODY, body));
        List<JsonLine> read = new ArrayList<>();

        JsonLinesReader.create().readOnly(file, EnumSet.of(RecordType.INSTITUTION), read::add);

        assertThat(read).singleElement().isInstanceOfSatisfying(JsonLine.InstitutionLine.class,
                l -> assertThat(l.line()).isEqualTo(2));
    }
}
