package org.yanxun.bench;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.yanxun.Cluster;
import org.yanxun.ClusterId;
import org.yanxun.Dataset;
import org.yanxun.InstitutionId;
import org.yanxun.RegionCode;
import org.yanxun.Studio;
import org.yanxun.generators.RandomEntities;
import org.yanxun.json.DatasetReader;
import org.yanxun.json.DatasetWriter;
import org.yanxun.json.JsonLinesReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes a synthetic 100,000-studio dataset with the Yanxun reader and writer, against
 * plain Jackson databind of records with the same JSON shape ({@link PlainRecords}), in one run.
 *
 * <p>Run with {@code ./mvnw -Pbench -DskipTests verify -Djmh.args="-f 1 -wi 2 -i 3 DatasetBenchmark"}.
 * Forks run with transparent huge pages, as {@link EngineBenchmark}'s do, and for the same reason.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-XX:+IgnoreUnrecognizedVMOptions", "-XX:+UseTransparentHugePages"})
public class DatasetBenchmark {

    private static final int STUDIOS = 100_000;
    private static final int CLUSTERS = 100;

    private final JsonMapper plain = JsonMapper.builder().build();
    private Dataset dataset;
    private PlainRecords.Dataset plainDataset;
    private byte[] document;
    private byte[] lines;

    /** Builds the dataset and its JSON once per run. */
    @Setup
    public void setUp() {
        RandomEntities random = new RandomEntities(new Random(2026));
        List<Cluster> clusters = new ArrayList<>();
        for (int c = 0; c < CLUSTERS; c++) {
            List<Studio> studios = random.studios(STUDIOS / CLUSTERS);
            clusters.add(new Cluster(ClusterId.of("cluster-" + c), "荔湾区集群 " + c, RegionCode.parse("440103"),
                    InstitutionId.of("liwan-edu-bureau"), InstitutionId.of("liwan-research-institute"),
                    java.time.LocalDate.of(2026, 1, 9), studios, Optional.empty()));
        }
        dataset = Dataset.of(List.of(), List.of(), clusters, List.of(), List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetWriter.compact().write(dataset, out);
        document = out.toByteArray();
        plainDataset = plain.readValue(document, PlainRecords.Dataset.class);
        ByteArrayOutputStream lineOut = new ByteArrayOutputStream();
        org.yanxun.json.JsonLinesWriter.write(dataset, lineOut);
        lines = lineOut.toByteArray();
    }

    /** The Yanxun reader: hand-written streaming binding with validation and error collection. */
    @Benchmark
    public Dataset readYanxun() {
        return DatasetReader.create().read(new java.io.ByteArrayInputStream(document)).orElseThrow();
    }

    /** The baseline: Jackson databind of plain records. */
    @Benchmark
    public PlainRecords.Dataset readDatabind() {
        return plain.readValue(document, PlainRecords.Dataset.class);
    }

    /** The Yanxun JSON Lines reader, streaming every record to a counter. */
    @Benchmark
    public long readYanxunLines() {
        long[] count = new long[1];
        JsonLinesReader.create().read(new java.io.ByteArrayInputStream(lines), line -> count[0]++);
        return count[0];
    }

    /** The Yanxun writer. */
    @Benchmark
    public int writeYanxun() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(document.length);
        DatasetWriter.compact().write(dataset, out);
        return out.size();
    }

    /** The baseline: Jackson databind writing plain records. */
    @Benchmark
    public int writeDatabind() {
        return plain.writeValueAsBytes(plainDataset).length;
    }
}
