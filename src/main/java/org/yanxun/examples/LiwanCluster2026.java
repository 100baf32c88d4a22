package org.yanxun.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yanxun.Certificate;
import org.yanxun.Cluster;
import org.yanxun.ClusterId;
import org.yanxun.ClusterPlan;
import org.yanxun.Cycle;
import org.yanxun.DateRange;
import org.yanxun.Dataset;
import org.yanxun.Honour;
import org.yanxun.HonourKind;
import org.yanxun.HostDuty;
import org.yanxun.Institution;
import org.yanxun.InstitutionId;
import org.yanxun.InstitutionKind;
import org.yanxun.Level;
import org.yanxun.Membership;
import org.yanxun.MentoringPair;
import org.yanxun.Person;
import org.yanxun.PersonId;
import org.yanxun.PlannedActivity;
import org.yanxun.Post;
import org.yanxun.ProjectCommunity;
import org.yanxun.ProjectId;
import org.yanxun.ProjectMember;
import org.yanxun.RegionCode;
import org.yanxun.Stage;
import org.yanxun.Studio;
import org.yanxun.StudioForm;
import org.yanxun.StudioId;
import org.yanxun.StudioType;
import org.yanxun.Subject;
import org.yanxun.Tier;
import org.yanxun.Title;

/**
 * Builds the Liwan 2026 cluster: the real institutions, launch date and published studio counts, with
 * synthetic hosts and members.
 */
final class LiwanCluster2026 {

    static final LocalDate LAUNCH = LocalDate.of(2026, 1, 9);
    static final RegionCode LIWAN = RegionCode.parse("440103");
    static final InstitutionId BUREAU = InstitutionId.of("liwan-edu-bureau");
    static final InstitutionId INSTITUTE = InstitutionId.of("liwan-research-institute");
    private static final InstitutionId PEIYING = InstitutionId.of("xiguan-peiying-middle");
    private static final InstitutionId JIANGGUANGNAI = InstitutionId.of("jiangguangnai-primary");
    private static final InstitutionId HUAQIAO = InstitutionId.of("huaqiao-primary");
    private static final InstitutionId GUANGYA = InstitutionId.of("xiguan-guangya-experimental");
    private static final InstitutionId NO4 = InstitutionId.of("guangzhou-no4-middle");
    private static final InstitutionId XIEHE = InstitutionId.of("xiehe-kindergarten");
    private static final int MEMBERS_PER_STUDIO = 6;

    /** Where a studio sits: its institution, stage and subject. */
    private record Profile(InstitutionId institution, Stage stage, Subject subject) {
    }

    private static final List<Profile> TEACHING_PROFILES = List.of(
            new Profile(XIEHE, Stage.PRESCHOOL, Subject.EARLY_CHILDHOOD),
            new Profile(JIANGGUANGNAI, Stage.PRIMARY, Subject.CHINESE),
            new Profile(HUAQIAO, Stage.PRIMARY, Subject.MATHEMATICS),
            new Profile(JIANGGUANGNAI, Stage.PRIMARY, Subject.PHYSICAL_EDUCATION),
            new Profile(HUAQIAO, Stage.PRIMARY, Subject.ENGLISH),
            new Profile(GUANGYA, Stage.JUNIOR_SECONDARY, Subject.CHINESE),
            new Profile(GUANGYA, Stage.JUNIOR_SECONDARY, Subject.MATHEMATICS),
            new Profile(NO4, Stage.JUNIOR_SECONDARY, Subject.PHYSICS),
            new Profile(NO4, Stage.SENIOR_SECONDARY, Subject.CHEMISTRY),
            new Profile(PEIYING, Stage.SENIOR_SECONDARY, Subject.MATHEMATICS),
            new Profile(PEIYING, Stage.SENIOR_SECONDARY, Subject.ENGLISH),
            new Profile(PEIYING, Stage.SENIOR_SECONDARY, Subject.HISTORY));

    /**
     * Where the first studio of a type sits, when the report names its host's school with the research
     * direction it quotes (the rest follow the lists above): the special-grade studio at the institute,
     * the backbone workshop at 广州市第四中学, the new-teacher workshop at 协和幼儿园.
     */
    private static final Map<StudioType, Profile> FIRST_PROFILES = Map.of(
            StudioType.SPECIAL_GRADE_STUDIO, new Profile(INSTITUTE, Stage.JUNIOR_SECONDARY, Subject.MATHEMATICS),
            StudioType.BACKBONE_WORKSHOP, TEACHING_PROFILES.get(7),
            StudioType.NEW_TEACHER_WORKSHOP, TEACHING_PROFILES.get(0));

    private static final List<Profile> PRINCIPAL_PROFILES = List.of(
            new Profile(HUAQIAO, Stage.PRIMARY, Subject.GENERAL),
            new Profile(XIEHE, Stage.PRESCHOOL, Subject.GENERAL),
            new Profile(JIANGGUANGNAI, Stage.PRIMARY, Subject.GENERAL),
            new Profile(GUANGYA, Stage.JUNIOR_SECONDARY, Subject.GENERAL),
            new Profile(NO4, Stage.SENIOR_SECONDARY, Subject.GENERAL),
            new Profile(PEIYING, Stage.SENIOR_SECONDARY, Subject.GENERAL));

    private static final List<String> DIRECTIONS = List.of("大单元教学设计与实施", "课堂评价与作业设计",
            "跨学科主题学习", "教学数字化转型", "新课标下的课堂教学改进", "青年教师课堂教学基本功");

    private final List<Person> persons = new ArrayList<>();
    private int nextPerson = 1;

    private LiwanCluster2026() {
    }

    static Dataset build() {
        return new LiwanCluster2026().dataset();
    }

    private Dataset dataset() {
        List<Studio> studios = new ArrayList<>();
        Map<String, Integer> plan = new LinkedHashMap<>();
        addStudios(studios, plan, StudioType.SPECIAL_GRADE_STUDIO, "sg", 16, "学生高阶思维培育与教学数字化转型");
        addStudios(studios, plan, StudioType.PRINCIPAL_STUDIO, "pr", 11, "集团化办学与育人方式变革");
        addStudios(studios, plan, StudioType.FAMOUS_TEACHER_STUDIO, "ft", 67, "课题引领、课堂为本、研训一体");
        addStudios(studios, plan, StudioType.BACKBONE_WORKSHOP, "bb", 121, "基于课堂的循环研究");
        addStudios(studios, plan, StudioType.NEW_TEACHER_WORKSHOP, "nt", 43, "幼儿园新教师的师德、观察与保教方法");
        Cluster cluster = new Cluster(ClusterId.of("liwan-2026"), "2026年荔湾区中小学教师集群研训共同体", LIWAN, BUREAU,
                INSTITUTE, LAUNCH, studios, Optional.of(ClusterPlan.of(plan)));
        return Dataset.of(persons, institutions(), List.of(cluster), List.of(), List.of(project(studios)));
    }

    private static List<Institution> institutions() {
        return List.of(
                Institution.of(BUREAU, "广州市荔湾区教育局", InstitutionKind.EDUCATION_BUREAU, LIWAN),
                Institution.of(INSTITUTE, "广州市荔湾区教育发展研究院", InstitutionKind.RESEARCH_INSTITUTE, LIWAN),
                Institution.of(PEIYING, "广州市西关培英中学", InstitutionKind.SCHOOL, LIWAN),
                Institution.of(JIANGGUANGNAI, "广州市荔湾区蒋光鼐纪念小学", InstitutionKind.SCHOOL, LIWAN),
                Institution.of(HUAQIAO, "华侨小学", InstitutionKind.SCHOOL, LIWAN),
                Institution.of(GUANGYA, "西关广雅实验学校", InstitutionKind.SCHOOL, LIWAN),
                Institution.of(NO4, "广州市第四中学", InstitutionKind.SCHOOL, LIWAN),
                Institution.of(XIEHE, "协和幼儿园", InstitutionKind.KINDERGARTEN, LIWAN));
    }

    private void addStudios(List<Studio> studios, Map<String, Integer> plan, StudioType type, String prefix,
            int count, String firstDirection) {
        plan.put(type.code(), count);
        List<Profile> profiles = type == StudioType.PRINCIPAL_STUDIO ? PRINCIPAL_PROFILES : TEACHING_PROFILES;
        for (int i = 0; i < count; i++) {
            Profile profile = i == 0 && FIRST_PROFILES.containsKey(type) ? FIRST_PROFILES.get(type)
                    : profiles.get((i + prefix.length() * 3) % profiles.size());
            String direction = i == 0 ? firstDirection : DIRECTIONS.get(i % DIRECTIONS.size());
            StudioId id = StudioId.of(String.format(Locale.ROOT, "liwan-2026-%s-%03d", prefix, i + 1));
            studios.add(studio(type, id, profile, direction, i));
        }
    }

    private Studio studio(StudioType type, StudioId id, Profile profile, String direction, int index) {
        Person host = host(type, profile, index);
        Person assistant = teacher(profile, Title.SENIOR, LocalDate.of(2008, 9, 1),
                Honour.of(HonourKind.BACKBONE_TEACHER, Level.DISTRICT, LocalDate.of(2020, 9, 10)),
                type == StudioType.PRINCIPAL_STUDIO ? Post.CADRE : Post.TEACHER);
        int cycleYears = type.form() == StudioForm.STUDIO ? 2 : 1;
        Studio.Builder builder = Studio.builder(id, host.name() + nameSuffix(type, host), type)
                .level(Level.DISTRICT)
                .hostInstitution(profile.institution())
                .researchDirection(direction)
                .stage(profile.stage())
                .subject(profile.subject())
                .cycle(Cycle.of(LAUNCH, cycleYears))
                .membership(Membership.of(host.id(), Tier.HOST, LAUNCH))
                .membership(Membership.of(assistant.id(), Tier.ASSISTANT, LAUNCH))
                .activity(PlannedActivity.of("主持人示范课与专题讲座", HostDuty.NAVIGATOR, LAUNCH.plusMonths(2)))
                .activity(PlannedActivity.of("师徒结对课例研磨", HostDuty.INHERITOR, LAUNCH.plusMonths(4)))
                .activity(PlannedActivity.of("课题研究与课堂实践", HostDuty.PRACTITIONER, LAUNCH.plusMonths(8)))
                .certificate(Certificate.certificate(BUREAU, LAUNCH, host.id()))
                .certificate(Certificate.plaque(BUREAU, LAUNCH));
        for (int m = 0; m < MEMBERS_PER_STUDIO; m++) {
            Person member = member(type, profile, m);
            builder.membership(Membership.of(member.id(), Tier.MEMBER, LAUNCH));
            if (m < 2) {
                builder.mentoringPair(MentoringPair.of(host.id(), member.id()));
            }
        }
        return builder.build();
    }

    private static String nameSuffix(StudioType type, Person host) {
        if (type == StudioType.SPECIAL_GRADE_STUDIO) {
            return host.highestLevelOf(HonourKind.SPECIAL_GRADE_TEACHER).isPresent() ? "特级教师工作室" : "正高级教师工作室";
        }
        if (type == StudioType.PRINCIPAL_STUDIO) {
            return host.posts().contains(Post.PARTY_SECRETARY) ? "名书记工作室" : "名校长工作室";
        }
        return type.zh();
    }

    private Person host(StudioType type, Profile profile, int index) {
        LocalDate since = LocalDate.of(1995 + index % 8, 9, 1);
        Person.Builder builder = person(profile, since).post(Post.TEACHER);
        if (type == StudioType.SPECIAL_GRADE_STUDIO) {
            builder.title(Title.PROFESSOR);
            if (index % 2 == 0) {
                builder.honour(Honour.of(HonourKind.SPECIAL_GRADE_TEACHER, Level.PROVINCIAL, LocalDate.of(2019, 9, 10)));
            }
        } else if (type == StudioType.PRINCIPAL_STUDIO) {
            boolean secretary = index % 3 == 2;
            builder.title(Title.SENIOR).post(secretary ? Post.PARTY_SECRETARY : Post.PRINCIPAL)
                    .honour(Honour.of(secretary ? HonourKind.FAMOUS_PARTY_SECRETARY : HonourKind.FAMOUS_PRINCIPAL,
                            Level.DISTRICT, LocalDate.of(2023, 9, 10)));
        } else if (type == StudioType.FAMOUS_TEACHER_STUDIO) {
            builder.title(Title.SENIOR)
                    .honour(Honour.of(HonourKind.FAMOUS_TEACHER, Level.DISTRICT, LocalDate.of(2022, 9, 10)));
        } else if (type == StudioType.BACKBONE_WORKSHOP) {
            builder.title(Title.SENIOR)
                    .honour(Honour.of(HonourKind.BACKBONE_TEACHER, Level.DISTRICT, LocalDate.of(2021, 9, 10)));
        } else {
            builder.title(Title.SENIOR)
                    .honour(Honour.of(HonourKind.BACKBONE_TEACHER, Level.DISTRICT, LocalDate.of(2020, 9, 10)));
        }
        return add(builder.build());
    }

    private Person member(StudioType type, Profile profile, int index) {
        if (type == StudioType.NEW_TEACHER_WORKSHOP) {
            return add(person(profile, LocalDate.of(2024 + index % 2, 9, 1)).post(Post.TEACHER).build());
        }
        if (type == StudioType.BACKBONE_WORKSHOP) {
            return add(person(profile, LocalDate.of(2016 + index % 5, 9, 1)).post(Post.TEACHER)
                    .title(Title.FIRST_GRADE).build());
        }
        Post post = type == StudioType.PRINCIPAL_STUDIO ? Post.CADRE : Post.TEACHER;
        return teacher(profile, Title.FIRST_GRADE, LocalDate.of(2010 + index % 5, 9, 1),
                Honour.of(HonourKind.BACKBONE_TEACHER, Level.DISTRICT, LocalDate.of(2022, 9, 10)), post);
    }

    private Person teacher(Profile profile, Title title, LocalDate since, Honour honour, Post post) {
        return add(person(profile, since).title(title).honour(honour).post(post).build());
    }

    private Person.Builder person(Profile profile, LocalDate teachingSince) {
        int n = nextPerson++;
        return Person.builder(PersonId.of(String.format(Locale.ROOT, "syn-lw-%04d", n)), SyntheticNames.of(n))
                .synthetic(true)
                .birthDate(teachingSince.minusYears(22).withDayOfYear(1 + n % 300))
                .teachingSince(teachingSince)
                .employer(profile.institution())
                .stage(profile.stage())
                .subject(profile.subject());
    }

    private Person add(Person person) {
        persons.add(person);
        return person;
    }

    private static ProjectCommunity project(List<Studio> studios) {
        List<ProjectMember> members = new ArrayList<>();
        for (int i : new int[] {0, 16, 27, 94, 215}) {
            Studio studio = studios.get(i);
            PersonId host = studio.membershipsOf(Tier.HOST).get(0).person();
            members.add(new ProjectMember(host, studio.hostInstitution(), Optional.of(studio.id())));
        }
        return new ProjectCommunity(ProjectId.of("liwan-2026-p-digital-profile"), "教师数字画像与增值评价项目（示例）",
                DateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31)),
                List.of("完善教师数字画像", "探索教师专业发展的增值评价"), members);
    }
}
