package org.yanxun.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yanxun.rules.catalogue.Mutations.QIYINGEN;
import static org.yanxun.rules.catalogue.Mutations.QIYINGEN_POLICY;
import static org.yanxun.rules.catalogue.Mutations.alliance;
import static org.yanxun.rules.catalogue.Mutations.findings;
import static org.yanxun.rules.catalogue.Mutations.fires;
import static org.yanxun.rules.catalogue.Mutations.pointers;
import static org.yanxun.rules.catalogue.Mutations.qiyingen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yanxun.Alliance;
import org.yanxun.AllianceId;
import org.yanxun.AllianceMember;
import org.yanxun.AlliancePlan;
import org.yanxun.Dataset;
import org.yanxun.DateRange;
import org.yanxun.Institution;
import org.yanxun.InstitutionId;
import org.yanxun.InstitutionKind;
import org.yanxun.RegionCode;
import org.yanxun.ResourceKind;
import org.yanxun.SessionKind;
import org.yanxun.Province;
import org.yanxun.UnitRole;
import org.yanxun.policy.PlanStructure;
import org.yanxun.policy.Policy;
import org.yanxun.policy.ProvinceQuota;
import org.yanxun.policy.Severity;
import org.yanxun.rules.Finding;
import org.yanxun.rules.Report;
import org.yanxun.rules.RuleEngine;

/** The rules of {@code AllianceRules}, on the 綦营恩 alliance and a synthetic "10+20" umbrella. */
class AllianceRulesTest {

    private static final String NAME = Mutations.alliance().name();
    private static final AllianceId UMBRELLA = AllianceId.of("syn-chengyu-10-20");
    private static final String UMBRELLA_NAME = "成渝地区双城经济圈研训机构“10+20”共同体（合成示例）";

    /**
     * The 綦营恩 example with a synthetic umbrella alliance at {@code /alliances/1} made of synthetic
     * training schools in Chongqing (5001xx) and Sichuan (5101xx).
     */
    private static Dataset withUmbrella(int chongqing, int sichuan, boolean qiyingenIsChild) {
        List<Institution> institutions = new ArrayList<>(QIYINGEN.institutions());
        List<AllianceMember> members = new ArrayList<>();
        for (int i = 1; i <= chongqing + sichuan; i++) {
            boolean cq = i <= chongqing;
            InstitutionId id = InstitutionId.of(String.format(Locale.ROOT, "syn-%s-tts-%02d", cq ? "cq" : "sc", i));
            String region = cq ? String.format(Locale.ROOT, "5001%02d", i)
                    : String.format(Locale.ROOT, "5101%02d", i - chongqing);
            institutions.add(Institution.of(id, "合成教师进修学校" + i, InstitutionKind.TEACHER_TRAINING_SCHOOL,
                    RegionCode.parse(region)));
            members.add(AllianceMember.of(id, i == 1 ? UnitRole.LEAD : UnitRole.PARTNER));
        }
        Alliance umbrella = new Alliance(UMBRELLA, UMBRELLA_NAME, Optional.empty(), members,
                Mutations.alliance().plan(), List.of(), List.of(), List.of());
        Alliance a = Mutations.alliance();
        Alliance child = new Alliance(a.id(), a.name(), qiyingenIsChild ? Optional.of(UMBRELLA) : Optional.empty(),
                a.members(), a.plan(), a.sessions(), a.exchanges(), a.resources());
        return QIYINGEN.withInstitutions(institutions).withAlliances(List.of(child, umbrella));
    }

    private static AlliancePlan plan(DateRange period, List<String> mechanisms, List<String> keyTasks) {
        AlliancePlan p = Mutations.alliance().plan().orElseThrow();
        return new AlliancePlan(p.title(), period, mechanisms, p.resourceKinds(), p.topics(), p.activityKinds(), keyTasks);
    }

    private static final AlliancePlan PLAN = Mutations.alliance().plan().orElseThrow();

    // ----- ALLIANCE_LEAD_UNIT

    @Test
    void allianceLeadUnit_twoLeadUnits_fires() {
        var data = alliance(QIYINGEN, a -> Mutations.withMembers(a, List.of(a.members().get(0),
                AllianceMember.of(a.members().get(1).institution(), UnitRole.LEAD), a.members().get(2))));
        fires(qiyingen(data), "ALLIANCE_LEAD_UNIT", "/alliances/0/members").is(Severity.ERROR, NAME, "2", "1");
    }

    @Test
    void allianceLeadUnit_noLeadUnit_fires() {
        var data = alliance(QIYINGEN, a -> Mutations.withMembers(a, List.of(
                AllianceMember.of(a.members().get(0).institution(), UnitRole.PARTNER), a.members().get(1),
                a.members().get(2))));
        fires(qiyingen(data), "ALLIANCE_LEAD_UNIT", "/alliances/0/members").is(Severity.ERROR, NAME, "0", "1");
    }

    @Test
    void allianceLeadUnit_oneLeadUnitListedTwice_quiet() {
        var data = alliance(QIYINGEN, a -> {
            List<AllianceMember> members = new ArrayList<>(a.members());
            members.add(a.members().get(0));
            return Mutations.withMembers(a, members);
        });
        assertThat(findings(qiyingen(data), "ALLIANCE_LEAD_UNIT")).isEmpty();
    }

    @Test
    void allianceLeadUnit_umbrellaWithoutALeadUnit_quiet() {
        assertThat(findings(qiyingen(Mutations.withBareCommunity(QIYINGEN, true)), "ALLIANCE_LEAD_UNIT")).isEmpty();
    }

    @Test
    void allianceLeadUnit_sameRecordNamedAsParentByNoAlliance_fires() {
        fires(qiyingen(Mutations.withBareCommunity(QIYINGEN, false)), "ALLIANCE_LEAD_UNIT", "/alliances/1/members")
                .is(Severity.ERROR, "0", "1");
    }

    @Test
    void allianceLeadUnit_umbrellaWithTwoLeadUnits_fires() {
        Dataset data = Mutations.underCommunity(community -> Mutations.withMembers(community, community.members()
                .stream().map(m -> AllianceMember.of(m.institution(), UnitRole.LEAD)).limit(2).toList()));
        fires(qiyingen(data), "ALLIANCE_LEAD_UNIT", "/alliances/1/members").is(Severity.ERROR, "2", "1");
    }

    /** The preset with two lead units per alliance instead of one. */
    private static final Policy TWO_LEAD_UNITS = Mutations.alliances(QIYINGEN_POLICY, p -> p.withLeadUnits(2));

    /** The 綦营恩 data with its first {@code leads} members as lead units and the others as partners. */
    private static Dataset withLeads(int leads) {
        return alliance(QIYINGEN, a -> {
            List<AllianceMember> members = new ArrayList<>();
            for (int i = 0; i < a.members().size(); i++) {
                members.add(AllianceMember.of(a.members().get(i).institution(), i < leads ? UnitRole.LEAD : UnitRole.PARTNER));
            }
            return Mutations.withMembers(a, members);
        });
    }

    @Test
    void allianceLeadUnit_oneLeadUnitUnderAPolicyOfTwo_fires() {
        fires(qiyingen(withLeads(1), TWO_LEAD_UNITS), "ALLIANCE_LEAD_UNIT", "/alliances/0/members")
                .is(Severity.ERROR, NAME)
                .zh("有 1 个牵头单位，应为 2 个")
                .en("has 1 lead unit; the policy requires 2");
    }

    @Test
    void allianceLeadUnit_twoLeadUnitsUnderAPolicyOfTwo_quiet() {
        assertThat(findings(qiyingen(withLeads(2), TWO_LEAD_UNITS), "ALLIANCE_LEAD_UNIT")).isEmpty();
    }

    @Test
    void allianceLeadUnit_threeLeadUnitsUnderAPolicyOfTwo_fires() {
        fires(qiyingen(withLeads(3), TWO_LEAD_UNITS), "ALLIANCE_LEAD_UNIT", "/alliances/0/members")
                .is(Severity.ERROR, NAME)
                .zh("有 3 个牵头单位，应为 2 个")
                .en("has 3 lead units; the policy requires 2");
    }

    @Test
    void allianceLeadUnit_qiyingenExample_quiet() {
        assertThat(findings(qiyingen(QIYINGEN), "ALLIANCE_LEAD_UNIT")).isEmpty();
    }

    // ----- ALLIANCE_MEMBER_KIND

    private static final Dataset ENYANG_A_SCHOOL = Mutations.institution(QIYINGEN, 2,
            i -> Institution.of(i.id(), i.name(), InstitutionKind.SCHOOL, i.region()));

    @Test
    void allianceMemberKind_memberIsASchool_fires() {
        fires(qiyingen(ENYANG_A_SCHOOL), "ALLIANCE_MEMBER_KIND", "/alliances/0/members/2/institution")
                .is(Severity.ERROR, "恩阳区教师进修学校")
                .zh("是学校，不是政策认可的成员类型（可接受：")
                .en("member '恩阳区教师进修学校' is of kind 'school', which the policy does not admit (it admits "
                        + "'research institute', 'teacher-training school' and 'university')");
    }

    @Test
    void allianceMemberKind_policyAdmittingOneKind_namesIt() {
        var policy = Mutations.alliances(QIYINGEN_POLICY, p -> p.withMemberKinds(
                EnumSet.of(InstitutionKind.TEACHER_TRAINING_SCHOOL)));
        fires(qiyingen(ENYANG_A_SCHOOL, policy), "ALLIANCE_MEMBER_KIND", "/alliances/0/members/2/institution")
                .zh("（仅可接受“教师进修学校”）")
                .en("which the policy does not admit (it admits only 'teacher-training school')");
    }

    @Test
    void allianceMemberKind_policyAdmittingSchools_quiet() {
        var policy = Mutations.alliances(QIYINGEN_POLICY, p -> p.withMemberKinds(
                EnumSet.of(InstitutionKind.TEACHER_TRAINING_SCHOOL, InstitutionKind.SCHOOL)));
        assertThat(findings(qiyingen(ENYANG_A_SCHOOL, policy), "ALLIANCE_MEMBER_KIND")).isEmpty();
    }

    @Test
    void allianceMemberKind_schoolListedTwice_reportedOnceAtItsFirstListing() {
        List<AllianceMember> members = new ArrayList<>(alliance().members());
        members.add(members.get(2));
        Dataset data = Mutations.alliance(ENYANG_A_SCHOOL, a -> Mutations.withMembers(a, members));

        assertThat(pointers(qiyingen(data), "ALLIANCE_MEMBER_KIND"))
                .containsExactly("/alliances/0/members/2/institution");
    }

    @Test
    void allianceMemberKind_qiyingenExample_quiet() {
        assertThat(findings(qiyingen(QIYINGEN), "ALLIANCE_MEMBER_KIND")).isEmpty();
    }

    // ----- ALLIANCE_PARENT_CYCLE

    @Test
    void allianceParentCycle_twoAlliancesNamingEachOther_fires() {
        Alliance qiyingen = alliance();
        Alliance partner = new Alliance(AllianceId.of("loop-partner"), "成环的上级联盟", Optional.of(qiyingen.id()),
                qiyingen.members(), Optional.empty(), List.of(), List.of(), List.of());
        Alliance child = withParent(qiyingen, partner.id());
        Dataset data = QIYINGEN.withAlliances(List.of(child, partner));

        fires(qiyingen(data), "ALLIANCE_PARENT_CYCLE", "/alliances/0/parent")
                .is(Severity.ERROR, child.name(), "qiyingen → loop-partner → qiyingen");
    }

    @Test
    void allianceParentCycle_parentChainEndingAtTheTop_quiet() {
        Alliance qiyingen = alliance();
        Alliance umbrella = new Alliance(AllianceId.of("top"), "上级共同体", Optional.empty(), qiyingen.members(),
                Optional.empty(), List.of(), List.of(), List.of());
        Dataset data = QIYINGEN.withAlliances(List.of(withParent(qiyingen, umbrella.id()), umbrella));

        assertThat(findings(qiyingen(data), "ALLIANCE_PARENT_CYCLE")).isEmpty();
    }

    @Test
    void allianceParentCycle_threeAlliancesInALoop_firesOnEachWithItsWholeLoop() {
        // a → c → b → a, in record order a, b, c: the messages are those of the walk before it was memoised.
        Dataset data = QIYINGEN.withAlliances(List.of(child("a", "c"), child("b", "a"), child("c", "b")));
        Report report = qiyingen(data);

        assertThat(findings(report, "ALLIANCE_PARENT_CYCLE")).hasSize(3);
        fires(report, "ALLIANCE_PARENT_CYCLE", "/alliances/0/parent")
                .zh("联盟“分组a”的上级关系成环：a → c → b → a")
                .en("the parent chain of alliance '分组a' loops: a → c → b → a");
        fires(report, "ALLIANCE_PARENT_CYCLE", "/alliances/1/parent").en("b → a → c → b");
        fires(report, "ALLIANCE_PARENT_CYCLE", "/alliances/2/parent").en("c → b → a → c");
    }

    @Test
    void allianceParentCycle_chainRunningIntoALoopItIsNotOn_quietForTheChain() {
        // t2 → t1 → a → b → a: only a and b are on the loop.
        Dataset data = QIYINGEN.withAlliances(List.of(child("t2", "t1"), child("t1", "a"), child("a", "b"),
                child("b", "a")));

        assertThat(pointers(qiyingen(data), "ALLIANCE_PARENT_CYCLE")).containsExactlyInAnyOrder(
                "/alliances/2/parent", "/alliances/3/parent");
    }

    @Test
    void allianceParentCycle_duplicateIdentifierWhoseOwnParentLeadsBack_fires() {
        // The first x (no parent) is the reference data; the second x names p, whose parent is x.
        Alliance first = new Alliance(AllianceId.of("x"), "分组x", Optional.empty(), alliance().members(),
                Optional.empty(), List.of(), List.of(), List.of());
        Dataset data = QIYINGEN.withAlliances(List.of(first, child("p", "x"), child("x", "p")));

        assertThat(pointers(qiyingen(data), "ALLIANCE_PARENT_CYCLE")).containsExactly("/alliances/2/parent");
        fires(qiyingen(data), "ALLIANCE_PARENT_CYCLE", "/alliances/2/parent").en("x → p → x");
    }

    @Test
    void allianceParentCycle_loopOfTenThousand_oneBoundedFindingPerAlliance() {
        int n = 10_000;
        List<Alliance> loop = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            loop.add(child("a" + i, "a" + (i + 1) % n));
        }
        Report report = qiyingen(QIYINGEN.withAlliances(loop));

        List<Finding> found = findings(report, "ALLIANCE_PARENT_CYCLE");
        assertThat(found).hasSize(n);
        assertThat(found).allSatisfy(f -> {
            assertThat(f.messageZh().length()).isLessThan(2_000);
            assertThat(f.messageEn().length()).isLessThan(2_000);
        });
        fires(report, "ALLIANCE_PARENT_CYCLE", "/alliances/0/parent")
                .zh("a0 → a1 → a2 → a3 → a4 → a5 → a6 → a7 → a8 → a9 → …另有 9990 个 → a0")
                .en("a0 → a1 → a2 → a3 → a4 → a5 → a6 → a7 → a8 → a9 → … and 9990 more → a0");
        fires(report, "ALLIANCE_PARENT_CYCLE", "/alliances/9999/parent")
                .en("a9999 → a0 → a1 → a2 → a3 → a4 → a5 → a6 → a7 → a8 → … and 9990 more → a9999");
        assertThat(findings(report, RuleEngine.ENGINE_RULE_FAILED)).isEmpty();
    }

    @Test
    void allianceParentCycle_loopOfTen_namesEveryOneAndCountsNone() {
        List<Alliance> loop = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            loop.add(child("a" + i, "a" + (i + 1) % 10));
        }
        Finding finding = fires(qiyingen(QIYINGEN.withAlliances(loop)), "ALLIANCE_PARENT_CYCLE", "/alliances/0/parent")
                .finding();
        assertThat(finding.messageZh()).endsWith("：a0 → a1 → a2 → a3 → a4 → a5 → a6 → a7 → a8 → a9 → a0");
        assertThat(finding.messageEn()).endsWith(": a0 → a1 → a2 → a3 → a4 → a5 → a6 → a7 → a8 → a9 → a0");
    }

    @Test
    void allianceParentCycle_loopOfEleven_countsTheOneNotNamed() {
        List<Alliance> loop = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            loop.add(child("a" + i, "a" + (i + 1) % 11));
        }
        fires(qiyingen(QIYINGEN.withAlliances(loop)), "ALLIANCE_PARENT_CYCLE", "/alliances/0/parent")
                .en("a0 → a1 → a2 → a3 → a4 → a5 → a6 → a7 → a8 → a9 → … and 1 more → a0");
    }

    @Test
    void allianceParentCycle_chainOfAHundredThousandWithoutALoop_quietWithoutOverflow() {
        int n = 100_000;
        List<Alliance> chain = new ArrayList<>();
        for (int i = 0; i < n - 1; i++) {
            chain.add(child("a" + i, "a" + (i + 1)));
        }
        chain.add(new Alliance(AllianceId.of("a" + (n - 1)), "顶层", Optional.empty(), alliance().members(),
                Optional.empty(), List.of(), List.of(), List.of()));
        Report report = qiyingen(QIYINGEN.withAlliances(chain));

        assertThat(findings(report, "ALLIANCE_PARENT_CYCLE")).isEmpty();
        assertThat(findings(report, RuleEngine.ENGINE_RULE_FAILED)).isEmpty();
    }

    /** A plan-less alliance with qiyingen's members named 分组{id}, whose parent is {@code parent}. */
    private static Alliance child(String id, String parent) {
        return new Alliance(AllianceId.of(id), "分组" + id, Optional.of(AllianceId.of(parent)), alliance().members(),
                Optional.empty(), List.of(), List.of(), List.of());
    }

    private static Alliance withParent(Alliance a, AllianceId parent) {
        return new Alliance(a.id(), a.name(), Optional.of(parent), a.members(), a.plan(), a.sessions(), a.exchanges(),
                a.resources());
    }

    // ----- ALLIANCE_MEMBER_OUTSIDE_PARENT

    @Test
    void allianceMemberOutsideParent_umbrellaWithoutTheThreeSchools_fires() {
        Dataset data = withUmbrella(10, 20, true);
        fires(qiyingen(data), "ALLIANCE_MEMBER_OUTSIDE_PARENT", "/alliances/0/members/1/institution")
                .is(Severity.WARNING, NAME, "营山县教师进修学校", UMBRELLA_NAME);
        assertThat(pointers(qiyingen(data), "ALLIANCE_MEMBER_OUTSIDE_PARENT")).containsExactly(
                "/alliances/0/members/0/institution", "/alliances/0/members/1/institution",
                "/alliances/0/members/2/institution");
    }

    @Test
    void allianceMemberOutsideParent_memberListedTwice_reportedOnceAtItsFirstListing() {
        Dataset umbrella = withUmbrella(10, 20, true);
        Alliance child = umbrella.alliances().get(0);
        List<AllianceMember> members = new ArrayList<>(child.members());
        members.add(members.get(1));
        Dataset data = umbrella.withAlliances(List.of(Mutations.withMembers(child, members),
                umbrella.alliances().get(1)));

        assertThat(pointers(qiyingen(data), "ALLIANCE_MEMBER_OUTSIDE_PARENT")).containsExactly(
                "/alliances/0/members/0/institution", "/alliances/0/members/1/institution",
                "/alliances/0/members/2/institution");
    }

    @Test
    void allianceMemberOutsideParent_memberNotInTheData_namedByItsIdentifier() {
        Dataset umbrella = withUmbrella(10, 20, true);
        Alliance child = umbrella.alliances().get(0);
        List<AllianceMember> members = new ArrayList<>(child.members());
        members.set(1, AllianceMember.of(InstitutionId.of("nowhere-tts"), UnitRole.PARTNER));
        Dataset data = umbrella.withAlliances(List.of(new Alliance(child.id(), child.name(), child.parent(), members,
                child.plan(), child.sessions(), child.exchanges(), child.resources()), umbrella.alliances().get(1)));

        fires(qiyingen(data), "ALLIANCE_MEMBER_OUTSIDE_PARENT", "/alliances/0/members/1/institution")
                .is(Severity.WARNING, NAME, "nowhere-tts", UMBRELLA_NAME);
    }

    @Test
    void allianceMemberOutsideParent_parentHoldingEveryMember_quiet() {
        Alliance qiyingen = alliance();
        Alliance umbrella = new Alliance(AllianceId.of("top"), "上级共同体", Optional.empty(), qiyingen.members(),
                Optional.empty(), List.of(), List.of(), List.of());
        Dataset data = QIYINGEN.withAlliances(List.of(withParent(qiyingen, umbrella.id()), umbrella));

        assertThat(findings(qiyingen(data), "ALLIANCE_MEMBER_OUTSIDE_PARENT")).isEmpty();
    }

    @Test
    void allianceMemberOutsideParent_parentNotInTheData_quiet() {
        Dataset data = QIYINGEN.withAlliances(List.of(withParent(alliance(), AllianceId.of("nowhere"))));

        assertThat(findings(qiyingen(data), "ALLIANCE_MEMBER_OUTSIDE_PARENT")).isEmpty();
    }

    @Test
    void allianceMemberOutsideParent_umbrellaHoldingTheThreeSchoolsAmongOthers_quiet() {
        Dataset data = withUmbrella(10, 20, true);
        Alliance umbrella = data.alliances().get(1);
        List<AllianceMember> members = new ArrayList<>(umbrella.members());
        alliance().members().forEach(m -> members.add(AllianceMember.of(m.institution(), UnitRole.PARTNER)));
        Dataset inside = data.withAlliances(List.of(data.alliances().get(0), Mutations.withMembers(umbrella, members)));

        assertThat(findings(qiyingen(inside), "ALLIANCE_MEMBER_OUTSIDE_PARENT")).isEmpty();
    }

    // ----- ALLIANCE_COMPOSITION

    @Test
    void allianceComposition_umbrellaWithNineFromChongqing_fires() {
        fires(qiyingen(withUmbrella(9, 20, true)), "ALLIANCE_COMPOSITION", "/alliances/1/members")
                .is(Severity.ERROR, UMBRELLA_NAME, "9", "10")
                .zh("重庆")
                .en("Chongqing");
    }

    @Test
    void allianceComposition_umbrellaWithTwentyOneFromSichuan_fires() {
        fires(qiyingen(withUmbrella(10, 21, true)), "ALLIANCE_COMPOSITION", "/alliances/1/members")
                .is(Severity.ERROR, UMBRELLA_NAME, "21", "20")
                .zh("四川")
                .en("Sichuan");
    }

    @Test
    void allianceComposition_quotaOfOneNumber_quotesItAlone() {
        Finding finding = fires(qiyingen(withUmbrella(9, 20, true)), "ALLIANCE_COMPOSITION", "/alliances/1/members")
                .finding();
        assertThat(finding.messageZh()).endsWith("有 9 个重庆市成员单位，应为 10 个");
        assertThat(finding.messageEn()).endsWith("has 9 members from Chongqing; the policy requires 10");
    }

    @Test
    void allianceComposition_quotaOfARange_quotesTheRange() {
        var policy = Mutations.alliances(QIYINGEN_POLICY, p -> p.withCompositionQuotas(
                List.of(new ProvinceQuota(Province.CHONGQING, 10, 12), new ProvinceQuota(Province.SICHUAN, 20, 20))));
        Finding finding = fires(qiyingen(withUmbrella(9, 20, true), policy), "ALLIANCE_COMPOSITION",
                "/alliances/1/members").finding();
        assertThat(finding.messageZh()).endsWith("有 9 个重庆市成员单位，应为 10-12 个");
        assertThat(finding.messageEn()).endsWith("has 9 members from Chongqing; the policy requires 10-12");
    }

    @Test
    void allianceComposition_earlierDuplicateRecordMergedLast_countsOnlyItsMembers() {
        Dataset full = withUmbrella(10, 20, true);
        Alliance umbrella = full.alliances().get(1);
        Alliance chongqingOnly = Mutations.withMembers(umbrella, umbrella.members().subList(0, 10));
        Dataset data = full.withAlliances(List.of(full.alliances().get(0), chongqingOnly, umbrella));
        fires(Mutations.qiyingenInTwoRuns(data, "/alliances/2"::equals), "ALLIANCE_COMPOSITION", "/alliances/1/members")
                .is(Severity.ERROR, UMBRELLA_NAME, "0", "20")
                .zh("四川")
                .en("Sichuan");
    }

    @Test
    void allianceComposition_chongqingInstitutionListedTwice_countsItOnce() {
        Dataset full = withUmbrella(9, 20, true);
        Alliance umbrella = full.alliances().get(1);
        List<AllianceMember> members = new ArrayList<>(umbrella.members());
        members.add(AllianceMember.of(members.get(1).institution(), UnitRole.PARTNER));
        Dataset data = full.withAlliances(List.of(full.alliances().get(0), Mutations.withMembers(umbrella, members)));
        fires(qiyingen(data), "ALLIANCE_COMPOSITION", "/alliances/1/members")
                .is(Severity.ERROR, UMBRELLA_NAME, "9", "10")
                .zh("重庆");
    }

    @Test
    void allianceComposition_tenPlusTwentyUmbrella_quiet() {
        assertThat(findings(qiyingen(withUmbrella(10, 20, true)), "ALLIANCE_COMPOSITION")).isEmpty();
    }

    @Test
    void allianceComposition_allianceNoOneNamesAsParent_quiet() {
        assertThat(findings(qiyingen(withUmbrella(9, 20, false)), "ALLIANCE_COMPOSITION")).isEmpty();
    }

    @Test
    void allianceComposition_umbrellaListedTwice_countsTheFirstRecordOnly() {
        Dataset full = withUmbrella(10, 20, true);
        Alliance complete = full.alliances().get(1);
        Alliance incomplete = Mutations.withMembers(complete, complete.members().subList(1, complete.members().size()));

        Dataset completeFirst = full.withAlliances(List.of(full.alliances().get(0), complete, incomplete));
        Dataset incompleteFirst = full.withAlliances(List.of(full.alliances().get(0), incomplete, complete));

        assertThat(findings(qiyingen(completeFirst), "ALLIANCE_COMPOSITION")).isEmpty();
        fires(qiyingen(incompleteFirst), "ALLIANCE_COMPOSITION", "/alliances/1/members").is(Severity.ERROR, "9", "10");
    }

    /**
     * Three levels: the umbrella, 綦营恩 inside it, and a 綦江-营山 group inside 綦营恩. 綦营恩 is an
     * umbrella too (the group names it as parent), but a part of the community, not held to its quotas;
     * the outermost umbrella still is.
     */
    @Test
    void allianceComposition_umbrellaInsideAnother_notHeldToTheQuotas_andTheOutermostStillIs() {
        Dataset twoLevels = withUmbrella(9, 20, true);
        Alliance group = new Alliance(AllianceId.of("qijiang-yingshan-group"), "綦营研修小组",
                Optional.of(alliance().id()), alliance().members().subList(0, 2), Optional.empty(), List.of(),
                List.of(), List.of());
        Dataset threeLevels = twoLevels.withAlliances(List.of(twoLevels.alliances().get(0),
                twoLevels.alliances().get(1), group));

        assertThat(pointers(qiyingen(threeLevels), "ALLIANCE_COMPOSITION")).containsExactly("/alliances/1/members");
    }

    @Test
    void allianceComposition_umbrellasOnAParentLoop_leftToTheLoopsFinding() {
        Alliance qiyingen = alliance();
        Alliance other = new Alliance(AllianceId.of("other"), "另一联盟", Optional.of(qiyingen.id()), qiyingen.members(),
                Optional.empty(), List.of(), List.of(), List.of());
        Dataset data = QIYINGEN.withAlliances(List.of(withParent(qiyingen, other.id()), other));

        Report report = qiyingen(data);
        assertThat(findings(report, "ALLIANCE_COMPOSITION")).isEmpty();
        assertThat(pointers(report, "ALLIANCE_PARENT_CYCLE"))
                .containsExactly("/alliances/0/parent", "/alliances/1/parent");
    }

    @Test
    void allianceComposition_qiyingenExample_quiet() {
        assertThat(findings(qiyingen(QIYINGEN), "ALLIANCE_COMPOSITION")).isEmpty();
    }

    // ----- ALLIANCE_PLAN_PERIOD

    @Test
    void alliancePlanPeriod_twoYearPlan_fires() {
        var data = alliance(QIYINGEN, a -> Mutations.withPlan(a, Optional.of(plan(
                DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31)), PLAN.mechanisms(), PLAN.keyTasks()))));
        fires(qiyingen(data), "ALLIANCE_PLAN_PERIOD", "/alliances/0/plan/period")
                .is(Severity.WARNING, "2023-01-01", "2024-12-31", "3");
    }

    @Test
    void alliancePlanPeriod_noPlan_fires() {
        var data = alliance(QIYINGEN, a -> Mutations.withPlan(a, Optional.empty()));
        fires(qiyingen(data), "ALLIANCE_PLAN_PERIOD", "/alliances/0").is(Severity.WARNING, NAME);
    }

    @Test
    void alliancePlanPeriod_umbrellaWithoutAPlan_quiet() {
        assertThat(findings(qiyingen(Mutations.withBareCommunity(QIYINGEN, true)), "ALLIANCE_PLAN_PERIOD")).isEmpty();
    }

    @Test
    void alliancePlanPeriod_sameRecordNamedAsParentByNoAlliance_fires() {
        fires(qiyingen(Mutations.withBareCommunity(QIYINGEN, false)), "ALLIANCE_PLAN_PERIOD", "/alliances/1")
                .is(Severity.WARNING, "“10+20”共同体");
    }

    @Test
    void alliancePlanPeriod_umbrellaWithATwoYearPlan_fires() {
        AlliancePlan twoYears = plan(DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31)),
                PLAN.mechanisms(), PLAN.keyTasks());
        Dataset data = Mutations.underCommunity(community -> Mutations.withPlan(community, Optional.of(twoYears)));
        fires(qiyingen(data), "ALLIANCE_PLAN_PERIOD", "/alliances/1/plan/period").is(Severity.WARNING, "2024-12-31");
    }

    @Test
    void alliancePlanPeriod_endsOneDayMoreThanTheMarginLate_fires() {
        LocalDate end = LocalDate.of(2025, 12, 31).plusDays(AllianceRules.PLAN_END_MARGIN_DAYS + 1);
        var data = alliance(QIYINGEN, a -> Mutations.withPlan(a, Optional.of(plan(
                DateRange.of(LocalDate.of(2023, 1, 1), end), PLAN.mechanisms(), PLAN.keyTasks()))));
        fires(qiyingen(data), "ALLIANCE_PLAN_PERIOD", "/alliances/0/plan/period").is(Severity.WARNING, "2026-02-01");
    }

    @Test
    void alliancePlanPeriod_endsAMonthLate_quiet() {
        var data = alliance(QIYINGEN, a -> Mutations.withPlan(a, Optional.of(plan(
                DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 1, 31)), PLAN.mechanisms(), PLAN.keyTasks()))));
        assertThat(findings(qiyingen(data), "ALLIANCE_PLAN_PERIOD")).isEmpty();
    }

    @Test
    void alliancePlanPeriod_endsAMonthEarly_quiet() {
        var data = alliance(QIYINGEN, a -> Mutations.withPlan(a, Optional.of(plan(
                DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2025, 11, 30)), PLAN.mechanisms(), PLAN.keyTasks()))));
        assertThat(findings(qiyingen(data), "ALLIANCE_PLAN_PERIOD")).isEmpty();
    }

    @Test
    void alliancePlanPeriod_noPlanWherePolicyRequiresNone_quiet() {
        var data = alliance(QIYINGEN, a -> Mutations.withPlan(a, Optional.empty()));
        var policy = Mutations.alliances(QIYINGEN_POLICY, p -> p.withPlanRequired(false));
        assertThat(findings(qiyingen(data, policy), "ALLIANCE_PLAN_PERIOD")).isEmpty();
    }

    /** The preset with two-year plans instead of three-year ones. */
    private static final Policy TWO_YEAR_PLANS = Mutations.alliances(QIYINGEN_POLICY, p -> p.withPlanYears(2));

    @Test
    void alliancePlanPeriod_threeYearPlanUnderATwoYearPolicy_fires() {
        fires(qiyingen(QIYINGEN, TWO_YEAR_PLANS), "ALLIANCE_PLAN_PERIOD", "/alliances/0/plan/period")
                .is(Severity.WARNING, "2023-01-01", "2025-12-31")
                .zh("不是 2 年")
                .en("is not 2 years long");
    }

    @Test
    void alliancePlanPeriod_twoYearPlanUnderATwoYearPolicy_quiet() {
        var data = alliance(QIYINGEN, a -> Mutations.withPlan(a, Optional.of(plan(
                DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31)), PLAN.mechanisms(), PLAN.keyTasks()))));
        assertThat(findings(qiyingen(data, TWO_YEAR_PLANS), "ALLIANCE_PLAN_PERIOD")).isEmpty();
    }

    @Test
    void alliancePlanPeriod_qiyingenExample_quiet() {
        assertThat(findings(qiyingen(QIYINGEN), "ALLIANCE_PLAN_PERIOD")).isEmpty();
    }

    // ----- ALLIANCE_PLAN_STRUCTURE

    @Test
    void alliancePlanStructure_twoMechanisms_fires() {
        var data = alliance(QIYINGEN, a -> Mutations.withPlan(a, Optional.of(plan(PLAN.period(),
                PLAN.mechanisms().subList(0, 2), PLAN.keyTasks()))));
        fires(qiyingen(data), "ALLIANCE_PLAN_STRUCTURE", "/alliances/0/plan/mechanisms")
                .is(Severity.WARNING, "2", "3")
                .zh("协同机制")
                .en("collaboration mechanisms");
    }

    @Test
    void alliancePlanStructure_oneMechanismListedThreeTimes_firesCountingItOnce() {
        String mechanism = PLAN.mechanisms().get(0);
        var data = alliance(QIYINGEN, a -> Mutations.withPlan(a, Optional.of(plan(PLAN.period(),
                List.of(mechanism, mechanism, mechanism), PLAN.keyTasks()))));
        fires(qiyingen(data), "ALLIANCE_PLAN_STRUCTURE", "/alliances/0/plan/mechanisms").is(Severity.WARNING, "1", "3")
                .en("the plan declares 1 collaboration mechanism; the policy requires at least 3");
    }

    @Test
    void alliancePlanStructure_fourKeyTasks_fires() {
        var data = alliance(QIYINGEN, a -> Mutations.withPlan(a, Optional.of(plan(PLAN.period(), PLAN.mechanisms(),
                PLAN.keyTasks().subList(0, 4)))));
        fires(qiyingen(data), "ALLIANCE_PLAN_STRUCTURE", "/alliances/0/plan/keyTasks")
                .is(Severity.WARNING, "4", "5")
                .zh("重点任务")
                .en("key tasks");
    }

    private static <T> Set<T> firstTwo(Set<T> values) {
        return Set.copyOf(values.stream().limit(2).toList());
    }

    private static AlliancePlan withParts(Set<ResourceKind> resourceKinds, List<String> topics,
            Set<SessionKind> activityKinds) {
        return new AlliancePlan(PLAN.title(), PLAN.period(), PLAN.mechanisms(), resourceKinds, topics, activityKinds,
                PLAN.keyTasks());
    }

    @Test
    void alliancePlanStructure_twoResourceKinds_fires() {
        var data = alliance(QIYINGEN, a -> Mutations.withPlan(a, Optional.of(withParts(firstTwo(PLAN.resourceKinds()),
                PLAN.topics(), PLAN.activityKinds()))));
        fires(qiyingen(data), "ALLIANCE_PLAN_STRUCTURE", "/alliances/0/plan/resourceKinds")
                .is(Severity.WARNING, "2", "3")
                .zh("共享资源类别")
                .en("shared resource kinds");
    }

    @Test
    void alliancePlanStructure_twoTopics_fires() {
        var data = alliance(QIYINGEN, a -> Mutations.withPlan(a, Optional.of(withParts(PLAN.resourceKinds(),
                PLAN.topics().subList(0, 2), PLAN.activityKinds()))));
        fires(qiyingen(data), "ALLIANCE_PLAN_STRUCTURE", "/alliances/0/plan/topics")
                .is(Severity.WARNING, "2", "3")
                .zh("联合研究课题")
                .en("joint research topics");
    }

    @Test
    void alliancePlanStructure_twoActivityKinds_fires() {
        var data = alliance(QIYINGEN, a -> Mutations.withPlan(a, Optional.of(withParts(PLAN.resourceKinds(),
                PLAN.topics(), firstTwo(PLAN.activityKinds())))));
        fires(qiyingen(data), "ALLIANCE_PLAN_STRUCTURE", "/alliances/0/plan/activityKinds")
                .is(Severity.WARNING, "2", "3")
                .zh("重大活动类别")
                .en("major activity kinds");
    }

    @Test
    void alliancePlanStructure_everyRequiredCountRaisedByOne_firesForEachPart() {
        var policy = Mutations.alliances(QIYINGEN_POLICY, p -> p.withPlanStructure(new PlanStructure(4, 4, 4, 4, 6)));
        Report report = qiyingen(QIYINGEN, policy);
        assertThat(findings(report, "ALLIANCE_PLAN_STRUCTURE")).hasSize(5);
        fires(report, "ALLIANCE_PLAN_STRUCTURE", "/alliances/0/plan/mechanisms")
                .is(Severity.WARNING)
                .zh("规划列出 3 项协同机制，至少应有 4 项")
                .en("the plan declares 3 collaboration mechanisms; the policy requires at least 4");
        fires(report, "ALLIANCE_PLAN_STRUCTURE", "/alliances/0/plan/resourceKinds")
                .en("the plan declares 3 shared resource kinds; the policy requires at least 4");
        fires(report, "ALLIANCE_PLAN_STRUCTURE", "/alliances/0/plan/topics")
                .en("the plan declares 3 joint research topics; the policy requires at least 4");
        fires(report, "ALLIANCE_PLAN_STRUCTURE", "/alliances/0/plan/activityKinds")
                .en("the plan declares 3 major activity kinds; the policy requires at least 4");
        fires(report, "ALLIANCE_PLAN_STRUCTURE", "/alliances/0/plan/keyTasks")
                .en("the plan declares 5 key tasks; the policy requires at least 6");
    }

    @Test
    void alliancePlanStructure_planOneShortInEveryPartUnderCountsLoweredByOne_quiet() {
        var policy = Mutations.alliances(QIYINGEN_POLICY, p -> p.withPlanStructure(new PlanStructure(2, 2, 2, 2, 4)));
        var reduced = new AlliancePlan(PLAN.title(), PLAN.period(), PLAN.mechanisms().subList(0, 2),
                firstTwo(PLAN.resourceKinds()), PLAN.topics().subList(0, 2), firstTwo(PLAN.activityKinds()),
                PLAN.keyTasks().subList(0, 4));
        var data = alliance(QIYINGEN, a -> Mutations.withPlan(a, Optional.of(reduced)));
        assertThat(findings(qiyingen(data, policy), "ALLIANCE_PLAN_STRUCTURE")).isEmpty();
    }

    @Test
    void alliancePlanStructure_qiyingenExample_quiet() {
        assertThat(findings(qiyingen(QIYINGEN), "ALLIANCE_PLAN_STRUCTURE")).isEmpty();
    }
}
