package org.yanxun.json;

import static org.yanxun.json.ObjectCodec.at;

import java.util.EnumSet;
import java.util.SortedMap;
import org.yanxun.AllianceId;
import org.yanxun.AllianceMember;
import org.yanxun.AlliancePlan;
import org.yanxun.Certificate;
import org.yanxun.CertificateKind;
import org.yanxun.ClusterId;
import org.yanxun.ClusterPlan;
import org.yanxun.CreditCode;
import org.yanxun.Cycle;
import org.yanxun.DateRange;
import org.yanxun.Evaluation;
import org.yanxun.EvaluationKind;
import org.yanxun.ExchangeId;
import org.yanxun.Expert;
import org.yanxun.Grade;
import org.yanxun.Honour;
import org.yanxun.HonourKind;
import org.yanxun.HostDuty;
import org.yanxun.InstitutionId;
import org.yanxun.Level;
import org.yanxun.Membership;
import org.yanxun.MentoringPair;
import org.yanxun.PersonId;
import org.yanxun.PlannedActivity;
import org.yanxun.Presentation;
import org.yanxun.ProjectId;
import org.yanxun.ProjectMember;
import org.yanxun.RegionCode;
import org.yanxun.ResourceId;
import org.yanxun.ResourceKind;
import org.yanxun.SessionId;
import org.yanxun.SessionKind;
import org.yanxun.SessionRole;
import org.yanxun.SessionUnit;
import org.yanxun.StudioId;
import org.yanxun.StudioType;
import org.yanxun.Subject;
import org.yanxun.Tier;
import org.yanxun.UnitRole;
import tools.jackson.core.JsonGenerator;

/**
 * Codecs of the value types of the model: identifiers, codes, and the small records that entities
 * hold (cycles, memberships, honours and so on).
 */
final class ValueCodecs {

    static final Codec<PersonId> PERSON_ID = Scalars.parsed(PersonId::new, PersonId::value);
    static final Codec<InstitutionId> INSTITUTION_ID = Scalars.parsed(InstitutionId::new, InstitutionId::value);
    static final Codec<StudioId> STUDIO_ID = Scalars.parsed(StudioId::new, StudioId::value);
    static final Codec<ClusterId> CLUSTER_ID = Scalars.parsed(ClusterId::new, ClusterId::value);
    static final Codec<AllianceId> ALLIANCE_ID = Scalars.parsed(AllianceId::new, AllianceId::value);
    static final Codec<SessionId> SESSION_ID = Scalars.parsed(SessionId::new, SessionId::value);
    static final Codec<ExchangeId> EXCHANGE_ID = Scalars.parsed(ExchangeId::new, ExchangeId::value);
    static final Codec<ResourceId> RESOURCE_ID = Scalars.parsed(ResourceId::new, ResourceId::value);
    static final Codec<ProjectId> PROJECT_ID = Scalars.parsed(ProjectId::new, ProjectId::value);
    static final Codec<RegionCode> REGION = Scalars.parsed(RegionCode::new, RegionCode::value);
    static final Codec<CreditCode> CREDIT_CODE = Scalars.parsed(CreditCode::new, CreditCode::value);
    /** Reads a built-in subject as its shared constant, checking only other codes' format. */
    static final Codec<Subject> SUBJECT = Scalars.parsed(Subject::of, Subject::code);

    /** A studio's {@code type}: a code resolved against the built-in and defined studio types. */
    static final Codec<StudioType> STUDIO_TYPE_REF = new Codec<>() {
        @Override
        public StudioType read(Cursor cursor) {
            String code = Scalars.TEXT.read(cursor);
            return code == null ? null : cursor.studioTypes().resolve(code, cursor);
        }

        @Override
        public void write(JsonGenerator generator, StudioType value) {
            generator.writeString(value.code());
        }
    };

    static final ObjectCodec<Cycle> CYCLE = ObjectCodec.<Cycle>of("周期", "cycle")
            .required("start", Scalars.DATE, Cycle::start)
            .required("years", Scalars.INT, Cycle::years)
            .build(v -> new Cycle(at(v, 0), (Integer) at(v, 1)));

    static final ObjectCodec<DateRange> DATE_RANGE = ObjectCodec.<DateRange>of("日期范围", "date range")
            .required("start", Scalars.DATE, DateRange::start)
            .required("end", Scalars.DATE, DateRange::end)
            .build(v -> new DateRange(at(v, 0), at(v, 1)));

    static final ObjectCodec<Honour> HONOUR = ObjectCodec.<Honour>of("荣誉", "honour")
            .required("kind", Scalars.enumeration(HonourKind.class), Honour::kind)
            .required("level", Scalars.enumeration(Level.class), Honour::level)
            .required("awardedOn", Scalars.DATE, Honour::awardedOn)
            .build(v -> new Honour(at(v, 0), at(v, 1), at(v, 2)));

    static final ObjectCodec<Membership> MEMBERSHIP = ObjectCodec.<Membership>of("成员身份", "membership")
            .required("person", PERSON_ID, Membership::person)
            .required("tier", Scalars.enumeration(Tier.class), Membership::tier)
            .required("joinedOn", Scalars.DATE, Membership::joinedOn)
            .optional("leftOn", Scalars.DATE, Membership::leftOn)
            .build(v -> new Membership(at(v, 0), at(v, 1), at(v, 2), at(v, 3)));

    static final ObjectCodec<Evaluation> EVALUATION = ObjectCodec.<Evaluation>of("考核", "evaluation")
            .required("kind", Scalars.enumeration(EvaluationKind.class), Evaluation::kind)
            .required("date", Scalars.DATE, Evaluation::date)
            .required("grade", Scalars.enumeration(Grade.class), Evaluation::grade)
            .build(v -> new Evaluation(at(v, 0), at(v, 1), at(v, 2)));

    static final ObjectCodec<PlannedActivity> ACTIVITY = ObjectCodec.<PlannedActivity>of("计划活动", "planned activity")
            .required("title", Scalars.TEXT, PlannedActivity::title)
            .required("duty", Scalars.enumeration(HostDuty.class), PlannedActivity::duty)
            .required("date", Scalars.DATE, PlannedActivity::date)
            .build(v -> new PlannedActivity(at(v, 0), at(v, 1), at(v, 2)));

    static final ObjectCodec<MentoringPair> MENTORING_PAIR = ObjectCodec.<MentoringPair>of("师徒结对", "mentoring pair")
            .required("mentor", PERSON_ID, MentoringPair::mentor)
            .required("apprentice", PERSON_ID, MentoringPair::apprentice)
            .build(v -> new MentoringPair(at(v, 0), at(v, 1)));

    static final ObjectCodec<Certificate> CERTIFICATE = ObjectCodec.<Certificate>of("证书", "certificate")
            .required("kind", Scalars.enumeration(CertificateKind.class), Certificate::kind)
            .required("issuer", INSTITUTION_ID, Certificate::issuer)
            .required("issuedOn", Scalars.DATE, Certificate::issuedOn)
            .optional("holder", PERSON_ID, Certificate::holder)
            .build(v -> new Certificate(at(v, 0), at(v, 1), at(v, 2), at(v, 3)));

    static final ObjectCodec<AllianceMember> ALLIANCE_MEMBER = ObjectCodec.<AllianceMember>of("联盟成员单位", "alliance member")
            .required("institution", INSTITUTION_ID, AllianceMember::institution)
            .required("role", Scalars.enumeration(UnitRole.class), AllianceMember::role)
            .build(v -> new AllianceMember(at(v, 0), at(v, 1)));

    static final ObjectCodec<AlliancePlan> ALLIANCE_PLAN = ObjectCodec.<AlliancePlan>of("联盟规划", "alliance plan")
            .required("title", Scalars.TEXT, AlliancePlan::title)
            .required("period", DATE_RANGE, AlliancePlan::period)
            .list("mechanisms", Scalars.TEXT, AlliancePlan::mechanisms)
            .set("resourceKinds", Scalars.enumeration(ResourceKind.class), () -> EnumSet.noneOf(ResourceKind.class),
                    AlliancePlan::resourceKinds)
            .list("topics", Scalars.TEXT, AlliancePlan::topics)
            .set("activityKinds", Scalars.enumeration(SessionKind.class), () -> EnumSet.noneOf(SessionKind.class),
                    AlliancePlan::activityKinds)
            .list("keyTasks", Scalars.TEXT, AlliancePlan::keyTasks)
            .build(v -> new AlliancePlan(at(v, 0), at(v, 1), at(v, 2), at(v, 3), at(v, 4), at(v, 5), at(v, 6)));

    static final ObjectCodec<SessionUnit> SESSION_UNIT = ObjectCodec.<SessionUnit>of("联合研修单位", "session unit")
            .required("institution", INSTITUTION_ID, SessionUnit::institution)
            .required("role", Scalars.enumeration(SessionRole.class), SessionUnit::role)
            .build(v -> new SessionUnit(at(v, 0), at(v, 1)));

    static final ObjectCodec<Expert> EXPERT = ObjectCodec.<Expert>of("专家", "expert")
            .required("name", Scalars.TEXT, Expert::name)
            .required("affiliation", Scalars.TEXT, Expert::affiliation)
            .optional("institution", INSTITUTION_ID, Expert::institution)
            .build(v -> new Expert(at(v, 0), at(v, 1), at(v, 2)));

    static final ObjectCodec<Presentation> PRESENTATION = ObjectCodec.<Presentation>of("发言", "presentation")
            .required("speaker", PERSON_ID, Presentation::speaker)
            .required("title", Scalars.TEXT, Presentation::title)
            .build(v -> new Presentation(at(v, 0), at(v, 1)));

    static final ObjectCodec<ProjectMember> PROJECT_MEMBER = ObjectCodec.<ProjectMember>of("项目成员", "project member")
            .required("person", PERSON_ID, ProjectMember::person)
            .required("institution", INSTITUTION_ID, ProjectMember::institution)
            .optional("studio", STUDIO_ID, ProjectMember::studio)
            .build(v -> new ProjectMember(at(v, 0), at(v, 1), at(v, 2)));


    /** The planned studio counts: an object from studio type code to a count. */
    private static final Codec<SortedMap<String, Integer>> STUDIO_COUNTS = MapCodec.byStudioTypeCode(Scalars.INT);

    static final ObjectCodec<ClusterPlan> CLUSTER_PLAN = ObjectCodec.<ClusterPlan>of("集群计划", "cluster plan")
            .required("studioCounts", STUDIO_COUNTS, ClusterPlan::studioCounts)
            .build(v -> new ClusterPlan(at(v, 0)));

    private ValueCodecs() {
    }
}
