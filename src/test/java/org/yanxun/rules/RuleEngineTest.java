package org.yanxun.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.yanxun.rules.catalogue.Mutations.LIWAN;
import static org.yanxun.rules.catalogue.Mutations.QIYINGEN;
import static org.yanxun.rules.catalogue.Mutations.QIYINGEN_POLICY;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yanxun.Dataset;
import org.yanxun.InstitutionId;
import org.yanxun.InvalidValueException;
import org.yanxun.PersonId;
import org.yanxun.examples.ExampleCommunities;
import org.yanxun.policy.Policy;
import org.yanxun.policy.Presets;
import org.yanxun.policy.Severity;
import org.yanxun.rules.catalogue.Mutations;

class RuleEngineTest {

    private static final RuleEngine QIYINGEN_ENGINE = RuleEngine.of(QIYINGEN_POLICY);
    private static final Report QIYINGEN_REPORT = Mutations.qiyingen(QIYINGEN);

    private static RuleInfo local(String code, Severity severity) {
        return new RuleInfo(code, "测试规则", "Test rule", severity, Shape.LOCAL, "", List.of(), "A rule of the tests.");
    }

    private static RuleInfo keyed(String code, Severity severity) {
        return new RuleInfo(code, "测试规则", "Test rule", severity, Shape.KEYED, "employer", List.of(),
                "A rule of the tests.");
    }

    private static Report qiyingenWith(Rule rule) {
        return RuleEngine.builder(QIYINGEN_POLICY).add(rule).build().validate(QIYINGEN, ExampleCommunities.QIYINGEN_AS_OF);
    }

    private static Report withoutCode(Report report, String code) {
        return report.filter(f -> !f.code().equals(code));
    }

    private static Policy withSeverity(String code, Severity severity) {
        return QIYINGEN_POLICY.withSeverities(new TreeMap<>(Map.of(code, severity)));
    }

    private static Policy disabling(String... codes) {
        return QIYINGEN_POLICY.withDisabledRules(new TreeSet<>(List.of(codes)));
    }

    @Test
    void builtInCodes_inCatalogueOrder_unmodifiable() {
        assertThat(RuleEngine.builtInCodes())
                .containsExactlyElementsOf(RuleEngine.builtInRules().stream().map(rule -> rule.info().code()).toList())
                .isUnmodifiable();
    }

    @Test
    void rule_throwsAnInterruptUndeclared_isAFailure_andTheThreadStaysInterrupted() {
        RuleInfo info = RuleInfo.local("OWN_SLEEPER", Severity.ERROR, "睡眠", "Sleeper", "A rule of the tests.");
        RuleEngine engine = RuleEngine.builder(Presets.guangzhouLiwan2026()).add(LocalRule.of(info,
                Entity.OfStudio.class, (studio, context, sink) -> undeclared(new InterruptedException("sleep"))))
                .build();
        Report report;
        boolean interrupted;
        try {
            report = engine.validate(LIWAN, ExampleCommunities.LIWAN_AS_OF);
        } finally {
            interrupted = Thread.interrupted();
        }

        assertThat(interrupted).isTrue();
        assertThat(report.withCode(RuleEngine.ENGINE_RULE_FAILED).findings()).hasSize(LIWAN.studios().size())
                .allMatch(finding -> finding.messageEn().contains("(InterruptedException: sleep)"));
    }

    @Test
    void keyedRule_throwsAnInterruptUndeclaredInItsMapOrCheck_isAFailure_andTheThreadStaysInterrupted() {
        RuleInfo info = RuleInfo.keyed("OWN_SLEEPER", Severity.ERROR, "all studios", "睡眠", "Sleeper",
                "A rule of the tests.");
        KeyedRule<String, Integer> inMap = KeyedRule.of(info, (record, context, emit) -> {
            if (record instanceof Entity.OfStudio) {
                undeclared(new InterruptedException("map"));
            }
        }, Integer::sum, (key, count, context, sink) -> { });
        KeyedRule<String, Integer> inCheck = KeyedRule.of(info, (record, context, emit) -> {
            if (record instanceof Entity.OfStudio) {
                emit.accept("studios", 1);
            }
        }, Integer::sum, (key, count, context, sink) -> undeclared(new InterruptedException("check")));
        for (KeyedRule<String, Integer> rule : List.of(inMap, inCheck)) {
            Report report;
            boolean interrupted;
            try {
                report = RuleEngine.builder(Presets.guangzhouLiwan2026()).add(rule).build()
                        .validate(LIWAN, ExampleCommunities.LIWAN_AS_OF);
            } finally {
                interrupted = Thread.interrupted();
            }

            assertThat(interrupted).isTrue();
            assertThat(report.withCode(RuleEngine.ENGINE_RULE_FAILED).findings()).isNotEmpty()
                    .allMatch(finding -> finding.messageEn().contains("(InterruptedException: "));
        }
    }

    /** Throws a checked exception without declaring it, as Lombok's {@code @SneakyThrows} does. */
    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void undeclared(Throwable thrown) throws T {
        throw (T) thrown;
    }

    @Test
    void finding_toString_escapesControlCharacters() {
        Finding finding = new Finding("OWN_LOG", Severity.INFO, Location.root(), "一\n二", "one\nERROR FAKE /: two",
                "p");

        assertThat(finding).hasToString("INFO OWN_LOG /: one\\u000AERROR FAKE /: two");
    }

    // ----- the examples

    @Test
    void validate_liwanUnderItsPreset_findsNothing() {
        assertThat(Mutations.liwan(LIWAN).findings()).isEmpty();
    }

    @Test
    void validate_qiyingenUnderItsPreset_findsTheTwo2022SessionsOnly() {
        assertThat(QIYINGEN_REPORT.findings()).extracting(Finding::severity, Finding::code, Finding::pointer)
                .containsExactly(
                        tuple(Severity.INFO, "SESSION_OUTSIDE_PLAN", "/alliances/0/sessions/0/date"),
                        tuple(Severity.INFO, "SESSION_OUTSIDE_PLAN", "/alliances/0/sessions/1/date"));
    }

    @Test
    void validate_qiyingenUnderItsPreset_isSuccessful() {
        assertThat(QIYINGEN_REPORT.isSuccessful()).isTrue();
    }

    @Test
    void validate_qiyingen_reportNamesPolicyAndDate() {
        assertThat(QIYINGEN_REPORT).extracting(Report::policyId, Report::asOf)
                .containsExactly("chengyu-qiyingen-2023", ExampleCommunities.QIYINGEN_AS_OF);
    }

    @Test
    void validate_nullDataset_throws() {
        assertThatExceptionOfType(NullPointerException.class)
                .isThrownBy(() -> QIYINGEN_ENGINE.validate(null, ExampleCommunities.QIYINGEN_AS_OF));
    }

    @Test
    void validate_asOfBeyondTheYear9999_isRefusedBeforeReadingAsTheReportCouldNotBeWritten() {
        Dataset dataset = ExampleCommunities.qiyingen();
        for (LocalDate asOf : List.of(LocalDate.of(10_000, 1, 1), LocalDate.MAX, LocalDate.of(-1, 12, 31))) {
            assertThatExceptionOfType(InvalidValueException.class).as("%s", asOf)
                    .isThrownBy(() -> QIYINGEN_ENGINE.validate(dataset, asOf))
                    .withMessage("asOf must be in the years 0000 to 9999, was " + asOf);
            assertThatExceptionOfType(InvalidValueException.class).as("%s", asOf)
                    .isThrownBy(() -> QIYINGEN_ENGINE.start(Dimensions.of(dataset), asOf));
        }
        assertThat(QIYINGEN_ENGINE.validate(dataset, LocalDate.of(9999, 12, 31)).asOf()).hasYear(9999);
    }

    @Test
    void rules_ofPresetEngine_areTheBuiltInRules() {
        assertThat(QIYINGEN_ENGINE.rules()).containsExactlyElementsOf(RuleEngine.builtInRules());
    }

    @Test
    void builtInRules_toString_namesShapeAndCode() {
        assertThat(RuleEngine.builtInRules()).allSatisfy(rule -> assertThat(rule).hasToString(
                (rule instanceof KeyedRule<?, ?> ? "KeyedRule[" : "LocalRule[") + rule.info().code() + "]"));
    }

    // ----- custom rules

    @Test
    void add_customLocalRule_reportsWithItsOwnCode() {
        Rule rule = LocalRule.of(local("TEST_CADRE_PERSON", Severity.WARNING), Entity.OfPerson.class,
                (e, context, sink) -> {
                    if (e.person().id().value().equals("syn-qye-001")) {
                        sink.add(e.location().child("posts"), "人员 syn-qye-001", "person syn-qye-001");
                    }
                });
        assertThat(qiyingenWith(rule).withCode("TEST_CADRE_PERSON").findings())
                .containsExactly(new Finding("TEST_CADRE_PERSON", Severity.WARNING, Location.of("/persons/0/posts"),
                        "人员 syn-qye-001", "person syn-qye-001", "chengyu-qiyingen-2023"));
    }

    @Test
    void add_customLocalRuleOnEveryEntity_seesEveryRecord() {
        Rule rule = LocalRule.of(local("TEST_EVERY_RECORD", Severity.INFO), Entity.class,
                (e, context, sink) -> sink.add(e.location(), "记录", "record"));
        assertThat(qiyingenWith(rule).withCode("TEST_EVERY_RECORD").findings()).hasSize(Entity.allOf(QIYINGEN).size());
    }

    @Test
    void add_customKeyedRule_reportsOncePerKey() {
        Rule rule = KeyedRule.<InstitutionId, Integer>of(keyed("TEST_STAFF_COUNT", Severity.INFO),
                (e, context, emit) -> {
                    if (e instanceof Entity.OfPerson p) {
                        p.person().employer().ifPresent(employer -> emit.accept(employer, 1));
                    }
                },
                Integer::sum,
                (employer, count, context, sink) -> sink.add(Location.root().child("institutions"),
                        employer + " 有 " + count + " 人", employer + " employs " + count));
        assertThat(qiyingenWith(rule).withCode("TEST_STAFF_COUNT").findings()).extracting(Finding::messageEn)
                .containsExactly("enyang-tts employs 7", "qijiang-tts employs 7", "yingshan-tts employs 7");
    }

    /** Counts each employer's staff in an {@code int[1]} changed in place. */
    private static final Grouping<InstitutionId, int[]> STAFF = Grouping.folding((e, context, states) -> {
        if (e instanceof Entity.OfPerson p) {
            p.person().employer().ifPresent(employer -> states.get(employer, key -> new int[1])[0]++);
        }
    }, (left, right) -> new int[] {left[0] + right[0]});

    @Test
    void add_customFoldingRule_reportsOncePerKey() {
        Rule rule = KeyedRule.of(keyed("TEST_STAFF_FOLDED", Severity.INFO), STAFF,
                (employer, count, context, sink) -> sink.add(Location.root().child("institutions"),
                        employer + " 有 " + count[0] + " 人", employer + " employs " + count[0]));
        assertThat(qiyingenWith(rule).withCode("TEST_STAFF_FOLDED").findings()).extracting(Finding::messageEn)
                .containsExactly("enyang-tts employs 7", "qijiang-tts employs 7", "yingshan-tts employs 7");
    }

    @Test
    void folding_mapStep_emitsTheStateTheFoldGivesANewKey() {
        Entity person = Entity.allOf(QIYINGEN).get(0);
        Map<InstitutionId, int[]> emitted = new TreeMap<>();
        STAFF.map(person, new RuleContext(QIYINGEN_POLICY, ExampleCommunities.QIYINGEN_AS_OF, Dimensions.empty()),
                emitted::put);

        assertThat(emitted).hasSize(1).containsKey(((Entity.OfPerson) person).person().employer().orElseThrow());
        assertThat(emitted.values()).allSatisfy(count -> assertThat(count).containsExactly(1));
    }

    @Test
    void folding_absentGivesNull_throwsNaming() {
        Grouping<String, int[]> broken = Grouping.folding((e, context, states) -> states.get("k", key -> null),
                (left, right) -> left);
        org.assertj.core.api.Assertions.assertThatNullPointerException()
                .isThrownBy(() -> broken.map(Entity.allOf(QIYINGEN).get(0), new RuleContext(QIYINGEN_POLICY,
                        ExampleCommunities.QIYINGEN_AS_OF, Dimensions.empty()), (k, v) -> { }))
                .withMessage("new state");
    }

    /** {@link #STAFF} with the employers of fewer than seven persons quiet. */
    private static final Grouping<InstitutionId, int[]> STAFF_QUIET_BELOW_SEVEN =
            Grouping.folding(STAFF::fold, STAFF::merge, count -> count[0] < 7);

    /** A rule on a grouping that reports every employer it is given, with its staff. */
    private static KeyedRule<InstitutionId, int[]> everyEmployer(Grouping<InstitutionId, int[]> grouping) {
        return everyEmployer(grouping, "TEST_STAFF_SEEN", false);
    }

    /** As {@link #everyEmployer(Grouping)}, with its code, and ignoring quiet states if told to. */
    private static KeyedRule<InstitutionId, int[]> everyEmployer(Grouping<InstitutionId, int[]> grouping, String code,
            boolean ignoresQuietStates) {
        KeyedRule<InstitutionId, int[]> reporting = KeyedRule.of(keyed(code, Severity.INFO), grouping,
                (employer, count, context, sink) -> sink.add(Location.root().child("institutions"),
                        employer + " 有 " + count[0] + " 人", employer + " employs " + count[0]));
        return new KeyedRule<>() {
            @Override
            public RuleInfo info() {
                return reporting.info();
            }

            @Override
            public Grouping<InstitutionId, int[]> grouping() {
                return grouping;
            }

            @Override
            public void check(InstitutionId key, int[] state, RuleContext context, FindingSink sink) {
                reporting.check(key, state, context, sink);
            }

            @Override
            public boolean ignoresQuietStates() {
                return ignoresQuietStates;
            }
        };
    }

    /** The English messages of one code's findings on 綦营恩 with one person fewer at enyang-tts, validated with some rules added. */
    private static List<String> seenWithOneLessAtEnyang(String code, Rule... rules) {
        // One person fewer at enyang-tts: its staff (6) is quiet under STAFF_QUIET_BELOW_SEVEN, the others' (7) not.
        Dataset data = Mutations.persons(QIYINGEN, persons -> {
            PersonId first = persons.stream()
                    .filter(person -> person.employer().equals(Optional.of(InstitutionId.of("enyang-tts"))))
                    .findFirst().orElseThrow().id();
            persons.removeIf(person -> person.id().equals(first));
            return persons;
        });
        RuleEngine.Builder builder = RuleEngine.builder(QIYINGEN_POLICY);
        for (Rule rule : rules) {
            builder.add(rule);
        }
        return builder.build().validate(data, ExampleCommunities.QIYINGEN_AS_OF).withCode(code).findings().stream()
                .map(Finding::messageEn).toList();
    }

    @Test
    void isQuiet_ruleIgnoringQuietStates_notGivenThem() {
        assertThat(seenWithOneLessAtEnyang("TEST_STAFF_SEEN", everyEmployer(STAFF, "TEST_STAFF_SEEN", true)))
                .containsExactly("enyang-tts employs 6", "qijiang-tts employs 7", "yingshan-tts employs 7");
        assertThat(seenWithOneLessAtEnyang("TEST_STAFF_SEEN",
                everyEmployer(STAFF_QUIET_BELOW_SEVEN, "TEST_STAFF_SEEN", true)))
                .containsExactly("qijiang-tts employs 7", "yingshan-tts employs 7");
    }

    @Test
    void isQuiet_ruleNotIgnoringQuietStates_givenEveryState() {
        assertThat(seenWithOneLessAtEnyang("TEST_STAFF_SEEN", everyEmployer(STAFF_QUIET_BELOW_SEVEN)))
                .containsExactly("enyang-tts employs 6", "qijiang-tts employs 7", "yingshan-tts employs 7");
    }

    @Test
    void isQuiet_oneRuleOfTheGroupingNotIgnoringThem_everyRuleGivenEveryState() {
        assertThat(seenWithOneLessAtEnyang("TEST_STAFF_IGNORING",
                everyEmployer(STAFF_QUIET_BELOW_SEVEN, "TEST_STAFF_IGNORING", true),
                everyEmployer(STAFF_QUIET_BELOW_SEVEN, "TEST_STAFF_SEEN", false)))
                .containsExactly("enyang-tts employs 6", "qijiang-tts employs 7", "yingshan-tts employs 7");
    }

    @Test
    void isQuiet_ownRuleSharingTheBuiltInIdentityGrouping_givenEveryIdentifier() {
        // The identity grouping's states are nearly all quiet; a rule of one's own on it does not ignore them.
        KeyedRule<?, ?> duplicates = (KeyedRule<?, ?>) RuleEngine.builtInRules().stream()
                .filter(rule -> rule.info().code().equals("ID_DUPLICATE")).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        Grouping<Object, Object> identities = (Grouping<Object, Object>) duplicates.grouping();
        Rule everyIdentifier = KeyedRule.of(keyed("TEST_IDS_SEEN", Severity.INFO), identities,
                (key, state, context, sink) -> sink.add(Location.root(), "见 " + key, "seen " + key));
        Report report = RuleEngine.builder(Mutations.LIWAN_POLICY).add(everyIdentifier).build()
                .validate(LIWAN, ExampleCommunities.LIWAN_AS_OF);
        assertThat(report.withCode("TEST_IDS_SEEN").findings()).hasSize(LIWAN.persons().size()
                + LIWAN.institutions().size() + LIWAN.clusters().size() + LIWAN.studios().size()
                + LIWAN.alliances().size() + LIWAN.projects().size());
        assertThat(duplicates.ignoresQuietStates()).isTrue();
        assertThat(everyEmployer(STAFF).ignoresQuietStates()).isFalse();
    }

    @Test
    void isQuiet_byDefault_falseForEveryState() {
        assertThat(STAFF.isQuiet(new int[] {0})).isFalse();
        assertThat(Grouping.<String, int[]>of((e, context, emit) -> { }, (left, right) -> left).isQuiet(new int[1]))
                .isFalse();
    }

    @Test
    void isQuiet_throws_theStateIsGivenToTheRules() {
        Grouping<InstitutionId, int[]> broken = Grouping.folding(STAFF::fold, STAFF::merge, count -> {
            throw new IllegalStateException("broken on purpose");
        });
        Report report = qiyingenWith(everyEmployer(broken, "TEST_STAFF_SEEN", true));
        assertThat(report.withCode("TEST_STAFF_SEEN").findings())
                .hasSameSizeAs(qiyingenWith(everyEmployer(STAFF)).withCode("TEST_STAFF_SEEN").findings());
        assertThat(report.withCode(RuleEngine.ENGINE_RULE_FAILED).findings()).isEmpty();
    }

    @Test
    void ignoresQuietStates_throws_theRuleIsGivenEveryState() {
        KeyedRule<InstitutionId, int[]> seeing = everyEmployer(STAFF_QUIET_BELOW_SEVEN);
        KeyedRule<InstitutionId, int[]> unsure = new KeyedRule<>() {
            @Override
            public RuleInfo info() {
                return seeing.info();
            }

            @Override
            public Grouping<InstitutionId, int[]> grouping() {
                return seeing.grouping();
            }

            @Override
            public void check(InstitutionId key, int[] state, RuleContext context, FindingSink sink) {
                seeing.check(key, state, context, sink);
            }

            @Override
            public boolean ignoresQuietStates() {
                throw new IllegalStateException("broken on purpose");
            }
        };
        assertThat(seenWithOneLessAtEnyang("TEST_STAFF_SEEN", unsure))
                .containsExactly("enyang-tts employs 6", "qijiang-tts employs 7", "yingshan-tts employs 7");
    }

    @Test
    void folding_nullQuiet_throwsNaming() {
        org.assertj.core.api.Assertions.assertThatNullPointerException()
                .isThrownBy(() -> Grouping.folding(STAFF::fold, STAFF::merge, null)).withMessage("quiet");
    }

    // ----- a rule that throws

    private static final Rule THROWS_ON_FIFTH_EXCHANGE = LocalRule.of(local("TEST_THROWS", Severity.ERROR),
            Entity.OfExchange.class, (e, context, sink) -> {
                if (e.exchange().id().value().equals("qiyingen-x-05")) {
                    throw new IllegalStateException("broken on purpose");
                }
            });

    @Test
    void validate_localRuleThrows_oneEngineFindingAtTheRecord() {
        assertThat(qiyingenWith(THROWS_ON_FIFTH_EXCHANGE).withCode(RuleEngine.ENGINE_RULE_FAILED).findings())
                .extracting(Finding::severity, Finding::pointer)
                .containsExactly(tuple(Severity.ERROR, "/alliances/0/exchanges/4"));
    }

    @Test
    void validate_localRuleThrows_messageNamesTheRuleAndTheCause() {
        Finding failed = qiyingenWith(THROWS_ON_FIFTH_EXCHANGE).withCode(RuleEngine.ENGINE_RULE_FAILED).findings().get(0);
        assertThat(List.of(failed.messageZh(), failed.messageEn()))
                .allSatisfy(message -> assertThat(message).contains("TEST_THROWS", "IllegalStateException",
                        "broken on purpose"));
    }

    @Test
    void validate_localRuleThrows_otherFindingsUnchanged() {
        assertThat(withoutCode(qiyingenWith(THROWS_ON_FIFTH_EXCHANGE), RuleEngine.ENGINE_RULE_FAILED))
                .isEqualTo(QIYINGEN_REPORT);
    }

    @Test
    void validate_keyedRuleThrowsInMap_oneEngineFindingAtTheRecord() {
        Rule rule = KeyedRule.<String, Integer>of(keyed("TEST_THROWS_IN_MAP", Severity.ERROR),
                (e, context, emit) -> {
                    if (e.location().pointer().equals("/persons/3")) {
                        throw new IllegalArgumentException("bad person");
                    }
                    emit.accept("all", 1);
                },
                Integer::sum, (key, count, context, sink) -> { });
        assertThat(qiyingenWith(rule).withCode(RuleEngine.ENGINE_RULE_FAILED).findings()).extracting(Finding::pointer)
                .containsExactly("/persons/3");
    }

    @Test
    void validate_keyedRuleThrowsInCheck_oneEngineFindingAtTheRootNamingTheKey() {
        Rule rule = KeyedRule.<String, Integer>of(keyed("TEST_THROWS_IN_CHECK", Severity.ERROR),
                (e, context, emit) -> emit.accept("all", 1),
                Integer::sum, (key, count, context, sink) -> {
                    throw new UnsupportedOperationException("no check");
                });
        assertThat(qiyingenWith(rule).withCode(RuleEngine.ENGINE_RULE_FAILED).findings())
                .extracting(Finding::pointer, Finding::messageZh, Finding::messageEn)
                .containsExactly(tuple("", "规则 TEST_THROWS_IN_CHECK 检查键“all”时执行失败（UnsupportedOperationException: no check），其余规则照常执行",
                        "rule TEST_THROWS_IN_CHECK failed on key 'all' (UnsupportedOperationException: no check); the other rules still ran"));
    }

    @Test
    void failureAtAndOn_areTheFindingsTheEngineReportsForTheSameFailures() {
        IllegalStateException inRecord = new IllegalStateException("坏记录 " + "x".repeat(2_000));
        UnsupportedOperationException onKey = new UnsupportedOperationException("no check");
        Rule local = LocalRule.of(local("TEST_FAILS_ON_RECORD", Severity.INFO), Entity.OfExchange.class,
                (e, context, sink) -> {
                    if (e.exchange().id().value().equals("qiyingen-x-05")) {
                        throw inRecord;
                    }
                });
        String longKey = "键".repeat(RuleFailures.KEY_TEXT_LENGTH + 1);
        Rule keyed = KeyedRule.<String, Integer>of(keyed("TEST_FAILS_ON_KEY", Severity.INFO),
                (e, context, emit) -> emit.accept(longKey, 1), Integer::sum, (key, count, context, sink) -> {
                    throw onKey;
                });
        RuleEngine engine = RuleEngine.builder(QIYINGEN_POLICY).add(local).add(keyed).build();

        List<Finding> reported = engine.validate(QIYINGEN, ExampleCommunities.QIYINGEN_AS_OF)
                .withCode(RuleEngine.ENGINE_RULE_FAILED).findings();

        assertThat(reported).containsExactlyInAnyOrder(
                engine.failureAt(local, Location.of("/alliances/0/exchanges/4"), inRecord),
                engine.failureOn(keyed, longKey, onKey));
        assertThat(engine.failureAt(local, Location.root(), inRecord).messageEn()).hasSizeLessThan(1_100)
                .startsWith("rule TEST_FAILS_ON_RECORD failed (IllegalStateException: 坏记录 xxx").contains("…)");
    }

    @Test
    void validate_keyedRuleThrowsInCheck_keyLongOrUnprintable_isQuotedCutOrByItsClass() {
        record Unprintable(int n) {
            @Override
            public String toString() {
                throw new IllegalStateException("no text");
            }
        }
        // The cut falls between the two halves of the emoji, which are left out together.
        String longKey = "k".repeat(RuleFailures.KEY_TEXT_LENGTH - 2) + "😀tail";
        Rule longRule = KeyedRule.<String, Integer>of(keyed("TEST_LONG_KEY", Severity.ERROR),
                (e, context, emit) -> emit.accept(longKey, 1), Integer::sum, (key, count, context, sink) -> {
                    throw new UnsupportedOperationException();
                });
        Rule unprintableRule = KeyedRule.<Unprintable, Integer>of(keyed("TEST_UNPRINTABLE_KEY", Severity.ERROR),
                (e, context, emit) -> emit.accept(new Unprintable(1), 1), Integer::sum, (key, count, context, sink) -> {
                    throw new UnsupportedOperationException();
                });
        assertThat(qiyingenWith(longRule).withCode(RuleEngine.ENGINE_RULE_FAILED).findings()).extracting(Finding::messageEn)
                .containsExactly("rule TEST_LONG_KEY failed on key '" + "k".repeat(RuleFailures.KEY_TEXT_LENGTH - 2)
                        + "…' (UnsupportedOperationException); the other rules still ran");
        assertThat(qiyingenWith(unprintableRule).withCode(RuleEngine.ENGINE_RULE_FAILED).findings())
                .extracting(Finding::messageEn).containsExactly(
                        "rule TEST_UNPRINTABLE_KEY failed on key 'Unprintable' (UnsupportedOperationException); the other rules still ran");
    }

    @Test
    void validate_keyedRuleThrowsInCheck_keyOfAnAnonymousClassUnprintable_isNamedByItsClassName() {
        Object anonymous = new Object() {
            @Override
            public String toString() {
                throw new IllegalStateException("no text");
            }
        };
        Rule rule = KeyedRule.<Object, Integer>of(keyed("TEST_ANONYMOUS_KEY", Severity.ERROR),
                (e, context, emit) -> emit.accept(anonymous, 1), Integer::sum, (key, count, context, sink) -> {
                    throw new UnsupportedOperationException();
                });
        assertThat(qiyingenWith(rule).withCode(RuleEngine.ENGINE_RULE_FAILED).findings()).extracting(Finding::messageEn)
                .containsExactly("rule TEST_ANONYMOUS_KEY failed on key '" + anonymous.getClass().getName()
                        + "' (UnsupportedOperationException); the other rules still ran");
    }

    // ----- policy switches

    @Test
    void disabledRules_sessionOutsidePlan_isNotReported() {
        Report report = RuleEngine.of(disabling("SESSION_OUTSIDE_PLAN")).validate(QIYINGEN, ExampleCommunities.QIYINGEN_AS_OF);
        assertThat(QIYINGEN_REPORT.findings()).isNotEmpty();
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void disabledRules_sessionOutsidePlan_isNotAmongTheRules() {
        assertThat(RuleEngine.of(disabling("SESSION_OUTSIDE_PLAN")).rules()).extracting(r -> r.info().code())
                .hasSize(RuleEngine.builtInRules().size() - 1).doesNotContain("SESSION_OUTSIDE_PLAN");
    }

    @Test
    void severities_sessionOutsidePlanAsError_isReportedAsError() {
        Report report = RuleEngine.of(withSeverity("SESSION_OUTSIDE_PLAN", Severity.ERROR))
                .validate(QIYINGEN, ExampleCommunities.QIYINGEN_AS_OF);
        assertThat(report.withCode("SESSION_OUTSIDE_PLAN").findings()).extracting(Finding::severity)
                .containsExactly(Severity.ERROR, Severity.ERROR);
    }

    @Test
    void severities_sessionOutsidePlanAsError_makesTheReportUnsuccessful() {
        Report report = RuleEngine.of(withSeverity("SESSION_OUTSIDE_PLAN", Severity.ERROR))
                .validate(QIYINGEN, ExampleCommunities.QIYINGEN_AS_OF);
        assertThat(report.isSuccessful()).isFalse();
    }

    @Test
    void severities_ofACustomRule_apply() {
        Rule rule = LocalRule.of(local("TEST_EVERY_ALLIANCE", Severity.INFO), Entity.OfAlliance.class,
                (e, context, sink) -> sink.add(e.location(), "联盟", "alliance"));
        Report report = RuleEngine.builder(withSeverity("TEST_EVERY_ALLIANCE", Severity.WARNING)).add(rule).build()
                .validate(QIYINGEN, ExampleCommunities.QIYINGEN_AS_OF);
        assertThat(report.withCode("TEST_EVERY_ALLIANCE").findings()).extracting(Finding::severity)
                .containsExactly(Severity.WARNING);
    }

    // ----- rejected engines

    @Test
    void build_severityOfUnknownCode_throwsNamingTheCode() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> RuleEngine.of(withSeverity("NO_SUCH_RULE", Severity.ERROR)))
                .withMessageContaining("names rule codes no rule has: severities.NO_SUCH_RULE");
    }

    @Test
    void build_unknownCodes_refusalNamesEachFieldInBothLanguages() {
        Policy policy = withSeverity("NO_SUCH_RULE", Severity.ERROR).withDisabledRules(new TreeSet<>(Set.of("ALSO_NONE")));
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> RuleEngine.of(policy))
                .withMessage("Policy 'chengyu-qiyingen-2023' names rule codes no rule has: severities.NO_SUCH_RULE, "
                        + "disabledRules.ALSO_NONE")
                .satisfies(e -> assertThat(e.zh()).isEqualTo("政策“chengyu-qiyingen-2023”引用了不存在的规则代码："
                        + "severities.NO_SUCH_RULE、disabledRules.ALSO_NONE"));
    }

    @Test
    void build_engineRuleFailedSeverity_isRefused() {
        // A failing rule is always an ERROR: a policy cannot lower it or switch it off.
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> RuleEngine.of(withSeverity(RuleEngine.ENGINE_RULE_FAILED, Severity.WARNING)))
                .withMessageContaining("severities.ENGINE_RULE_FAILED");
    }

    @Test
    void build_disablingUnknownCode_throwsNamingTheCode() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> RuleEngine.of(disabling("SESSION_OUTSIDE_PLAN", "NO_SUCH_RULE")))
                .withMessageContaining("NO_SUCH_RULE")
                .withMessageNotContaining("SESSION_OUTSIDE_PLAN");
    }

    @Test
    void build_policyWithProblems_throwsNamingTheField() {
        Policy broken = QIYINGEN_POLICY.withStudios(QIYINGEN_POLICY.studios().withHostsPerStudio(0));
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> RuleEngine.of(broken))
                .withMessageContaining("chengyu-qiyingen-2023")
                .withMessageContaining("has problems: studios.hostsPerStudio: ")
                .withMessageNotContaining("PolicyProblem[")
                .satisfies(e -> assertThat(e.zh()).startsWith("政策“chengyu-qiyingen-2023”有问题：studios.hostsPerStudio："));
    }

    @Test
    void build_twoCustomRulesWithTheSameCode_throwsNamingTheCode() {
        Rule first = LocalRule.of(local("TEST_TWICE", Severity.INFO), Entity.OfPerson.class, (e, c, s) -> { });
        Rule second = LocalRule.of(local("TEST_TWICE", Severity.INFO), Entity.OfStudio.class, (e, c, s) -> { });
        RuleEngine.Builder builder = RuleEngine.builder(QIYINGEN_POLICY).add(first).add(second);
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(builder::build)
                .withMessageContaining("Two rules have the code TEST_TWICE");
    }

    @Test
    void build_customRuleWithABuiltInCode_throwsNamingTheCode() {
        Rule clash = LocalRule.of(local("REF_UNKNOWN", Severity.INFO), Entity.OfPerson.class, (e, c, s) -> { });
        RuleEngine.Builder builder = RuleEngine.builder(QIYINGEN_POLICY).add(clash);
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(builder::build)
                .withMessageContaining("REF_UNKNOWN");
    }

    @Test
    void add_ruleWithTheCodeOfFailedRules_throws() {
        Rule impostor = LocalRule.of(local(RuleEngine.ENGINE_RULE_FAILED, Severity.INFO), Entity.OfPerson.class,
                (e, c, s) -> { });
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> RuleEngine.builder(QIYINGEN_POLICY).add(impostor))
                .withMessage("The code ENGINE_RULE_FAILED reports rules that fail; a rule of your own cannot have it");
    }

    /** A local rule of your own, written out, with the entity type it names and the info it gives. */
    private static LocalRule<Entity.OfPerson> localRule(RuleInfo info, Class<Entity.OfPerson> type) {
        return new LocalRule<>() {
            @Override
            public RuleInfo info() {
                return info;
            }

            @Override
            public Class<Entity.OfPerson> entityType() {
                return type;
            }

            @Override
            public void check(Entity.OfPerson entity, RuleContext context, FindingSink sink) {
                sink.add(entity.location(), "看见", "seen");
            }
        };
    }

    @Test
    void add_localRuleOfNoEntityType_throwsNamingIt() {
        assertThatExceptionOfType(NullPointerException.class)
                .isThrownBy(() -> RuleEngine.builder(QIYINGEN_POLICY).add(localRule(local("TEST_NO_TYPE", Severity.INFO),
                        null)))
                .withMessage("rule TEST_NO_TYPE: entityType()");
    }

    @Test
    void add_keyedRuleOfNoGrouping_throwsNamingIt() {
        KeyedRule<String, Integer> rule = new KeyedRule<>() {
            @Override
            public RuleInfo info() {
                return keyed("TEST_NO_GROUPING", Severity.INFO);
            }

            @Override
            public Grouping<String, Integer> grouping() {
                return null;
            }

            @Override
            public void check(String key, Integer state, RuleContext context, FindingSink sink) {
            }
        };
        assertThatExceptionOfType(NullPointerException.class)
                .isThrownBy(() -> RuleEngine.builder(QIYINGEN_POLICY).add(rule))
                .withMessage("rule TEST_NO_GROUPING: grouping()");
    }

    @Test
    void add_localRuleWhoseInfoSaysKeyed_throws() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> RuleEngine.builder(QIYINGEN_POLICY).add(localRule(keyed("TEST_SHAPE", Severity.INFO),
                        Entity.OfPerson.class)))
                .withMessage("Rule TEST_SHAPE says it is KEYED but is a LOCAL rule");
    }

    @Test
    void ruleFactories_infoOfTheOtherShape_throwAtOnce() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> LocalRule.of(keyed("TEST_SHAPE", Severity.INFO), Entity.OfPerson.class,
                        (e, context, sink) -> { }))
                .withMessage("Rule TEST_SHAPE says it is KEYED but is a LOCAL rule");
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> KeyedRule.<String, Integer>of(local("TEST_SHAPE", Severity.INFO),
                        (entity, context, emit) -> { }, Integer::sum, (key, state, context, sink) -> { }))
                .withMessage("Rule TEST_SHAPE says it is LOCAL but is a KEYED rule");
    }

    @Test
    void add_localRuleOfItsOwn_runs() {
        Report report = qiyingenWith(localRule(local("TEST_SEEN", Severity.INFO), Entity.OfPerson.class));
        assertThat(report.withCode("TEST_SEEN").findings()).hasSize(QIYINGEN.persons().size());
    }

    @Test
    void validate_localRuleReportingAMessageTooLong_oneEngineFindingAtTheRecord() {
        Rule rule = LocalRule.of(local("TEST_LONG", Severity.INFO), Entity.OfExchange.class, (e, context, sink) -> {
            if (e.exchange().id().value().equals("qiyingen-x-05")) {
                sink.add(e.location(), "长", "x".repeat(Finding.MAX_MESSAGE_LENGTH + 1));
            }
        });
        Report report = qiyingenWith(rule);
        assertThat(report.withCode("TEST_LONG").findings()).isEmpty();
        assertThat(report.withCode(RuleEngine.ENGINE_RULE_FAILED).findings()).extracting(Finding::pointer)
                .containsExactly("/alliances/0/exchanges/4");
    }

    @Test
    void validate_localRuleReportingAnEmptyMessage_oneEngineFindingAtTheRecordNamingTheMessage() {
        Rule rule = LocalRule.of(local("TEST_EMPTY", Severity.INFO), Entity.OfExchange.class, (e, context, sink) -> {
            if (e.exchange().id().value().equals("qiyingen-x-05")) {
                sink.add(e.location(), "空", "");
            }
        });
        Report report = qiyingenWith(rule);
        assertThat(report.withCode("TEST_EMPTY").findings()).isEmpty();
        assertThat(report.withCode(RuleEngine.ENGINE_RULE_FAILED).findings()).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/alliances/0/exchanges/4");
            assertThat(f.messageEn()).contains("TEST_EMPTY", "messageEn must not be empty");
        });
    }

    @Test
    void validate_ruleThrowsWithAHugeOrFailingMessage_oneEngineFindingQuotingTheStartOfIt() {
        String huge = "坏".repeat(Finding.MAX_MESSAGE_LENGTH + 1);
        Rule hugeRule = LocalRule.of(local("TEST_HUGE", Severity.ERROR), Entity.OfExchange.class, (e, context, sink) -> {
            throw new IllegalStateException(huge);
        });
        Rule failingRule = LocalRule.of(local("TEST_NO_MESSAGE", Severity.ERROR), Entity.OfExchange.class,
                (e, context, sink) -> {
                    throw new IllegalStateException() {
                        private static final long serialVersionUID = 1L;

                        @Override
                        public String getMessage() {
                            throw new UnsupportedOperationException("no message either");
                        }
                    };
                });
        List<Finding> hugeFailures = qiyingenWith(hugeRule).withCode(RuleEngine.ENGINE_RULE_FAILED).findings();
        assertThat(hugeFailures).isNotEmpty().allSatisfy(f -> assertThat(f.messageEn())
                .startsWith("rule TEST_HUGE failed (IllegalStateException: 坏坏").contains("…)").hasSizeLessThan(2_000));
        assertThat(qiyingenWith(failingRule).withCode(RuleEngine.ENGINE_RULE_FAILED).findings()).isNotEmpty()
                .allSatisfy(f -> assertThat(f.messageEn()).matches(
                        "rule TEST_NO_MESSAGE failed \\(org\\.yanxun\\.rules\\.RuleEngineTest\\$\\d+\\); the other rules still ran"));
    }

    /** Throws a checked exception from code that declares none, as some libraries do. */
    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void sneakyThrow(Throwable t) throws T {
        throw (T) t;
    }

    @Test
    void validate_localRuleThrowsACheckedException_oneEngineFindingAtTheRecord() {
        Rule rule = LocalRule.of(local("TEST_CHECKED", Severity.ERROR), Entity.OfExchange.class, (e, context, sink) -> {
            if (e.exchange().id().value().equals("qiyingen-x-05")) {
                RuleEngineTest.<RuntimeException>sneakyThrow(new java.io.IOException("disk gone"));
            }
        });
        assertThat(qiyingenWith(rule).withCode(RuleEngine.ENGINE_RULE_FAILED).findings())
                .extracting(Finding::pointer, Finding::messageEn)
                .containsExactly(tuple("/alliances/0/exchanges/4",
                        "rule TEST_CHECKED failed (IOException: disk gone); the other rules still ran"));
    }

    @Test
    void builder_nullPolicy_throws() {
        assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> RuleEngine.builder(null));
    }

    // ----- text a finding refuses

    /** The exchanges of the 綦营恩 example, each of which a rule of exchanges reads. */
    private static final int QIYINGEN_EXCHANGES = ExampleCommunities.qiyingen().alliances().get(0).exchanges().size();

    @Test
    void validate_ruleReportsAnUnpairedSurrogate_anEngineFindingPerExchangeSayingSo() {
        Rule rule = LocalRule.of(local("TEST_LONE_SURROGATE", Severity.WARNING), Entity.OfExchange.class,
                (e, context, sink) -> sink.add(e.location(), "半个\ud800", "half \ud800"));
        Report report = qiyingenWith(rule);

        assertThat(report.withCode("TEST_LONE_SURROGATE").findings()).isEmpty();
        assertThat(report.withCode(RuleEngine.ENGINE_RULE_FAILED).findings())
                .hasSize(QIYINGEN_EXCHANGES)
                .allSatisfy(f -> assertThat(f.messageEn()).contains("TEST_LONE_SURROGATE",
                        "messageZh must not contain an unpaired surrogate, was U+D800 at character 3"));
    }

    @Test
    void validate_ruleThrowsWithAnUnpairedSurrogateInItsMessage_anEngineFindingPerExchangeEscapingIt() {
        Rule rule = LocalRule.of(local("TEST_THROWS_SURROGATE", Severity.ERROR), Entity.OfExchange.class,
                (e, context, sink) -> {
                    throw new IllegalStateException("bad \udc00 text");
                });

        assertThat(qiyingenWith(rule).withCode(RuleEngine.ENGINE_RULE_FAILED).findings()).hasSize(QIYINGEN_EXCHANGES)
                .allSatisfy(f -> assertThat(f.messageEn()).contains("IllegalStateException: bad \\uDC00 text"));
    }
}
