package org.yanxun.json;

import static org.yanxun.json.ObjectCodec.at;

import java.util.EnumSet;
import java.util.TreeSet;
import org.yanxun.Alliance;
import org.yanxun.Cluster;
import org.yanxun.Exchange;
import org.yanxun.ExchangeKind;
import org.yanxun.Institution;
import org.yanxun.InstitutionKind;
import org.yanxun.JointSession;
import org.yanxun.Level;
import org.yanxun.ParticipantLayer;
import org.yanxun.Person;
import org.yanxun.Post;
import org.yanxun.ProjectCommunity;
import org.yanxun.ResourceKind;
import org.yanxun.SessionKind;
import org.yanxun.SessionMode;
import org.yanxun.SharedResource;
import org.yanxun.Stage;
import org.yanxun.Studio;
import org.yanxun.StudioForm;
import org.yanxun.StudioStatus;
import org.yanxun.StudioType;
import org.yanxun.Title;

/**
 * Codecs of the entities of the model, one per entity schema: the same codec reads and writes an
 * entity in a dataset document and in a JSON Lines record.
 */
final class EntityCodecs {

    static final ObjectCodec<Person> PERSON = ObjectCodec.<Person>of("人员", "person")
            .required("id", ValueCodecs.PERSON_ID, Person::id)
            .required("name", Scalars.TEXT, Person::name)
            .required("synthetic", Scalars.BOOLEAN, Person::synthetic)
            .optional("birthDate", Scalars.DATE, Person::birthDate)
            .optional("title", Scalars.enumeration(Title.class), Person::title)
            .list("honours", ValueCodecs.HONOUR, Person::honours)
            .set("posts", Scalars.enumeration(Post.class), () -> EnumSet.noneOf(Post.class), Person::posts)
            .set("stages", Scalars.enumeration(Stage.class), () -> EnumSet.noneOf(Stage.class), Person::stages)
            .set("subjects", ValueCodecs.SUBJECT, TreeSet::new, Person::subjects)
            .optional("employer", ValueCodecs.INSTITUTION_ID, Person::employer)
            .optional("teachingSince", Scalars.DATE, Person::teachingSince)
            .build(v -> new Person(at(v, 0), at(v, 1), (Boolean) at(v, 2), at(v, 3), at(v, 4), at(v, 5),
                    at(v, 6), at(v, 7), at(v, 8), at(v, 9), at(v, 10)));

    static final ObjectCodec<Institution> INSTITUTION = ObjectCodec.<Institution>of("机构", "institution")
            .required("id", ValueCodecs.INSTITUTION_ID, Institution::id)
            .required("name", Scalars.TEXT, Institution::name)
            .required("kind", Scalars.enumeration(InstitutionKind.class), Institution::kind)
            .required("region", ValueCodecs.REGION, Institution::region)
            .optional("creditCode", ValueCodecs.CREDIT_CODE, Institution::creditCode)
            .build(v -> new Institution(at(v, 0), at(v, 1), at(v, 2), at(v, 3), at(v, 4)));

    static final ObjectCodec<StudioType> STUDIO_TYPE = ObjectCodec.<StudioType>of("工作室类型", "studio type")
            .required("code", Scalars.TEXT, StudioType::code)
            .required("form", Scalars.enumeration(StudioForm.class), StudioType::form)
            .required("rung", Scalars.INT, StudioType::rung)
            .required("zh", Scalars.TEXT, StudioType::zh)
            .required("en", Scalars.TEXT, StudioType::en)
            .build(v -> new StudioType(at(v, 0), at(v, 1), (Integer) at(v, 2), at(v, 3), at(v, 4)));

    static final ObjectCodec<Studio> STUDIO = ObjectCodec.<Studio>of("工作室", "studio")
            .required("id", ValueCodecs.STUDIO_ID, Studio::id)
            .required("name", Scalars.TEXT, Studio::name)
            .required("type", ValueCodecs.STUDIO_TYPE_REF, Studio::type)
            .required("level", Scalars.enumeration(Level.class), Studio::level)
            .required("hostInstitution", ValueCodecs.INSTITUTION_ID, Studio::hostInstitution)
            .required("researchDirection", Scalars.TEXT, Studio::researchDirection)
            .set("stages", Scalars.enumeration(Stage.class), () -> EnumSet.noneOf(Stage.class), Studio::stages)
            .set("subjects", ValueCodecs.SUBJECT, TreeSet::new, Studio::subjects)
            .required("cycle", ValueCodecs.CYCLE, Studio::cycle)
            .required("status", Scalars.enumeration(StudioStatus.class), Studio::status)
            .list("memberships", ValueCodecs.MEMBERSHIP, Studio::memberships)
            .list("evaluations", ValueCodecs.EVALUATION, Studio::evaluations)
            .list("activities", ValueCodecs.ACTIVITY, Studio::activities)
            .list("mentoringPairs", ValueCodecs.MENTORING_PAIR, Studio::mentoringPairs)
            .list("certificates", ValueCodecs.CERTIFICATE, Studio::certificates)
            .build(v -> new Studio(at(v, 0), at(v, 1), at(v, 2), at(v, 3), at(v, 4), at(v, 5), at(v, 6), at(v, 7),
                    at(v, 8), at(v, 9), at(v, 10), at(v, 11), at(v, 12), at(v, 13), at(v, 14)));

    static final ObjectCodec<Cluster> CLUSTER = ObjectCodec.<Cluster>of("集群", "cluster")
            .required("id", ValueCodecs.CLUSTER_ID, Cluster::id)
            .required("name", Scalars.TEXT, Cluster::name)
            .required("region", ValueCodecs.REGION, Cluster::region)
            .required("organiser", ValueCodecs.INSTITUTION_ID, Cluster::organiser)
            .required("undertaker", ValueCodecs.INSTITUTION_ID, Cluster::undertaker)
            .required("launchedOn", Scalars.DATE, Cluster::launchedOn)
            .list("studios", STUDIO, Cluster::studios)
            .optional("plan", ValueCodecs.CLUSTER_PLAN, Cluster::plan)
            .build(v -> new Cluster(at(v, 0), at(v, 1), at(v, 2), at(v, 3), at(v, 4), at(v, 5), at(v, 6), at(v, 7)));

    /** A cluster in a JSON Lines record: its studios are records of their own. */
    static final ObjectCodec<Cluster> CLUSTER_LINE = CLUSTER.without("studios");

    static final ObjectCodec<JointSession> SESSION = ObjectCodec.<JointSession>of("联合研修", "session")
            .required("id", ValueCodecs.SESSION_ID, JointSession::id)
            .required("date", Scalars.DATE, JointSession::date)
            .required("theme", Scalars.TEXT, JointSession::theme)
            .required("kind", Scalars.enumeration(SessionKind.class), JointSession::kind)
            .required("mode", Scalars.enumeration(SessionMode.class), JointSession::mode)
            .list("units", ValueCodecs.SESSION_UNIT, JointSession::units)
            .set("layers", Scalars.enumeration(ParticipantLayer.class), () -> EnumSet.noneOf(ParticipantLayer.class),
                    JointSession::layers)
            .list("experts", ValueCodecs.EXPERT, JointSession::experts)
            .list("presentations", ValueCodecs.PRESENTATION, JointSession::presentations)
            .build(v -> new JointSession(at(v, 0), at(v, 1), at(v, 2), at(v, 3), at(v, 4), at(v, 5), at(v, 6),
                    at(v, 7), at(v, 8)));

    static final ObjectCodec<Exchange> EXCHANGE = ObjectCodec.<Exchange>of("交流", "exchange")
            .required("id", ValueCodecs.EXCHANGE_ID, Exchange::id)
            .required("kind", Scalars.enumeration(ExchangeKind.class), Exchange::kind)
            .required("from", ValueCodecs.INSTITUTION_ID, Exchange::from)
            .required("to", ValueCodecs.INSTITUTION_ID, Exchange::to)
            .list("participants", ValueCodecs.PERSON_ID, Exchange::participants)
            .required("start", Scalars.DATE, Exchange::start)
            .required("end", Scalars.DATE, Exchange::end)
            .build(v -> new Exchange(at(v, 0), at(v, 1), at(v, 2), at(v, 3), at(v, 4), at(v, 5), at(v, 6)));

    static final ObjectCodec<SharedResource> RESOURCE = ObjectCodec.<SharedResource>of("资源", "resource")
            .required("id", ValueCodecs.RESOURCE_ID, SharedResource::id)
            .required("title", Scalars.TEXT, SharedResource::title)
            .required("kind", Scalars.enumeration(ResourceKind.class), SharedResource::kind)
            .required("contributor", ValueCodecs.INSTITUTION_ID, SharedResource::contributor)
            .required("createdOn", Scalars.DATE, SharedResource::createdOn)
            .required("lastReviewedOn", Scalars.DATE, SharedResource::lastReviewedOn)
            .required("shared", Scalars.BOOLEAN, SharedResource::shared)
            .build(v -> new SharedResource(at(v, 0), at(v, 1), at(v, 2), at(v, 3), at(v, 4), at(v, 5),
                    (Boolean) at(v, 6)));

    static final ObjectCodec<Alliance> ALLIANCE = ObjectCodec.<Alliance>of("联盟", "alliance")
            .required("id", ValueCodecs.ALLIANCE_ID, Alliance::id)
            .required("name", Scalars.TEXT, Alliance::name)
            .optional("parent", ValueCodecs.ALLIANCE_ID, Alliance::parent)
            .list("members", ValueCodecs.ALLIANCE_MEMBER, Alliance::members)
            .optional("plan", ValueCodecs.ALLIANCE_PLAN, Alliance::plan)
            .list("sessions", SESSION, Alliance::sessions)
            .list("exchanges", EXCHANGE, Alliance::exchanges)
            .list("resources", RESOURCE, Alliance::resources)
            .build(v -> new Alliance(at(v, 0), at(v, 1), at(v, 2), at(v, 3), at(v, 4), at(v, 5), at(v, 6), at(v, 7)));

    /** An alliance in a JSON Lines record: its sessions, exchanges and resources are records of their own. */
    static final ObjectCodec<Alliance> ALLIANCE_LINE = ALLIANCE.without("sessions", "exchanges", "resources");

    static final ObjectCodec<ProjectCommunity> PROJECT = ObjectCodec.<ProjectCommunity>of("项目", "project")
            .required("id", ValueCodecs.PROJECT_ID, ProjectCommunity::id)
            .required("title", Scalars.TEXT, ProjectCommunity::title)
            .required("period", ValueCodecs.DATE_RANGE, ProjectCommunity::period)
            .list("goals", Scalars.TEXT, ProjectCommunity::goals)
            .list("members", ValueCodecs.PROJECT_MEMBER, ProjectCommunity::members)
            .build(v -> new ProjectCommunity(at(v, 0), at(v, 1), at(v, 2), at(v, 3), at(v, 4)));

    private EntityCodecs() {
    }
}
