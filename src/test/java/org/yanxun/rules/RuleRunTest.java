package org.yanxun.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.yanxun.rules.catalogue.Mutations.QIYINGEN;
import static org.yanxun.rules.catalogue.Mutations.QIYINGEN_POLICY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yanxun.Dataset;
import org.yanxun.InstitutionId;
import org.yanxun.Membership;
import org.yanxun.PersonId;
import org.yanxun.StudioId;
import org.yanxun.Tier;
import org.yanxun.examples.ExampleCommunities;
import org.yanxun.policy.Severity;
import org.yanxun.rules.catalogue.Mutations;

class RuleRunTest {

    private static final LocalDate AS_OF = ExampleCommunities.QIYINGEN_AS_OF;
    private static final RuleEngine ENGINE = RuleEngine.of(QIYINGEN_POLICY);

    /**
     * 綦营恩 with findings of local and keyed rules: a person listed twice (at the start and the end
     * of the persons), both cadre secondments between 綦江 and 营山 one way, and the 2024 session
     * moved to 2025.
     */
    private static final Dataset BROKEN = broken();

    private static Dataset broken() {
        Dataset data = Mutations.persons(QIYINGEN, persons -> {
            persons.add(persons.get(0));
            return persons;
        });
        data = Mutations.exchange(data, 1, x -> Mutations.between(x, InstitutionId.of("qijiang-tts"),
                InstitutionId.of("yingshan-tts")));
        return Mutations.session(data, 4, s -> Mutations.on(s, LocalDate.of(2025, 3, 1)));
    }

    private static Report inParts(Dataset data, int parts) {
        List<Entity> entities = Entity.allOf(data);
        Dimensions dimensions = Dimensions.of(data);
        List<RuleRun> runs = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            runs.add(ENGINE.start(dimensions, AS_OF));
        }
        for (int i = 0; i < entities.size(); i++) {
            runs.get(i % parts).accept(entities.get(i));
        }
        RuleRun merged = runs.get(parts - 1);
        for (int i = parts - 2; i >= 0; i--) {
            merged = runs.get(i).merge(merged);
        }
        return merged.finish();
    }

    private static final Dimensions DIMENSIONS = Dimensions.of(QIYINGEN);

    private static RuleRun open() {
        return ENGINE.start(DIMENSIONS, AS_OF);
    }

    @Test
    void broken_hasFindingsOfLocalAndKeyedRules() {
        assertThat(ENGINE.validate(BROKEN, AS_OF).countsByCode())
                .containsKeys("ID_DUPLICATE", "EXCHANGE_RECIPROCITY", "EXCHANGE_PARTICIPANT_AFFILIATION",
                        "SESSION_FREQUENCY", "SESSION_OUTSIDE_PLAN");
    }

    @Test
    void merge_twoRunsOverAlternateRecords_sameReportAsOneRun() {
        assertThat(inParts(BROKEN, 2)).isEqualTo(ENGINE.validate(BROKEN, AS_OF));
    }

    @Test
    void merge_fiveRunsOverAlternateRecords_sameReportAsOneRun() {
        assertThat(inParts(BROKEN, 5)).isEqualTo(ENGINE.validate(BROKEN, AS_OF));
    }

    @Test
    void merge_runsOverTheLiwanExample_sameReportAsOneRun() {
        Dataset data = Mutations.studio(Mutations.LIWAN, 4, s -> Mutations.plus(s,
                Membership.of(Mutations.personAt(3, 0).id(), Tier.HOST, s.cycle().start())));
        Report whole = RuleEngine.of(Mutations.LIWAN_POLICY).validate(data, ExampleCommunities.LIWAN_AS_OF);
        List<Entity> entities = Entity.allOf(data);
        RuleEngine engine = RuleEngine.of(Mutations.LIWAN_POLICY);
        Dimensions dimensions = Dimensions.of(data);
        RuleRun first = engine.start(dimensions, ExampleCommunities.LIWAN_AS_OF);
        RuleRun second = engine.start(dimensions, ExampleCommunities.LIWAN_AS_OF);
        entities.subList(entities.size() / 2, entities.size()).forEach(first::accept);
        entities.subList(0, entities.size() / 2).forEach(second::accept);
        assertThat(first.merge(second).finish()).isEqualTo(whole);
    }

    @Test
    void merge_emptyRun_changesNothing() {
        Dimensions dimensions = Dimensions.of(BROKEN);
        RuleRun run = ENGINE.start(dimensions, AS_OF);
        Entity.allOf(BROKEN).forEach(run::accept);
        assertThat(run.merge(ENGINE.start(dimensions, AS_OF)).finish()).isEqualTo(ENGINE.validate(BROKEN, AS_OF));
    }

    @Test
    void merge_runOfAnotherEngine_throws() {
        RuleRun other = RuleEngine.of(QIYINGEN_POLICY).start(DIMENSIONS, AS_OF);
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> open().merge(other));
    }

    @Test
    void merge_runWithOtherReferenceData_throws() {
        RuleRun other = ENGINE.start(Dimensions.empty(), AS_OF);
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> open().merge(other))
                .withMessage("Only runs of the same engine, context and partition can be merged");
    }

    @Test
    void merge_runOfAnotherDate_throws() {
        RuleRun other = ENGINE.start(DIMENSIONS, AS_OF.plusDays(1));
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> open().merge(other));
    }

    @Test
    void merge_withItself_throws() {
        RuleRun run = open();
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> run.merge(run));
    }

    @Test
    void merge_mergedRun_cannotBeUsedAgain() {
        RuleRun merged = open();
        open().merge(merged);
        assertThatExceptionOfType(IllegalStateException.class).isThrownBy(merged::finish);
    }

    @Test
    void merge_intoFinishedRun_throws() {
        RuleRun finished = open();
        finished.finish();
        assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> finished.merge(open()));
    }

    @Test
    void merge_finishedRun_throws() {
        RuleRun finished = open();
        finished.finish();
        RuleRun run = open();
        assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> run.merge(finished));
    }

    /** An engine with a keyed rule, one key per record, whose merge throws for the state of {@code /persons/3}. */
    private static RuleEngine mergeThrowsAtTheFourthPerson() {
        return RuleEngine.builder(QIYINGEN_POLICY).add(KeyedRule.<String, String>of(new RuleInfo("TEST_THROWS_IN_MERGE",
                "测试规则", "Test rule", Severity.INFO, Shape.KEYED, "pointer", List.of(), "A rule of the tests."),
                (e, context, emit) -> emit.accept(e.location().pointer(), e.location().pointer()),
                (left, right) -> {
                    if (left.equals("/persons/3")) {
                        throw new UnsupportedOperationException("cannot merge " + left);
                    }
                    return left;
                },
                (key, state, context, sink) -> { })).build();
    }

    @Test
    void merge_aGroupingThatThrowsPartWay_throwsItAndLeavesBothRunsUnusable() {
        RuleEngine engine = mergeThrowsAtTheFourthPerson();
        RuleRun run = fed(engine, QIYINGEN);
        RuleRun other = fed(engine, QIYINGEN);

        assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> run.merge(other))
                .withMessage("cannot merge /persons/3");

        assertThatExceptionOfType(IllegalStateException.class).isThrownBy(run::finish)
                .withMessage("This run cannot be used: a merge it took part in failed part-way")
                .withCauseInstanceOf(UnsupportedOperationException.class);
        assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> run.accept(Entity.allOf(QIYINGEN).get(0)));
        assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> run.merge(engine.start(DIMENSIONS, AS_OF)));
        assertThatExceptionOfType(IllegalStateException.class).isThrownBy(other::finish);
    }

    @Test
    void merge_aGroupingOfOneKeyPerRecord_sameReportAsOneRun() {
        RuleEngine engine = mergeThrowsAtTheFourthPerson();
        List<Entity> entities = Entity.allOf(QIYINGEN);
        RuleRun first = engine.start(DIMENSIONS, AS_OF);
        RuleRun second = engine.start(DIMENSIONS, AS_OF);
        entities.subList(0, 3).forEach(first::accept);
        entities.subList(3, entities.size()).forEach(second::accept);

        assertThat(first.merge(second).finish()).isEqualTo(fed(engine, QIYINGEN).finish());
    }

    private static RuleRun fed(RuleEngine engine, Dataset data) {
        RuleRun run = engine.start(Dimensions.of(data), AS_OF);
        Entity.allOf(data).forEach(run::accept);
        return run;
    }

    @Test
    void finish_onSeveralThreads_sameReportAsOnOne() {
        Report one = fed(ENGINE, BROKEN).finish();

        for (int threads = 2; threads <= 5; threads++) {
            assertThat(fed(ENGINE, BROKEN).finish(threads)).as("%d threads", threads).isEqualTo(one);
        }
        assertThat(one.countsByCode()).containsKeys("ID_DUPLICATE", "EXCHANGE_RECIPROCITY", "SESSION_FREQUENCY");
    }

    @Test
    void finish_onMoreThreadsThanKeys_sameReportAsOnOne() {
        assertThat(fed(ENGINE, BROKEN).finish(64)).isEqualTo(fed(ENGINE, BROKEN).finish());
    }

    @Test
    void finish_onSeveralThreads_aCheckThatThrows_isOneEngineFindingPerKey() {
        RuleInfo info = new RuleInfo("TEST_THROWS_IN_CHECK", "测试规则", "Test rule", Severity.ERROR, Shape.KEYED,
                "employer", List.of(), "A rule of the tests.");
        RuleEngine engine = RuleEngine.builder(QIYINGEN_POLICY).add(KeyedRule.<Object, Integer>of(info,
                (e, context, emit) -> emit.accept(e.getClass(), 1), Integer::sum, (key, count, context, sink) -> {
                    throw new UnsupportedOperationException("no check");
                })).build();
        int types = (int) Entity.allOf(QIYINGEN).stream().map(Object::getClass).distinct().count();

        Report report = fed(engine, QIYINGEN).finish(3);

        assertThat(report.withCode(RuleEngine.ENGINE_RULE_FAILED).findings()).hasSize(types).isNotEmpty();
        assertThat(report).isEqualTo(fed(engine, QIYINGEN).finish());
    }

    @Test
    void finish_onSeveralThreads_callerInterrupted_givesTheWholeReportAndStaysInterrupted() {
        Report expected = fed(ENGINE, BROKEN).finish();
        RuleRun run = fed(ENGINE, BROKEN);
        Thread.currentThread().interrupt();
        Report report;
        try {
            report = run.finish(4);
        } finally {
            assertThat(Thread.interrupted()).as("still interrupted").isTrue();
        }

        assertThat(report).isEqualTo(expected);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(thread -> thread.getName().startsWith("yanxun-check"));
    }

    @Test
    void finish_noThread_throws() {
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> open().finish(0))
                .withMessage("threads must be at least 1, not 0");
    }

    @Test
    void finish_intMaxThreads_throwsNamingTheBound() {
        RuleRun run = fed(ENGINE, BROKEN);

        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> run.finish(Integer.MAX_VALUE))
                .withMessage("threads must be at most 256, not 2147483647");
        assertThat(run.finish()).as("the refusal leaves the run open").isEqualTo(fed(ENGINE, BROKEN).finish());
    }

    @Test
    void finish_theMostThreads_sameReportAsOnOne() {
        assertThat(fed(ENGINE, BROKEN).finish(RuleRun.MAX_THREADS)).isEqualTo(fed(ENGINE, BROKEN).finish());
    }

    @Test
    void expectKeys_intMaxOfEveryClass_isCutToWhatTheHeapHolds_sameReport() {
        RuleRun run = ENGINE.start(Dimensions.of(BROKEN), AS_OF);
        for (Class<?> keyClass : List.of(PersonId.class, StudioId.class, InstitutionId.class, String.class)) {
            run.expectKeys(keyClass, Integer.MAX_VALUE);
        }
        Entity.allOf(BROKEN).forEach(run::accept);
        run.expectKeys(PersonId.class, Integer.MAX_VALUE);

        assertThat(run.finish()).isEqualTo(fed(ENGINE, BROKEN).finish());
    }

    @Test
    void expectKeys_sameReportAsWithout() {
        RuleRun run = ENGINE.start(Dimensions.of(BROKEN), AS_OF);
        run.expectKeys(PersonId.class, 5_000);
        run.expectKeys(StudioId.class, 0);
        Entity.allOf(BROKEN).forEach(run::accept);

        assertThat(run.finish()).isEqualTo(fed(ENGINE, BROKEN).finish());
    }

    @Test
    void expectKeys_badArguments_throw() {
        RuleRun run = open();
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> run.expectKeys(PersonId.class, -1))
                .withMessage("keys must not be negative, was -1");
        assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> run.expectKeys(null, 1))
                .withMessage("keyClass");
        run.finish();
        assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> run.expectKeys(PersonId.class, 1));
    }

    @Test
    void accept_afterFinish_throws() {
        RuleRun run = open();
        run.finish();
        Entity person = Entity.allOf(QIYINGEN).get(0);
        assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> run.accept(person));
    }

    @Test
    void finish_twice_throws() {
        RuleRun run = open();
        run.finish();
        assertThatExceptionOfType(IllegalStateException.class).isThrownBy(run::finish);
    }

    @Test
    void accept_null_throws() {
        assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> open().accept(null));
    }

    @Test
    void context_holdsPolicyAndDate() {
        assertThat(open().context()).extracting(RuleContext::policy, RuleContext::asOf)
                .containsExactly(QIYINGEN_POLICY, AS_OF);
    }

    @Test
    void reads_onlyLocalStudioRules_skipsOtherRecordTypes() {
        RuleRun run = onlyRule("STUDIO_CYCLE_LENGTH").start(DIMENSIONS, AS_OF);
        assertThat(run.reads(Entity.OfStudio.class)).isTrue();
        assertThat(run.reads(Entity.OfPerson.class)).isFalse();
        assertThat(run.reads(Entity.OfExchange.class)).isFalse();
    }

    @Test
    void reads_anyKeyedRule_readsEveryRecordType() {
        RuleRun run = onlyRule("REF_UNKNOWN").start(DIMENSIONS, AS_OF);
        for (Class<?> type : Entity.class.getPermittedSubclasses()) {
            assertThat(run.reads(type.asSubclass(Entity.class))).as(type.getSimpleName()).isTrue();
        }
    }

    // ----- runs that keep one part of the keys

    /** Feeds every record to a run of each part of a split and reports their findings together. */
    private static Report byKeyParts(RuleEngine engine, Dataset data, int count) {
        List<Finding> findings = new ArrayList<>();
        for (KeyPartition part : KeyPartition.split(count)) {
            RuleRun run = engine.start(Dimensions.of(data), AS_OF, part);
            Entity.allOf(data).forEach(run::accept);
            findings.addAll(run.finish().findings());
        }
        return Report.of(engine.policy().id(), AS_OF, findings);
    }

    @Test
    void start_keyParts_togetherSameReportAsOneRun() {
        Report whole = ENGINE.validate(BROKEN, AS_OF);
        for (int count : new int[] {1, 2, 3, 7}) {
            assertThat(byKeyParts(ENGINE, BROKEN, count)).as("%d parts", count).isEqualTo(whole);
        }
    }

    @Test
    void acceptTellingParts_leavingOutOfEachPartTheRecordsThatTouchNoneOfItsKeys_sameReport() {
        int count = 3;
        List<Entity> records = Entity.allOf(BROKEN);
        RuleRun first = ENGINE.start(DIMENSIONS, AS_OF, new KeyPartition(0, count));
        long[] touched = records.stream().mapToLong(first::acceptTellingParts).toArray();
        List<Finding> findings = new ArrayList<>(first.finish().findings());
        List<Integer> leftOut = new ArrayList<>();
        for (KeyPartition part : KeyPartition.split(count).subList(1, count)) {
            RuleRun run = ENGINE.start(DIMENSIONS, AS_OF, part);
            int fed = 0;
            for (int i = 0; i < records.size(); i++) {
                if ((touched[i] & 1L << part.index()) != 0) {
                    run.accept(records.get(i));
                    fed++;
                }
            }
            leftOut.add(records.size() - fed);
            findings.addAll(run.finish().findings());
        }

        assertThat(Report.of(QIYINGEN_POLICY.id(), AS_OF, findings)).isEqualTo(ENGINE.validate(BROKEN, AS_OF));
        assertThat(leftOut).as("records left out of each later part").allSatisfy(n -> assertThat(n).isPositive());
    }

    @Test
    void acceptTellingParts_thePartsOfTheKeysLookedUp_keptOrNot() {
        RuleEngine engine = RuleEngine.builder(QIYINGEN_POLICY.withDisabledRules(codesOf(ENGINE))).add(pointerCount())
                .build();
        for (int count : new int[] {1, 2, 5, 64, 100}) {
            KeyPartition part = new KeyPartition(count - 1, count);
            RuleRun run = engine.start(DIMENSIONS, AS_OF, part);
            for (Entity record : Entity.allOf(QIYINGEN)) {
                String key = record.location().pointer();

                assertThat(run.acceptTellingParts(record)).as("%s of %d parts", key, count)
                        .isEqualTo(1L << Math.min(part.indexOf(key), 63));
            }
        }
    }

    @Test
    void acceptTellingParts_noKeyedRule_touchesNoPart() {
        RuleEngine local = RuleEngine.of(QIYINGEN_POLICY.withDisabledRules(ENGINE.rules().stream()
                .filter(KeyedRule.class::isInstance).map(rule -> rule.info().code())
                .collect(Collectors.toCollection(TreeSet::new))));
        RuleRun run = local.start(DIMENSIONS, AS_OF, new KeyPartition(0, 2));

        assertThat(Entity.allOf(BROKEN)).allSatisfy(record -> assertThat(run.acceptTellingParts(record)).isZero());
        assertThat(run.finish().findings()).as("the local rules still ran").isNotEmpty();
    }

    @Test
    void acceptTellingParts_onePart_partZeroOnlyForRecordsThatTouchAKey() {
        Rule studiosOnly = KeyedRule.<String, Integer>of(new RuleInfo("TEST_STUDIO_COUNT", "测试规则", "Test rule",
                Severity.INFO, Shape.KEYED, "pointer", List.of(), "A rule of the tests."),
                (e, context, emit) -> {
                    if (e instanceof Entity.OfStudio) {
                        emit.accept(e.location().pointer(), 1);
                    }
                }, Integer::sum, (key, count, context, sink) -> { });
        RuleEngine engine = RuleEngine.builder(QIYINGEN_POLICY.withDisabledRules(codesOf(ENGINE))).add(studiosOnly)
                .build();
        RuleRun run = engine.start(DIMENSIONS, AS_OF, KeyPartition.all());

        assertThat(Entity.allOf(QIYINGEN)).allSatisfy(record -> assertThat(run.acceptTellingParts(record))
                .as(record.location().pointer()).isEqualTo(record instanceof Entity.OfStudio ? 1 : 0));
    }

    @Test
    void keeps_aKeyOfThisPartOnly_andAskingTouchesItsPart() {
        Map<String, Boolean> answers = new HashMap<>();
        // A fold that asks and, for a key it is told is not kept, builds nothing.
        Rule asking = KeyedRule.of(new RuleInfo("TEST_KEEPS", "测试规则", "Test rule", Severity.INFO, Shape.KEYED,
                "pointer", List.of(), "A rule of the tests."), Grouping.<String, Integer>folding((e, context, states) -> {
                    String key = e.location().pointer();
                    answers.put(key, states.keeps(key));
                }, Integer::sum), (key, count, context, sink) -> { });
        RuleEngine engine = RuleEngine.builder(QIYINGEN_POLICY.withDisabledRules(codesOf(ENGINE))).add(asking)
                .build();
        for (KeyPartition part : List.of(KeyPartition.all(), new KeyPartition(0, 3), new KeyPartition(2, 3))) {
            RuleRun run = engine.start(DIMENSIONS, AS_OF, part);
            for (Entity record : Entity.allOf(QIYINGEN)) {
                String key = record.location().pointer();

                assertThat(run.acceptTellingParts(record)).as("%s in %s", key, part)
                        .isEqualTo(1L << part.indexOf(key));
                assertThat(answers.get(key)).as("%s in %s", key, part).isEqualTo(part.indexOf(key) == part.index());
            }
        }
        assertThat(answers).containsValue(false);
    }

    /** A keyed rule that counts the records at each pointer. */
    private static Rule pointerCount() {
        return KeyedRule.<String, Integer>of(new RuleInfo("TEST_POINTER_COUNT", "测试规则", "Test rule",
                Severity.INFO, Shape.KEYED, "pointer", List.of(), "A rule of the tests."),
                (e, context, emit) -> emit.accept(e.location().pointer(), 1), Integer::sum,
                (key, count, context, sink) -> { });
    }

    private static SortedSet<String> codesOf(RuleEngine engine) {
        return engine.rules().stream().map(rule -> rule.info().code()).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void start_keyParts_onlyTheFirstRunsLocalRules() {
        Set<String> keyed = ENGINE.rules().stream().filter(KeyedRule.class::isInstance)
                .map(rule -> rule.info().code()).collect(Collectors.toSet());
        List<Set<String>> codes = new ArrayList<>();
        for (KeyPartition part : KeyPartition.split(2)) {
            RuleRun run = ENGINE.start(DIMENSIONS, AS_OF, part);
            Entity.allOf(BROKEN).forEach(run::accept);
            codes.add(run.finish().countsByCode().keySet());
        }
        assertThat(codes.get(0)).anyMatch(code -> !keyed.contains(code));
        assertThat(codes.get(1)).isNotEmpty().allMatch(keyed::contains);
    }

    @Test
    void start_keyParts_aGroupingThatThrowsIsReportedOnce() {
        Rule rule = KeyedRule.<String, Integer>of(new RuleInfo("TEST_THROWS_IN_MAP", "测试规则", "Test rule",
                        Severity.ERROR, Shape.KEYED, "pointer", List.of(), "A rule of the tests."),
                (e, context, emit) -> {
                    if (e.location().pointer().equals("/persons/3")) {
                        throw new IllegalArgumentException("bad person");
                    }
                    emit.accept(e.location().pointer(), 1);
                },
                Integer::sum, (key, count, context, sink) -> { });
        RuleEngine engine = RuleEngine.builder(QIYINGEN_POLICY).add(rule).build();

        Report parts = byKeyParts(engine, BROKEN, 3);

        assertThat(parts.withCode(RuleEngine.ENGINE_RULE_FAILED).findings()).extracting(Finding::pointer)
                .containsExactly("/persons/3");
        assertThat(parts).isEqualTo(engine.validate(BROKEN, AS_OF));
    }

    /** A keyed rule whose merge fails: keyed by employer, so a state is merged on its key's second record. */
    private static Rule failingMerge() {
        return KeyedRule.<String, Integer>of(new RuleInfo("TEST_THROWS_IN_MERGE", "测试规则", "Test rule",
                        Severity.ERROR, Shape.KEYED, "employer", List.of(), "A rule of the tests."),
                (e, context, emit) -> {
                    if (e instanceof Entity.OfPerson p) {
                        p.person().employer().ifPresent(employer -> emit.accept(employer.value(), 1));
                    }
                },
                (a, b) -> {
                    throw new ArithmeticException("cannot merge");
                }, (key, count, context, sink) -> { });
    }

    /** A rule of the tests whose folding grouping folds records as {@code folder} does. */
    private static Rule folding(String code, Grouping.Folder<String, Integer> folder) {
        return KeyedRule.of(new RuleInfo(code, "测试规则", "Test rule", Severity.ERROR, Shape.KEYED, "pointer",
                List.of(), "A rule of the tests."), Grouping.folding(folder, Integer::sum), (k, s, c, sink) -> { });
    }

    @Test
    void start_keyParts_aFoldThatFailsAtTheFirstKeyItKeeps_isReportedOnce() {
        // Each part's run keeps other keys, so each fails at a key of its own.
        RuleEngine engine = RuleEngine.builder(QIYINGEN_POLICY).add(folding("TEST_FAILS_WHERE_KEPT", (e, c, states) -> {
            for (String key : List.of("a", "b", "c", "d", "e", "f")) {
                if (states.keeps(key)) {
                    throw new IllegalStateException("no state for " + key);
                }
            }
        })).build();

        Report whole = engine.validate(QIYINGEN, AS_OF);

        assertThat(whole.withCode(RuleEngine.ENGINE_RULE_FAILED).findings()).hasSize(Entity.allOf(QIYINGEN).size());
        assertThat(byKeyParts(engine, QIYINGEN, 3).findings()).containsExactlyElementsOf(whole.findings());
    }

    @Test
    void start_keyParts_aFoldThatFailsOnAKeptState_isReportedOnceByThePartOfItsKey() {
        // The second record to touch a key fails on its state: only the run that keeps the state fails.
        RuleEngine engine = RuleEngine.builder(QIYINGEN_POLICY).add(folding("TEST_FAILS_ON_STATE", (e, c, states) -> {
            String key = e.location().pointer().substring(0, 2);
            if (states.get(key, k -> 0) > 0) {
                throw new IllegalStateException("seen " + key);
            }
            states.add(key, 1);
        })).build();

        Report whole = engine.validate(QIYINGEN, AS_OF);

        assertThat(whole.withCode(RuleEngine.ENGINE_RULE_FAILED).findings()).isNotEmpty();
        for (int count : new int[] {2, 3, 5}) {
            assertThat(byKeyParts(engine, QIYINGEN, count)).as("%d parts", count).isEqualTo(whole);
        }
    }

    @Test
    void start_keyParts_aMergeThatThrowsIsReportedOnceByThePartOfItsKey() {
        RuleEngine engine = RuleEngine.builder(QIYINGEN_POLICY).add(failingMerge()).build();
        Report whole = engine.validate(BROKEN, AS_OF);

        assertThat(whole.withCode(RuleEngine.ENGINE_RULE_FAILED).findings()).as("the merges fail").isNotEmpty();
        for (int count : new int[] {2, 3, 7}) {
            assertThat(byKeyParts(engine, BROKEN, count)).as("%d parts", count).isEqualTo(whole);
        }
    }

    @Test
    void partition_ofARunStartedWithout_isAll() {
        assertThat(open().partition()).isEqualTo(KeyPartition.all());
        assertThat(ENGINE.start(DIMENSIONS, AS_OF, new KeyPartition(2, 3)).partition())
                .isEqualTo(new KeyPartition(2, 3));
    }

    @Test
    void merge_runOfAnotherPartition_throws() {
        RuleRun other = ENGINE.start(DIMENSIONS, AS_OF, new KeyPartition(1, 2));
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> ENGINE.start(DIMENSIONS, AS_OF, new KeyPartition(0, 2)).merge(other));
    }

    @Test
    void merge_runsOfOnePartition_sameFindingsAsOneRunOfIt() {
        KeyPartition part = new KeyPartition(1, 2);
        List<Entity> entities = Entity.allOf(BROKEN);
        RuleRun whole = ENGINE.start(DIMENSIONS, AS_OF, part);
        entities.forEach(whole::accept);
        RuleRun first = ENGINE.start(DIMENSIONS, AS_OF, part);
        RuleRun second = ENGINE.start(DIMENSIONS, AS_OF, part);
        entities.subList(0, entities.size() / 2).forEach(first::accept);
        entities.subList(entities.size() / 2, entities.size()).forEach(second::accept);
        assertThat(first.merge(second).finish()).isEqualTo(whole.finish());
    }

    @Test
    void start_nullPartition_throws() {
        assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> ENGINE.start(DIMENSIONS, AS_OF, null))
                .withMessage("partition");
    }

    private static RuleEngine onlyRule(String code) {
        return RuleEngine.of(QIYINGEN_POLICY.withDisabledRules(RuleEngine.builtInRules().stream()
                .map(rule -> rule.info().code()).filter(other -> !other.equals(code))
                .collect(Collectors.toCollection(TreeSet::new))));
    }
}
