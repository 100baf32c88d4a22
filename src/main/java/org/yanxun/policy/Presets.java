package org.yanxun.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.Set;
import java.util.TreeSet;
import org.yanxun.ExchangeKind;
import org.yanxun.Grade;
import org.yanxun.HonourKind;
import org.yanxun.HostDuty;
import org.yanxun.InstitutionKind;
import org.yanxun.Level;
import org.yanxun.Post;
import org.yanxun.Province;
import org.yanxun.ResourceKind;
import org.yanxun.Stage;
import org.yanxun.StudioType;
import org.yanxun.Tier;
import org.yanxun.Title;
import org.yanxun.policy.HostCriterion.HonourAtLeast;
import org.yanxun.policy.HostCriterion.TitleAtLeast;

/**
 * The built-in policies, each with its published source (its {@link Policy#source() source} text, and
 * {@code docs/policies.md} of the project for every value):
 * <ul>
 * <li>{@value #GUANGZHOU_LIWAN_2026}: the Liwan 2026 cluster — 2-year studios, 1-year workshops, new
 *     teacher = 教龄 0 to 3 (穗教发〔2021〕58号), members share stage and subject (Guangzhou 2019).</li>
 * <li>{@value #GUANGDONG_PROVINCIAL_2021}: Guangdong provincial studios — 3-year cycles, 8 to 10
 *     members and at least 100 online trainees for teacher studios, 5 and at least 50 for principal
 *     studios (粤教继函〔2018〕19号, round 2021–2023).</li>
 * <li>{@value #CHENGYU_QIYINGEN_2023}: the Chengdu–Chongqing "10+20" community and its 綦营恩
 *     alliance — 1 lead unit, a three-year plan with the "3-3-3-3" structure (and the community's five
 *     key tasks, which the plan is assumed to take), the four mutual exchanges, 10 Chongqing and 20
 *     Sichuan members at the "10+20" level.</li>
 * </ul>
 * Where a preset needs a value its sources do not publish, it takes a default, mostly a permissive one,
 * and its {@link Policy#source()} marks such values L; {@code docs/policies.md} lists every value of
 * each preset with its source and confidence.
 */
public final class Presets {

    /** The identifier of the Liwan 2026 preset. */
    public static final String GUANGZHOU_LIWAN_2026 = "guangzhou-liwan-2026";
    /** The identifier of the Guangdong provincial 2021 preset. */
    public static final String GUANGDONG_PROVINCIAL_2021 = "guangdong-provincial-2021";
    /** The identifier of the Chengdu–Chongqing 綦营恩 2023 preset. */
    public static final String CHENGYU_QIYINGEN_2023 = "chengyu-qiyingen-2023";

    private Presets() {
    }

    /**
     * Returns the identifiers of the built-in policies.
     *
     * @return the identifiers, in a stable order
     */
    public static List<String> ids() {
        return List.of(GUANGZHOU_LIWAN_2026, GUANGDONG_PROVINCIAL_2021, CHENGYU_QIYINGEN_2023);
    }

    /**
     * Returns every built-in policy.
     *
     * @return the policies, in the order of {@link #ids()}
     */
    public static List<Policy> all() {
        return List.of(guangzhouLiwan2026(), guangdongProvincial2021(), chengyuQiyingen2023());
    }

    /**
     * Finds a built-in policy by identifier.
     *
     * @param id the identifier, such as {@value #GUANGZHOU_LIWAN_2026}, not null
     * @return the policy, or empty if no preset has that identifier
     */
    public static Optional<Policy> byId(String id) {
        Objects.requireNonNull(id, "id");
        return switch (id) {
            case GUANGZHOU_LIWAN_2026 -> Optional.of(guangzhouLiwan2026());
            case GUANGDONG_PROVINCIAL_2021 -> Optional.of(guangdongProvincial2021());
            case CHENGYU_QIYINGEN_2023 -> Optional.of(chengyuQiyingen2023());
            default -> Optional.empty();
        };
    }

    /**
     * Returns the policy of the Liwan 2026 district cluster.
     *
     * @return the policy {@value #GUANGZHOU_LIWAN_2026}
     */
    public static Policy guangzhouLiwan2026() {
        MemberEligibility sameStageAndSubject = new MemberEligibility(OptionalInt.empty(), OptionalInt.empty(),
                OptionalInt.empty(), true, true);
        MemberEligibility newTeachers = new MemberEligibility(OptionalInt.of(0), OptionalInt.of(3),
                OptionalInt.empty(), true, true);
        MemberEligibility leaders = MemberEligibility.open();
        SortedMap<String, StudioTypePolicy> types = new TreeMap<>();
        put(types, new StudioTypePolicy(StudioType.SPECIAL_GRADE_STUDIO, 2, 3, 15, 0,
                List.of(new TitleAtLeast(Title.PROFESSOR),
                        new HonourAtLeast(HonourKind.SPECIAL_GRADE_TEACHER, Level.PROVINCIAL)),
                sameStageAndSubject));
        put(types, new StudioTypePolicy(StudioType.EDUCATION_EXPERT_STUDIO, 2, 3, 15, 0,
                List.of(new TitleAtLeast(Title.PROFESSOR), new TitleAtLeast(Title.SENIOR, EnumSet.of(Stage.VOCATIONAL)),
                        new HonourAtLeast(HonourKind.EDUCATION_EXPERT, Level.MUNICIPAL),
                        new HonourAtLeast(HonourKind.SPECIAL_GRADE_TEACHER, Level.PROVINCIAL),
                        new HonourAtLeast(HonourKind.FAMOUS_TEACHER, Level.MUNICIPAL),
                        new HonourAtLeast(HonourKind.FAMOUS_PRINCIPAL, Level.MUNICIPAL)),
                sameStageAndSubject));
        put(types, new StudioTypePolicy(StudioType.PRINCIPAL_STUDIO, 2, 3, 15, 0,
                List.of(new HonourAtLeast(HonourKind.FAMOUS_PRINCIPAL, Level.DISTRICT),
                        new HonourAtLeast(HonourKind.FAMOUS_PARTY_SECRETARY, Level.DISTRICT)),
                leaders));
        put(types, new StudioTypePolicy(StudioType.FAMOUS_TEACHER_STUDIO, 2, 3, 15, 0,
                List.of(new HonourAtLeast(HonourKind.FAMOUS_TEACHER, Level.DISTRICT),
                        new HonourAtLeast(HonourKind.SPECIAL_GRADE_TEACHER, Level.PROVINCIAL),
                        new TitleAtLeast(Title.PROFESSOR)),
                sameStageAndSubject));
        put(types, new StudioTypePolicy(StudioType.HEAD_TEACHER_STUDIO, 2, 3, 15, 0,
                List.of(new HonourAtLeast(HonourKind.FAMOUS_HEAD_TEACHER, Level.DISTRICT)),
                sameStageAndSubject));
        put(types, new StudioTypePolicy(StudioType.BACKBONE_WORKSHOP, 1, 3, 15, 0,
                List.of(new HonourAtLeast(HonourKind.BACKBONE_TEACHER, Level.DISTRICT),
                        new HonourAtLeast(HonourKind.SUBJECT_LEADER, Level.DISTRICT),
                        new TitleAtLeast(Title.SENIOR)),
                sameStageAndSubject));
        put(types, new StudioTypePolicy(StudioType.NEW_TEACHER_WORKSHOP, 1, 3, 15, 0,
                List.of(new TitleAtLeast(Title.SENIOR),
                        new HonourAtLeast(HonourKind.BACKBONE_TEACHER, Level.DISTRICT)),
                newTeachers));
        StudioPolicy studios = new StudioPolicy(types, 1, 1, 1, 3, 2, honourRungs(), honourTitles(), honourLevels(),
                Level.MUNICIPAL, grades(), 3, 2, EnumSet.allOf(HostDuty.class),
                EnumSet.of(Tier.HOST, Tier.ASSISTANT, Tier.MENTOR), EnumSet.complementOf(EnumSet.of(Tier.ONLINE_TRAINEE)),
                3, true);
        ClusterPolicy clusters = new ClusterPolicy(EnumSet.of(Stage.PRESCHOOL, Stage.PRIMARY,
                Stage.JUNIOR_SECONDARY, Stage.SENIOR_SECONDARY), 0);
        return new Policy(GUANGZHOU_LIWAN_2026, "广州市荔湾区2026年中小学教师集群研训共同体", "Guangzhou Liwan 2026 district cluster",
                "荔湾区教育发展研究院《2026年荔湾区中小学教师集群研训共同体启动仪式顺利举办》(2026-01-13, M): 5 types, counts, 2-year "
                        + "studios, 1-year workshops; 穗教规字〔2023〕3号 (H): expert, 名班主任 types; 穗教发〔2021〕58号 (H): new "
                        + "teacher = 教龄 0-3; Guangzhou 2019: same subject and stage (H), expert hosts (M); 1993 "
                        + "特级教师评选规定 (M): 特级 provincial, needs 高级; Guangdong (M): certificate tiers. L "
                        + "(docs/policies.md): member counts, other hosts, at-once limits, ladder, evaluations, "
                        + "grades, mentors, name rule, plan tolerance, end date. Alliances: chengyu-qiyingen-2023.",
                Confidence.MEDIUM, LocalDate.of(2026, 1, 9), Optional.of(LocalDate.of(2028, 1, 8)),
                studios, clusters, qiyingenAlliances(), new TreeMap<>(), new TreeSet<>());
    }

    /**
     * Returns the policy of Guangdong provincial master-teacher studios.
     *
     * @return the policy {@value #GUANGDONG_PROVINCIAL_2021}
     */
    public static Policy guangdongProvincial2021() {
        Policy liwan = guangzhouLiwan2026();
        SortedMap<String, StudioTypePolicy> types = new TreeMap<>();
        liwan.studios().types().forEach((code, type) -> {
            boolean principal = type.type().equals(StudioType.PRINCIPAL_STUDIO);
            types.put(code, type.withCycleYears(3)
                    .withMinMembers(principal ? 5 : 8)
                    .withMaxMembers(principal ? 5 : 10)
                    .withMinOnlineTrainees(principal ? 50 : 100)
                    .withHostCriteria(provincialHosts(type.type())));
        });
        return liwan.withId(GUANGDONG_PROVINCIAL_2021)
                .withNameZh("广东省名教师、名校长工作室（2021-2023 周期）")
                .withNameEn("Guangdong provincial master-teacher and principal studios, 2021-2023 round")
                .withSource("粤教继函〔2018〕19号 as restated at bjyzxf.com/news/jy/3289.html (M): teacher studios 8-10 "
                        + "members and at least 100 online trainees, principal studios 5 and at least 50; "
                        + "gd.sina.com.cn 2021-07-16 (M): 3-year cycles (2018-2020, 2021-2023). L, listed in "
                        + "docs/policies.md: those numbers for the other studio types and workshops; the round's "
                        + "days; hosts: Guangzhou 2019's expert-studio hosts for every type (名班主任 too for its "
                        + "studios), municipal 名校长/名书记 for principal studios. Else as guangzhou-liwan-2026.")
                .withConfidence(Confidence.MEDIUM)
                .withEffectiveFrom(LocalDate.of(2021, 1, 1))
                .withEffectiveUntil(Optional.of(LocalDate.of(2023, 12, 31)))
                .withStudios(liwan.studios().withTypes(types));
    }

    private static List<HostCriterion> provincialHosts(StudioType type) {
        if (type.equals(StudioType.PRINCIPAL_STUDIO)) {
            return List.of(new HonourAtLeast(HonourKind.FAMOUS_PRINCIPAL, Level.MUNICIPAL),
                    new HonourAtLeast(HonourKind.FAMOUS_PARTY_SECRETARY, Level.MUNICIPAL));
        }
        List<HostCriterion> experts = List.of(new TitleAtLeast(Title.PROFESSOR),
                new TitleAtLeast(Title.SENIOR, EnumSet.of(Stage.VOCATIONAL)),
                new HonourAtLeast(HonourKind.SPECIAL_GRADE_TEACHER, Level.PROVINCIAL),
                new HonourAtLeast(HonourKind.FAMOUS_TEACHER, Level.MUNICIPAL),
                new HonourAtLeast(HonourKind.FAMOUS_PRINCIPAL, Level.MUNICIPAL));
        if (type.equals(StudioType.HEAD_TEACHER_STUDIO)) {
            List<HostCriterion> headTeachers = new ArrayList<>(experts);
            headTeachers.add(new HonourAtLeast(HonourKind.FAMOUS_HEAD_TEACHER, Level.MUNICIPAL));
            return List.copyOf(headTeachers);
        }
        return experts;
    }

    /**
     * Returns the policy of the Chengdu–Chongqing "10+20" community and its 綦营恩 alliance.
     *
     * @return the policy {@value #CHENGYU_QIYINGEN_2023}
     */
    public static Policy chengyuQiyingen2023() {
        Policy liwan = guangzhouLiwan2026();
        return liwan.withId(CHENGYU_QIYINGEN_2023)
                .withNameZh("成渝地区双城经济圈研训机构“10+20”共同体·綦营恩三地共同体")
                .withNameEn("Chengdu-Chongqing \"10+20\" community of training institutions: the Qijiang-Yingshan-Enyang alliance")
                .withSource("cqnews.net content_1425546648277475328 (M): 10 Chongqing + 20 Sichuan institutions, the "
                        + "community's five key tasks, 綦营恩 lead and partners, three-year plan of 3 mechanisms, 3 "
                        + "resource kinds (library of 5), 3 topics, 3 activity kinds; 四互 exchanges; experts at "
                        + "every session; 大足-安岳 2025 (M): annual rotation. L (docs/policies.md): the plan taking "
                        + "the 5 tasks, member kinds, exchange days, reciprocity, freshness, sharing grace, 1 "
                        + "session a year, 2 hostings running, start. Studios: guangzhou-liwan-2026.")
                .withConfidence(Confidence.MEDIUM)
                .withEffectiveFrom(LocalDate.of(2023, 1, 1))
                .withEffectiveUntil(Optional.empty());
    }

    private static AlliancePolicy qiyingenAlliances() {
        Map<ExchangeKind, ExchangeLimits> exchanges = new EnumMap<>(ExchangeKind.class);
        exchanges.put(ExchangeKind.CADRE_SECONDMENT, new ExchangeLimits(Post.CADRE, 7, 366));
        exchanges.put(ExchangeKind.TRAINER_DISPATCH, new ExchangeLimits(Post.RESEARCH_TRAINER, 1, 180));
        exchanges.put(ExchangeKind.TRAINER_MUTUAL_LEARNING, new ExchangeLimits(Post.TRAINER, 1, 90));
        exchanges.put(ExchangeKind.TEACHER_MUTUAL_VISIT, new ExchangeLimits(Post.TEACHER, 1, 30));
        return new AlliancePolicy(1, EnumSet.of(InstitutionKind.TEACHER_TRAINING_SCHOOL,
                InstitutionKind.RESEARCH_INSTITUTE, InstitutionKind.UNIVERSITY),
                List.of(new ProvinceQuota(Province.CHONGQING, 10, 10), new ProvinceQuota(Province.SICHUAN, 20, 20)),
                true, 3, new PlanStructure(3, 3, 3, 3, 5), 1, 2, 1, new TreeMap<>(exchanges), 1,
                EnumSet.allOf(ExchangeKind.class), EnumSet.allOf(ResourceKind.class), 24, 6);
    }

    private static void put(SortedMap<String, StudioTypePolicy> types, StudioTypePolicy type) {
        types.put(type.type().code(), type);
    }

    private static SortedMap<HonourKind, Integer> honourRungs() {
        SortedMap<HonourKind, Integer> rungs = new TreeMap<>();
        rungs.put(HonourKind.RISING_STAR, 1);
        rungs.put(HonourKind.BACKBONE_TEACHER, 2);
        rungs.put(HonourKind.SUBJECT_LEADER, 2);
        rungs.put(HonourKind.FAMOUS_TEACHER, 3);
        rungs.put(HonourKind.FAMOUS_HEAD_TEACHER, 3);
        rungs.put(HonourKind.FAMOUS_PRINCIPAL, 3);
        rungs.put(HonourKind.FAMOUS_PARTY_SECRETARY, 3);
        rungs.put(HonourKind.SPECIAL_GRADE_TEACHER, 4);
        rungs.put(HonourKind.EDUCATION_EXPERT, 4);
        return rungs;
    }

    /** The titles honours require: 特级教师 is an honour for teachers who already hold the 高级 title. */
    private static SortedMap<HonourKind, Title> honourTitles() {
        SortedMap<HonourKind, Title> titles = new TreeMap<>();
        titles.put(HonourKind.SPECIAL_GRADE_TEACHER, Title.SENIOR);
        return titles;
    }

    /** The levels honours are awarded at: 特级教师 is approved by the province. */
    private static SortedMap<HonourKind, Set<Level>> honourLevels() {
        SortedMap<HonourKind, Set<Level>> levels = new TreeMap<>();
        levels.put(HonourKind.SPECIAL_GRADE_TEACHER, EnumSet.of(Level.PROVINCIAL));
        return levels;
    }

    private static SortedMap<Grade, GradeOutcome> grades() {
        SortedMap<Grade, GradeOutcome> grades = new TreeMap<>();
        grades.put(Grade.EXCELLENT, GradeOutcome.CONTINUES);
        grades.put(Grade.GOOD, GradeOutcome.CONTINUES);
        grades.put(Grade.PASS, GradeOutcome.CONTINUES);
        grades.put(Grade.FAIL, GradeOutcome.DISSOLVES);
        return grades;
    }
}
