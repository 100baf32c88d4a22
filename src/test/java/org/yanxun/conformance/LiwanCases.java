package org.yanxun.conformance;

import static org.yanxun.conformance.ConformanceCases.liwan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.yanxun.Certificate;
import org.yanxun.Cluster;
import org.yanxun.CreditCode;
import org.yanxun.Dataset;
import org.yanxun.Evaluation;
import org.yanxun.EvaluationKind;
import org.yanxun.Grade;
import org.yanxun.HostDuty;
import org.yanxun.InstitutionId;
import org.yanxun.Level;
import org.yanxun.Membership;
import org.yanxun.Person;
import org.yanxun.PersonId;
import org.yanxun.RegionCode;
import org.yanxun.Stage;
import org.yanxun.Studio;
import org.yanxun.StudioStatus;
import org.yanxun.Subject;
import org.yanxun.Tier;
import org.yanxun.rules.catalogue.Mutations;

/**
 * The kit's cases that break a rule on the institutions, cluster, studios or people of {@code liwan-mini},
 * each a small mutation of it.
 *
 * <p>{@code liwan-mini} holds eight studios: 0-3 special-grade (3 with a host who holds the 正高级 title
 * but no honour), 4 a principal studio, 5 a famous-teacher studio, 6 a backbone and 7 a new-teacher
 * workshop. Each has its host at membership 0, its assistant at 1 and six members at 2 to 7.
 */
final class LiwanCases {

    private static final LocalDate LAUNCH = LocalDate.of(2026, 1, 9);
    private static final InstitutionId BUREAU = InstitutionId.of("liwan-edu-bureau");

    private LiwanCases() {
    }

    static List<ConformanceCases.Case> all(Dataset mini) {
        PersonId member = personAt(mini, 0, 2);
        PersonId newTeacher = personAt(mini, 7, 2);
        return List.of(
                liwan("cluster-region-a-city", "The cluster's region is the city of Guangzhou (440100), not the Liwan "
                        + "district", Mutations.cluster(mini, c -> new Cluster(c.id(), c.name(),
                                RegionCode.parse("440100"), c.organiser(), c.undertaker(), c.launchedOn(), c.studios(),
                                c.plan()))),
                liwan("credit-code-elsewhere", "The research institute's (synthetic) credit code was issued in "
                        + "Chongqing (500110), where the institute is in Guangdong", Mutations.institution(mini, 1,
                                i -> i.withCreditCode(creditCode("12500110MA5CKQ8N0")))),
                liwan("new-teacher-taught-four-years", "A member of the new-teacher workshop had taught four years "
                        + "when joining, where the workshop takes 教龄 0-3", Mutations.person(mini, newTeacher,
                                p -> p.toBuilder().teachingSince(LocalDate.of(2021, 9, 1)).build())),
                liwan("member-of-another-subject", "A member of a mathematics studio teaches physics",
                        Mutations.person(mini, member, p -> new Person(p.id(), p.name(), p.synthetic(), p.birthDate(),
                                p.title(), p.honours(), p.posts(), p.stages(), new TreeSet<>(Set.of(Subject.PHYSICS)),
                                p.employer(), p.teachingSince()))),
                liwan("studio-above-host-honours", "A studio whose host holds the 正高级 title but no honour is "
                        + "provincial", Mutations.studio(mini, 3, s -> s.toBuilder().level(Level.PROVINCIAL).build())),
                liwan("joined-before-cycle", "A member joined a month before the studio's cycle began",
                        Mutations.studio(mini, 0, s -> Mutations.membership(s, 2,
                                m -> Membership.of(m.person(), m.tier(), LocalDate.of(2025, 12, 1))))),
                liwan("mid-term-too-early", "A 2-year studio holds its mid-term evaluation in its first month",
                        Mutations.studio(mini, 0, s -> s.toBuilder().evaluation(Evaluation.of(EvaluationKind.MID_TERM,
                                LocalDate.of(2026, 2, 1), Grade.PASS)).build())),
                liwan("no-inheritor-activity", "A studio plans no activity for its host's duty as inheritor "
                        + "(传承者)", Mutations.studio(mini, 0, s -> withoutActivity(s, HostDuty.INHERITOR))),
                liwan("certificate-to-outsider", "A studio's certificate goes to the host of another studio",
                        Mutations.studio(mini, 0, s -> s.toBuilder().certificate(Certificate.certificate(BUREAU, LAUNCH,
                                personAt(mini, 4, 0))).build())),
                liwan("member-of-two-studios", "A member of one studio is also a member of another of the same stage "
                        + "and subject", Mutations.studio(mini, 5, s -> Mutations.plus(s,
                                Membership.of(member, Tier.MEMBER, LAUNCH)))),
                liwan("ladder-skip", "A member of a special-grade studio holds no honour: they skip the backbone and "
                        + "famous-teacher rungs", Mutations.person(mini, member, Mutations::withoutHonours)),
                liwan("no-kindergarten-studio", "The cluster leaves out its two kindergarten studios",
                        Mutations.studios(mini, list -> list.stream()
                                .filter(s -> !s.stages().contains(Stage.PRESCHOOL)).toList())),
                liwan("plan-of-258", "The eight-studio cluster declares the published plan of 258 studios",
                        Mutations.cluster(mini, c -> new Cluster(c.id(), c.name(), c.region(), c.organiser(),
                                c.undertaker(), c.launchedOn(), c.studios(),
                                Mutations.LIWAN.clusters().get(0).plan()))),
                liwan("failed-studio-completed", "A studio graded 不合格 at mid-term is recorded as completed, not "
                        + "dissolved", Mutations.studio(mini, 0, s -> s.toBuilder().evaluation(Evaluation.of(
                                EvaluationKind.MID_TERM, s.cycle().midpoint(), Grade.FAIL))
                                .status(StudioStatus.COMPLETED).build()), LocalDate.of(2027, 3, 1)));
    }

    private static PersonId personAt(Dataset data, int studio, int membership) {
        return data.studios().get(studio).memberships().get(membership).person();
    }

    private static CreditCode creditCode(String first17) {
        return CreditCode.parse(first17 + CreditCode.checkCharacter(first17));
    }

    private static Studio withoutActivity(Studio s, HostDuty duty) {
        return new Studio(s.id(), s.name(), s.type(), s.level(), s.hostInstitution(), s.researchDirection(), s.stages(),
                s.subjects(), s.cycle(), s.status(), s.memberships(), s.evaluations(),
                s.activities().stream().filter(a -> a.duty() != duty).toList(), s.mentoringPairs(), s.certificates());
    }
}
