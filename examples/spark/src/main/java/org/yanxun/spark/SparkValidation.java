package org.yanxun.spark;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.yanxun.json.JsonLine;
import org.yanxun.json.JsonLinesReader;
import org.yanxun.json.JsonLinesValidation;
import org.yanxun.json.PolicyReader;
import org.yanxun.json.PolicyWriter;
import org.yanxun.json.ReadError;
import org.yanxun.json.ReadResult;
import org.yanxun.policy.Policy;
import org.yanxun.policy.Presets;
import org.yanxun.rules.Dimensions;
import org.yanxun.rules.Entity;
import org.yanxun.rules.Finding;
import org.yanxun.rules.FindingSink;
import org.yanxun.rules.Grouping;
import org.yanxun.rules.KeyedRule;
import org.yanxun.rules.LocalRule;
import org.yanxun.rules.Rule;
import org.yanxun.rules.RuleContext;
import org.yanxun.rules.RuleEngine;
import scala.Tuple2;

/**
 * Validates a JSON Lines file with the Yanxun rule catalogue in Apache Spark, such as
 * {@code SparkValidation national.jsonl findings/ 2026-03-01 guangzhou-liwan-2026}: the same findings
 * as {@code JsonLinesValidation} in one process, as JSON Lines ({@link FindingJson}). The policy is a
 * preset or any policy, such as one read from a policy file ({@code docs/policies.md}).
 *
 * <p>The lines are read as a {@code Dataset<String>} and numbered; each is parsed on its own with
 * {@link JsonLinesReader#parseLine(String, long, java.util.Collection)} and the custom studio types
 * defined on earlier lines. The institution, alliance and studio type lines (the reference data) are
 * collected and broadcast; the errors of lines that cannot be read are reported beside the findings. Local rules run as a map over the records; keyed rules
 * as a group-by: each record is mapped with every grouping's {@link Grouping#map} to (key, state)
 * pairs, states of a key are combined with {@link Grouping#merge} in {@code reduceByKey}, and each
 * rule of the grouping checks the merged state with {@link KeyedRule#check}. Keys and states cross
 * the shuffle with Spark's Java serialisation: the catalogue's states and keys are serialisable.
 */
public final class SparkValidation {

    private SparkValidation() {
    }

    /** A key of one grouping: the grouping's place among the engine's groupings, and the key. */
    record GroupKey(int grouping, Object key) implements java.io.Serializable {
    }

    /** A state of one grouping, so that the merge step knows which grouping merges it. */
    record Tagged(int grouping, Object state) implements java.io.Serializable {
    }

    /**
     * What a validation reports, each as lines of JSON in no particular order.
     *
     * @param findings the findings of the rules ({@link FindingJson})
     * @param readErrors every error of the lines that could not be read ({@link FindingJson#of(ReadError)});
     *     those lines are not validated
     */
    public record Validation(JavaRDD<String> findings, JavaRDD<String> readErrors) {
    }

    /**
     * Runs the validation.
     *
     * @param args the JSON Lines file, the output directory, the as-of date and optionally the policy:
     *     a preset's id or a policy file on the driver (default {@value Presets#GUANGZHOU_LIWAN_2026})
     */
    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: SparkValidation INPUT.jsonl OUTPUT_DIR AS_OF [PRESET|POLICY_FILE]");
            System.exit(2);
        }
        LocalDate asOf = asOf(args[2]);
        Policy policy = policy(args.length > 3 ? args[3] : Presets.GUANGZHOU_LIWAN_2026);
        SparkSession.Builder builder = SparkSession.builder().appName("yanxun-validation");
        if (System.getProperty("spark.master") == null) {
            builder.master("local[*]").config("spark.ui.enabled", "false");
        }
        SparkSession spark = builder.getOrCreate();
        try {
            Validation validation = validate(spark, args[0], asOf, policy);
            String findings = args[1] + "/findings";
            String readErrors = args[1] + "/read-errors";
            validation.findings().saveAsTextFile(findings);
            validation.readErrors().saveAsTextFile(readErrors);
            long found = spark.read().textFile(findings).count();
            long unreadable = spark.read().textFile(readErrors).count();
            System.out.println("Wrote " + found + (found == 1 ? " finding to " : " findings to ") + findings + " and "
                    + unreadable + (unreadable == 1 ? " read error to " : " read errors to ") + readErrors);
        } finally {
            spark.stop();
        }
    }

    /**
     * The as-of date; exits with a usage error if it is not a date such as 2026-03-01, of the years 0000
     * to 9999 that a validation accepts ({@code LocalDate.parse} also reads {@code +10000-01-01}).
     */
    private static LocalDate asOf(String text) {
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.getYear() >= 0 && date.getYear() <= 9999) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // said below
        }
        exit("as-of 日期须形如 2026-03-01（0000 至 9999 年），实为“" + text + "”",
                "the as-of date must look like 2026-03-01 (years 0000 to 9999), was '" + text + "'");
        return null;
    }

    /**
     * A preset by id, or else a policy file; exits with the file's read errors if it cannot be read, such as
     * a file that takes a preset's id but differs from it, whose findings would name the preset.
     */
    private static Policy policy(String name) {
        Optional<Policy> preset = Presets.byId(name);
        if (preset.isPresent()) {
            return preset.get();
        }
        ReadResult<Policy> read = PolicyReader.create().withRuleCodes(RuleEngine.builtInCodes()).read(Path.of(name));
        if (!read.isSuccessful()) {
            System.err.println("无法读取政策 " + name + "（也没有此 id 的预设：" + String.join("、", Presets.ids()) + "）");
            System.err.println("cannot read the policy " + name + " (no preset has that id either: "
                    + String.join(", ", Presets.ids()) + "):");
            read.errors().forEach(error -> System.err.println("  " + error + "\n    " + error.zh()));
            System.exit(2);
        }
        return read.value().orElseThrow();
    }

    private static void exit(String zh, String en) {
        System.err.println(zh);
        System.err.println(en);
        System.exit(2);
    }

    /**
     * Validates a JSON Lines file.
     *
     * @param spark the session, not null
     * @param path the JSON Lines file or directory, not null
     * @param asOf the date to validate as of, not null
     * @param policy the policy, a preset or one of the caller's, not null; it reaches the executors as
     *     its JSON form ({@link PolicyWriter}), so a policy file gives the same findings there
     * @return the findings and the read errors
     * @throws IllegalArgumentException if the engine refuses the policy, or the policy cannot be a policy
     *     document: one derived from a preset needs an id of its own ({@code withId}), or {@code asOf} is
     *     outside the years 0000 to 9999
     */
    public static Validation validate(SparkSession spark, String path, LocalDate asOf, Policy policy) {
        // The executors build their engines and contexts from the policy and the date; a policy or date
        // they would refuse fails here, on the driver, before any job.
        RuleEngine.of(policy);
        new RuleContext(policy, asOf, Dimensions.empty());
        String document = PolicyWriter.compact().writeToString(policy);
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Dataset<String> text = spark.read().textFile(path);
        JavaPairRDD<String, Long> numbered = text.javaRDD().zipWithIndex();
        List<String> dimensionLines = numbered.filter(t -> isDimension(t._1())).map(t -> (t._2() + 1) + "\t" + t._1())
                .collect();
        Broadcast<List<String>> dimensions = context.broadcast(dimensionLines);
        RuleSide.Job job = new RuleSide.Job(document, asOf, dimensions.id());

        JavaRDD<String> local = numbered.mapPartitions(lines -> {
            RuleSide side = RuleSide.of(job, dimensions.value());
            List<String> out = new ArrayList<>();
            forEachEntity(side, lines, entity -> {
                for (Rule rule : side.engine.rules()) {
                    if (rule instanceof LocalRule<?> localRule && localRule.entityType().isInstance(entity)) {
                        runLocal(side, localRule, entity, out);
                    }
                }
            });
            return out.iterator();
        });

        JavaPairRDD<GroupKey, Tagged> states = numbered.mapPartitionsToPair(lines -> {
            RuleSide side = RuleSide.of(job, dimensions.value());
            List<Tuple2<GroupKey, Tagged>> out = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            forEachEntity(side, lines, entity -> {
                for (int g = 0; g < side.groupings.size(); g++) {
                    int grouping = g;
                    try {
                        side.groupings.get(g).map(entity, side.context, (key, state) -> out.add(
                                new Tuple2<>(new GroupKey(grouping, key), new Tagged(grouping, state))));
                    } catch (Exception e) {
                        keepInterrupt(e);
                        for (Rule rule : side.engine.rules()) {
                            if (rule instanceof KeyedRule<?, ?> keyed && keyed.grouping() == side.groupings.get(g)) {
                                failures.add(FindingJson.of(side.engine.failureAt(rule, entity.location(), e)));
                            }
                        }
                    }
                }
            });
            failures.forEach(f -> out.add(new Tuple2<>(new GroupKey(-1, f), new Tagged(-1, f))));
            return out.iterator();
        });

        JavaRDD<String> keyed = states.reduceByKey((left, right) -> merge(job, dimensions, left, right))
                .mapPartitions(merged -> {
                    RuleSide side = RuleSide.of(job, dimensions.value());
                    List<String> out = new ArrayList<>();
                    while (merged.hasNext()) {
                        Tuple2<GroupKey, Tagged> entry = merged.next();
                        if (entry._1().grouping() < 0) {
                            out.add((String) entry._1().key());
                        } else {
                            check(side, entry._1(), entry._2().state(), out);
                        }
                    }
                    return out.iterator();
                });
        JavaRDD<String> readErrors = numbered.mapPartitions(lines -> {
            RuleSide side = RuleSide.of(job, dimensions.value());
            JsonLinesReader reader = JsonLinesReader.create();
            List<String> out = new ArrayList<>();
            while (lines.hasNext()) {
                Tuple2<String, Long> line = lines.next();
                if (!line._1().isBlank()
                        && side.parse(reader, line._1(), line._2() + 1) instanceof JsonLine.ErrorLine error) {
                    error.errors().forEach(e -> out.add(FindingJson.of(e)));
                }
            }
            return out.iterator();
        });
        return new Validation(local.union(keyed), readErrors);
    }

    /**
     * Tells whether a line may hold reference data that every executor needs: the broadcast lines, which
     * {@link RuleSide} reads, keeping the institutions, alliances and custom studio types among them. A
     * line whose type is one of those names it, with any spaces around it, or writes it with an escape
     * (<code>"&#92;u0069nstitution"</code>); a few other lines name them too ({@code "alliance":"a0"}) and
     * are read for nothing.
     */
    private static boolean isDimension(String line) {
        return line.contains("institution") || line.contains("alliance") || line.contains("studioType")
                || line.indexOf('\\') >= 0;
    }

    /** Gives the record of each line that can be read; {@link #validate} reports the others. */
    private static void forEachEntity(RuleSide side, Iterator<Tuple2<String, Long>> lines,
            java.util.function.Consumer<Entity> action) {
        JsonLinesReader reader = JsonLinesReader.create();
        while (lines.hasNext()) {
            Tuple2<String, Long> line = lines.next();
            if (!line._1().isBlank()) {
                JsonLinesValidation.entityOf(side.parse(reader, line._1(), line._2() + 1)).ifPresent(action);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Tagged merge(RuleSide.Job job, Broadcast<List<String>> dimensions, Tagged left, Tagged right) {
        if (left.grouping() < 0) {
            return left;
        }
        Grouping<Object, Object> grouping = (Grouping<Object, Object>) RuleSide.of(job, dimensions.value())
                .groupings.get(left.grouping());
        return new Tagged(left.grouping(), grouping.merge(left.state(), right.state()));
    }

    private static <E extends Entity> void runLocal(RuleSide side, LocalRule<E> rule, Entity entity, List<String> out) {
        List<Finding> findings = new ArrayList<>();
        try {
            rule.check(rule.entityType().cast(entity), side.context, side.sink(rule, findings));
        } catch (Exception e) {
            keepInterrupt(e);
            findings.add(side.engine.failureAt(rule, entity.location(), e));
        }
        findings.forEach(f -> out.add(FindingJson.of(f)));
    }

    /** Keeps the interrupt of an {@code InterruptedException} a rule threw undeclared, as the engine does. */
    private static void keepInterrupt(Exception e) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Tells whether a state is quiet ({@link Grouping#isQuiet}): the rules that ignore quiet states are
     * not given it, as in the in-process engine. Most identifiers are declared once, and their states
     * need no check. An answer that throws counts as false.
     */
    private static boolean isQuiet(Grouping<Object, Object> grouping, Object state) {
        try {
            return grouping.isQuiet(state);
        } catch (Exception e) {
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private static void check(RuleSide side, GroupKey key, Object state, List<String> out) {
        Grouping<Object, Object> grouping = (Grouping<Object, Object>) side.groupings.get(key.grouping());
        boolean quiet = isQuiet(grouping, state);
        for (Rule rule : side.engine.rules()) {
            if (rule instanceof KeyedRule<?, ?> keyed && keyed.grouping() == grouping
                    && !(quiet && keyed.ignoresQuietStates())) {
                List<Finding> findings = new ArrayList<>();
                FindingSink sink = side.sink(rule, findings);
                try {
                    ((KeyedRule<Object, Object>) keyed).check(key.key(), state, side.context, sink);
                } catch (Exception e) {
                    keepInterrupt(e);
                    findings.add(side.engine.failureOn(rule, key.key(), e));
                }
                findings.forEach(f -> out.add(FindingJson.of(f)));
            }
        }
    }
}
