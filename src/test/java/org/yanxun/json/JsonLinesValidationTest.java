package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.UndeclaredThrowableException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yanxun.Dataset;
import org.yanxun.Fifos;
import org.yanxun.InvalidValueException;
import org.yanxun.Membership;
import org.yanxun.Person;
import org.yanxun.PersonId;
import org.yanxun.StudioType;
import org.yanxun.Title;
import org.yanxun.examples.ExampleCommunities;
import org.yanxun.generators.RandomModel;
import org.yanxun.policy.Policy;
import org.yanxun.policy.Presets;
import org.yanxun.policy.Severity;
import org.yanxun.rules.Dimensions;
import org.yanxun.rules.Finding;
import org.yanxun.rules.KeyedRule;
import org.yanxun.rules.Report;
import org.yanxun.rules.Rule;
import org.yanxun.rules.RuleEngine;
import org.yanxun.rules.RuleInfo;
import org.yanxun.rules.Shape;
import org.yanxun.rules.catalogue.Mutations;

/** The JSON Lines bridge to the rule engine gives the findings of a whole-dataset validation. */
class JsonLinesValidationTest {

    /** A date at which the cycles of the examples are over and their resources stale. */
    private static final LocalDate LATER = LocalDate.of(2031, 1, 1);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} under {1}")
    @CsvSource({"liwan, liwan", "qiyingen, qiyingen", "liwan, qiyingen", "qiyingen, liwan", "both, liwan",
            "both, qiyingen", "ineligibleHost, liwan", "listedTwice, liwan"})
    void validate_file_givesTheFindingsOfTheDataset(String data, String preset) throws IOException {
        Dataset dataset = dataset(data);
        Policy policy = preset.equals("liwan") ? Presets.guangzhouLiwan2026() : Presets.chengyuQiyingen2023();
        LocalDate asOf = preset.equals("liwan") ? ExampleCommunities.LIWAN_AS_OF : ExampleCommunities.QIYINGEN_AS_OF;
        Report expected = RuleEngine.of(policy).validate(dataset, asOf);

        JsonLinesReport actual = JsonLinesValidation.of(RuleEngine.of(policy)).validate(write(dataset), asOf);

        assertThat(actual.readErrors()).isEmpty();
        assertThat(withoutLocation(actual.report())).isEqualTo(withoutLocation(expected));
    }

    @Test
    void validate_personListedTwiceInAStudio_countsTheStudioOnce() throws IOException {
        JsonLinesReport actual = JsonLinesValidation.of(RuleEngine.of(Presets.guangzhouLiwan2026()))
                .validate(write(dataset("listedTwice")), ExampleCommunities.LIWAN_AS_OF);

        assertThat(actual.report().withCode("PERSON_JOINS_TOO_MANY").findings())
                .singleElement().extracting(Finding::messageEn).asString().contains(" is a member of 2 studios ");
    }

    @Test
    void validate_laterDate_findsSomethingInEveryPart() {
        Report report = RuleEngine.of(Presets.guangzhouLiwan2026()).validate(dataset("both"), LATER);
        assertThat(report.countsByCode()).containsKeys("STUDIO_EVALUATION_SCHEDULE", "RESOURCE_FRESHNESS",
                "SESSION_OUTSIDE_PLAN");
    }

    @Test
    void validate_file_laterDate_givesTheFindingsOfTheDataset() throws IOException {
        Dataset dataset = dataset("both");
        RuleEngine engine = RuleEngine.of(Presets.guangzhouLiwan2026());

        JsonLinesReport actual = JsonLinesValidation.of(engine).validate(write(dataset), LATER);

        assertThat(withoutLocation(actual.report())).isEqualTo(withoutLocation(engine.validate(dataset, LATER)));
    }

    @Test
    void validate_file_umbrellaBeforeOrAfterTheAllianceNamingIt_isAnUmbrellaAsInTheDataset() throws IOException {
        Dataset childFirst = Mutations.withBareCommunity(Mutations.QIYINGEN, true);
        Dataset umbrellaFirst = childFirst.withAlliances(List.of(childFirst.alliances().get(1),
                childFirst.alliances().get(0)));
        RuleEngine engine = RuleEngine.of(Presets.chengyuQiyingen2023());

        for (Dataset dataset : List.of(childFirst, umbrellaFirst)) {
            JsonLinesReport actual = JsonLinesValidation.of(engine).validate(write(dataset), LATER);

            assertThat(withoutLocation(actual.report())).isEqualTo(withoutLocation(engine.validate(dataset, LATER)));
            assertThat(actual.report().findings()).extracting(Finding::code).contains("ALLIANCE_COMPOSITION")
                    .doesNotContain("ALLIANCE_LEAD_UNIT", "ALLIANCE_PLAN_PERIOD", "EXCHANGE_KIND_UNUSED");
        }
    }

    @Test
    void validate_asOfBeyondTheYear9999_isRefusedAndAStreamIsNotRead() throws IOException {
        Path file = write(dataset("both"));
        JsonLinesValidation validation = JsonLinesValidation.of(RuleEngine.of(Presets.chengyuQiyingen2023()));

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> validation.validate(file, LocalDate.MAX))
                .withMessageContaining("asOf must be in the years 0000 to 9999");
        try (InputStream in = Files.newInputStream(file)) {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> validation.validate(in, Dimensions.empty(), LocalDate.MAX));
            assertThat(in.read()).as("the stream is not read").isEqualTo('{');
        }
    }

    @Test
    void validate_file_locatesFindingsByLineAndEntity() throws IOException {
        Dataset dataset = dataset("both");
        JsonLinesReport actual = JsonLinesValidation.of(RuleEngine.of(Presets.chengyuQiyingen2023()))
                .validate(write(dataset), ExampleCommunities.QIYINGEN_AS_OF);

        assertThat(actual.report().findings()).allSatisfy(f -> {
            assertThat(f.location().line()).isPresent();
            assertThat(f.pointer()).matches("/(person|institution|cluster|studio|alliance|session|exchange|resource"
                    + "|project)(/.*)?");
        });
    }

    @Test
    void validate_ineligibleHost_pointsAtTheStudioLine() throws IOException {
        Dataset dataset = dataset("ineligibleHost");
        Path file = write(dataset);
        long studioLine = lineOf(file, "\"type\":\"studio\"", "\"id\":\"" + Mutations.studio(Mutations.SG).id() + "\"");

        JsonLinesReport actual = JsonLinesValidation.of(RuleEngine.of(Presets.guangzhouLiwan2026()))
                .validate(file, ExampleCommunities.LIWAN_AS_OF);

        assertThat(actual.report().withCode("STUDIO_HOST_ELIGIBLE").findings())
                .extracting(f -> f.location().toString())
                .containsExactly("line " + studioLine + " /studio/memberships/0/person");
    }

    @Test
    void validate_badLines_areReadErrors_andTheRestIsValidated() throws IOException {
        Dataset dataset = dataset("qiyingen");
        List<String> lines = new ArrayList<>(Arrays.asList(JsonLinesWriter.writeToString(dataset).split("\n")));
        lines.add(1, "{\"type\":\"person\",\"person\":{\"id\":\"p1\"}}");
        lines.add(3, "not json");
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);

        JsonLinesReport actual = JsonLinesValidation.of(RuleEngine.of(Presets.chengyuQiyingen2023()))
                .validate(file, ExampleCommunities.QIYINGEN_AS_OF);

        assertThat(actual.readErrors()).extracting(ReadError::line).containsOnly(2L, 4L);
        assertThat(actual.lines()).isEqualTo(lines.size());
        assertThat(actual.isSuccessful()).isFalse();
        Report expected = RuleEngine.of(Presets.chengyuQiyingen2023()).validate(dataset, ExampleCommunities.QIYINGEN_AS_OF);
        assertThat(withoutLocation(actual.report())).isEqualTo(withoutLocation(expected));
    }

    @Test
    void validate_sessionOfAnUnknownAlliance_pointsAtTheLinesAllianceReference() throws IOException {
        List<String> lines = new ArrayList<>(Arrays.asList(JsonLinesWriter.writeToString(dataset("qiyingen")).split("\n")));
        int session = lines.indexOf(lines.stream().filter(l -> l.startsWith("{\"type\":\"session\"")).findFirst()
                .orElseThrow());
        lines.set(session, lines.get(session).replace("\"alliance\":\"qiyingen\"", "\"alliance\":\"elsewhere\""));
        Path file = dir.resolve("orphan.jsonl");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);

        JsonLinesReport actual = JsonLinesValidation.of(RuleEngine.of(Presets.chengyuQiyingen2023()))
                .validate(file, ExampleCommunities.QIYINGEN_AS_OF);

        assertThat(actual.report().withCode("REF_UNKNOWN").findings()).extracting(f -> f.location().toString())
                .containsExactly("line " + (session + 1) + " /alliance");
    }

    @Test
    void validate_institutionsOnTheLastLines_areStillReferenceData() throws IOException {
        Dataset dataset = dataset("qiyingen");
        List<String> lines = Arrays.asList(JsonLinesWriter.writeToString(dataset).split("\n"));
        List<String> reordered = new ArrayList<>(lines.stream().filter(l -> !isReference(l)).toList());
        reordered.addAll(lines.stream().filter(JsonLinesValidationTest::isReference).toList());
        Path file = dir.resolve("reordered.jsonl");
        Files.writeString(file, String.join("\n", reordered) + "\n", StandardCharsets.UTF_8);
        Policy policy = Presets.chengyuQiyingen2023();

        JsonLinesReport actual = JsonLinesValidation.of(RuleEngine.of(policy)).validate(file,
                ExampleCommunities.QIYINGEN_AS_OF);

        Report expected = RuleEngine.of(policy).validate(dataset, ExampleCommunities.QIYINGEN_AS_OF);
        assertThat(withoutLocation(actual.report())).isEqualTo(withoutLocation(expected));
    }

    @Test
    void validate_stream_withTheDatasetsDimensions_givesTheFindingsOfTheDataset() {
        Dataset dataset = dataset("both");
        Policy policy = Presets.chengyuQiyingen2023();
        InputStream in = new ByteArrayInputStream(JsonLinesWriter.writeToString(dataset).getBytes(StandardCharsets.UTF_8));

        JsonLinesReport actual = JsonLinesValidation.of(RuleEngine.of(policy))
                .validate(in, Dimensions.of(dataset), ExampleCommunities.QIYINGEN_AS_OF);

        Report expected = RuleEngine.of(policy).validate(dataset, ExampleCommunities.QIYINGEN_AS_OF);
        assertThat(withoutLocation(actual.report())).isEqualTo(withoutLocation(expected));
    }

    @Test
    void validate_progress_seesTheLastLine() throws IOException {
        Path file = write(dataset("qiyingen"));
        long[] last = new long[1];

        JsonLinesReport actual = JsonLinesValidation.of(RuleEngine.of(Presets.chengyuQiyingen2023()))
                .withProgress(n -> last[0] = n)
                .validate(file, ExampleCommunities.QIYINGEN_AS_OF);

        assertThat(last[0]).isEqualTo(actual.lines()).isPositive();
    }

    @ParameterizedTest
    @CsvSource({"1, 4", "3, 4", "1, 0", "3, 0"})
    void validate_trailingOrOnlyBlankLines_progressEndsAtTheLineCount(int threads, int records) throws IOException {
        String person = "{\"type\":\"person\",\"person\":{\"id\":\"p%d\",\"name\":\"n\",\"synthetic\":true}}\n";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < records; i++) {
            text.append(String.format(Locale.ROOT, person, i));
        }
        Path file = Files.writeString(dir.resolve("blank-end.jsonl"), text + "\n  \n\n");
        List<Long> progress = new ArrayList<>();

        JsonLinesReport actual = JsonLinesValidation.of(RuleEngine.of(Presets.guangzhouLiwan2026())).withThreads(threads)
                .withProgress(n -> {
                    synchronized (progress) {
                        progress.add(n);
                    }
                }).validate(file, LATER);

        assertThat(actual.lines()).isEqualTo(records + 3);
        assertThat(progress).isNotEmpty().isSorted().endsWith(actual.lines());
    }

    @Test
    void validate_statesLargerThanTheMemory_severalPassesOverTheKeys_sameReport() throws IOException {
        Dataset dataset = Mutations.persons(dataset("both"), persons -> {
            persons.add(persons.get(0));
            return persons;
        });
        List<String> lines = new ArrayList<>(Arrays.asList(JsonLinesWriter.writeToString(dataset).split("\n")));
        lines.add(2, "not json");
        Path file = dir.resolve("parts.jsonl");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        RuleEngine engine = RuleEngine.of(Presets.guangzhouLiwan2026());
        JsonLinesReport once = JsonLinesValidation.of(engine).validate(file, LATER);
        int[] passes = new int[1];
        JsonLinesValidation threeParts = JsonLinesValidation.of(engine)
                .withStateMemory(lines.size() * JsonLinesValidation.STATE_BYTES_PER_LINE / 3)
                .withProgress(n -> passes[0] += n == lines.size() ? 1 : 0);

        JsonLinesReport actual = threeParts.validate(file, LATER);

        assertThat(threeParts.partitionsFor(lines.size())).isEqualTo(3);
        assertThat(passes[0]).isEqualTo(3);
        assertThat(actual).isEqualTo(once);
        assertThat(actual.readErrors()).extracting(ReadError::line).containsExactly(3L);
        assertFindingsOfKeyedAndLocalRules(actual.report());
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {1, 3})
    void validate_severalPassesOverTheKeys_laterPassesBindOnlyTheLinesTouchingTheirKeys(int threads)
            throws IOException {
        Path file = dir.resolve("skips.jsonl");
        List<String> lines = writeWithBadLine(file, 4);
        LongAdder bound = new LongAdder();
        Rule counting = KeyedRule.<String, Integer>of(new RuleInfo("TEST_RECORDS_BOUND", "测试规则", "Test rule",
                        Severity.INFO, Shape.KEYED, "none", List.of(), "Counts records; keeps no state."),
                (entity, context, emit) -> bound.increment(), Integer::sum, (key, state, context, sink) -> { });
        RuleEngine engine = RuleEngine.builder(Presets.guangzhouLiwan2026()).add(counting).build();
        JsonLinesValidation onePass = JsonLinesValidation.of(engine).withThreads(threads);
        JsonLinesReport expected = onePass.validate(file, LATER);
        long records = bound.sumThenReset();
        List<Long> progress = new ArrayList<>();
        JsonLinesValidation inParts = onePass
                .withStateMemory(lines.size() * JsonLinesValidation.STATE_BYTES_PER_LINE / 3)
                .withProgress(progress::add);
        int parts = inParts.partitionsFor(lines.size());

        JsonLinesReport actual = inParts.validate(file, LATER);

        assertThat(actual).isEqualTo(expected);
        assertThat(records).isEqualTo(lines.size() - 1);
        assertThat(parts).isEqualTo(threads == 1 ? 3 : 6);
        assertThat(bound.sum()).as("records bound in all passes").isGreaterThan(records).isLessThan(parts * records);
        assertThat(progress).as("a call for every line read, skipped or not").hasSize(parts * lines.size());
    }

    @Test
    void validate_readAhead_sameReportReadErrorsAndProgressOnTheCallingThread() throws IOException {
        Path file = dir.resolve("ahead.jsonl");
        List<String> lines = writeWithBadLine(file, 2);
        JsonLinesValidation plain = JsonLinesValidation.of(RuleEngine.of(Presets.guangzhouLiwan2026()))
                .withStateMemory(lines.size() * JsonLinesValidation.STATE_BYTES_PER_LINE / 2);
        List<Long> progress = new ArrayList<>();
        Thread caller = Thread.currentThread();

        JsonLinesReport actual = plain.withReadAhead(true).withProgress(n -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            progress.add(n);
        }).validate(file, LATER);

        assertThat(actual).isEqualTo(plain.validate(file, LATER));
        assertThat(actual.readErrors()).extracting(ReadError::line).containsExactly(3L);
        assertThat(progress).as("two passes over the keys").hasSize(2 * lines.size())
                .endsWith((long) lines.size());
    }

    @Test
    void validate_readAhead_checksTheKeysOnTwoThreads() throws IOException {
        Path file = write(dataset("both"));
        Set<String> checkedOn = ConcurrentHashMap.newKeySet();
        Rule noting = KeyedRule.<String, Integer>of(new RuleInfo("TEST_CHECKING_THREADS", "测试规则", "Test rule",
                        Severity.INFO, Shape.KEYED, "line", List.of(), "Notes the threads that check its keys."),
                (entity, context, emit) -> emit.accept(entity.location().toString(), 1), Integer::sum,
                (key, state, context, sink) -> checkedOn.add(Thread.currentThread().getName()));
        JsonLinesValidation validation = JsonLinesValidation.of(
                RuleEngine.builder(Presets.guangzhouLiwan2026()).add(noting).build());
        JsonLinesReport alone = validation.validate(file, LATER);
        Set<String> aloneThreads = Set.copyOf(checkedOn);
        checkedOn.clear();

        JsonLinesReport ahead = validation.withReadAhead(true).validate(file, LATER);

        assertThat(ahead).isEqualTo(alone);
        assertThat(aloneThreads).containsExactly(Thread.currentThread().getName());
        assertThat(checkedOn).hasSize(2).contains(Thread.currentThread().getName());
    }

    @Test
    void validate_stream_readAhead_sameReportAndTheStreamIsLeftOpen() {
        Dataset dataset = dataset("both");
        Policy policy = Presets.chengyuQiyingen2023();
        boolean[] closed = new boolean[1];
        InputStream in = new ByteArrayInputStream(JsonLinesWriter.writeToString(dataset).getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        JsonLinesReport actual = JsonLinesValidation.of(RuleEngine.of(policy)).withReadAhead(true)
                .validate(in, Dimensions.of(dataset), ExampleCommunities.QIYINGEN_AS_OF);

        Report expected = RuleEngine.of(policy).validate(dataset, ExampleCommunities.QIYINGEN_AS_OF);
        assertThat(withoutLocation(actual.report())).isEqualTo(withoutLocation(expected));
        assertThat(closed[0]).isFalse();
    }

    @Test
    void validate_stream_readAhead_aStreamThatStallsAndAProgressThatThrows_throwsAtOnce_andLeavesNoThread()
            throws IOException {
        byte[] lines = JsonLinesWriter.writeToString(dataset("both")).getBytes(StandardCharsets.UTF_8);
        java.io.PipedOutputStream writer = new java.io.PipedOutputStream();
        java.io.PipedInputStream in = new java.io.PipedInputStream(writer, 1 << 20);
        writer.write(lines, 0, 40_000); // and no more: the writer stays open, so a further read blocks
        IllegalStateException stop = new IllegalStateException("stop");

        assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> assertThatThrownBy(() ->
                JsonLinesValidation.of(RuleEngine.of(Presets.guangzhouLiwan2026())).withReadAhead(true)
                        .withProgress(n -> {
                            if (n == 50) {
                                throw stop;
                            }
                        }).validate(in, Dimensions.of(dataset("both")), LATER)).isSameAs(stop));
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(thread -> thread.getName().startsWith("yanxun-"));
        writer.close();
    }

    @Test
    void validate_readAhead_progressThrows_propagates() throws IOException {
        Path file = write(dataset("qiyingen"));
        IllegalStateException stop = new IllegalStateException("stop");

        assertThatThrownBy(() -> JsonLinesValidation.of(RuleEngine.of(Presets.chengyuQiyingen2023()))
                .withReadAhead(true).withProgress(n -> {
                    throw stop;
                }).validate(file, ExampleCommunities.QIYINGEN_AS_OF)).isSameAs(stop);
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {2, 3, 7, 64})
    void validate_threads_sameReportReadErrorsAndLinesAsOneThread(int threads) throws IOException {
        List<String> lines = new ArrayList<>(Arrays.asList(JsonLinesWriter.writeToString(dataset("both")).split("\n")));
        int longest = lines.stream().mapToInt(line -> line.getBytes(StandardCharsets.UTF_8).length).max().orElseThrow();
        lines.add(lines.size() - 1, lines.stream().filter(line -> line.startsWith("{\"type\":\"person\""))
                .findFirst().orElseThrow()); // declared again, in the last range
        lines.add(2, "not json");
        lines.add(lines.size() / 2, "");
        lines.add(lines.size() - 3, "{\"type\":\"person\",\"person\":{\"id\":\"p1\"}}\r");
        long incomplete = lines.size() - 3;
        lines.add(lines.size() - 1, "x".repeat(longest + 1));
        long tooLong = lines.size() - 1;
        Path file = dir.resolve("threads.jsonl");
        Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8); // no newline at the end
        JsonLinesValidation oneThread = JsonLinesValidation.of(RuleEngine.of(Presets.guangzhouLiwan2026()))
                .withReader(JsonLinesReader.create().withLimits(JsonLimits.defaults().withMaxLineBytes(longest)));
        JsonLinesReport expected = oneThread.validate(file, LATER);

        JsonLinesReport actual = oneThread.withThreads(threads).validate(file, LATER);

        assertThat(actual).isEqualTo(expected);
        assertThat(actual.lines()).isEqualTo(lines.size());
        assertThat(actual.readErrors()).extracting(ReadError::code, ReadError::line).containsExactly(
                tuple(ReadErrorCode.JSON_SYNTAX, 3L),
                tuple(ReadErrorCode.JSON_MISSING, incomplete),
                tuple(ReadErrorCode.JSON_MISSING, incomplete),
                tuple(ReadErrorCode.JSONL_LINE_TOO_LONG, tooLong));
        assertFindingsOfKeyedAndLocalRules(actual.report());
    }

    @Test
    void validate_threads_severalPassesOverTheKeys_sameReport() throws IOException {
        Path file = dir.resolve("threadsAndParts.jsonl");
        List<String> lines = writeWithBadLine(file, 5);
        JsonLinesValidation threeParts = JsonLinesValidation.of(RuleEngine.of(Presets.guangzhouLiwan2026()))
                .withStateMemory(lines.size() * JsonLinesValidation.STATE_BYTES_PER_LINE / 3);

        JsonLinesReport actual = threeParts.withThreads(4).validate(file, LATER);

        assertThat(actual).isEqualTo(threeParts.validate(file, LATER));
        assertThat(actual.readErrors()).extracting(ReadError::line).containsExactly(6L);
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {2, 5, 40})
    void validate_threads_customStudioTypesAsDefinedOnTheLinesBeforeEachRange(int threads) throws IOException {
        List<String> lines = new ArrayList<>(Arrays.asList(JsonLinesWriter.writeToString(Mutations.LIWAN).split("\n")));
        StudioType custom = RandomModel.CUSTOM_TYPES.get(0);
        String definition = "{\"type\":\"studioType\",\"studioType\":{\"code\":\"" + custom.code()
                + "\",\"form\":\"" + custom.form() + "\",\"rung\":" + custom.rung() + ",\"zh\":\"" + custom.zh()
                + "\",\"en\":\"" + custom.en() + "\"}}";
        List<Integer> studios = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("{\"type\":\"studio\"")) {
                studios.add(i);
            }
        }
        int early = studios.get(1);
        int late = studios.get(studios.size() - 2);
        lines.set(early, ofType(lines.get(early), custom.code()));
        lines.set(late, ofType(lines.get(late), custom.code()));
        lines.add(late - 5, definition);
        lines.add(lines.size() - 1, definition);
        Path file = dir.resolve("types.jsonl");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        JsonLinesValidation oneThread = JsonLinesValidation.of(RuleEngine.of(Presets.guangzhouLiwan2026()));
        JsonLinesReport expected = oneThread.validate(file, ExampleCommunities.LIWAN_AS_OF);

        JsonLinesReport actual = oneThread.withThreads(threads).validate(file, ExampleCommunities.LIWAN_AS_OF);

        assertThat(actual).isEqualTo(expected);
        assertThat(actual.readErrors()).as("used before its definition, then defined twice")
                .extracting(ReadError::code, ReadError::line, ReadError::pointer)
                .containsExactly(tuple(ReadErrorCode.JSON_ENUM, early + 1L, "/studio/type"),
                        tuple(ReadErrorCode.JSON_VALUE, (long) lines.size() - 1,
                                "/studioType/code"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", " trailing"})
    void validate_severalPassesOverTheKeys_everyPassReadsTheCustomStudioTypes(String afterDefinition)
            throws IOException {
        Set<PersonId> gone = Mutations.studio(1).memberships().stream().map(Membership::person)
                .collect(Collectors.toSet());
        Dataset dataset = Mutations.persons(Mutations.LIWAN,
                persons -> new ArrayList<>(persons.stream().filter(p -> !gone.contains(p.id())).toList()));
        List<String> lines = new ArrayList<>(Arrays.asList(JsonLinesWriter.writeToString(dataset).split("\n")));
        StudioType custom = RandomModel.CUSTOM_TYPES.get(0);
        int studio = lineOfStudio(lines, Mutations.studio(1).id().value());
        lines.set(studio, ofType(lines.get(studio), custom.code()));
        // Content after the definition makes an error line, which defines no type in any pass.
        lines.add(studio, "{\"type\":\"studioType\",\"studioType\":{\"code\":\"" + custom.code() + "\",\"form\":\""
                + custom.form() + "\",\"rung\":" + custom.rung() + ",\"zh\":\"" + custom.zh() + "\",\"en\":\""
                + custom.en() + "\"}}" + afterDefinition);
        Path file = dir.resolve("typesAndParts.jsonl");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        JsonLinesValidation onePass = JsonLinesValidation.of(RuleEngine.of(Presets.guangzhouLiwan2026()));

        JsonLinesReport actual = onePass.withStateMemory(lines.size() * JsonLinesValidation.STATE_BYTES_PER_LINE / 3)
                .validate(file, ExampleCommunities.LIWAN_AS_OF);

        assertThat(actual).isEqualTo(onePass.validate(file, ExampleCommunities.LIWAN_AS_OF));
        assertThat(actual.readErrors()).extracting(ReadError::code).containsExactlyElementsOf(afterDefinition.isEmpty()
                ? List.of() : List.of(ReadErrorCode.JSON_TRAILING, ReadErrorCode.JSON_ENUM));
        assertThat(actual.report().withCode("REF_UNKNOWN").findings()).as("the members of the custom studio")
                .filteredOn(f -> f.location().line().orElseThrow() == studio + 2L
                        && f.pointer().startsWith("/studio/memberships/"))
                .hasSize(afterDefinition.isEmpty() ? gone.size() : 0);
    }

    private static int lineOfStudio(List<String> lines, String id) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("{\"type\":\"studio\"") && lines.get(i).contains("\"id\":\"" + id + "\"")) {
                return i;
            }
        }
        throw new IllegalArgumentException(id);
    }

    /** A studio line with another studio type code. */
    private static String ofType(String studioLine, String code) {
        int studio = studioLine.indexOf("\"studio\":{");
        int type = studioLine.indexOf("\"type\":\"", studio) + "\"type\":\"".length();
        return studioLine.substring(0, type) + code + studioLine.substring(studioLine.indexOf('"', type));
    }

    @Test
    void validate_threads_tooManyBadLines_keepsTheLimitAndOneMore() throws IOException {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "x\n".repeat(50), StandardCharsets.UTF_8);
        JsonLinesValidation validation = JsonLinesValidation.of(RuleEngine.of(Presets.chengyuQiyingen2023()))
                .withReader(JsonLinesReader.create().withLimits(JsonLimits.defaults().withMaxErrors(10)));

        JsonLinesReport actual = validation.withThreads(4).validate(file, ExampleCommunities.QIYINGEN_AS_OF);

        assertThat(actual).isEqualTo(validation.validate(file, ExampleCommunities.QIYINGEN_AS_OF));
        assertThat(actual.readErrors()).hasSize(11).last().extracting(ReadError::code, ReadError::line)
                .containsExactly(ReadErrorCode.JSON_LIMIT, 11L);
    }

    @Test
    void validate_threads_progressCountsEveryLineOnce() throws IOException {
        Path file = write(dataset("both"));
        List<Long> progress = new ArrayList<>();
        Set<Thread> threads = new HashSet<>();

        JsonLinesReport actual = JsonLinesValidation.of(RuleEngine.of(Presets.guangzhouLiwan2026())).withThreads(3)
                .withProgress(n -> {
                    progress.add(n);
                    threads.add(Thread.currentThread());
                }).validate(file, LATER);

        assertThat(progress).hasSize((int) actual.lines()).isSorted().endsWith(actual.lines());
        assertThat(threads).hasSize(3).contains(Thread.currentThread());
    }

    @Test
    void validate_threads_progressThrows_propagatesAndTheThreadsHaveEnded() throws IOException {
        Path file = write(dataset("both"));
        IllegalStateException stop = new IllegalStateException("stop");

        assertThatThrownBy(() -> JsonLinesValidation.of(RuleEngine.of(Presets.guangzhouLiwan2026())).withThreads(4)
                .withProgress(n -> {
                    if (!Thread.currentThread().getName().startsWith("yanxun-range")) {
                        throw stop;
                    }
                }).validate(file, LATER)).isSameAs(stop);
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(thread -> thread.getName().startsWith("yanxun-range"));
    }

    @Test
    void validate_threads_failureOnAnotherThread_propagates() throws IOException {
        Path file = write(dataset("both"));
        IllegalStateException stop = new IllegalStateException("stop");

        assertThatThrownBy(() -> JsonLinesValidation.of(RuleEngine.of(Presets.guangzhouLiwan2026())).withThreads(2)
                .withProgress(n -> {
                    if (Thread.currentThread().getName().startsWith("yanxun-range")) {
                        throw stop;
                    }
                }).validate(file, LATER)).isSameAs(stop);
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(thread -> thread.getName().startsWith("yanxun-range"));
    }

    /** Throws a checked exception from code that declares none, as some libraries do. */
    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void sneakyThrow(Throwable t) throws T {
        throw (T) t;
    }

    @ParameterizedTest(name = "thrown on {0}")
    @ValueSource(strings = {"the calling thread", "a range's thread"})
    void validate_threads_progressThrowsACheckedExceptionSneakily_isThrownAndTheThreadsHaveEnded(String where)
            throws IOException {
        Path file = write(dataset("both"));
        Exception checked = new Exception("declared nowhere");
        boolean onRangeThread = where.equals("a range's thread");

        assertThatThrownBy(() -> JsonLinesValidation.of(RuleEngine.of(Presets.guangzhouLiwan2026())).withThreads(4)
                .withProgress(n -> {
                    if (Thread.currentThread().getName().startsWith("yanxun-range") == onRangeThread) {
                        JsonLinesValidationTest.<RuntimeException>sneakyThrow(checked);
                    }
                }).validate(file, LATER)).isInstanceOf(UndeclaredThrowableException.class).hasCause(checked);
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(thread -> thread.getName().startsWith("yanxun-range"));
    }

    @ParameterizedTest(name = "{0} threads, read ahead {1}")
    @CsvSource({"1, false", "1, true", "2, false", "2, true", "4, false"})
    void validate_progressThrowsAnUncheckedIOException_isThrownAsItIs_notTakenForAFailureOfTheFile(int threads,
            boolean readAhead) throws IOException {
        Path file = write(dataset("both"));
        UncheckedIOException own = new UncheckedIOException(new IOException("the caller's own"));
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> JsonLinesValidation.of(RuleEngine.of(Presets.guangzhouLiwan2026())).withThreads(threads)
                .withReadAhead(readAhead).withProgress(n -> {
                    if (calls.incrementAndGet() == 100) {
                        throw own;
                    }
                }).validate(file, LATER)).isSameAs(own);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(thread -> thread.getName().startsWith("yanxun-"));
    }

    @Test
    void read_consumerThrowsAnUncheckedIOException_isThrownAsItIs_andTheConsumerIsNotCalledAgain() throws IOException {
        Path file = write(dataset("both"));
        UncheckedIOException own = new UncheckedIOException(new IOException("the caller's own"));
        List<JsonLine> seen = new ArrayList<>();

        assertThatThrownBy(() -> JsonLinesReader.create().read(file, line -> {
            seen.add(line);
            if (seen.size() == 5) {
                throw own;
            }
        })).isSameAs(own);
        assertThat(seen).hasSize(5).noneMatch(line -> line instanceof JsonLine.ErrorLine);
    }

    @ParameterizedTest(name = "{0} threads, ending in {1}")
    @CsvSource({"2, a record", "3, a record", "2, blank lines", "3, blank lines"})
    void validate_threads_progressCountsBlankLinesAsOneThreadDoes(int threads, String end) throws IOException {
        String text = Files.readString(write(dataset("both")), StandardCharsets.UTF_8).replace("\n", "\n\n");
        Path file = Files.writeString(dir.resolve("blank.jsonl"), text + (end.equals("a record") ? "{}\n" : "\n\n\n"),
                StandardCharsets.UTF_8);
        List<Long> one = new ArrayList<>();
        List<Long> several = new ArrayList<>();
        JsonLinesValidation validation = JsonLinesValidation.of(RuleEngine.of(Presets.guangzhouLiwan2026()));

        validation.withProgress(one::add).validate(file, LATER);
        validation.withThreads(threads).withProgress(several::add).validate(file, LATER);

        assertThat(several).isSorted().hasSameSizeAs(one).endsWith(one.get(one.size() - 1));
    }

    @ParameterizedTest(name = "{0} threads, read ahead {1}")
    @CsvSource({"1, false", "1, true", "2, false"})
    void validate_progressThrowsACheckedExceptionSneakily_isThrownInsideAnUndeclaredThrowableInEveryMode(int threads,
            boolean readAhead) throws IOException {
        Path file = write(dataset("both"));
        Exception checked = new Exception("declared nowhere");

        assertThatThrownBy(() -> JsonLinesValidation.of(RuleEngine.of(Presets.guangzhouLiwan2026())).withThreads(threads)
                .withReadAhead(readAhead).withProgress(n -> {
                    if (n == 100) {
                        JsonLinesValidationTest.<RuntimeException>sneakyThrow(checked);
                    }
                }).validate(file, LATER)).isInstanceOf(UndeclaredThrowableException.class).hasCause(checked);
    }

    @Test
    void validate_threads_callerInterrupted_rangesStopWithAReadErrorThatSaysSo_andStaysInterrupted()
            throws IOException {
        Path file = write(dataset("both"));
        Thread caller = Thread.currentThread();
        JsonLinesReport report = stillInterruptedAfter(() ->
                JsonLinesValidation.of(RuleEngine.of(Presets.guangzhouLiwan2026())).withThreads(2)
                        .withProgress(n -> {
                            if (Thread.currentThread() == caller && n >= 50) {
                                caller.interrupt();
                            }
                        }).validate(file, LATER));
        assertThat(report.readErrors()).isNotEmpty().allSatisfy(error -> {
            assertThat(error.code()).isEqualTo(ReadErrorCode.JSON_IO);
            assertThat(error.en()).startsWith("reading was interrupted");
            assertThat(error.zh()).startsWith("读取被中断");
        });
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(thread -> thread.getName().startsWith("yanxun-"));
    }

    @Test
    void validate_readAhead_callerInterrupted_stopsWithAReadErrorAndStaysInterrupted()
            throws IOException, InterruptedException {
        Path file = write(dataset("both"));
        Thread caller = Thread.currentThread();
        JsonLinesReport report = stillInterruptedAfter(() ->
                JsonLinesValidation.of(RuleEngine.of(Presets.guangzhouLiwan2026())).withReadAhead(true)
                        .withProgress(n -> {
                            if (n == 1_000) {
                                caller.interrupt();
                            }
                        }).validate(file, LATER));
        assertThat(report.readErrors()).extracting(ReadError::code).containsExactly(ReadErrorCode.JSON_IO);
        // An interrupted read ahead does not wait for its reading thread (ReadAhead), which ends at its next line.
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith("yanxun-")) {
                thread.join(10_000);
                assertThat(thread.isAlive()).as(thread.getName()).isFalse();
            }
        }
    }

    /** How a test changes a file while it is validated. */
    enum Change {
        TRUNCATED, REVERSED, DELETED, PREPENDED;

        void apply(Path file) {
            try {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                switch (this) {
                    case TRUNCATED -> Files.write(file, lines.subList(0, lines.size() / 2), StandardCharsets.UTF_8);
                    case REVERSED -> {
                        Collections.reverse(lines);
                        Files.write(file, lines, StandardCharsets.UTF_8);
                    }
                    case DELETED -> Files.delete(file);
                    case PREPENDED -> Files.writeString(file, "\n".repeat(29) + String.join("\n", lines) + "\n",
                            StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @ParameterizedTest(name = "{0} after the first pass over the keys, {1} thread(s)")
    @CsvSource({"TRUNCATED, 1", "REVERSED, 1", "DELETED, 1", "PREPENDED, 1", "TRUNCATED, 3", "PREPENDED, 3"})
    void validate_fileChangedBetweenPasses_isOneReadErrorThatSaysSo_withNoFindings(Change change, int threads)
            throws IOException {
        Dataset dataset = Mutations.persons(dataset("both"), persons -> {
            persons.add(persons.get(0));
            return persons;
        });
        Path file = write(dataset);
        long lines = Files.readAllLines(file).size();
        boolean[] changed = new boolean[1];
        JsonLinesValidation threeParts = JsonLinesValidation.of(RuleEngine.of(Presets.guangzhouLiwan2026()))
                .withThreads(threads).withStateMemory(lines * JsonLinesValidation.STATE_BYTES_PER_LINE / 3)
                .withProgress(n -> {
                    if (n == lines && !changed[0]) {
                        changed[0] = true;
                        change.apply(file);
                    }
                });

        JsonLinesReport actual = threeParts.validate(file, LATER);

        assertThat(threeParts.partitionsFor(lines)).isGreaterThan(1);
        assertThat(changed[0]).isTrue();
        assertThat(actual.isSuccessful()).isFalse();
        assertThat(actual.report().findings()).isEmpty();
        assertThat(actual.readErrors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo(ReadErrorCode.JSON_IO);
            assertThat(error.en()).isEqualTo("the file " + file + " changed while it was validated, so its passes "
                    + "read different content and the findings cannot be trusted; validate it again once it no "
                    + "longer changes");
            assertThat(error.zh()).startsWith("文件 " + file + " 在校验期间被修改");
        });
    }

    @Test
    void validate_fileChangedDuringASecondPassOverTheKeys_isTheSameReadError() throws IOException {
        Path file = write(dataset("both"));
        long lines = Files.readAllLines(file).size();
        int[] passesEnded = new int[1];
        boolean[] changed = new boolean[1];

        JsonLinesReport actual = JsonLinesValidation.of(RuleEngine.of(Presets.guangzhouLiwan2026()))
                .withStateMemory(lines * JsonLinesValidation.STATE_BYTES_PER_LINE / 3)
                .withProgress(n -> {
                    passesEnded[0] += n == lines ? 1 : 0;
                    if (passesEnded[0] == 1 && n < lines && !changed[0]) {
                        changed[0] = true;
                        Change.TRUNCATED.apply(file);
                    }
                }).validate(file, LATER);

        assertThat(changed[0]).isTrue();
        assertThat(actual.readErrors()).extracting(ReadError::code, ReadError::line)
                .containsExactly(tuple(ReadErrorCode.JSON_IO, 0L));
        assertThat(actual.readErrors().get(0).en()).contains("changed while it was validated");
        assertThat(actual.report().findings()).isEmpty();
    }

    @Test
    void validate_fileChangedDuringItsOnlyPassOverTheKeys_isTheSameReadError() throws IOException {
        Path file = write(dataset("both"));
        long lines = Files.readAllLines(file).size();

        JsonLinesReport actual = JsonLinesValidation.of(RuleEngine.of(Presets.guangzhouLiwan2026()))
                .withProgress(n -> {
                    if (n == lines / 2) {
                        Change.PREPENDED.apply(file);
                    }
                }).validate(file, LATER);

        assertThat(actual.readErrors()).extracting(ReadError::code, ReadError::line)
                .containsExactly(tuple(ReadErrorCode.JSON_IO, 0L));
        assertThat(actual.report().findings()).isEmpty();
    }

    @Test
    void validate_readAhead_callerInterruptedInALaterPassOverTheKeys_keepsItsReadError_andReadsNoFurtherPart()
            throws IOException {
        Path file = write(dataset("both"));
        long lines = Files.readAllLines(file).size();
        Thread caller = Thread.currentThread();
        int[] passesEnded = new int[1];
        JsonLinesReport report = stillInterruptedAfter(() ->
                JsonLinesValidation.of(RuleEngine.of(Presets.guangzhouLiwan2026())).withReadAhead(true)
                        .withStateMemory(lines * JsonLinesValidation.STATE_BYTES_PER_LINE / 3)
                        .withProgress(n -> {
                            passesEnded[0] += n == lines ? 1 : 0;
                            if (passesEnded[0] == 1 && n < lines && !caller.isInterrupted()) {
                                caller.interrupt();
                            }
                        }).validate(file, LATER));
        assertThat(report.isSuccessful()).isFalse();
        assertThat(report.readErrors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo(ReadErrorCode.JSON_IO);
            assertThat(error.en()).startsWith("reading was interrupted");
        });
        assertThat(passesEnded[0]).isEqualTo(1);
    }

    @Test
    void validate_readAhead_interruptedInALaterPassThatReadsEveryLine_reportsEachBadLineOnce() throws IOException {
        Path file = dir.resolve("bad-first.jsonl");
        Files.writeString(file, "not json\n" + JsonLinesWriter.writeToString(dataset("both")), StandardCharsets.UTF_8);
        long lines = Files.readAllLines(file).size();
        Thread caller = Thread.currentThread();
        int[] passesEnded = new int[1];
        // 20 parts: their notes of which lines each part needs would take more than an eighth of the
        // state memory, so every pass reads, and parses, every line.
        JsonLinesValidation twentyParts = JsonLinesValidation.of(RuleEngine.of(Presets.guangzhouLiwan2026()))
                .withReadAhead(true).withStateMemory(lines * JsonLinesValidation.STATE_BYTES_PER_LINE / 20)
                .withProgress(n -> {
                    passesEnded[0] += n == lines ? 1 : 0;
                    if (passesEnded[0] == 1 && n > 1 && n < lines && !caller.isInterrupted()) {
                        caller.interrupt();
                    }
                });
        JsonLinesReport report = stillInterruptedAfter(() -> twentyParts.validate(file, LATER));
        assertThat(twentyParts.partitionsFor(lines)).isEqualTo(20);
        assertThat(report.readErrors()).extracting(ReadError::code, ReadError::line).first()
                .isEqualTo(tuple(ReadErrorCode.JSON_SYNTAX, 1L));
        assertThat(report.readErrors()).extracting(ReadError::code)
                .containsExactly(ReadErrorCode.JSON_SYNTAX, ReadErrorCode.JSON_IO);
        assertThat(passesEnded[0]).as("the interrupt came in the second pass").isEqualTo(1);
    }

    @Test
    void validate_streamThrowsACheckedExceptionSneakily_isThrownInsideAnUndeclaredThrowable() {
        Exception checked = new Exception("declared nowhere");
        InputStream failing = new InputStream() {
            @Override
            public int read() {
                JsonLinesValidationTest.<RuntimeException>sneakyThrow(checked);
                return -1;
            }
        };

        assertThatThrownBy(() -> JsonLinesValidation.of(RuleEngine.of(Presets.chengyuQiyingen2023()))
                .validate(failing, Dimensions.empty(), ExampleCommunities.QIYINGEN_AS_OF))
                .isInstanceOf(UndeclaredThrowableException.class).hasCause(checked);
    }

    @Test
    void validate_exactlyTheLimitOfBadLines_hasNoLimitMarker() throws IOException {
        Path file = dir.resolve("five-bad.jsonl");
        Files.writeString(file, "x\n".repeat(5) + JsonLinesWriter.writeToString(dataset("qiyingen")),
                StandardCharsets.UTF_8);

        JsonLinesReport report = JsonLinesValidation.of(RuleEngine.of(Presets.chengyuQiyingen2023()))
                .withReader(JsonLinesReader.create().withLimits(JsonLimits.defaults().withMaxErrors(5)))
                .validate(file, ExampleCommunities.QIYINGEN_AS_OF);

        assertThat(report.readErrors()).extracting(ReadError::code).containsOnly(ReadErrorCode.JSON_SYNTAX).hasSize(5);
    }

    @Test
    void validate_readAhead_interruptedAfterTheLimitOfReadErrors_stillSaysItStopped_notThatTheFileChanged()
            throws IOException {
        List<String> lines = new ArrayList<>(Collections.nCopies(20, "x"));
        String data = JsonLinesWriter.writeToString(dataset("both"));
        for (int i = 0; i < 20; i++) {
            lines.add(data.strip());
        }
        Path file = dir.resolve("bad-then-good.jsonl");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        Thread caller = Thread.currentThread();
        JsonLinesReport report = stillInterruptedAfter(() ->
                JsonLinesValidation.of(RuleEngine.of(Presets.guangzhouLiwan2026())).withReadAhead(true)
                        .withReader(JsonLinesReader.create().withLimits(JsonLimits.defaults().withMaxErrors(5)))
                        .withProgress(n -> {
                            if (n == 200) {
                                caller.interrupt();
                            }
                        }).validate(file, LATER));
        assertThat(report.readErrors()).extracting(ReadError::code).containsExactly(ReadErrorCode.JSON_SYNTAX,
                ReadErrorCode.JSON_SYNTAX, ReadErrorCode.JSON_SYNTAX, ReadErrorCode.JSON_SYNTAX,
                ReadErrorCode.JSON_SYNTAX, ReadErrorCode.JSON_LIMIT, ReadErrorCode.JSON_IO);
        assertThat(report.readErrors().get(6).en()).isEqualTo("reading was interrupted");
    }

    /** Runs a validation that interrupts its caller, and checks that the caller stays interrupted. */
    private static JsonLinesReport stillInterruptedAfter(java.util.function.Supplier<JsonLinesReport> validation) {
        try {
            return validation.get();
        } finally {
            assertThat(Thread.interrupted()).as("still interrupted").isTrue();
        }
    }

    @Test
    void validate_threads_missingFile_isOneReadError() {
        JsonLinesReport actual = JsonLinesValidation.of(RuleEngine.of(Presets.chengyuQiyingen2023())).withThreads(4)
                .validate(dir.resolve("missing.jsonl"), ExampleCommunities.QIYINGEN_AS_OF);

        assertThat(actual.readErrors()).extracting(ReadError::code).containsExactly(ReadErrorCode.JSON_IO);
        assertThat(actual.report().findings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, JsonLinesValidation.MAX_THREADS + 1})
    void withThreads_outOfRange_throws(int threads) {
        JsonLinesValidation validation = JsonLinesValidation.of(RuleEngine.of(Presets.chengyuQiyingen2023()));

        assertThatThrownBy(() -> validation.withThreads(threads)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threads must be from 1 to 256");
    }

    @Test
    void partitionsFor_linesAgainstTheStateMemory() {
        JsonLinesValidation validation = JsonLinesValidation.of(RuleEngine.of(Presets.guangzhouLiwan2026()))
                .withStateMemory(1_000 * JsonLinesValidation.STATE_BYTES_PER_LINE);
        assertThat(validation.partitionsFor(1_000)).isEqualTo(1);
        assertThat(validation.partitionsFor(1_001)).isEqualTo(2);
        assertThat(validation.partitionsFor(5_000)).isEqualTo(5);
        assertThat(validation.partitionsFor(1_000_000_000)).isEqualTo(JsonLinesValidation.MAX_PARTITIONS);
        assertThat(validation.partitionsFor(0)).isEqualTo(1);
        assertThat(validation.partitionsFor(-1)).as("a file that could not be read").isEqualTo(1);
    }

    @Test
    void partitionsFor_severalThreads_twiceTheStates() {
        JsonLinesValidation validation = JsonLinesValidation.of(RuleEngine.of(Presets.guangzhouLiwan2026()))
                .withStateMemory(1_000 * JsonLinesValidation.STATE_BYTES_PER_LINE).withThreads(3);

        assertThat(validation.partitionsFor(500)).isEqualTo(1);
        assertThat(validation.partitionsFor(501)).isEqualTo(2);
        assertThat(validation.withThreads(1).partitionsFor(1_000)).isEqualTo(1);
    }

    @Test
    void partitionsFor_byDefault_halfTheHeap() {
        JsonLinesValidation validation = JsonLinesValidation.of(RuleEngine.of(Presets.guangzhouLiwan2026()));
        long fits = Runtime.getRuntime().maxMemory() / 2 / JsonLinesValidation.STATE_BYTES_PER_LINE;
        assertThat(validation.partitionsFor(fits)).isEqualTo(1);
        assertThat(validation.partitionsFor(fits + 1)).isEqualTo(2);
    }

    @Test
    void withStateMemory_notPositive_throws() {
        JsonLinesValidation validation = JsonLinesValidation.of(RuleEngine.of(Presets.guangzhouLiwan2026()));
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> validation.withStateMemory(0))
                .withMessage("state memory must be positive, not 0");
    }

    @Test
    void validate_stream_tinyStateMemory_stillOnePass() {
        Dataset dataset = dataset("qiyingen");
        RuleEngine engine = RuleEngine.of(Presets.chengyuQiyingen2023());
        byte[] bytes = JsonLinesWriter.writeToString(dataset).getBytes(StandardCharsets.UTF_8);

        JsonLinesReport actual = JsonLinesValidation.of(engine).withStateMemory(1)
                .validate(new ByteArrayInputStream(bytes), Dimensions.of(dataset), LATER);

        assertThat(withoutLocation(actual.report())).isEqualTo(withoutLocation(engine.validate(dataset, LATER)));
    }

    @Test
    void validate_missingFile_isOneReadError() {
        JsonLinesReport actual = JsonLinesValidation.of(RuleEngine.of(Presets.chengyuQiyingen2023()))
                .validate(dir.resolve("missing.jsonl"), ExampleCommunities.QIYINGEN_AS_OF);

        assertThat(actual.readErrors()).extracting(ReadError::code).containsExactly(ReadErrorCode.JSON_IO);
        assertThat(actual.report().findings()).isEmpty();
    }

    @ParameterizedTest(name = "{0} threads, read ahead {1}, through a link {2}")
    @CsvSource({"1, false, false", "1, true, false", "4, false, false", "1, false, true", "4, true, true"})
    void validate_fifo_isRefusedAtOnceWithoutReadingIt(int threads, boolean readAhead, boolean link)
            throws IOException {
        Path fifo = Fifos.make(dir.resolve("lines.jsonl"));
        Path path = link ? symbolicLink(dir.resolve("link.jsonl"), fifo) : fifo;
        List<Long> progress = new ArrayList<>();
        JsonLinesValidation validation = JsonLinesValidation.of(RuleEngine.of(Presets.guangzhouLiwan2026()))
                .withThreads(threads).withReadAhead(readAhead).withProgress(progress::add);

        // Opening a FIFO with no writer would block: the refusal must come before any opening.
        JsonLinesReport actual = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> validation.validate(path, ExampleCommunities.LIWAN_AS_OF));

        assertThat(actual.lines()).isZero();
        assertThat(progress).isEmpty();
        assertThat(actual.report().findings()).isEmpty();
        assertThat(actual.readErrors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo(ReadErrorCode.JSON_IO);
            assertThat(error.line()).isZero();
            assertThat(error.pointer()).isEmpty();
            assertThat(error.en()).startsWith("not a regular file: " + path + "; ")
                    .contains("reads the file more than once", "JsonLinesValidation.validate(InputStream, Dimensions, "
                            + "LocalDate)");
            assertThat(error.zh()).startsWith("不是普通文件：" + path + "；").contains("多次读取",
                    "JsonLinesValidation.validate(InputStream, Dimensions, LocalDate)");
        });
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {1, 4})
    void validate_symbolicLinkToAFile_validatesTheFile(int threads) throws IOException {
        Path file = write(dataset("both"));
        Path link = symbolicLink(dir.resolve("link.jsonl"), file);
        JsonLinesValidation validation = JsonLinesValidation.of(RuleEngine.of(Presets.guangzhouLiwan2026()))
                .withThreads(threads);

        JsonLinesReport expected = validation.validate(file, LATER);
        JsonLinesReport actual = validation.validate(link, LATER);

        assertThat(actual.readErrors()).isEmpty();
        assertThat(actual.lines()).isEqualTo(expected.lines()).isPositive();
        assertThat(actual.report()).isEqualTo(expected.report());
        assertThat(actual.report().countsByCode()).containsKeys("STUDIO_EVALUATION_SCHEDULE", "RESOURCE_FRESHNESS");
    }

    @Test
    void validate_directory_isStillADirectoryError() {
        JsonLinesReport actual = JsonLinesValidation.of(RuleEngine.of(Presets.chengyuQiyingen2023()))
                .validate(dir, ExampleCommunities.QIYINGEN_AS_OF);

        assertThat(actual.readErrors()).extracting(ReadError::code, ReadError::en)
                .containsExactly(tuple(ReadErrorCode.JSON_IO, "a directory, not a file: " + dir));
    }

    @Test
    void validate_tooManyBadLines_keepsTheLimitAndOneMore() {
        String text = "x\n".repeat(50);
        JsonLinesValidation validation = JsonLinesValidation.of(RuleEngine.of(Presets.chengyuQiyingen2023()))
                .withReader(JsonLinesReader.create().withLimits(JsonLimits.defaults().withMaxErrors(10)));

        JsonLinesReport actual = validation.validate(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                Dimensions.empty(), ExampleCommunities.QIYINGEN_AS_OF);

        assertThat(actual.readErrors()).hasSize(11);
        assertThat(actual.readErrors().get(10).code()).isEqualTo(ReadErrorCode.JSON_LIMIT);
    }

    @Test
    void entityOf_studioTypeLine_isEmpty() {
        assertThat(JsonLinesValidation.entityOf(new JsonLine.StudioTypeLine(1,
                RandomModel.CUSTOM_TYPES.get(0)))).isEmpty();
    }

    private static boolean isReference(String line) {
        return line.startsWith("{\"type\":\"institution\"") || line.startsWith("{\"type\":\"alliance\"");
    }

    private static Dataset dataset(String name) {
        return switch (name) {
            case "liwan" -> Mutations.LIWAN;
            case "qiyingen" -> Mutations.QIYINGEN;
            case "both" -> Dataset.of(concat(Mutations.LIWAN.persons(), Mutations.QIYINGEN.persons()),
                    concat(Mutations.LIWAN.institutions(), Mutations.QIYINGEN.institutions()),
                    Mutations.LIWAN.clusters(), Mutations.QIYINGEN.alliances(), List.of());
            case "ineligibleHost" -> Mutations.person(Mutations.LIWAN, Mutations.personAt(Mutations.SG, 0).id(),
                    (Person p) -> p.toBuilder().title(Title.SENIOR).build());
            case "listedTwice" -> listedTwice(Mutations.LIWAN);
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** Liwan with the host and a member of the special-grade studio listed in it twice and in studio 4 once. */
    private static Dataset listedTwice(Dataset liwan) {
        Membership host = Mutations.studio(Mutations.SG).memberships().get(0);
        Membership member = Mutations.studio(Mutations.SG).memberships().get(2);
        Dataset twice = Mutations.studio(liwan, Mutations.SG, s -> Mutations.plus(Mutations.plus(s, host), member));
        return Mutations.studio(twice, 4, s -> Mutations.plus(Mutations.plus(s, host), member));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** A person declared twice, sessions too seldom, evaluations missed and stale resources, as of {@link #LATER}. */
    private static void assertFindingsOfKeyedAndLocalRules(Report report) {
        assertThat(report.countsByCode()).containsKeys("ID_DUPLICATE", "SESSION_FREQUENCY",
                "STUDIO_EVALUATION_SCHEDULE", "RESOURCE_FRESHNESS");
    }

    /** Writes the lines of both examples with a line that is not JSON at an index; returns the lines. */
    private static List<String> writeWithBadLine(Path file, int index) throws IOException {
        List<String> lines = new ArrayList<>(Arrays.asList(JsonLinesWriter.writeToString(dataset("both")).split("\n")));
        lines.add(index, "not json");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return lines;
    }

    /** Makes a symbolic link; skips the test where links cannot be made. */
    private static Path symbolicLink(Path link, Path target) {
        try {
            return Files.createSymbolicLink(link, target);
        } catch (IOException | UnsupportedOperationException e) {
            assumeTrue(false, "symbolic links are unavailable: " + e);
            return link;
        }
    }

    private Path write(Dataset dataset) throws IOException {
        Path file = dir.resolve("data.jsonl");
        JsonLinesWriter.write(dataset, file);
        return file;
    }

    private static long lineOf(Path file, String... parts) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (Arrays.stream(parts).allMatch(line::contains)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line with " + Arrays.toString(parts));
    }

    /** The findings without their locations, sorted: what must not depend on the wire form. */
    private static List<String> withoutLocation(Report report) {
        return report.findings().stream()
                .map(f -> String.join("|", f.code(), f.severity().name(), f.messageZh(), f.messageEn(), f.policyId()))
                .sorted()
                .collect(Collectors.toList());
    }
}
