package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.yanxun.Certificate;
import org.yanxun.Cluster;
import org.yanxun.ClusterId;
import org.yanxun.Dataset;
import org.yanxun.Membership;
import org.yanxun.MentoringPair;
import org.yanxun.Person;
import org.yanxun.PersonId;
import org.yanxun.Studio;
import org.yanxun.StudioId;
import org.yanxun.examples.ExampleCommunities;
import org.yanxun.policy.Presets;
import org.yanxun.rules.RuleEngine;

/**
 * Generates a JSON Lines file of about 1,000,000 records into {@code target/} (copies of the Liwan
 * cluster with renamed people and studios, about 887,000 persons and 111,000 studios, plus the 綦营恩
 * alliance with its sessions, exchanges and resources) and validates it with
 * {@link JsonLinesValidation}, printing the heap held after GC. Not in the default run:
 * <pre>{@code ./mvnw test -Dtest=JsonLinesValidationScaleTest -Dyanxun.scale=true -Dyanxun.test.heap=256m}</pre>
 *
 * <p>The validation keeps every key in one pass, however small the heap, so that the test measures
 * the memory a key takes and fails with {@link OutOfMemoryError} when that grows: a default validation
 * would split the keys into several passes (see {@link JsonLinesValidation#withStateMemory}). Measured
 * figures are in docs/performance.md, section "Streaming a million records in 256 MB".
 */
@EnabledIfSystemProperty(named = "yanxun.scale", matches = "true")
class JsonLinesValidationScaleTest {

    /** The number of records; {@code -Dyanxun.scale.records=200000} measures a smaller file. */
    private static final int RECORDS = Integer.getInteger("yanxun.scale.records", 1_000_000);

    @Test
    void validate_aMillionRecords_reportsHeapPerKey() throws IOException {
        Dataset liwan = ExampleCommunities.liwan2026();
        Dataset qiyingen = ExampleCommunities.qiyingen();
        int perCopy = liwan.persons().size() + liwan.studios().size() + 1;
        int copies = RECORDS / perCopy;
        Path file = Path.of("target", "scale-validate-" + RECORDS + ".jsonl");
        try (OutputStream out = Files.newOutputStream(file); JsonLinesWriter writer = JsonLinesWriter.to(out)) {
            liwan.institutions().forEach(writer::institution);
            qiyingen.institutions().forEach(writer::institution);
            qiyingen.persons().forEach(writer::person);
            qiyingen.alliances().forEach(writer::alliance);
            for (int copy = 0; copy < copies; copy++) {
                String suffix = "-" + copy;
                liwan.persons().forEach(p -> writer.person(renamed(p, suffix)));
                Cluster cluster = liwan.clusters().get(0);
                ClusterId id = ClusterId.of(cluster.id().value() + suffix);
                writer.cluster(new Cluster(id, cluster.name(), cluster.region(), cluster.organiser(),
                        cluster.undertaker(), cluster.launchedOn(), List.of(), cluster.plan()));
                cluster.studios().forEach(s -> writer.studio(id, renamed(s, suffix)));
            }
        }
        long persons = (long) copies * liwan.persons().size() + qiyingen.persons().size();
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long baseline = runtime.totalMemory() - runtime.freeMemory();
        long[] peak = new long[2];
        long started = System.nanoTime();

        JsonLinesReport result = JsonLinesValidation.of(RuleEngine.of(Presets.guangzhouLiwan2026()))
                .withStateMemory(Long.MAX_VALUE)
                .withProgress(line -> {
                    if (line % 50_000 == 0) {
                        System.gc();
                        long held = runtime.totalMemory() - runtime.freeMemory() - baseline;
                        if (held > peak[0]) {
                            peak[0] = held;
                            peak[1] = line;
                        }
                    }
                })
                .validate(file, ExampleCommunities.LIWAN_AS_OF);

        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        assertThat(result.readErrors()).isEmpty();
        assertThat(result.lines()).isGreaterThan(RECORDS * 99L / 100);
        long personsAtPeak = peak[1] * persons / result.lines();
        System.out.printf(Locale.ROOT, "Validated %,d lines (%,d bytes, %,d persons) in %d s with -Xmx %,d MB;"
                + " %,d findings; heap held after GC at most %,d bytes above baseline at line %,d (about %,d persons read),"
                + " %,d bytes per person%n", result.lines(), Files.size(file), persons, seconds,
                runtime.maxMemory() / (1024 * 1024), result.report().findings().size(), peak[0], peak[1],
                personsAtPeak, peak[0] / Math.max(1, personsAtPeak));
    }

    private static PersonId renamed(PersonId id, String suffix) {
        return PersonId.of(id.value() + suffix);
    }

    private static Person renamed(Person p, String suffix) {
        return new Person(renamed(p.id(), suffix), p.name(), p.synthetic(), p.birthDate(), p.title(), p.honours(),
                p.posts(), p.stages(), p.subjects(), p.employer(), p.teachingSince());
    }

    private static Studio renamed(Studio s, String suffix) {
        List<Membership> memberships = s.memberships().stream()
                .map(m -> new Membership(renamed(m.person(), suffix), m.tier(), m.joinedOn(), m.leftOn())).toList();
        List<MentoringPair> pairs = s.mentoringPairs().stream()
                .map(p -> new MentoringPair(renamed(p.mentor(), suffix), renamed(p.apprentice(), suffix))).toList();
        List<Certificate> certificates = s.certificates().stream()
                .map(c -> new Certificate(c.kind(), c.issuer(), c.issuedOn(), c.holder().map(h -> renamed(h, suffix))))
                .toList();
        return new Studio(StudioId.of(s.id().value() + suffix), s.name(), s.type(), s.level(), s.hostInstitution(),
                s.researchDirection(), s.stages(), s.subjects(), s.cycle(), s.status(), memberships, s.evaluations(),
                s.activities(), pairs, certificates);
    }
}
