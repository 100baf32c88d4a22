package org.yanxun.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.yanxun.Studio;

/** One validator shared by 16 threads gives exactly the sequential results. */
class ConcurrencyTest {

    private static final int THREADS = 16;
    private static final int ROUNDS = 4;

    static final class Holder {
        @ValidStudio(asOf = "2026-03-01")
        @ValidStudio(asOf = "2026-03-01", minSeverity = org.yanxun.policy.Severity.ERROR, groups = Blocking.class)
        final Studio studio;
        @RegionCode
        final String region;

        Holder(Studio studio, String region) {
            this.studio = studio;
            this.region = region;
        }
    }

    private static List<Holder> inputs() {
        List<Holder> inputs = new ArrayList<>();
        List<Studio> studios = Fixtures.LIWAN.clusters().get(0).studios();
        for (int i = 0; i < 24; i++) {
            Studio studio = studios.get(i * 10);
            inputs.add(new Holder(i % 2 == 0 ? Fixtures.withTwoMembers(studio) : studio, i % 3 == 0 ? "990000" : "440103"));
        }
        return inputs;
    }

    private static List<String> results(Validator validator, Holder holder) {
        List<String> results = new ArrayList<>();
        validator.validate(holder).forEach(v -> results.add(v.getPropertyPath() + "|" + v.getMessage() + "|"
                + Validators.payload(v)));
        validator.validate(holder, Blocking.class).forEach(v -> results.add("blocking " + v.getPropertyPath() + "|"
                + v.getMessage() + "|" + Validators.payload(v)));
        return results.stream().sorted().toList();
    }

    @Test
    void sharedValidator_16threads_sameAsSequential() throws Exception {
        Validator validator = Validators.withEl(Validators.ZH);
        List<Holder> inputs = inputs();
        List<List<String>> sequential = inputs.stream().map(h -> results(validator, h)).toList();
        assertThat(sequential).anySatisfy(r -> assertThat(r).isNotEmpty());

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<List<String>>>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int offset = t;
            futures.add(pool.submit(() -> {
                start.await();
                List<List<String>> seen = new ArrayList<>(inputs.size());
                for (int i = 0; i < inputs.size(); i++) {
                    seen.add(null);
                }
                for (int round = 0; round < ROUNDS; round++) {
                    for (int i = 0; i < inputs.size(); i++) {
                        int at = (i + offset + round) % inputs.size();
                        List<String> result = results(validator, inputs.get(at));
                        if (seen.get(at) != null && !seen.get(at).equals(result)) {
                            throw new AssertionError("Unstable result for input " + at);
                        }
                        seen.set(at, result);
                    }
                }
                return seen;
            }));
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        for (Future<List<List<String>>> future : futures) {
            assertThat(future.get()).isEqualTo(sequential);
        }
    }
}
