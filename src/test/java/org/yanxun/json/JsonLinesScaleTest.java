package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.yanxun.ClusterId;
import org.yanxun.generators.RandomEntities;
import org.yanxun.generators.RandomModel;

/**
 * Writes a 1,000,000-record JSON Lines file into {@code target/} on the fly and streams it back with
 * flat memory. Not in the default run: {@code ./mvnw test -Dtest=JsonLinesScaleTest -Dyanxun.scale=true}.
 */
@EnabledIfSystemProperty(named = "yanxun.scale", matches = "true")
class JsonLinesScaleTest {

    private static final int RECORDS = 1_000_000;

    @Test
    void readLines_aMillionRecords_streamsWithFlatMemory() throws IOException {
        Path file = Path.of("target", "scale-1m.jsonl");
        RandomEntities random = new RandomEntities(new Random(1));
        ClusterId cluster = ClusterId.of("scale");
        try (OutputStream out = Files.newOutputStream(file); JsonLinesWriter writer = JsonLinesWriter.to(out)) {
            RandomModel.CUSTOM_TYPES.forEach(writer::studioType);
            for (int i = 0; i < RECORDS; i++) {
                writer.studio(cluster, random.studio());
            }
        }
        Runtime runtime = Runtime.getRuntime();
        long[] count = new long[2];
        long[] peak = new long[1];
        System.gc();
        long baseline = (runtime.totalMemory() - runtime.freeMemory());

        JsonLinesReader.create().read(file, line -> {
            if (line instanceof JsonLine.StudioTypeLine) {
                return;
            }
            count[line instanceof JsonLine.StudioLine ? 0 : 1]++;
            if (count[0] % 100_000 == 0) {
                System.gc();
                peak[0] = Math.max(peak[0], (runtime.totalMemory() - runtime.freeMemory()) - baseline);
            }
        });

        assertThat(count[0]).isEqualTo(RECORDS);
        assertThat(count[1]).isZero();
        assertThat(peak[0]).as("heap growth while streaming").isLessThan(64L * 1024 * 1024);
        System.out.printf(Locale.ROOT, "Streamed %,d records from %,d bytes; heap growth after GC at most %,d bytes%n",
                count[0], Files.size(file), peak[0]);
    }
}
