package org.yanxun.scale;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.yanxun.Alliance;
import org.yanxun.AllianceId;
import org.yanxun.AllianceMember;
import org.yanxun.AlliancePlan;
import org.yanxun.CreditCode;
import org.yanxun.DateRange;
import org.yanxun.Exchange;
import org.yanxun.ExchangeId;
import org.yanxun.ExchangeKind;
import org.yanxun.Expert;
import org.yanxun.Honour;
import org.yanxun.HonourKind;
import org.yanxun.Institution;
import org.yanxun.InstitutionId;
import org.yanxun.InstitutionKind;
import org.yanxun.JointSession;
import org.yanxun.Level;
import org.yanxun.ParticipantLayer;
import org.yanxun.Person;
import org.yanxun.PersonId;
import org.yanxun.Post;
import org.yanxun.Province;
import org.yanxun.RegionCode;
import org.yanxun.ResourceId;
import org.yanxun.ResourceKind;
import org.yanxun.SessionId;
import org.yanxun.SessionKind;
import org.yanxun.SessionMode;
import org.yanxun.SessionRole;
import org.yanxun.SessionUnit;
import org.yanxun.SharedResource;
import org.yanxun.Stage;
import org.yanxun.Title;
import org.yanxun.UnitRole;
import org.yanxun.json.JsonLinesWriter;

/**
 * The cross-regional alliances of {@link NationalData}: each of three synthetic teacher-training
 * schools in different provinces, shaped like the 綦营恩 alliance — a lead unit and two partners, a
 * three-year plan with the "3-3-3-3" structure, three joint sessions hosted in turn, the four mutual
 * exchanges both ways, three shared resources, and four staff per school (a cadre, a research-trainer,
 * a trainer and a teacher), who go on the exchanges.
 *
 * <p>The alliances after the {@code regular} ones, which carry the faults of
 * {@link FaultPlan#ALLIANCE_CODES}, lie in umbrella alliances shaped like the Chengdu-Chongqing
 * "10+20" community: each umbrella joins the units of its {@value #CHILDREN} alliances, one school in
 * Chongqing and two in Sichuan each (as 綦江, 营山 and 恩阳), and has a lead unit and a plan but no
 * sessions of its own. Those alliances name it as their parent and carry none of the faults of
 * {@link FaultPlan#ALLIANCE_CODES}, which would reach the umbrella too; the last of them carries the
 * umbrella's faults of {@link FaultPlan#UMBRELLA_CODES} on its schools and members, and the umbrella
 * record the parent loop.
 */
final class NationalAlliances {

    /** The alliances in each umbrella. */
    static final int CHILDREN = 10;
    private static final int UNITS = 3;
    private static final Post[] POSTS = {Post.CADRE, Post.RESEARCH_TRAINER, Post.TRAINER, Post.TEACHER};
    private static final int[] DAYS = {14, 7, 5, 3};
    private static final DateRange PLAN = DateRange.of(LocalDate.of(2025, 9, 1), LocalDate.of(2028, 8, 31));
    private static final LocalDate FIRST_EXCHANGE = LocalDate.of(2025, 10, 1);
    private static final List<LocalDate> SESSIONS = List.of(LocalDate.of(2025, 10, 15), LocalDate.of(2025, 12, 15),
            LocalDate.of(2026, 2, 15));
    private static final List<ResourceKind> RESOURCES = List.of(ResourceKind.LESSON_CASE,
            ResourceKind.RESEARCH_OUTCOME, ResourceKind.TRAINING_PLAN);
    /** The kinds of resource the alliances' plans declare and share. */
    static final Set<ResourceKind> RESOURCE_KINDS = Collections.unmodifiableSet(EnumSet.copyOf(RESOURCES));
    /** Years the plan, sessions and exchanges of an alliance with an ended plan lie earlier. */
    private static final int ENDED = 3;

    private final long regular;
    private final long umbrellas;
    private final long count;
    private final FaultPlan faults;

    NationalAlliances(long regular, long umbrellas, FaultPlan faults) {
        this.regular = regular;
        this.umbrellas = umbrellas;
        this.count = regular + umbrellas * CHILDREN;
        this.faults = faults;
    }

    /** The fault of an alliance: none for the alliances in umbrellas. */
    private String fault(long a) {
        return a < regular ? faults.ofAlliance(a) : null;
    }

    /** The fault of the umbrella of an alliance in one, on its last alliance, or null. */
    private String umbrellaFaultOnLast(long a) {
        long child = a - regular;
        return child >= 0 && child % CHILDREN == CHILDREN - 1 ? faults.ofUmbrella(child / CHILDREN) : null;
    }

    private static AllianceId umbrella(long n) {
        return AllianceId.of("u" + n);
    }

    private static InstitutionId unit(long a, int u) {
        return InstitutionId.of("a" + a + "-u" + u);
    }

    private static PersonId staff(long a, int u, int post) {
        return PersonId.of("a" + a + "-" + u + "-" + post);
    }

    void institutions(JsonLinesWriter writer, NationalManifest.Counter counter) {
        for (long a = 0; a < count; a++) {
            for (int u = 0; u < UNITS; u++) {
                RegionCode region = a < regular ? Regions.county(a * UNITS + u) : regionInUmbrella(a, u);
                // As a fault, the third unit is an education bureau, which no alliance admits as a member.
                InstitutionKind kind = u == 2 && "ALLIANCE_MEMBER_KIND".equals(fault(a))
                        ? InstitutionKind.EDUCATION_BUREAU : InstitutionKind.TEACHER_TRAINING_SCHOOL;
                String name = "合成示例" + Regions.province(region) + "第" + (a * UNITS + u) + "县教师进修学校";
                if (u == 0 && "CODE_CREDIT".equals(fault(a))) {
                    // As a fault, a credit code registered in another province-level division.
                    String first17 = "12" + (region.value().startsWith("11") ? "310101" : "110101") + "MB0001234";
                    writer.institution(new Institution(unit(a, u), name, kind, region,
                            Optional.of(CreditCode.parse(first17 + CreditCode.checkCharacter(first17)))));
                } else {
                    writer.institution(Institution.of(unit(a, u), name, kind, region));
                }
                if (u == 0 && "CODE_REGION".equals(fault(a))) {
                    // As a fault, a practice school of the unit placed in a whole province-level division.
                    writer.institution(Institution.of(InstitutionId.of("a" + a + "-school"), name + "附属实验学校",
                            InstitutionKind.SCHOOL, RegionCode.parse(region.value().substring(0, 2) + "0000")));
                    counter.lines++;
                }
                counter.lines++;
            }
        }
    }

    /**
     * The region of a unit of an alliance in an umbrella: the first in Chongqing, the others in Sichuan;
     * as the fault {@code ALLIANCE_COMPOSITION}, the third unit of the umbrella's last alliance lies in
     * Guizhou, which leaves the umbrella 19 members from Sichuan.
     */
    private RegionCode regionInUmbrella(long a, int u) {
        Province province = u == 0 ? Province.CHONGQING
                : u == 2 && "ALLIANCE_COMPOSITION".equals(umbrellaFaultOnLast(a)) ? Province.GUIZHOU : Province.SICHUAN;
        return Regions.county(province, (a - regular) * UNITS + u);
    }

    void staff(JsonLinesWriter writer, NationalManifest.Counter counter) {
        for (long a = 0; a < count; a++) {
            String fault = fault(a);
            boolean moved = "EXCHANGE_PARTICIPANT_AFFILIATION".equals(fault);
            for (int u = 0; u < UNITS; u++) {
                for (int p = 0; p < POSTS.length; p++) {
                    long index = 900_000_000_000L + a * 12 + u * 4 + p;
                    Person.Builder builder = Person.builder(staff(a, u, p), NationalPeople.name(index))
                            .synthetic(true)
                            .birthDate(LocalDate.of(1975 + (int) (index % 15), 1 + (int) (index % 12), 1))
                            .teachingSince(LocalDate.of(1998 + (int) (index % 15), 9, 1))
                            .employer(moved && u == 0 && p == 0 ? unit(a, 2) : unit(a, u))
                            .post(POSTS[p])
                            .stage(Stage.PRIMARY, Stage.JUNIOR_SECONDARY);
                    if (POSTS[p] != Post.CADRE) {
                        builder.title(Title.SENIOR);
                    }
                    // As faults, 特级教师 at a district level (it is provincial), or held by the cadre, who
                    // has no title, let alone 高级.
                    if (u == 0 && p == 1 && "PERSON_HONOUR_LEVEL".equals(fault)) {
                        builder.honour(Honour.of(HonourKind.SPECIAL_GRADE_TEACHER, Level.DISTRICT,
                                LocalDate.of(2020, 9, 10)));
                    } else if (u == 0 && p == 0 && "PERSON_HONOUR_TITLE".equals(fault)) {
                        builder.honour(Honour.of(HonourKind.SPECIAL_GRADE_TEACHER, Level.PROVINCIAL,
                                LocalDate.of(2020, 9, 10)));
                    }
                    writer.person(builder.build());
                    counter.lines++;
                    counter.persons++;
                }
            }
        }
    }

    void children(JsonLinesWriter writer, NationalManifest.Counter counter) {
        for (long a = 0; a < count; a++) {
            writer.alliance(alliance(a, fault(a)));
            counter.lines++;
        }
        for (long n = 0; n < umbrellas; n++) {
            for (Alliance umbrella : umbrellaRecords(n, faults.ofUmbrella(n))) {
                writer.alliance(umbrella);
                counter.lines++;
            }
        }
        for (long a = 0; a < count; a++) {
            String fault = fault(a);
            AllianceId id = AllianceId.of("a" + a);
            for (int i = 0; i < SESSIONS.size(); i++) {
                writer.session(id, session(a, i, fault));
                counter.lines++;
            }
            for (Exchange exchange : exchanges(a, fault)) {
                writer.exchange(id, exchange);
                counter.lines++;
            }
            for (int u = 0; u < UNITS; u++) {
                writer.resource(id, resource(a, u, fault));
                counter.lines++;
            }
        }
    }

    private Alliance alliance(long a, String fault) {
        // As faults, a plan of two years; a plan that began a year earlier, whose first year, ended, held no
        // session; a plan that ended before the as-of date (with a session in each of its years); and a
        // plan with four key tasks of the five.
        DateRange period = switch (Objects.requireNonNullElse(fault, "")) {
            case "ALLIANCE_PLAN_PERIOD" -> DateRange.of(PLAN.start(), PLAN.end().minusYears(1));
            case "SESSION_FREQUENCY" -> DateRange.of(PLAN.start().minusYears(1), PLAN.end().minusYears(1));
            case "EXCHANGE_KIND_UNUSED" -> DateRange.of(PLAN.start().minusYears(ENDED), PLAN.end().minusYears(ENDED));
            default -> PLAN;
        };
        List<AllianceMember> members = new ArrayList<>(List.of(AllianceMember.of(unit(a, 0), UnitRole.LEAD),
                AllianceMember.of(unit(a, 1), "ALLIANCE_LEAD_UNIT".equals(fault) ? UnitRole.LEAD : UnitRole.PARTNER),
                AllianceMember.of(unit(a, 2), UnitRole.PARTNER)));
        if ("ALLIANCE_MEMBER_OUTSIDE_PARENT".equals(umbrellaFaultOnLast(a))) {
            // As the umbrella's fault, its last alliance also joins the lead unit of alliance a0, which
            // lies in no umbrella.
            members.add(AllianceMember.of(unit(0, 0), UnitRole.PARTNER));
        }
        Optional<AllianceId> parent = a < regular ? Optional.empty() : Optional.of(umbrella((a - regular) / CHILDREN));
        return new Alliance(AllianceId.of("a" + a), "合成示例第" + a + "号跨区域研训共同体", parent, members,
                Optional.of(plan(a + "号三地共同体", period, fault)), List.of(), List.of(), List.of());
    }

    /**
     * An umbrella alliance holding the units of its alliances, the first one's lead unit leading it; as
     * the fault {@code ALLIANCE_PARENT_CYCLE}, a second record of the same community, which names the
     * umbrella as its parent while the umbrella names it. Both lie on the loop, so both are reported.
     */
    private List<Alliance> umbrellaRecords(long n, String fault) {
        List<AllianceMember> members = new ArrayList<>();
        for (long a = regular + n * CHILDREN; a < regular + (n + 1) * CHILDREN; a++) {
            for (int u = 0; u < UNITS; u++) {
                members.add(AllianceMember.of(unit(a, u), members.isEmpty() ? UnitRole.LEAD : UnitRole.PARTNER));
            }
        }
        String name = "合成示例第" + n + "号川渝“10+20”研训共同体";
        AlliancePlan plan = plan(n + "号川渝共同体", PLAN, null);
        if (!"ALLIANCE_PARENT_CYCLE".equals(fault)) {
            return List.of(new Alliance(umbrella(n), name, Optional.empty(), members, Optional.of(plan), List.of(),
                    List.of(), List.of()));
        }
        AllianceId twin = AllianceId.of(umbrella(n).value() + "-twin");
        return List.of(new Alliance(umbrella(n), name, Optional.of(twin), members, Optional.of(plan), List.of(),
                        List.of(), List.of()),
                new Alliance(twin, name + "（重复登记）", Optional.of(umbrella(n)), members, Optional.of(plan), List.of(),
                        List.of(), List.of()));
    }

    private static AlliancePlan plan(String of, DateRange period, String fault) {
        List<String> tasks = List.of("区域协同机制建设", "中小学教师专业成长", "教师培训资源共建共享", "教师教育研究合作", "服务体系构建");
        return new AlliancePlan("合成示例第" + of + "三年规划", period, List.of("管理协同", "研训协同", "资源协同"),
                RESOURCE_KINDS, List.of("教师专业发展", "校本研修", "数字化转型"),
                EnumSet.of(SessionKind.JOINT_RESEARCH, SessionKind.TEACHING_COMPETITION, SessionKind.OUTCOME_SHOWCASE),
                "ALLIANCE_PLAN_STRUCTURE".equals(fault) ? tasks.subList(0, 4) : tasks);
    }

    private static JointSession session(long a, int i, String fault) {
        List<SessionUnit> units = new ArrayList<>();
        boolean first = i == 0;
        boolean hostless = first && "SESSION_HOST_UNIT".equals(fault);
        // Units take turns to host; as a fault, the lead unit hosts all three.
        int host = "SESSION_ROTATION".equals(fault) ? 0 : i;
        for (int u = 0; u < UNITS; u++) {
            units.add(SessionUnit.of(unit(a, u), u == host && !hostless ? SessionRole.HOST : SessionRole.CO_HOST));
        }
        LocalDate date = first && "SESSION_OUTSIDE_PLAN".equals(fault) ? LocalDate.of(2025, 8, 1) : SESSIONS.get(i);
        if ("EXCHANGE_KIND_UNUSED".equals(fault)) {
            // One session in each year of the ended plan, so each full year holds one.
            date = SESSIONS.get(0).minusYears(ENDED - i);
        }
        List<Expert> experts = first && "SESSION_EXPERT_EXTERNAL".equals(fault) ? List.of()
                : List.of(Expert.of("特邀专家（合成）", "合成示例师范大学"));
        return new JointSession(SessionId.of("a" + a + "-m" + i), date, "合成示例联合研修第" + (i + 1) + "期",
                SessionKind.JOINT_RESEARCH, SessionMode.HYBRID, units, EnumSet.allOf(ParticipantLayer.class), experts,
                List.of());
    }

    private static List<Exchange> exchanges(long a, String fault) {
        List<Exchange> exchanges = new ArrayList<>();
        ExchangeKind[] kinds = ExchangeKind.values();
        // As a fault, an ended plan in which the teachers never visited each other.
        boolean ended = "EXCHANGE_KIND_UNUSED".equals(fault);
        for (int k = 0; k < (ended ? kinds.length - 1 : kinds.length); k++) {
            int first = k % UNITS;
            int second = (k + 1) % UNITS;
            for (boolean forward : new boolean[] {true, false}) {
                int from = forward ? first : second;
                int to = forward ? second : first;
                LocalDate start = FIRST_EXCHANGE.minusYears(ended ? ENDED : 0).plusDays(21L * k + (forward ? 0 : 10));
                int days = DAYS[k];
                boolean visit = forward && kinds[k] == ExchangeKind.TEACHER_MUTUAL_VISIT;
                boolean secondment = forward && kinds[k] == ExchangeKind.CADRE_SECONDMENT;
                if (visit && "EXCHANGE_PARTIES".equals(fault)) {
                    to = from;
                } else if (visit && "EXCHANGE_DURATION".equals(fault)) {
                    days = 40;
                } else if (secondment && "EXCHANGE_OUTSIDE_PLAN".equals(fault)) {
                    start = PLAN.start().minusMonths(1);
                }
                // As a fault, the unit's teacher goes on the secondment meant for its cadre.
                int post = secondment && "EXCHANGE_PARTICIPANT_POST".equals(fault) ? 3 : k;
                exchanges.add(new Exchange(ExchangeId.of("a" + a + "-x" + k + (forward ? "f" : "b")), kinds[k],
                        unit(a, from), unit(a, to), List.of(staff(a, from, post)), start, start.plusDays(days - 1L)));
            }
        }
        if ("EXCHANGE_OVERLAP".equals(fault)) {
            // A second dispatch by the same research-trainer, three days into the first: two against one
            // is within the reciprocity tolerance.
            exchanges.add(dispatch(a, 1, FIRST_EXCHANGE.plusDays(21L + 3L)));
        }
        if ("EXCHANGE_RECIPROCITY".equals(fault)) {
            // Two more dispatches one way, by the same research-trainer on later dates: three against one.
            exchanges.add(dispatch(a, 1, FIRST_EXCHANGE.plusDays(80L)));
            exchanges.add(dispatch(a, 2, FIRST_EXCHANGE.plusDays(100L)));
        }
        return exchanges;
    }

    /** A further dispatch of the research-trainer of the second unit to the third, as the forward one. */
    private static Exchange dispatch(long a, int extra, LocalDate start) {
        return new Exchange(ExchangeId.of("a" + a + "-x1f" + extra), ExchangeKind.TRAINER_DISPATCH, unit(a, 1),
                unit(a, 2), List.of(staff(a, 1, 1)), start, start.plusDays(DAYS[1] - 1L));
    }

    private SharedResource resource(long a, int u, String fault) {
        LocalDate created = LocalDate.of(2025, 10, 1);
        LocalDate reviewed = LocalDate.of(2026, 1, 15);
        boolean shared = true;
        if (u == 0 && "RESOURCE_FRESHNESS".equals(fault)) {
            created = LocalDate.of(2023, 3, 1);
            reviewed = LocalDate.of(2023, 6, 30);
        } else if (u == 0 && "RESOURCE_SHARING".equals(fault)) {
            created = LocalDate.of(2025, 6, 1);
            shared = false;
        }
        // As a fault, a unit of the next alliance contributes the resource (the last alliance lies in an
        // umbrella and carries no fault).
        InstitutionId contributor = u == 0 && "RESOURCE_CONTRIBUTOR".equals(fault) ? unit(a + 1, 0) : unit(a, u);
        // As a fault, a teaching design, a kind the plan does not declare and the policy does not admit.
        ResourceKind kind = u == 0 && "RESOURCE_KIND".equals(fault) ? ResourceKind.TEACHING_DESIGN : RESOURCES.get(u);
        return new SharedResource(ResourceId.of("a" + a + "-r" + u), "合成示例" + kind.zh() + "（第" + a + "号共同体）",
                kind, contributor, created, reviewed, shared);
    }
}
