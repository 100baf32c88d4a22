package org.yanxun.scale;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.yanxun.json.JsonLinesReader;
import org.yanxun.json.JsonLinesReport;
import org.yanxun.json.JsonLinesValidation;
import org.yanxun.json.PolicyReader;
import org.yanxun.rules.Finding;
import org.yanxun.rules.RuleEngine;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Measures streaming validation of {@link NationalData} files, on one thread, with the read ahead and
 * on one thread per processor, against plain Jackson tokenising of the same file, in the same JVM, and
 * the live heap after each garbage collection while validating; checks that the findings per code
 * equal the manifest. It also times reading and binding the lines alone, without rules, to show what
 * the reading costs of a validation, and the three passes of {@link StreamFloor}, which bound what a
 * streaming validator built on a Jackson parser per line can reach on the machine. A validation's time
 * leaves out the full collection taken at the last line of each pass to measure the live heap. Run by
 * the {@code scale} profile:
 * {@code ./mvnw -Pscale -DskipTests verify -Dscale.studios=10000,100000,1000000 -Dscale.runs=3}, in a
 * JVM with {@code -Xmx1g}. See docs/performance.md, section "National scale".
 *
 * <p>Arguments: studio counts separated by commas, and the number of runs of each measurement.
 */
public final class NationalScaleMeasurement {

    private static final AtomicLong LIVE_AFTER_GC = new AtomicLong();
    /** The threads of the third validation: one per processor, at least two. */
    private static final int THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());

    private NationalScaleMeasurement() {
    }

    /**
     * Runs the measurement.
     *
     * @param args studio counts (such as {@code 10000,100000}) and runs (such as {@code 3})
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        listenToCollections();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        boolean ok = true;
        System.out.printf(Locale.ROOT, "max heap %,d MB, %d processors, %s, collectors %s%n",
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.version"), ManagementFactory.getGarbageCollectorMXBeans().stream()
                        .map(GarbageCollectorMXBean::getName).toList());
        for (String part : args[0].split(",")) {
            ok &= measure(Long.parseLong(part.trim().replace("_", "")), runs);
        }
        if (!ok) {
            System.exit(1);
        }
    }

    private static boolean measure(long studios, int runs) throws IOException {
        Path file = Path.of("target", "national-" + studios + ".jsonl");
        NationalManifest manifest = prepare(file, studios);
        long bytes = Files.size(file);
        warm(file);
        RuleEngine engine = RuleEngine.of(NationalData.POLICY);
        boolean ok = true;
        for (int run = 1; run <= runs; run++) {
            long start = System.nanoTime();
            long tokens = tokenise(file);
            double jackson = (System.nanoTime() - start) / 1e9;
            double reading = read(file);
            Floor apart = floor(file, StreamFloor.Keeping.NOTHING);
            Floor objects = floor(file, StreamFloor.Keeping.OBJECTS);
            Floor arena = floor(file, StreamFloor.Keeping.ARENA);
            ok &= apart.reads(tokens) && objects.reads(tokens) && arena.reads(tokens);
            Run one = validate(JsonLinesValidation.of(engine), file, manifest);
            Run ahead = validate(JsonLinesValidation.of(engine).withReadAhead(true), file, manifest);
            Run cores = validate(JsonLinesValidation.of(engine).withThreads(THREADS), file, manifest);
            ok &= one.agrees() && ahead.agrees() && cores.agrees();
            System.out.printf(Locale.ROOT, "| %,d | %,d | %,d MB | run %d | Jackson %.1f s (%.0f MB/s, %,d tokens) "
                            + "| floor: lines apart %s, identifiers as objects %s, in an arena %s, %s "
                            + "| reading alone %.1f s (ratio %.2f) | validation "
                            + "%.1f s (%.0f MB/s) | ratio %.2f | read ahead %.1f s | ratio %.2f | %d threads %.1f s "
                            + "| ratio %.2f | passes over the keys %d (%d threads %d) | live heap after the last line "
                            + "%,d MB, after any GC at most %,d MB (read ahead %,d MB, %d threads %,d MB) "
                            + "| findings %s%n",
                    studios, manifest.lines(), bytes >> 20, run, jackson, bytes / 1e6 / jackson, tokens,
                    apart.share(jackson), objects.share(jackson), arena.share(jackson), arena.counts(tokens), reading,
                    jackson / reading, one.seconds(),
                    bytes / 1e6 / one.seconds(), jackson / one.seconds(), ahead.seconds(), jackson / ahead.seconds(),
                    THREADS, cores.seconds(), jackson / cores.seconds(), one.passes(), THREADS, cores.passes(),
                    one.states() >> 20, one.live() >> 20, ahead.live() >> 20, THREADS, cores.live() >> 20,
                    one.agrees() && ahead.agrees() && cores.agrees() ? "= manifest" : "DIFFER: " + one.counts()
                            + " and " + ahead.counts() + " and " + cores.counts() + " expected "
                            + manifest.expectedSorted());
        }
        return ok;
    }

    /** One validation: its time, passes over the keys, heap, and findings per code. */
    private record Run(double seconds, int passes, long states, long live, Map<String, Long> counts,
            boolean agrees) {
    }

    /**
     * Reads and binds every line of the file to the model, as a validation's reading does, and runs no
     * rule: what a validation's reading costs alone, in seconds.
     */
    private static double read(Path file) {
        System.gc();
        long start = System.nanoTime();
        JsonLinesReader.create().read(file, line -> { });
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * One timed pass of {@link StreamFloor}.
     *
     * @param seconds its time, or NaN if its keys did not fit in the heap
     * @param pass what it read, or null if its keys did not fit in the heap
     */
    private record Floor(double seconds, StreamFloor.Pass pass) {

        /** Tells whether the pass read every token the baseline read and refused no line, if it ran. */
        boolean reads(long tokens) {
            return pass == null || pass.tokens() == tokens && pass.refused() == 0;
        }

        /** Its time and share of Jackson's throughput, or that it ran out of memory. */
        String share(double jackson) {
            return pass == null ? "out of memory"
                    : String.format(Locale.ROOT, "%.1f s (%.2f)", seconds, jackson / seconds);
        }

        /** What it read, or that it read other than the baseline. */
        String counts(long tokens) {
            return pass == null ? "keys out of memory" : String.format(Locale.ROOT, "%,d identifiers, %,d keys%s",
                    pass.identifiers(), pass.keys(), reads(tokens) ? "" : ", READ OTHER THAN JACKSON: " + pass);
        }
    }

    /**
     * Times one pass of {@link StreamFloor}. A pass whose keys do not fit in the heap is reported and the
     * measurement goes on: its table is garbage once the pass has thrown.
     */
    private static Floor floor(Path file, StreamFloor.Keeping keeping) {
        System.gc();
        long start = System.nanoTime();
        try {
            StreamFloor.Pass pass = StreamFloor.run(file, keeping);
            return new Floor((System.nanoTime() - start) / 1e9, pass);
        } catch (OutOfMemoryError e) {
            return new Floor(Double.NaN, null);
        }
    }

    /**
     * Times a validation, without the full collections it takes to measure the live heap at the last
     * line of each pass.
     */
    private static Run validate(JsonLinesValidation validation, Path file, NationalManifest manifest) {
        System.gc();
        LIVE_AFTER_GC.set(0);
        long start = System.nanoTime();
        long[] states = new long[1];
        long[] measuring = new long[1];
        int[] passes = new int[1];
        JsonLinesReport result = validation.withProgress(line -> {
            if (line == manifest.lines()) {
                long before = System.nanoTime();
                states[0] = Math.max(states[0], liveHeap());
                measuring[0] += System.nanoTime() - before;
                passes[0]++;
            }
        }).validate(file, manifest.asOf());
        double seconds = (System.nanoTime() - start - measuring[0]) / 1e9;
        Map<String, Long> counts = new TreeMap<>();
        for (Finding finding : result.report().findings()) {
            counts.merge(finding.code(), 1L, Long::sum);
        }
        boolean agrees = counts.equals(manifest.expectedSorted()) && result.readErrors().isEmpty();
        return new Run(seconds, passes[0], states[0], LIVE_AFTER_GC.get(), counts, agrees);
    }

    /**
     * The heap in use after a full collection: with every keyed state of a pass built, before the
     * checks.
     */
    private static long liveHeap() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static NationalManifest prepare(Path file, long studios) {
        NationalData data = NationalData.of(studios, GenerateNationalData.RATE, GenerateNationalData.SEED);
        Path manifestPath = NationalManifest.pathOf(file);
        if (Files.exists(file) && Files.exists(manifestPath)) {
            NationalManifest manifest = NationalManifest.read(manifestPath);
            // A file of an earlier generator, which injected other faults or wrote data for another
            // policy (or none beside it), is written again.
            if (manifest.studios() == studios && manifest.rate() == GenerateNationalData.RATE
                    && manifest.seed() == GenerateNationalData.SEED && manifest.expected().equals(data.expected())
                    && PolicyReader.create().read(NationalData.policyPathOf(file)).value()
                            .filter(NationalData.POLICY::equals).isPresent()) {
                return manifest;
            }
        }
        long start = System.nanoTime();
        NationalManifest manifest = data.write(file);
        System.out.printf(Locale.ROOT, "generated %s in %.1f s%n", file, (System.nanoTime() - start) / 1e9);
        return manifest;
    }

    /**
     * Reads the file once, so that the baseline, which reads it first, reads it from the page cache as
     * the validations after it do, not from the disk.
     */
    private static void warm(Path file) throws IOException {
        byte[] buffer = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(file)) {
            while (in.read(buffer) >= 0) {
                // Only the reading matters.
            }
        }
    }

    /** Reads every token of the file with a plain Jackson parser: the baseline. */
    private static long tokenise(Path file) {
        JsonFactory factory = new JsonFactory();
        long tokens = 0;
        try (InputStream in = Files.newInputStream(file);
                JsonParser parser = factory.createParser(ObjectReadContext.empty(), in)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_STRING) {
                    parser.getString();
                }
                tokens++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    private static void listenToCollections() {
        NotificationListener listener = (notification, handback) -> {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                return;
            }
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                    (CompositeData) notification.getUserData());
            long used = 0;
            for (MemoryUsage usage : info.getGcInfo().getMemoryUsageAfterGc().values()) {
                used += usage.getUsed();
            }
            LIVE_AFTER_GC.accumulateAndGet(used, Math::max);
        };
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) bean).addNotificationListener(listener, null, null);
        }
    }
}
