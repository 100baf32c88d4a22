package org.yanxun.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.yanxun.Alliance;
import org.yanxun.AllianceId;
import org.yanxun.AllianceMember;
import org.yanxun.AlliancePlan;
import org.yanxun.DateRange;
import org.yanxun.Dataset;
import org.yanxun.Exchange;
import org.yanxun.ExchangeId;
import org.yanxun.ExchangeKind;
import org.yanxun.Expert;
import org.yanxun.Institution;
import org.yanxun.InstitutionId;
import org.yanxun.InstitutionKind;
import org.yanxun.JointSession;
import org.yanxun.ParticipantLayer;
import org.yanxun.Person;
import org.yanxun.PersonId;
import org.yanxun.Post;
import org.yanxun.Presentation;
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

/**
 * Builds the 綦营恩 alliance: the three real teacher-training schools, the five joint sessions as
 * reported, the plan structure, and synthetic people, exchanges and resources.
 */
final class QiyingenAlliance {

    static final InstitutionId QIJIANG = InstitutionId.of("qijiang-tts");
    static final InstitutionId YINGSHAN = InstitutionId.of("yingshan-tts");
    static final InstitutionId ENYANG = InstitutionId.of("enyang-tts");
    private static final List<InstitutionId> UNITS = List.of(QIJIANG, YINGSHAN, ENYANG);

    private final List<Person> persons = new ArrayList<>();

    private QiyingenAlliance() {
    }

    static Dataset build() {
        return new QiyingenAlliance().dataset();
    }

    private Dataset dataset() {
        for (InstitutionId unit : UNITS) {
            for (Post post : List.of(Post.CADRE, Post.RESEARCH_TRAINER, Post.RESEARCH_TRAINER, Post.TRAINER,
                    Post.TRAINER, Post.TEACHER, Post.TEACHER)) {
                addPerson(unit, post);
            }
        }
        List<Institution> institutions = List.of(
                Institution.of(QIJIANG, "綦江区教师进修学校", InstitutionKind.TEACHER_TRAINING_SCHOOL,
                        RegionCode.parse("500110")),
                Institution.of(YINGSHAN, "营山县教师进修学校", InstitutionKind.TEACHER_TRAINING_SCHOOL,
                        RegionCode.parse("511322")),
                Institution.of(ENYANG, "恩阳区教师进修学校", InstitutionKind.TEACHER_TRAINING_SCHOOL,
                        RegionCode.parse("511903")));
        Alliance alliance = new Alliance(AllianceId.of("qiyingen"), "綦江·营山·恩阳“10+20”共同体", Optional.empty(),
                List.of(AllianceMember.of(QIJIANG, UnitRole.LEAD), AllianceMember.of(YINGSHAN, UnitRole.PARTNER),
                        AllianceMember.of(ENYANG, UnitRole.PARTNER)),
                Optional.of(plan()), sessions(), exchanges(), resources());
        return Dataset.of(persons, institutions, List.of(), List.of(alliance), List.of());
    }

    private static AlliancePlan plan() {
        return new AlliancePlan("綦江·营山·恩阳三地共同体三年规划",
                DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31)),
                List.of("管理协同", "研训协同", "资源协同"),
                EnumSet.of(ResourceKind.LESSON_CASE, ResourceKind.RESEARCH_OUTCOME, ResourceKind.TRAINING_PLAN),
                List.of("教师专业发展", "校本研修", "数字化转型"),
                EnumSet.of(SessionKind.JOINT_RESEARCH, SessionKind.TEACHING_COMPETITION, SessionKind.OUTCOME_SHOWCASE),
                List.of("区域协同机制建设", "中小学教师专业成长", "教师培训资源共建共享", "教师教育研究合作", "服务体系构建"));
    }

    private List<JointSession> sessions() {
        Set<ParticipantLayer> all = EnumSet.allOf(ParticipantLayer.class);
        return List.of(
                session("qiyingen-2022-07", LocalDate.of(2022, 7, 1), "三地首次联合研修", SessionMode.HYBRID,
                        List.of(SessionUnit.of(QIJIANG, SessionRole.HOST), SessionUnit.of(YINGSHAN, SessionRole.CO_HOST),
                                SessionUnit.of(ENYANG, SessionRole.CO_HOST)),
                        all, List.of(Expert.of("特邀专家乙", "北京市海淀区教师进修学校")), List.of()),
                session("qiyingen-2022-11", LocalDate.of(2022, 11, 1), "聚焦时代要求，提升研训员（培训师）专业素养",
                        SessionMode.HYBRID,
                        List.of(SessionUnit.of(YINGSHAN, SessionRole.HOST), SessionUnit.of(QIJIANG, SessionRole.CO_HOST),
                                SessionUnit.of(ENYANG, SessionRole.CO_HOST)),
                        EnumSet.of(ParticipantLayer.RESEARCH_TRAINERS),
                        List.of(Expert.of("特邀专家甲", "湖南省中小学教师发展中心")), List.of()),
                session("qiyingen-2023-04", LocalDate.of(2023, 4, 1), "三年规划研讨与区域培训特色项目交流",
                        SessionMode.OFFLINE,
                        List.of(SessionUnit.of(QIJIANG, SessionRole.ORGANISER), SessionUnit.of(QIJIANG, SessionRole.HOST),
                                SessionUnit.of(YINGSHAN, SessionRole.HOST), SessionUnit.of(ENYANG, SessionRole.HOST)),
                        all, List.of(Expert.of("特邀专家乙", "北京市海淀区教师进修学校")),
                        List.of(Presentation.of(speaker(QIJIANG, Post.CADRE), "綦江区校本研修管理的路径与实施策略"),
                                Presentation.of(speaker(YINGSHAN, Post.CADRE), "《逐梦向未来》特色项目"),
                                Presentation.of(speaker(ENYANG, Post.CADRE), "三抓三突三提升，在线培训增效能"))),
                session("qiyingen-2023-12", LocalDate.of(2023, 12, 1), "数字化转型背景下教师能力提升的研修路径",
                        SessionMode.HYBRID,
                        List.of(SessionUnit.of(ENYANG, SessionRole.HOST), SessionUnit.of(QIJIANG, SessionRole.CO_HOST),
                                SessionUnit.of(YINGSHAN, SessionRole.CO_HOST)),
                        EnumSet.of(ParticipantLayer.RESEARCH_TRAINERS, ParticipantLayer.TEACHERS),
                        List.of(Expert.of("特邀专家丙", "四川省教育科学研究院")),
                        List.of(Presentation.of(speaker(YINGSHAN, Post.CADRE), "数字化转型背景下教师能力提升的研修路径——以营山教师研修为例"),
                                Presentation.of(speaker(ENYANG, Post.CADRE), "利用数字技术赋能探索精准化教师培训"),
                                Presentation.of(speaker(QIJIANG, Post.CADRE), "学校干部“教育提质”赛马比拼活动"))),
                session("qiyingen-2024-04", LocalDate.of(2024, 4, 1), "新课改背景下学校教师专业能力提升",
                        SessionMode.OFFLINE,
                        List.of(SessionUnit.of(QIJIANG, SessionRole.HOST), SessionUnit.of(YINGSHAN, SessionRole.CO_HOST),
                                SessionUnit.of(ENYANG, SessionRole.CO_HOST)),
                        EnumSet.of(ParticipantLayer.TEACHERS, ParticipantLayer.CADRES),
                        List.of(Expert.of("特邀专家丁", "巴中市文治实验学校")),
                        List.of(Presentation.of(speaker(ENYANG, Post.CADRE), "合作引领、全学科阅读、多联教师研修"),
                                Presentation.of(speaker(YINGSHAN, Post.CADRE), "国培结成果、县培做示范、实践出机制"),
                                Presentation.of(speaker(QIJIANG, Post.CADRE), "主题选学、任务驱动、同研共进"))));
    }

    private static JointSession session(String id, LocalDate date, String theme, SessionMode mode,
            List<SessionUnit> units, Set<ParticipantLayer> layers, List<Expert> experts,
            List<Presentation> presentations) {
        return new JointSession(SessionId.of(id), date, theme, SessionKind.JOINT_RESEARCH, mode, units, layers,
                experts, presentations);
    }

    private List<Exchange> exchanges() {
        List<Exchange> exchanges = new ArrayList<>();
        int n = 1;
        for (ExchangeKind kind : ExchangeKind.values()) {
            Post post = switch (kind) {
                case CADRE_SECONDMENT -> Post.CADRE;
                case TRAINER_DISPATCH -> Post.RESEARCH_TRAINER;
                case TRAINER_MUTUAL_LEARNING -> Post.TRAINER;
                case TEACHER_MUTUAL_VISIT -> Post.TEACHER;
            };
            LocalDate start = switch (kind) {
                case CADRE_SECONDMENT -> LocalDate.of(2023, 3, 1);
                case TRAINER_DISPATCH -> LocalDate.of(2023, 11, 6);
                case TRAINER_MUTUAL_LEARNING -> LocalDate.of(2024, 4, 8);
                case TEACHER_MUTUAL_VISIT -> LocalDate.of(2024, 9, 2);
            };
            int days = switch (kind) {
                case CADRE_SECONDMENT -> 30;
                case TRAINER_DISPATCH -> 14;
                case TRAINER_MUTUAL_LEARNING -> 7;
                case TEACHER_MUTUAL_VISIT -> 3;
            };
            for (int pair = 0; pair < UNITS.size(); pair++) {
                InstitutionId a = UNITS.get(pair);
                InstitutionId b = UNITS.get((pair + 1) % UNITS.size());
                for (boolean forward : new boolean[] {true, false}) {
                    InstitutionId from = forward ? a : b;
                    InstitutionId to = forward ? b : a;
                    ExchangeId id = ExchangeId.of(String.format(Locale.ROOT, "qiyingen-x-%02d", n++));
                    exchanges.add(new Exchange(id, kind, from, to, List.of(speaker(from, post)), start,
                            start.plusDays(days - 1L)));
                    start = start.plusDays(days + 7L);
                }
            }
        }
        return exchanges;
    }

    private static List<SharedResource> resources() {
        LocalDate reviewed = LocalDate.of(2025, 6, 30);
        return List.of(
                resource("qiyingen-r-01", "綦江区校本研修管理的路径与实施策略", ResourceKind.RESEARCH_OUTCOME, QIJIANG,
                        LocalDate.of(2023, 4, 1), reviewed),
                resource("qiyingen-r-02", "《逐梦向未来》特色项目方案", ResourceKind.TRAINING_PLAN, YINGSHAN,
                        LocalDate.of(2023, 4, 1), reviewed),
                resource("qiyingen-r-03", "三抓三突三提升：在线培训增效能", ResourceKind.RESEARCH_OUTCOME, ENYANG,
                        LocalDate.of(2023, 4, 1), reviewed),
                resource("qiyingen-r-04", "全学科阅读示范课例（示例）", ResourceKind.LESSON_CASE, ENYANG,
                        LocalDate.of(2024, 4, 1), reviewed),
                resource("qiyingen-r-05", "数字化转型研修课例（示例）", ResourceKind.LESSON_CASE, YINGSHAN,
                        LocalDate.of(2023, 12, 1), reviewed),
                resource("qiyingen-r-06", "研训员专业素养提升培训方案（示例）", ResourceKind.TRAINING_PLAN, QIJIANG,
                        LocalDate.of(2022, 11, 1), reviewed));
    }

    private static SharedResource resource(String id, String title, ResourceKind kind, InstitutionId contributor,
            LocalDate created, LocalDate reviewed) {
        return new SharedResource(ResourceId.of(id), title, kind, contributor, created, reviewed, true);
    }

    private void addPerson(InstitutionId unit, Post post) {
        int n = persons.size() + 1;
        Person.Builder builder = Person.builder(PersonId.of(String.format(Locale.ROOT, "syn-qye-%03d", n)),
                SyntheticNames.of(5000 + n))
                .synthetic(true)
                .birthDate(LocalDate.of(1975 + n % 15, 1 + n % 12, 1 + n % 28))
                .teachingSince(LocalDate.of(1998 + n % 15, 9, 1))
                .employer(unit)
                .post(post)
                .stage(Stage.PRIMARY, Stage.JUNIOR_SECONDARY);
        if (post != Post.CADRE) {
            builder.title(Title.SENIOR);
        }
        persons.add(builder.build());
    }

    /** The first synthetic person of a unit with a post: the people are laid out unit by unit. */
    private PersonId speaker(InstitutionId unit, Post post) {
        return persons.stream()
                .filter(p -> p.employer().orElseThrow().equals(unit) && p.posts().contains(post))
                .findFirst().orElseThrow().id();
    }
}
