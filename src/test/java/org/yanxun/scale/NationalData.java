package org.yanxun.scale;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.yanxun.Certificate;
import org.yanxun.Cluster;
import org.yanxun.ClusterId;
import org.yanxun.ClusterPlan;
import org.yanxun.Cycle;
import org.yanxun.Evaluation;
import org.yanxun.EvaluationKind;
import org.yanxun.Grade;
import org.yanxun.HostDuty;
import org.yanxun.Institution;
import org.yanxun.InstitutionId;
import org.yanxun.InstitutionKind;
import org.yanxun.Level;
import org.yanxun.Membership;
import org.yanxun.MentoringPair;
import org.yanxun.PersonId;
import org.yanxun.PlannedActivity;
import org.yanxun.RegionCode;
import org.yanxun.Stage;
import org.yanxun.Studio;
import org.yanxun.StudioForm;
import org.yanxun.StudioId;
import org.yanxun.StudioType;
import org.yanxun.Subject;
import org.yanxun.Tier;
import org.yanxun.json.JsonLinesWriter;
import org.yanxun.json.PolicyWriter;
import org.yanxun.policy.Confidence;
import org.yanxun.policy.Policy;
import org.yanxun.policy.Presets;
import org.yanxun.policy.StudioTypePolicy;

/**
 * A deterministic synthetic data set of national scale in JSON Lines: studios in district clusters
 * with their hosts and members, and cross-regional alliances of teacher-training schools with their
 * sessions, exchanges, resources and staff, such as
 * {@code NationalData.of(1_000_000, 0.001, 2026).write(Path.of("target/national.jsonl"))}.
 *
 * <p>Studios come in pairs that share a type, stage and subject; each studio has one host, 8 to 10
 * members, two former members (people who left it and are now active members of its partner), a
 * planned activity for each host duty and the host mentoring its first member, and a famous-teacher
 * studio an online trainee, so a million studios hold about 12 million memberships of about 10
 * million people. Clusters hold 500 studios each, in
 * real province-level regions with plausible district codes; every institution and person is synthetic and named so.
 * There is one alliance per 100 studios, and one umbrella alliance of ten more per 100 alliances
 * ({@link NationalAlliances}). Without faults, the whole catalogue finds nothing as of {@link #AS_OF}
 * under {@link #POLICY}; a {@link FaultPlan} then injects faults that each yield exactly one
 * finding of a code (a parent loop two), and {@link #write} returns a {@link NationalManifest} of the
 * expected counts.
 *
 * <p>Memory is constant: every record is computed from its index and the seed, and written at once.
 * This class is immutable and thread-safe.
 */
public final class NationalData {

    /** The date the data is valid as of. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
    /**
     * The policy the data is valid under: {@code guangzhou-liwan-2026}, derived by two values so that
     * every rule code can fire. A famous-teacher studio (名师工作室) reaches at least one online trainee
     * (网络学员), and the resource library admits the three kinds the alliances' plans declare; the
     * preset asks no studio for online trainees and admits every kind.
     */
    public static final Policy POLICY = policy();
    static final LocalDate CYCLE_START = LocalDate.of(2025, 9, 1);
    static final LocalDate LEFT = LocalDate.of(2025, 12, 31);
    static final int STUDIOS_PER_CLUSTER = 500;
    private static final Stage[] STAGES = {Stage.PRESCHOOL, Stage.PRIMARY, Stage.JUNIOR_SECONDARY,
        Stage.SENIOR_SECONDARY};
    private static final List<Subject> PRIMARY_SUBJECTS = List.of(Subject.CHINESE, Subject.MATHEMATICS,
            Subject.ENGLISH, Subject.SCIENCE, Subject.PHYSICAL_EDUCATION, Subject.MUSIC);
    private static final List<Subject> SECONDARY_SUBJECTS = List.of(Subject.CHINESE, Subject.MATHEMATICS,
            Subject.ENGLISH, Subject.PHYSICS, Subject.CHEMISTRY, Subject.BIOLOGY, Subject.HISTORY, Subject.GEOGRAPHY);
    private static final List<String> DIRECTIONS = List.of("大单元教学设计与实施", "课堂评价与作业设计", "跨学科主题学习",
            "教学数字化转型", "新课标下的课堂教学改进", "青年教师课堂教学基本功");

    private final long studios;
    private final long seed;
    private final double rate;
    private final FaultPlan faults;
    private final NationalPeople people;
    private final NationalAlliances alliances;

    private NationalData(long studios, double rate, long seed) {
        long least = 2L * FaultPlan.PAIR_CODES.size();
        if (studios < least || studios % 2 != 0) {
            throw new IllegalArgumentException("Studios must be even and at least " + least
                    + " (a pair for the fault of each studio code), was " + studios);
        }
        if (studios % STUDIOS_PER_CLUSTER != 0 && studios % STUDIOS_PER_CLUSTER < 8) {
            // The stages go round four pairs, so a cluster of fewer than four pairs misses one.
            throw new IllegalArgumentException("The last cluster of " + studios + " studios would hold fewer than 8,"
                    + " too few to cover every stage");
        }
        if (!(rate >= 0 && rate <= 0.01)) {
            throw new IllegalArgumentException("Fault rate must be 0 to 0.01, was " + rate);
        }
        this.studios = studios;
        this.seed = seed;
        this.rate = rate;
        // Enough alliances for a fault of each code and two clean ones, and umbrellas for a fault of
        // each of their codes and one clean.
        long allianceCount = Math.max(FaultPlan.ALLIANCE_CODES.size() + 2, studios / 100);
        long umbrellaCount = Math.max(FaultPlan.UMBRELLA_CODES.size() + 1, allianceCount / 100);
        this.faults = new FaultPlan(seed, studios / 2, allianceCount, clusterCount(studios), umbrellaCount, rate);
        this.people = new NationalPeople(seed);
        this.alliances = new NationalAlliances(allianceCount, umbrellaCount, faults);
    }

    private static Policy policy() {
        Policy liwan = Presets.guangzhouLiwan2026();
        SortedMap<String, StudioTypePolicy> types = new TreeMap<>(liwan.studios().types());
        types.computeIfPresent(StudioType.FAMOUS_TEACHER_STUDIO.code(), (code, type) -> type.withMinOnlineTrainees(1));
        return liwan.withId("synthetic-national")
                .withNameZh("合成示例全国规模数据校验政策")
                .withNameEn("Synthetic national-scale data policy")
                .withSource("Derived from guangzhou-liwan-2026 for the synthetic national data: famous-teacher studios "
                        + "reach at least 1 online trainee, and the resource library admits lesson cases, research "
                        + "outcomes and training plans.")
                .withConfidence(Confidence.LOW)
                .withStudios(liwan.studios().withTypes(types))
                .withAlliances(liwan.alliances().withResourceKinds(NationalAlliances.RESOURCE_KINDS));
    }

    /**
     * Obtains a data set.
     *
     * @param studios the number of studios, even, at least a pair for each code of
     *     {@link FaultPlan#PAIR_CODES} (42), and not 2 to 6 more than a multiple of 500 (a last cluster
     *     of fewer than 8 studios misses a stage)
     * @param rate the faults of each code per studio (per alliance, umbrella alliance or cluster for
     *     their codes), 0 to 0.01; at least one of each code is injected, of the cluster codes from two
     *     clusters on
     * @param seed the seed
     * @return the data set
     */
    public static NationalData of(long studios, double rate, long seed) {
        return new NationalData(studios, rate, seed);
    }

    /**
     * Writes the data set to a file, replacing it, and its manifest and {@link #POLICY} beside it.
     *
     * @param file the JSON Lines file, not null
     * @return the manifest, also written to {@link NationalManifest#pathOf(Path)}; the policy goes to
     *     {@link #policyPathOf(Path)}, for the command line and the Spark example
     */
    public NationalManifest write(Path file) {
        NationalManifest.Counter counter = new NationalManifest.Counter();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                JsonLinesWriter writer = JsonLinesWriter.to(out)) {
            long clusters = clusterCount(studios);
            for (long k = 0; k < clusters; k++) {
                institutions(k).forEach(writer::institution);
                counter.lines += 6;
            }
            alliances.institutions(writer, counter);
            for (long k = 0; k < clusters; k++) {
                writer.cluster(cluster(k));
                counter.lines++;
            }
            for (long s = 0; s < studios; s++) {
                persons(s, writer, counter);
            }
            alliances.staff(writer, counter);
            for (long s = 0; s < studios; s++) {
                Studio studio = studio(s);
                writer.studio(clusterId(s / STUDIOS_PER_CLUSTER), studio);
                counter.lines++;
                counter.memberships += studio.memberships().size();
            }
            alliances.children(writer, counter);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        NationalManifest manifest = new NationalManifest(studios, rate, seed, AS_OF, counter.lines, counter.persons,
                counter.memberships, faults.expected());
        manifest.write(NationalManifest.pathOf(file));
        PolicyWriter.pretty().write(POLICY, policyPathOf(file));
        return manifest;
    }

    /**
     * Returns where {@link #write} puts the policy of a data file.
     *
     * @param data the JSON Lines file, such as {@code national.jsonl}, not null
     * @return such as {@code national.policy.json}
     */
    public static Path policyPathOf(Path data) {
        return data.resolveSibling(data.getFileName().toString().replaceFirst("\\.jsonl$", "") + ".policy.json");
    }

    private static long clusterCount(long studios) {
        return (studios + STUDIOS_PER_CLUSTER - 1) / STUDIOS_PER_CLUSTER;
    }

    /**
     * Returns the findings the file's validation must report, per code.
     *
     * @return the count per injected code
     */
    Map<String, Long> expected() {
        return faults.expected();
    }

    private static ClusterId clusterId(long k) {
        return ClusterId.of("c" + k);
    }

    private static InstitutionId institution(long k, String part) {
        return InstitutionId.of("c" + k + "-" + part);
    }

    private static List<Institution> institutions(long k) {
        RegionCode region = Regions.district(k);
        String place = "合成示例" + Regions.province(region) + "第" + k + "区";
        return List.of(
                Institution.of(institution(k, "bureau"), place + "教育局", InstitutionKind.EDUCATION_BUREAU, region),
                Institution.of(institution(k, "institute"), place + "教育发展研究院", InstitutionKind.RESEARCH_INSTITUTE,
                        region),
                Institution.of(school(k, Stage.PRESCHOOL), place + "示例幼儿园", InstitutionKind.KINDERGARTEN, region),
                Institution.of(school(k, Stage.PRIMARY), place + "示例小学", InstitutionKind.SCHOOL, region),
                Institution.of(school(k, Stage.JUNIOR_SECONDARY), place + "示例初级中学", InstitutionKind.SCHOOL, region),
                Institution.of(school(k, Stage.SENIOR_SECONDARY), place + "示例高级中学", InstitutionKind.SCHOOL, region));
    }

    private static InstitutionId school(long k, Stage stage) {
        return institution(k, stage.name().toLowerCase(java.util.Locale.ROOT));
    }

    private Cluster cluster(long k) {
        Optional<ClusterPlan> plan = Optional.empty();
        if ("CLUSTER_PLAN_COUNTS".equals(faults.ofCluster(k))) {
            // As a fault, a plan that counts the cluster's studios of each type, and one studio too many of
            // the type of its first.
            Map<String, Integer> counts = new TreeMap<>();
            for (long s = k * STUDIOS_PER_CLUSTER; s < Math.min(studios, (k + 1) * STUDIOS_PER_CLUSTER); s++) {
                counts.merge(profile(s).type().code(), 1, Integer::sum);
            }
            counts.merge(profile(k * STUDIOS_PER_CLUSTER).type().code(), 1, Integer::sum);
            plan = Optional.of(ClusterPlan.of(counts));
        }
        return new Cluster(clusterId(k), "合成示例第" + k + "区中小学教师集群研训共同体", Regions.district(k),
                institution(k, "bureau"), institution(k, "institute"), CYCLE_START.minusMonths(1), List.of(), plan);
    }

    /** What a pair of studios shares. */
    record Profile(StudioType type, Stage stage, Subject subject, InstitutionId school) {
    }

    Profile profile(long s) {
        long pair = s / 2;
        StudioType type = switch (Objects.requireNonNullElse(faults.ofPair(pair), "")) {
            // These faults fire on some studios only, so they choose the pair's type: under the policy,
            // principal studios need no one stage and subject, only famous-teacher studios need online
            // trainees, only new-teacher workshops bound their members' years of teaching, a skip of
            // more than two rungs needs a studio of rung 3 or more, and only a one-year cycle has its
            // mid-term window open by the as-of date.
            case "STUDIO_SAME_STAGE_SUBJECT", "STUDIO_ONLINE_TRAINEES" -> StudioType.FAMOUS_TEACHER_STUDIO;
            case "STUDIO_MEMBER_ELIGIBLE" -> StudioType.NEW_TEACHER_WORKSHOP;
            case "STUDIO_FAILED_CONTINUES" -> StudioType.BACKBONE_WORKSHOP;
            case "PERSON_LADDER_SKIP" -> StudioType.SPECIAL_GRADE_STUDIO;
            default -> people.typeOf(pair);
        };
        Stage stage = STAGES[(int) (pair % STAGES.length)];
        if (stage == Stage.PRESCHOOL && "CLUSTER_STAGE_COVERAGE".equals(faults.ofCluster(s / STUDIOS_PER_CLUSTER))) {
            // As a fault, the cluster's studios that would serve kindergartens serve primary schools.
            stage = Stage.PRIMARY;
        }
        Subject subject;
        if (type.equals(StudioType.PRINCIPAL_STUDIO)) {
            subject = Subject.GENERAL;
        } else if (stage == Stage.PRESCHOOL) {
            subject = Subject.EARLY_CHILDHOOD;
        } else {
            List<Subject> subjects = stage == Stage.PRIMARY ? PRIMARY_SUBJECTS : SECONDARY_SUBJECTS;
            subject = subjects.get((int) (pair / STAGES.length % subjects.size()));
        }
        return new Profile(type, stage, subject, school(s / STUDIOS_PER_CLUSTER, stage));
    }

    /** The fault of a studio: the fault of its pair, on the first studio of the pair. */
    private String faultOf(long s) {
        return s % 2 == 0 ? faults.ofPair(s / 2) : null;
    }

    private void persons(long s, JsonLinesWriter writer, NationalManifest.Counter counter) {
        Profile profile = profile(s);
        String fault = faultOf(s);
        writer.person(people.host(s, profile, "STUDIO_HOST_ELIGIBLE".equals(fault)));
        counter.persons++;
        counter.lines++;
        for (int i = 0; i < people.memberCount(s); i++) {
            if (i == 2 && "REF_UNKNOWN".equals(fault)) {
                continue;
            }
            var member = people.member(s, i, profile, i == 3 ? fault : null);
            writer.person(member);
            counter.persons++;
            counter.lines++;
            if (i == 2 && "ID_DUPLICATE".equals(fault)) {
                writer.person(member);
                counter.lines++;
            }
        }
    }

    Studio studio(long s) {
        Profile profile = profile(s);
        StudioType type = profile.type();
        String fault = faultOf(s);
        // As a fault, the host of a pair's first studio hosts its second too.
        long hosted = s % 2 == 1 && "PERSON_HOSTS_TOO_MANY".equals(faultOf(s ^ 1)) ? s ^ 1 : s;
        var host = people.host(hosted, profile, "STUDIO_HOST_ELIGIBLE".equals(fault));
        String name = "STUDIO_NAME_CONVENTION".equals(fault) ? "示范" + type.zh() : host.name() + people.suffix(type, host);
        int years = (type.form() == StudioForm.STUDIO ? 2 : 1) + ("STUDIO_CYCLE_LENGTH".equals(fault) ? 1 : 0);
        Studio.Builder builder = Studio.builder(StudioId.of("s" + s), name, type)
                .level("STUDIO_LEVEL_ABOVE_HONOUR".equals(fault) ? Level.NATIONAL : Level.DISTRICT)
                .hostInstitution(profile.school())
                .researchDirection(DIRECTIONS.get((int) (s % DIRECTIONS.size())))
                .stage(profile.stage())
                .subject(profile.subject())
                .cycle(Cycle.of(CYCLE_START, years))
                .membership(Membership.of(host.id(), "STUDIO_HOST_COUNT".equals(fault) ? Tier.ASSISTANT : Tier.HOST,
                        CYCLE_START))
                .activity(PlannedActivity.of("主持人示范课与专题讲座", HostDuty.NAVIGATOR, CYCLE_START.plusMonths(2)))
                .activity(PlannedActivity.of("课题研究与课堂实践", HostDuty.PRACTITIONER, CYCLE_START.plusMonths(8)));
        if ("STUDIO_FAILED_CONTINUES".equals(fault)) {
            // A failed mid-term evaluation, in its window, and the workshop still active.
            builder.evaluation(Evaluation.of(EvaluationKind.MID_TERM, LocalDate.of(2026, 2, 1), Grade.FAIL));
        }
        if ("STUDIO_EVALUATION_SCHEDULE".equals(fault)) {
            // A final evaluation a month into the cycle, far from the window around its end.
            builder.evaluation(Evaluation.of(EvaluationKind.FINAL, CYCLE_START.plusMonths(1), Grade.EXCELLENT));
        }
        if ("STUDIO_CERTIFICATE_HOLDER".equals(fault)) {
            // A certificate for a member of the partner studio, who holds no place in this one.
            builder.certificate(Certificate.certificate(profile.school(), CYCLE_START.plusMonths(3),
                    people.memberId(s ^ 1, 4)));
        }
        if (!"STUDIO_HOST_DUTIES".equals(fault)) {
            builder.activity(PlannedActivity.of("师徒结对课例研磨", HostDuty.INHERITOR, CYCLE_START.plusMonths(4)));
        }
        int members = "STUDIO_MEMBER_COUNT".equals(fault) ? 2 : people.memberCount(s);
        for (int i = 0; i < members; i++) {
            PersonId member = people.memberId(s, i);
            if (i == 2 && "STUDIO_DUPLICATE_MEMBER".equals(fault)) {
                builder.membership(new Membership(member, Tier.MEMBER, CYCLE_START, Optional.of(LEFT)));
                builder.membership(Membership.of(member, Tier.MEMBER, LocalDate.of(2025, 12, 1)));
            } else if (i == 2 && "STUDIO_MEMBERSHIP_OUTSIDE_CYCLE".equals(fault)) {
                builder.membership(Membership.of(member, Tier.MEMBER, CYCLE_START.minusDays(17)));
            } else {
                builder.membership(Membership.of(member, Tier.MEMBER, CYCLE_START));
            }
        }
        long partner = s ^ 1;
        // The host mentors its first member (every studio has one, faults included); as the fault, a
        // member of the partner studio who is not in this one.
        builder.mentoringPair(MentoringPair.of(host.id(), "STUDIO_MENTORING_PAIRS".equals(fault)
                ? people.memberId(partner, 4) : people.memberId(s, 0)));
        for (int i = 0; i < 2; i++) {
            builder.membership(new Membership(people.memberId(partner, i), Tier.MEMBER, CYCLE_START, Optional.of(LEFT)));
        }
        // Members of the partner studio follow this one online, as many as the policy asks (from member
        // 5 on: the mentoring and certificate faults name member 4, who must hold no place here, and
        // every studio has members 0 to 7); as the fault, none.
        int trainees = "STUDIO_ONLINE_TRAINEES".equals(fault) ? 0 : POLICY.studios().types().get(type.code())
                .minOnlineTrainees();
        for (int i = 0; i < trainees; i++) {
            builder.membership(Membership.of(people.memberId(partner, 5 + i), Tier.ONLINE_TRAINEE, CYCLE_START));
        }
        if (s % 2 == 1 && "PERSON_JOINS_TOO_MANY".equals(faultOf(partner))) {
            builder.membership(Membership.of(people.memberId(partner, 2), Tier.MEMBER, CYCLE_START));
        }
        return builder.build();
    }
}
