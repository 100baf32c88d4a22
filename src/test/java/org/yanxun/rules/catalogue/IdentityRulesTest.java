package org.yanxun.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yanxun.rules.catalogue.Mutations.LIWAN;
import static org.yanxun.rules.catalogue.Mutations.QIYINGEN;
import static org.yanxun.rules.catalogue.Mutations.SG;
import static org.yanxun.rules.catalogue.Mutations.findings;
import static org.yanxun.rules.catalogue.Mutations.fires;
import static org.yanxun.rules.catalogue.Mutations.liwan;
import static org.yanxun.rules.catalogue.Mutations.pointers;
import static org.yanxun.rules.catalogue.Mutations.qiyingen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yanxun.AllianceId;
import org.yanxun.Cluster;
import org.yanxun.ClusterId;
import org.yanxun.ExchangeId;
import org.yanxun.CreditCode;
import org.yanxun.Identifier;
import org.yanxun.Institution;
import org.yanxun.InstitutionId;
import org.yanxun.Membership;
import org.yanxun.Person;
import org.yanxun.PersonId;
import org.yanxun.ProjectId;
import org.yanxun.RegionCode;
import org.yanxun.ResourceId;
import org.yanxun.SessionId;
import org.yanxun.SharedResource;
import org.yanxun.Studio;
import org.yanxun.StudioId;
import org.yanxun.examples.ExampleCommunities;
import org.yanxun.policy.Severity;
import org.yanxun.rules.Dimensions;
import org.yanxun.rules.Entity;
import org.yanxun.rules.Finding;
import org.yanxun.rules.KeyedRule;
import org.yanxun.rules.Location;
import org.yanxun.rules.Report;
import org.yanxun.rules.Rule;
import org.yanxun.rules.RuleContext;
import org.yanxun.rules.RuleEngine;
import org.yanxun.rules.RuleRun;

class IdentityRulesTest {

    private static CreditCode creditCode(String first17) {
        return CreditCode.parse(first17 + CreditCode.checkCharacter(first17));
    }

    // ----- ID_DUPLICATE

    @Test
    void idDuplicate_personListedTwice_fires() {
        var data = Mutations.persons(QIYINGEN, persons -> {
            persons.add(persons.get(0));
            return persons;
        });
        fires(qiyingen(data), "ID_DUPLICATE", "/persons/21/id")
                .is(Severity.ERROR, "syn-qye-001", "/persons/0/id");
    }

    @Test
    void idDuplicate_studioIdReused_firesOnTheLaterStudio() {
        var data = Mutations.studio(LIWAN, SG, s -> new Studio(Mutations.studio(2).id(), s.name(), s.type(),
                s.level(), s.hostInstitution(), s.researchDirection(), s.stages(), s.subjects(), s.cycle(), s.status(),
                s.memberships(), s.evaluations(), s.activities(), s.mentoringPairs(), s.certificates()));
        fires(liwan(data), "ID_DUPLICATE", "/clusters/0/studios/3/id")
                .is(Severity.ERROR, "liwan-2026-sg-003", "/clusters/0/studios/2/id");
    }

    @Test
    void idDuplicate_personListedThreeTimes_firesOnBothLaterRecords() {
        var data = Mutations.persons(QIYINGEN, persons -> {
            persons.add(persons.get(0));
            persons.add(persons.get(0));
            return persons;
        });
        assertThat(pointers(qiyingen(data), "ID_DUPLICATE")).containsExactly("/persons/21/id", "/persons/22/id");
    }

    @Test
    void idDuplicate_laterDuplicatesMergedIntoTheFirst_firesOnEach() {
        var data = Mutations.persons(QIYINGEN, persons -> {
            persons.add(persons.get(0));
            persons.add(persons.get(0));
            return persons;
        });
        var report = Mutations.qiyingenInTwoRuns(data, "/persons/0"::equals);
        assertThat(pointers(report, "ID_DUPLICATE")).containsExactly("/persons/21/id", "/persons/22/id");
        fires(report, "ID_DUPLICATE", "/persons/22/id").is(Severity.ERROR, "syn-qye-001", "/persons/0/id");
    }

    @Test
    void idDuplicate_eachKindOfIdentifier_namesTheKind() {
        assertThat(List.of(PersonId.of("a"), InstitutionId.of("a"), ClusterId.of("a"), StudioId.of("a"),
                AllianceId.of("a"), SessionId.of("a"), ExchangeId.of("a"), ResourceId.of("a"), ProjectId.of("a"))
                .stream().map(References::kindOf).map(kind -> kind.en + "/" + kind.zh).toList())
                .containsExactly("person/人员", "institution/机构", "cluster/集群", "studio/工作室", "alliance/联盟",
                        "session/联合研修", "exchange/交流", "resource/资源", "project/项目");
    }

    @Test
    void idDuplicate_liwanExample_quiet() {
        assertThat(findings(liwan(LIWAN), "ID_DUPLICATE")).isEmpty();
    }

    @Test
    void idDuplicate_qiyingenExample_quiet() {
        assertThat(findings(qiyingen(QIYINGEN), "ID_DUPLICATE")).isEmpty();
    }

    // ----- REF_UNKNOWN

    @Test
    void refUnknown_membershipOfUnknownPerson_fires() {
        var data = Mutations.studio(LIWAN, SG, s -> Mutations.membership(s, 2,
                m -> new Membership(PersonId.of("syn-lw-9999"), m.tier(), m.joinedOn(), m.leftOn())));
        fires(liwan(data), "REF_UNKNOWN", "/clusters/0/studios/3/memberships/2/person")
                .is(Severity.ERROR, "syn-lw-9999")
                .says("引用的人员“syn-lw-9999”不存在", "person 'syn-lw-9999' is referred to here but is not in the data");
    }

    @Test
    void refUnknown_resourceOfUnknownContributor_fires() {
        var data = Mutations.resource(QIYINGEN, 0, r -> new SharedResource(r.id(), r.title(), r.kind(),
                InstitutionId.of("nowhere-tts"), r.createdOn(), r.lastReviewedOn(), r.shared()));
        fires(qiyingen(data), "REF_UNKNOWN", "/alliances/0/resources/0/contributor")
                .is(Severity.ERROR, "nowhere-tts");
    }

    @Test
    void refUnknown_unknownPersonInTwoMemberships_firesOnEach() {
        var data = Mutations.studio(LIWAN, SG, s -> Mutations.membership(Mutations.membership(s, 2,
                m -> new Membership(PersonId.of("syn-lw-9999"), m.tier(), m.joinedOn(), m.leftOn())), 3,
                m -> new Membership(PersonId.of("syn-lw-9999"), m.tier(), m.joinedOn(), m.leftOn())));
        assertThat(pointers(liwan(data), "REF_UNKNOWN")).containsExactly(
                "/clusters/0/studios/3/memberships/2/person", "/clusters/0/studios/3/memberships/3/person");
    }

    private static final RuleEngine LIWAN_ENGINE = RuleEngine.of(Mutations.LIWAN_POLICY);

    private static Report lines(Entity... entities) {
        RuleRun run = LIWAN_ENGINE.start(Dimensions.empty(), ExampleCommunities.LIWAN_AS_OF);
        for (Entity entity : entities) {
            run.accept(entity);
        }
        return run.finish();
    }

    private static Location line(long line, String entity) {
        return new Location(OptionalLong.of(line), "/" + entity);
    }

    @Test
    void idDuplicate_personOnTwoLines_quotesTheFirstLineInEachLanguage() {
        Person person = Mutations.personAt(0, 0);
        var report = lines(new Entity.OfPerson(person, line(1, "person")), new Entity.OfPerson(person, line(2, "person")));
        fires(report, "ID_DUPLICATE", "/person/id").zh("首次出现于 第 1 行 /person/id")
                .en("is already used at line 1 /person/id");
        assertThat(findings(report, "ID_DUPLICATE")).extracting(Finding::messageZh).noneMatch(m -> m.contains("line"));
    }

    @Test
    void refUnknown_studioLineOfUnknownCluster_fires() {
        var report = lines(new Entity.OfStudio(Mutations.studio(SG), ClusterId.of("nowhere"), line(2, "studio")));
        var fired = fires(report, "REF_UNKNOWN", "/cluster").is(Severity.ERROR, "nowhere").zh("集群").en("cluster");
        assertThat(fired.finding().location().line()).hasValue(2);
    }

    @Test
    void refUnknown_exchangeLineOfUnknownAlliance_fires() {
        var report = lines(new Entity.OfExchange(Mutations.alliance().exchanges().get(0), AllianceId.of("nowhere"),
                line(3, "exchange")));
        fires(report, "REF_UNKNOWN", "/alliance").is(Severity.ERROR, "nowhere").zh("联盟").en("alliance");
    }

    @Test
    void refUnknown_resourceLineOfUnknownAlliance_fires() {
        var report = lines(new Entity.OfResource(Mutations.alliance().resources().get(0), AllianceId.of("nowhere"),
                line(4, "resource")));
        fires(report, "REF_UNKNOWN", "/alliance").is(Severity.ERROR, "nowhere").zh("联盟").en("alliance");
    }

    @Test
    void refUnknown_sameUnknownPersonsInTwoMergedRuns_reportedForEachRun() {
        Studio studio = Mutations.studio(SG);
        RuleRun left = LIWAN_ENGINE.start(Dimensions.empty(), ExampleCommunities.LIWAN_AS_OF);
        RuleRun right = LIWAN_ENGINE.start(Dimensions.empty(), ExampleCommunities.LIWAN_AS_OF);
        left.accept(new Entity.OfStudio(studio, ClusterId.of("c"), line(2, "studio")));
        right.accept(new Entity.OfStudio(studio, ClusterId.of("c"), line(3, "studio")));

        var unknown = findings(left.merge(right).finish(), "REF_UNKNOWN").stream()
                .map(f -> f.location().toString()).filter(at -> at.endsWith("/memberships/0/person")).toList();
        assertThat(unknown).containsExactly("line 2 /studio/memberships/0/person", "line 3 /studio/memberships/0/person");
    }

    @Test
    void refUnknown_referencesBeforeTheirDeclarations_quiet() {
        // In document order persons come before the institutions that employ them: each employer is
        // referred to before it is declared, in one run and across runs merged either way.
        RuleRun run = LIWAN_ENGINE.start(Dimensions.of(LIWAN), ExampleCommunities.LIWAN_AS_OF);
        Entity.allOf(LIWAN).forEach(run::accept);
        assertThat(findings(run.finish(), "REF_UNKNOWN")).isEmpty();
        assertThat(findings(Mutations.qiyingenInTwoRuns(QIYINGEN, at -> at.startsWith("/institutions")),
                "REF_UNKNOWN")).isEmpty();
        assertThat(findings(Mutations.qiyingenInTwoRuns(QIYINGEN, at -> at.startsWith("/persons")),
                "REF_UNKNOWN")).isEmpty();
    }

    @Test
    void refUnknown_unknownEmployerReferredBeforeAnyDeclaration_firesOnce() {
        var data = Mutations.persons(QIYINGEN, persons -> {
            persons.set(0, persons.get(0).toBuilder().employer(InstitutionId.of("nowhere-tts")).build());
            return persons;
        });
        assertThat(pointers(Mutations.qiyingenInTwoRuns(data, at -> at.startsWith("/institutions")), "REF_UNKNOWN"))
                .containsExactly("/persons/0/employer");
    }

    @Test
    void identityGrouping_quietStates_areThoseItsRulesReportNothingOn() {
        // A person declared twice and a membership of an unknown person; each record mapped to states of
        // its own and merged, as a distributed engine does.
        var data = Mutations.studio(Mutations.persons(LIWAN, persons -> {
            persons.add(persons.get(0));
            return persons;
        }), SG, s -> Mutations.membership(s, 2,
                m -> new Membership(PersonId.of("syn-lw-9999"), m.tier(), m.joinedOn(), m.leftOn())));
        var context = new RuleContext(Mutations.LIWAN_POLICY, ExampleCommunities.LIWAN_AS_OF,
                Dimensions.of(data));
        Map<Identifier, Object> states = new LinkedHashMap<>();
        Entity.allOf(data).forEach(entity -> IdentityRules.Identity.GROUPING.map(entity, context,
                (key, state) -> states.merge(key, state, IdentityRules.Identity.GROUPING::merge)));

        Map<Boolean, List<Integer>> reportedByQuietness = new TreeMap<>();
        states.forEach((key, state) -> {
            int[] reported = {0};
            for (Rule rule : IdentityRules.all()) {
                if (rule instanceof KeyedRule<?, ?> keyed && keyed.grouping() == IdentityRules.Identity.GROUPING) {
                    @SuppressWarnings("unchecked")
                    var identityRule = (KeyedRule<Identifier, Object>) keyed;
                    identityRule.check(key, state, context, (at, zh, en) -> reported[0]++);
                }
            }
            reportedByQuietness.computeIfAbsent(IdentityRules.Identity.GROUPING.isQuiet(state),
                    quiet -> new ArrayList<>()).add(reported[0]);
        });
        assertThat(reportedByQuietness.get(true)).hasSizeGreaterThan(2_000).containsOnly(0);
        assertThat(reportedByQuietness.get(false)).containsExactlyInAnyOrder(1, 1);
    }

    @Test
    void refUnknown_liwanExample_quiet() {
        assertThat(findings(liwan(LIWAN), "REF_UNKNOWN")).isEmpty();
    }

    @Test
    void refUnknown_qiyingenExample_quiet() {
        assertThat(findings(qiyingen(QIYINGEN), "REF_UNKNOWN")).isEmpty();
    }

    // ----- CODE_REGION

    @Test
    void codeRegion_clusterWithProvinceCode_fires() {
        var data = Mutations.cluster(LIWAN, c -> new Cluster(c.id(), c.name(), RegionCode.parse("440000"),
                c.organiser(), c.undertaker(), c.launchedOn(), c.studios(), c.plan()));
        fires(liwan(data), "CODE_REGION", "/clusters/0/region").is(Severity.ERROR, "440000");
    }

    @Test
    void codeRegion_clusterWithPrefectureCode_fires() {
        var data = Mutations.cluster(LIWAN, c -> new Cluster(c.id(), c.name(), RegionCode.parse("440100"),
                c.organiser(), c.undertaker(), c.launchedOn(), c.studios(), c.plan()));
        fires(liwan(data), "CODE_REGION", "/clusters/0/region").is(Severity.ERROR, "440100");
    }

    @ParameterizedTest
    @ValueSource(strings = {"441900", "442000", "460400", "620200"})
    void codeRegion_clusterOfACityWithoutCounties_quiet(String dongguanZhongshanDanzhouJiayuguan) {
        var data = Mutations.cluster(LIWAN, c -> new Cluster(c.id(), c.name(),
                RegionCode.parse(dongguanZhongshanDanzhouJiayuguan), c.organiser(), c.undertaker(), c.launchedOn(),
                c.studios(), c.plan()));
        assertThat(findings(liwan(data), "CODE_REGION")).isEmpty();
    }

    @Test
    void codeRegion_schoolWithProvinceCode_fires() {
        var data = Mutations.institution(LIWAN, 2,
                i -> Institution.of(i.id(), i.name(), i.kind(), RegionCode.parse("440000")));
        fires(liwan(data), "CODE_REGION", "/institutions/2/region").is(Severity.ERROR, "440000")
                .zh("是省级代码，应为市级或区县级")
                .en("a school must not have the province-level region code 440000; it needs a city- or county-level code");
    }

    @Test
    void codeRegion_bureauWithProvinceCode_quiet() {
        var data = Mutations.institution(LIWAN, 0,
                i -> Institution.of(i.id(), i.name(), i.kind(), RegionCode.parse("440000")));
        assertThat(findings(liwan(data), "CODE_REGION")).isEmpty();
    }

    @Test
    void codeRegion_liwanExample_quiet() {
        assertThat(findings(liwan(LIWAN), "CODE_REGION")).isEmpty();
    }

    // ----- CODE_CREDIT

    @Test
    void codeCredit_registeredInAnotherProvince_fires() {
        CreditCode chongqing = creditCode("12500110MA5CKQ8N0");
        var data = Mutations.institution(LIWAN, 1, i -> i.withCreditCode(chongqing));
        fires(liwan(data), "CODE_CREDIT", "/institutions/1/creditCode")
                .is(Severity.ERROR, chongqing.value(), "440103")
                .zh("重庆", "广东")
                .en("Chongqing", "Guangdong");
    }

    @Test
    void codeCredit_invalidDivision_fires() {
        CreditCode nowhere = creditCode("12990000MA5CKQ8N0");
        var data = Mutations.institution(LIWAN, 1, i -> i.withCreditCode(nowhere));
        fires(liwan(data), "CODE_CREDIT", "/institutions/1/creditCode")
                .is(Severity.ERROR, nowhere.value(), "990000")
                .zh("统一社会信用代码 " + nowhere.value() + " 中的行政区划代码 990000 无效");
    }

    /** The code of a university under the Ministry of Education, registered at national level (division 100000). */
    @Test
    void codeCredit_registeredAtNationalLevel_quietInAnyRegion() {
        CreditCode national = creditCode("12100000400000624");
        assertThat(national.value()).isEqualTo("12100000400000624D");
        var data = Mutations.institution(LIWAN, 1, i -> i.withCreditCode(national));
        assertThat(findings(liwan(data), "CODE_CREDIT")).isEmpty();
    }

    @Test
    void codeCredit_sameProvinceOtherDistrict_quiet() {
        var data = Mutations.institution(LIWAN, 1, i -> i.withCreditCode(creditCode("12440104MA5CKQ8N0")));
        assertThat(findings(liwan(data), "CODE_CREDIT")).isEmpty();
    }

    @Test
    void codeCredit_qiyingenExampleWithMatchingCodes_quiet() {
        var data = QIYINGEN.withInstitutions(List.of(
                QIYINGEN.institutions().get(0).withCreditCode(creditCode("12500110MA5CKQ8N0")),
                QIYINGEN.institutions().get(1).withCreditCode(creditCode("12511322MA5CKQ8N0")),
                QIYINGEN.institutions().get(2).withCreditCode(creditCode("12511903MA5CKQ8N0"))));
        assertThat(findings(qiyingen(data), "CODE_CREDIT")).isEmpty();
    }
}
