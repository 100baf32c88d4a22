package org.yanxun.generators;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.yanxun.Alliance;
import org.yanxun.AllianceId;
import org.yanxun.AllianceMember;
import org.yanxun.AlliancePlan;
import org.yanxun.Certificate;
import org.yanxun.CertificateKind;
import org.yanxun.Cluster;
import org.yanxun.ClusterId;
import org.yanxun.ClusterPlan;
import org.yanxun.Dataset;
import org.yanxun.Evaluation;
import org.yanxun.EvaluationKind;
import org.yanxun.Exchange;
import org.yanxun.ExchangeId;
import org.yanxun.ExchangeKind;
import org.yanxun.Expert;
import org.yanxun.Grade;
import org.yanxun.Honour;
import org.yanxun.HonourKind;
import org.yanxun.HostDuty;
import org.yanxun.Institution;
import org.yanxun.InstitutionId;
import org.yanxun.InstitutionKind;
import org.yanxun.JointSession;
import org.yanxun.Membership;
import org.yanxun.MentoringPair;
import org.yanxun.ParticipantLayer;
import org.yanxun.Person;
import org.yanxun.PersonId;
import org.yanxun.PlannedActivity;
import org.yanxun.Post;
import org.yanxun.Presentation;
import org.yanxun.ProjectCommunity;
import org.yanxun.ProjectId;
import org.yanxun.ProjectMember;
import org.yanxun.ResourceId;
import org.yanxun.ResourceKind;
import org.yanxun.SessionId;
import org.yanxun.SessionKind;
import org.yanxun.SessionMode;
import org.yanxun.SessionRole;
import org.yanxun.SessionUnit;
import org.yanxun.SharedResource;
import org.yanxun.Stage;
import org.yanxun.Studio;
import org.yanxun.StudioId;
import org.yanxun.StudioStatus;
import org.yanxun.Tier;
import org.yanxun.Title;
import org.yanxun.UnitRole;

/**
 * Draws well-formed entities from a {@link Random}: every value passes the model's constructors, every
 * optional is sometimes empty and every list is sometimes empty. References point at random
 * identifiers, so a dataset of these entities is full of findings; {@link ValidDatasets} draws
 * datasets without errors.
 */
public class RandomEntities extends RandomModel {

    /**
     * Creates a source of entities.
     *
     * @param random the randomness, not null
     */
    public RandomEntities(Random random) {
        super(random);
    }

    public PersonId personId() {
        return PersonId.of(id("syn-p"));
    }

    public InstitutionId institutionId() {
        return InstitutionId.of(id("inst-"));
    }

    public Person person() {
        Optional<LocalDate> birth = maybe(this::date);
        LocalDate teachingFrom = birth.map(b -> b.plusYears(20)).orElseGet(this::date);
        return new Person(personId(), text(3), random.nextBoolean(), birth, maybe(() -> pick(Title.class)),
                listOf(2, () -> Honour.of(pick(HonourKind.class), level(), date())), subset(Post.class),
                subset(Stage.class), new java.util.TreeSet<>(subjects()), maybe(this::institutionId),
                maybe(() -> onOrAfter(teachingFrom)));
    }

    public Institution institution() {
        return new Institution(institutionId(), text(4), pick(InstitutionKind.class), region(), maybe(this::creditCode));
    }

    public Membership membership() {
        LocalDate joined = date();
        return new Membership(personId(), pick(Tier.class), joined, maybe(() -> onOrAfter(joined)));
    }

    public MentoringPair mentoringPair() {
        return MentoringPair.of(personId(), personId());
    }

    public Certificate certificate() {
        CertificateKind kind = pick(CertificateKind.class);
        return new Certificate(kind, institutionId(), date(),
                kind == CertificateKind.CERTIFICATE ? Optional.of(personId()) : Optional.empty());
    }

    public Studio studio() {
        return new Studio(StudioId.of(id("studio-")), text(4), studioType(), level(), institutionId(), text(6),
                subset(Stage.class), new java.util.TreeSet<>(subjects()), cycle(), pick(StudioStatus.class),
                listOf(4, this::membership),
                listOf(2, () -> Evaluation.of(pick(EvaluationKind.class), date(), pick(Grade.class))),
                listOf(2, () -> PlannedActivity.of(text(3), pick(HostDuty.class), date())),
                listOf(2, this::mentoringPair), listOf(2, this::certificate));
    }

    public Cluster cluster() {
        return new Cluster(ClusterId.of(id("cluster-")), text(3), region(), institutionId(), institutionId(), date(),
                listOf(3, this::studio), maybe(() -> new ClusterPlan(studioCounts())));
    }

    public JointSession session() {
        return new JointSession(SessionId.of(id("session-")), date(), text(5), pick(SessionKind.class),
                pick(SessionMode.class), listOf(3, () -> SessionUnit.of(institutionId(), pick(SessionRole.class))),
                subset(ParticipantLayer.class),
                listOf(2, () -> new Expert(text(2), text(3), maybe(this::institutionId))),
                listOf(2, () -> Presentation.of(personId(), text(4))));
    }

    public Exchange exchange() {
        LocalDate start = date();
        return new Exchange(ExchangeId.of(id("exchange-")), pick(ExchangeKind.class), institutionId(), institutionId(),
                listOf(3, this::personId), start, onOrAfter(start));
    }

    public SharedResource resource() {
        LocalDate created = date();
        return new SharedResource(ResourceId.of(id("resource-")), text(4), pick(ResourceKind.class), institutionId(),
                created, onOrAfter(created), random.nextBoolean());
    }

    public Alliance alliance() {
        AllianceId id = AllianceId.of(id("alliance-"));
        return new Alliance(id, text(3), maybe(() -> AllianceId.of(id("parent-"))),
                listOf(3, () -> AllianceMember.of(institutionId(), pick(UnitRole.class))),
                maybe(() -> new AlliancePlan(text(3), range(), texts(3), subset(ResourceKind.class), texts(3),
                        subset(SessionKind.class), texts(2))),
                listOf(2, this::session), listOf(2, this::exchange), listOf(2, this::resource));
    }

    public ProjectCommunity project() {
        return new ProjectCommunity(ProjectId.of(id("project-")), text(3), range(), texts(3),
                listOf(3, () -> new ProjectMember(personId(), institutionId(), maybe(() -> StudioId.of(id("studio-"))))));
    }

    public Dataset dataset() {
        return Dataset.of(listOf(4, this::person), listOf(3, this::institution), listOf(3, this::cluster),
                listOf(2, this::alliance), listOf(2, this::project));
    }

    /** Lists of a size, for benchmarks and scale tests. */
    public List<Studio> studios(int count) {
        return java.util.stream.Stream.generate(this::studio).limit(count).toList();
    }
}
