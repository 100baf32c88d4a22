package org.yanxun.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The ratios of {@link EngineBenchmark} measured in one JVM with each baseline and its engine run taking
 * turns, so that both see the same state of the machine: 100 ms of the hand-written loop, 100 ms of the
 * engine with the same checks, 100 ms of Hibernate Validator, 100 ms of the engine with the bean checks,
 * again and again for the given time; the first half of the rounds is warm-up. Each round gives a ratio
 * of the mean times per validation; the medians and quartiles of those ratios are printed.
 *
 * <p>JMH runs each benchmark in a JVM of its own, one after another; on a machine whose speed drifts
 * over minutes (see docs/performance.md) the ratio of two such runs carries that drift. Taking turns
 * within 400 ms cancels it. Run with
 * {@code ./mvnw -Ppaired -DskipTests verify -Dpaired.studios=258,1000,10000 -Dpaired.seconds=40}.
 */
public final class PairedRatio {

    private static final long TURN_NANOS = 100_000_000L;
    /** What the validations return, kept so that none of them can be left out. */
    private static volatile int sink;

    private PairedRatio() {
    }

    /**
     * Measures each size in turn.
     *
     * @param args the sizes in studios, separated by commas, and the seconds to spend on each
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            throw new IllegalArgumentException("Usage: PairedRatio STUDIOS[,STUDIOS...] SECONDS");
        }
        double seconds = Double.parseDouble(args[1]);
        if (!(seconds > 0)) {
            throw new IllegalArgumentException("SECONDS must be positive, was " + args[1]);
        }
        System.out.println("studios  loop ms  same ms  same/loop (q1-q3)  HV ms  bean ms  HV/bean (q1-q3)  rounds");
        for (String size : args[0].split(",")) {
            EngineBenchmark benchmark = new EngineBenchmark();
            benchmark.studios = Integer.parseInt(size.trim());
            benchmark.setUp();
            try {
                System.out.println(measure(benchmark, seconds));
            } finally {
                benchmark.tearDown();
            }
        }
    }

    private static String measure(EngineBenchmark benchmark, double seconds) {
        List<Supplier<?>> turns = List.of(benchmark::handWrittenLoop, benchmark::engineSameChecks,
                benchmark::hibernateValidator, benchmark::engineBeanChecks);
        List<double[]> rounds = new ArrayList<>();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            double[] means = new double[turns.size()];
            for (int i = 0; i < means.length; i++) {
                int runs = 0;
                long start = System.nanoTime();
                long now;
                do {
                    sink += turns.get(i).get().hashCode();
                    runs++;
                    now = System.nanoTime();
                } while (now - start < TURN_NANOS);
                means[i] = (now - start) / 1e6 / runs;
            }
            rounds.add(means);
        }
        List<double[]> measured = rounds.subList(rounds.size() / 2, rounds.size());
        return String.format(Locale.ROOT, "%7d %8.4g %8.4g  %s %8.4g %8.4g  %s  %6d", benchmark.studios,
                median(measured, r -> r[0]), median(measured, r -> r[1]), quartiles(measured, r -> r[1] / r[0]),
                median(measured, r -> r[2]), median(measured, r -> r[3]), quartiles(measured, r -> r[2] / r[3]),
                measured.size());
    }

    private interface Value {
        double of(double[] round);
    }

    private static double[] sorted(List<double[]> rounds, Value value) {
        return rounds.stream().mapToDouble(value::of).sorted().toArray();
    }

    private static double median(List<double[]> rounds, Value value) {
        double[] values = sorted(rounds, value);
        return values[values.length / 2];
    }

    private static String quartiles(List<double[]> rounds, Value value) {
        double[] values = sorted(rounds, value);
        return String.format(Locale.ROOT, "%5.2f× (%.2f-%.2f)", values[values.length / 2], values[values.length / 4],
                values[values.length * 3 / 4]);
    }
}
