package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.yanxun.Dataset;
import org.yanxun.generators.NearValid;
import org.yanxun.generators.NearValidJson;
import org.yanxun.generators.RandomEntities;
import org.yanxun.generators.ValidDatasets;
import org.yanxun.policy.Presets;
import org.yanxun.rules.Report;
import org.yanxun.rules.RuleEngine;

/**
 * One {@link RuleEngine}, one {@link DatasetReader} and one {@link JsonLinesReader} shared by 16
 * threads, each working through different inputs many times, give exactly the sequential results.
 */
class SharedInstancesConcurrencyTest {

    private static final int THREADS = 16;
    private static final int ROUNDS = 2;
    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

    /** One input: a dataset and texts to read, valid or broken. */
    private record Input(Dataset dataset, String document, String lines) {
    }

    /** What the shared instances make of one input; records compare by value. */
    private record Outcome(Report report, Object document, List<ReadError> documentErrors, Object lines,
            List<ReadError> linesErrors) {
    }

    private static List<Input> inputs() {
        List<Input> inputs = new ArrayList<>();
        for (long seed = 0; seed < 8; seed++) {
            Dataset valid = new ValidDatasets(new Random(seed)).scenario().dataset();
            Dataset broken = NearValid.draw(seed).mutated().dataset();
            Dataset random = new RandomEntities(new Random(seed)).dataset();
            NearValidJson hostile = NearValidJson.draw(seed);
            inputs.add(new Input(valid, DatasetWriter.compact().writeToString(valid),
                    JsonLinesWriter.writeToString(valid)));
            inputs.add(new Input(broken, hostile.lines() ? DatasetWriter.pretty().writeToString(broken)
                    : hostile.text(), hostile.lines() ? hostile.text() : JsonLinesWriter.writeToString(broken)));
            inputs.add(new Input(random, DatasetWriter.pretty().writeToString(random),
                    JsonLinesWriter.writeToString(random)));
        }
        return inputs;
    }

    private static Outcome outcome(RuleEngine engine, DatasetReader reader, JsonLinesReader linesReader,
            Input input) {
        ReadResult<Dataset> document = reader.read(new ByteArrayInputStream(
                input.document().getBytes(StandardCharsets.UTF_8)));
        ReadResult<Dataset> lines = linesReader.readDataset(new ByteArrayInputStream(
                input.lines().getBytes(StandardCharsets.UTF_8)));
        return new Outcome(engine.validate(input.dataset(), AS_OF), document.value().orElse(null),
                document.errors(), lines.value().orElse(null), lines.errors());
    }

    @Test
    @Timeout(120)
    void sharedEngineAndReaders_16threads_sameAsSequential() throws Exception {
        RuleEngine engine = RuleEngine.of(Presets.guangzhouLiwan2026());
        DatasetReader reader = DatasetReader.create();
        JsonLinesReader linesReader = JsonLinesReader.create();
        List<Input> inputs = inputs();
        List<Outcome> sequential = inputs.stream().map(i -> outcome(engine, reader, linesReader, i)).toList();
        assertThat(sequential).anySatisfy(o -> assertThat(o.documentErrors()).isNotEmpty());
        assertThat(sequential).anySatisfy(o -> assertThat(o.linesErrors()).isNotEmpty());
        assertThat(sequential).anySatisfy(o -> assertThat(o.report().isSuccessful()).isFalse());
        assertThat(sequential).anySatisfy(o -> assertThat(o.document()).isNotNull());

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Outcome>>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int offset = t;
            futures.add(pool.submit(() -> {
                start.await();
                List<Outcome> seen = new ArrayList<>(sequential.size());
                inputs.forEach(i -> seen.add(null));
                for (int round = 0; round < ROUNDS; round++) {
                    for (int i = 0; i < inputs.size(); i++) {
                        int at = (i * 7 + offset + round) % inputs.size();
                        Outcome outcome = outcome(engine, reader, linesReader, inputs.get(at));
                        if (seen.get(at) != null && !seen.get(at).equals(outcome)) {
                            throw new AssertionError("Unstable outcome for input " + at);
                        }
                        seen.set(at, outcome);
                    }
                }
                return seen;
            }));
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(100, TimeUnit.SECONDS)).isTrue();
        for (Future<List<Outcome>> future : futures) {
            assertThat(future.get()).isEqualTo(sequential);
        }
    }
}
