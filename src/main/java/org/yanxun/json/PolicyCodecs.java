package org.yanxun.json;

import static org.yanxun.json.ObjectCodec.at;

import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
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
import org.yanxun.Tier;
import org.yanxun.Title;
import org.yanxun.policy.AlliancePolicy;
import org.yanxun.policy.ClusterPolicy;
import org.yanxun.policy.Confidence;
import org.yanxun.policy.ExchangeLimits;
import org.yanxun.policy.GradeOutcome;
import org.yanxun.policy.MemberEligibility;
import org.yanxun.policy.PlanStructure;
import org.yanxun.policy.Policy;
import org.yanxun.policy.ProvinceQuota;
import org.yanxun.policy.Severity;
import org.yanxun.policy.StudioPolicy;
import org.yanxun.policy.StudioTypePolicy;

/**
 * Codecs of the policy document: one property per record component of {@link Policy} and its parts,
 * enumeration-keyed maps keyed by codes, sets written in their natural order.
 */
final class PolicyCodecs {

    /** The {@code kind} of a policy document. */
    static final String KIND = "policy";


    static final ObjectCodec<MemberEligibility> MEMBERS = ObjectCodec.<MemberEligibility>of("成员条件", "member eligibility")
            .optional("minTeachingYears", Scalars.INT, m -> boxed(m.minTeachingYears()))
            .optional("maxTeachingYears", Scalars.INT, m -> boxed(m.maxTeachingYears()))
            .optional("maxAge", Scalars.INT, m -> boxed(m.maxAge()))
            .required("sameStage", Scalars.BOOLEAN, MemberEligibility::sameStage)
            .required("sameSubject", Scalars.BOOLEAN, MemberEligibility::sameSubject)
            .build(v -> new MemberEligibility(unboxed(at(v, 0)), unboxed(at(v, 1)), unboxed(at(v, 2)),
                    (Boolean) at(v, 3), (Boolean) at(v, 4)));

    static final ObjectCodec<StudioTypePolicy> STUDIO_TYPE = ObjectCodec.<StudioTypePolicy>of("工作室类型政策", "studio type policy")
            .required("type", EntityCodecs.STUDIO_TYPE, StudioTypePolicy::type)
            .required("cycleYears", Scalars.INT, StudioTypePolicy::cycleYears)
            .required("minMembers", Scalars.INT, StudioTypePolicy::minMembers)
            .required("maxMembers", Scalars.INT, StudioTypePolicy::maxMembers)
            .required("minOnlineTrainees", Scalars.INT, StudioTypePolicy::minOnlineTrainees)
            .requiredList("hostCriteria", HostCriterionCodec.INSTANCE, StudioTypePolicy::hostCriteria)
            .required("members", MEMBERS, StudioTypePolicy::members)
            .build(v -> new StudioTypePolicy(at(v, 0), (Integer) at(v, 1), (Integer) at(v, 2), (Integer) at(v, 3),
                    (Integer) at(v, 4), at(v, 5), at(v, 6)));

    static final ObjectCodec<StudioPolicy> STUDIOS = ObjectCodec.<StudioPolicy>of("工作室政策", "studio policy")
            .required("types", MapCodec.byStudioTypeCode(STUDIO_TYPE), StudioPolicy::types)
            .required("hostsPerStudio", Scalars.INT, StudioPolicy::hostsPerStudio)
            .required("maxHostedAtOnce", Scalars.INT, StudioPolicy::maxHostedAtOnce)
            .required("maxJoinedAtOnce", Scalars.INT, StudioPolicy::maxJoinedAtOnce)
            .required("newTeacherMaxYears", Scalars.INT, StudioPolicy::newTeacherMaxYears)
            .required("ladderMaxStep", Scalars.INT, StudioPolicy::ladderMaxStep)
            .required("honourRungs", MapCodec.byCode(HonourKind.class, Scalars.INT), StudioPolicy::honourRungs)
            .collection("honourTitles", MapCodec.byCode(HonourKind.class, Scalars.enumeration(Title.class)),
                    StudioPolicy::honourTitles, TreeMap::new)
            .collection("honourLevels", MapCodec.byCode(HonourKind.class,
                    ArrayCodec.set(Scalars.enumeration(Level.class), () -> EnumSet.noneOf(Level.class))),
                    StudioPolicy::honourLevels, TreeMap::new)
            .required("titleOnlyMaxLevel", Scalars.enumeration(Level.class), StudioPolicy::titleOnlyMaxLevel)
            .required("grades", MapCodec.byCode(Grade.class, Scalars.named(GradeOutcome.class)), StudioPolicy::grades)
            .required("evaluationWindowMonths", Scalars.INT, StudioPolicy::evaluationWindowMonths)
            .required("midTermMinCycleYears", Scalars.INT, StudioPolicy::midTermMinCycleYears)
            .set("requiredDuties", Scalars.enumeration(HostDuty.class), () -> EnumSet.noneOf(HostDuty.class),
                    s -> new TreeSet<>(s.requiredDuties()))
            .requiredSet("mentorTiers", Scalars.enumeration(Tier.class), () -> EnumSet.noneOf(Tier.class),
                    s -> new TreeSet<>(s.mentorTiers()))
            .set("certificateTiers", Scalars.enumeration(Tier.class), () -> EnumSet.noneOf(Tier.class),
                    s -> new TreeSet<>(s.certificateTiers()))
            .required("maxApprenticesPerMentor", Scalars.INT, StudioPolicy::maxApprenticesPerMentor)
            .required("nameIncludesHost", Scalars.BOOLEAN, StudioPolicy::nameIncludesHost)
            .build(v -> new StudioPolicy(at(v, 0), (Integer) at(v, 1), (Integer) at(v, 2), (Integer) at(v, 3),
                    (Integer) at(v, 4), (Integer) at(v, 5), at(v, 6), at(v, 7), at(v, 8), at(v, 9), at(v, 10),
                    (Integer) at(v, 11), (Integer) at(v, 12), at(v, 13), at(v, 14), at(v, 15), (Integer) at(v, 16),
                    (Boolean) at(v, 17)));

    static final ObjectCodec<ClusterPolicy> CLUSTERS = ObjectCodec.<ClusterPolicy>of("集群政策", "cluster policy")
            .set("requiredStages", Scalars.enumeration(Stage.class), () -> EnumSet.noneOf(Stage.class),
                    c -> new TreeSet<>(c.requiredStages()))
            .required("planCountTolerance", Scalars.INT, ClusterPolicy::planCountTolerance)
            .build(v -> new ClusterPolicy(at(v, 0), (Integer) at(v, 1)));

    static final ObjectCodec<ProvinceQuota> QUOTA = ObjectCodec.<ProvinceQuota>of("省份名额", "province quota")
            .required("province", Scalars.enumeration(Province.class), ProvinceQuota::province)
            .required("min", Scalars.INT, ProvinceQuota::min)
            .required("max", Scalars.INT, ProvinceQuota::max)
            .build(v -> new ProvinceQuota(at(v, 0), (Integer) at(v, 1), (Integer) at(v, 2)));

    static final ObjectCodec<PlanStructure> PLAN = ObjectCodec.<PlanStructure>of("规划结构", "plan structure")
            .required("mechanisms", Scalars.INT, PlanStructure::mechanisms)
            .required("resourceKinds", Scalars.INT, PlanStructure::resourceKinds)
            .required("topics", Scalars.INT, PlanStructure::topics)
            .required("activityKinds", Scalars.INT, PlanStructure::activityKinds)
            .required("keyTasks", Scalars.INT, PlanStructure::keyTasks)
            .build(v -> new PlanStructure((Integer) at(v, 0), (Integer) at(v, 1), (Integer) at(v, 2),
                    (Integer) at(v, 3), (Integer) at(v, 4)));

    static final ObjectCodec<ExchangeLimits> EXCHANGE = ObjectCodec.<ExchangeLimits>of("交流要求", "exchange requirement")
            .required("requiredPost", Scalars.enumeration(Post.class), ExchangeLimits::requiredPost)
            .required("minDays", Scalars.INT, ExchangeLimits::minDays)
            .required("maxDays", Scalars.INT, ExchangeLimits::maxDays)
            .build(v -> new ExchangeLimits(at(v, 0), (Integer) at(v, 1), (Integer) at(v, 2)));

    static final ObjectCodec<AlliancePolicy> ALLIANCES = ObjectCodec.<AlliancePolicy>of("联盟政策", "alliance policy")
            .required("leadUnits", Scalars.INT, AlliancePolicy::leadUnits)
            .requiredSet("memberKinds", Scalars.enumeration(InstitutionKind.class),
                    () -> EnumSet.noneOf(InstitutionKind.class), a -> new TreeSet<>(a.memberKinds()))
            .list("compositionQuotas", QUOTA, AlliancePolicy::compositionQuotas)
            .required("planRequired", Scalars.BOOLEAN, AlliancePolicy::planRequired)
            .required("planYears", Scalars.INT, AlliancePolicy::planYears)
            .required("planStructure", PLAN, AlliancePolicy::planStructure)
            .required("minSessionsPerYear", Scalars.INT, AlliancePolicy::minSessionsPerYear)
            .required("maxConsecutiveHostings", Scalars.INT, AlliancePolicy::maxConsecutiveHostings)
            .required("minExternalExperts", Scalars.INT, AlliancePolicy::minExternalExperts)
            .required("exchanges", MapCodec.byCode(ExchangeKind.class, EXCHANGE), AlliancePolicy::exchanges)
            .required("reciprocityTolerance", Scalars.INT, AlliancePolicy::reciprocityTolerance)
            .set("requiredExchangeKinds", Scalars.enumeration(ExchangeKind.class),
                    () -> EnumSet.noneOf(ExchangeKind.class), a -> new TreeSet<>(a.requiredExchangeKinds()))
            .set("resourceKinds", Scalars.enumeration(ResourceKind.class), () -> EnumSet.noneOf(ResourceKind.class),
                    a -> new TreeSet<>(a.resourceKinds()))
            .required("freshnessMonths", Scalars.INT, AlliancePolicy::freshnessMonths)
            .required("sharingGraceMonths", Scalars.INT, AlliancePolicy::sharingGraceMonths)
            .build(v -> new AlliancePolicy((Integer) at(v, 0), at(v, 1), at(v, 2), (Boolean) at(v, 3),
                    (Integer) at(v, 4), at(v, 5), (Integer) at(v, 6), (Integer) at(v, 7), (Integer) at(v, 8),
                    at(v, 9), (Integer) at(v, 10), at(v, 11), at(v, 12), (Integer) at(v, 13), (Integer) at(v, 14)));

    static final ObjectCodec<Policy> POLICY = ObjectCodec.<Policy>of("政策", "policy")
            .required("schemaVersion", Scalars.constant(DatasetCodec.SCHEMA_VERSION), p -> DatasetCodec.SCHEMA_VERSION)
            .required("kind", Scalars.constant(KIND), p -> KIND)
            .required("id", Scalars.TEXT, Policy::id)
            .required("nameZh", Scalars.TEXT, Policy::nameZh)
            .required("nameEn", Scalars.TEXT, Policy::nameEn)
            .required("source", Scalars.TEXT, Policy::source)
            .required("confidence", Scalars.named(Confidence.class), Policy::confidence)
            .required("effectiveFrom", Scalars.DATE, Policy::effectiveFrom)
            .optional("effectiveUntil", Scalars.DATE, Policy::effectiveUntil)
            .required("studios", STUDIOS, Policy::studios)
            .required("clusters", CLUSTERS, Policy::clusters)
            .required("alliances", ALLIANCES, Policy::alliances)
            .collection("severities", new MapCodec<>(Function.identity(), Function.identity(), "规则代码", "rule code",
                    Scalars.named(Severity.class)), Policy::severities, TreeMap::new)
            .set("disabledRules", Scalars.TEXT, TreeSet::new, Policy::disabledRules)
            .build(v -> new Policy(at(v, 2), at(v, 3), at(v, 4), at(v, 5), at(v, 6), at(v, 7), at(v, 8), at(v, 9),
                    at(v, 10), at(v, 11), at(v, 12), at(v, 13)));

    private PolicyCodecs() {
    }

    private static Optional<Integer> boxed(OptionalInt value) {
        return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
    }

    private static OptionalInt unboxed(Optional<Integer> value) {
        return value.map(OptionalInt::of).orElse(OptionalInt.empty());
    }
}
