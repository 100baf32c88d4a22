package org.yanxun.conformance;

import static org.yanxun.conformance.ConformanceCases.qiyingen;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.yanxun.Alliance;
import org.yanxun.AllianceId;
import org.yanxun.AllianceMember;
import org.yanxun.AlliancePlan;
import org.yanxun.Dataset;
import org.yanxun.DateRange;
import org.yanxun.ExchangeKind;
import org.yanxun.Institution;
import org.yanxun.InstitutionId;
import org.yanxun.InstitutionKind;
import org.yanxun.Post;
import org.yanxun.SessionRole;
import org.yanxun.SessionUnit;
import org.yanxun.SharedResource;
import org.yanxun.UnitRole;
import org.yanxun.rules.catalogue.Mutations;

/**
 * The kit's cases that break a rule on the 綦营恩 alliance, its plan, sessions, exchanges or resources,
 * each a small mutation of {@code qiyingen}.
 *
 * <p>Its exchanges run kind by kind (secondments at 0-5, dispatches at 6-11, mutual learning at 12-17,
 * mutual visits at 18-23), each kind between 綦江 and 营山, 营山 and 恩阳, 恩阳 and 綦江, both ways in
 * turn: exchange 0 seconds 綦江's cadre to 营山 from 2023-03-01 to 2023-03-30, exchange 1 营山's to
 * 綦江, and exchange 5 綦江's to 恩阳. Session 3 is the December 2023 session, hosted by 恩阳.
 */
final class QiyingenCases {

    private static final InstitutionId QIJIANG = InstitutionId.of("qijiang-tts");
    private static final InstitutionId YINGSHAN = InstitutionId.of("yingshan-tts");
    private static final InstitutionId ENYANG = InstitutionId.of("enyang-tts");

    private QiyingenCases() {
    }

    static List<ConformanceCases.Case> all(Dataset qiyingen) {
        AlliancePlan plan = qiyingen.alliances().get(0).plan().orElseThrow();
        return List.of(
                qiyingen("member-recorded-as-school", "A member unit, a teacher-training school, is recorded as a "
                        + "school", Mutations.institution(qiyingen, 2,
                                i -> Institution.of(i.id(), i.name(), InstitutionKind.SCHOOL, i.region()))),
                qiyingen("parent-without-a-member", "The alliance names as its parent the \"10+20\" community, "
                        + "recorded with 綦江 and 营山 but not 恩阳",
                        underTenPlusTwenty(qiyingen, List.of(QIJIANG, YINGSHAN), Optional.empty())),
                qiyingen("parent-loop", "The alliance and the \"10+20\" community each name the other as parent",
                        underTenPlusTwenty(qiyingen, List.of(QIJIANG, YINGSHAN, ENYANG),
                                Optional.of(qiyingen.alliances().get(0).id()))),
                qiyingen("two-year-plan", "The three-year plan is recorded as ending after two years",
                        withPlan(qiyingen, new AlliancePlan(plan.title(),
                                DateRange.of(plan.period().start(), LocalDate.of(2024, 12, 31)), plan.mechanisms(),
                                plan.resourceKinds(), plan.topics(), plan.activityKinds(), plan.keyTasks()))),
                qiyingen("plan-two-mechanisms", "The plan declares two collaboration mechanisms of the three "
                        + "(资源协同 is missing)", withPlan(qiyingen, new AlliancePlan(plan.title(), plan.period(),
                                plan.mechanisms().subList(0, 2), plan.resourceKinds(), plan.topics(),
                                plan.activityKinds(), plan.keyTasks()))),
                qiyingen("host-three-in-a-row", "营山 hosts the December 2023 session, its third in a row",
                        Mutations.session(qiyingen, 3, s -> Mutations.withUnits(s, List.of(
                                SessionUnit.of(YINGSHAN, SessionRole.HOST),
                                SessionUnit.of(QIJIANG, SessionRole.CO_HOST),
                                SessionUnit.of(ENYANG, SessionRole.CO_HOST))))),
                qiyingen("session-without-expert", "The December 2023 session invites no outside expert",
                        Mutations.session(qiyingen, 3, s -> Mutations.withExperts(s, List.of()))),
                qiyingen("participant-of-receiving-unit", "A secondment from 綦江 to 营山 sends 营山's own cadre",
                        Mutations.exchange(qiyingen, 0, x -> Mutations.withParticipants(x,
                                List.of(Mutations.qiyingenPerson(YINGSHAN, Post.CADRE))))),
                qiyingen("secondment-of-three-days", "A cadre secondment lasts three days, where the policy asks "
                        + "for at least seven", Mutations.exchange(qiyingen, 0,
                                x -> Mutations.during(x, x.start(), x.start().plusDays(2)))),
                qiyingen("secondment-of-367-days", "A cadre secondment runs from 2023-03-01 to 2024-03-01: 367 "
                        + "days, a day more than a year that holds 29 February", Mutations.exchange(qiyingen, 0,
                                x -> Mutations.during(x, LocalDate.of(2023, 3, 1), LocalDate.of(2024, 3, 1)))),
                qiyingen("exchange-before-plan", "A cadre secondment ran in November 2022, before the plan began",
                        Mutations.exchange(qiyingen, 0, x -> Mutations.during(x, LocalDate.of(2022, 11, 1),
                                LocalDate.of(2022, 11, 30)))),
                qiyingen("seconded-twice-at-once", "綦江's cadre is seconded to 恩阳 while still seconded to 营山",
                        Mutations.exchange(qiyingen, 5, x -> Mutations.during(x, LocalDate.of(2023, 3, 16),
                                LocalDate.of(2023, 4, 14)))),
                qiyingen("secondments-one-way", "营山's secondment to 綦江 is recorded the other way: 綦江 seconds "
                        + "its cadre to 营山 twice, 营山 none back", Mutations.exchange(qiyingen, 1,
                                x -> Mutations.withParticipants(Mutations.between(x, QIJIANG, YINGSHAN),
                                        List.of(Mutations.qiyingenPerson(QIJIANG, Post.CADRE))))),
                qiyingen("teacher-visits-never-held", "Validated the day after the plan ended, no teacher visit "
                        + "(参训教师互访) ever took place", Mutations.exchanges(qiyingen, list -> list.stream()
                                .filter(x -> x.kind() != ExchangeKind.TEACHER_MUTUAL_VISIT).toList()),
                        LocalDate.of(2026, 1, 1)),
                qiyingen("resource-outside-contributor", "A shared resource is contributed by a unit outside the "
                        + "alliance", Mutations.resource(qiyingen, 0, r -> new SharedResource(r.id(), r.title(),
                                r.kind(), InstitutionId.of("outside-tts"), r.createdOn(), r.lastReviewedOn(),
                                r.shared()))),
                qiyingen("resource-not-shared", "A research outcome of April 2023 was never moved to the shared "
                        + "platform", Mutations.resource(qiyingen, 0, r -> new SharedResource(r.id(), r.title(),
                                r.kind(), r.contributor(), r.createdOn(), r.lastReviewedOn(), false))));
    }

    private static Dataset withPlan(Dataset data, AlliancePlan plan) {
        return Mutations.alliance(data, a -> Mutations.withPlan(a, Optional.of(plan)));
    }

    /**
     * The data with 綦营恩 inside a record of the "10+20" community that names some of its members (as
     * partners: the report names no lead unit) and no plan, which an umbrella need not have.
     */
    private static Dataset underTenPlusTwenty(Dataset data, List<InstitutionId> members, Optional<AllianceId> parent) {
        Alliance qiyingen = data.alliances().get(0);
        Alliance tenPlusTwenty = new Alliance(AllianceId.of("chengyu-10-20"), "成渝地区双城经济圈研训机构“10+20”共同体",
                parent, members.stream().map(unit -> AllianceMember.of(unit, UnitRole.PARTNER)).toList(),
                Optional.empty(), List.of(), List.of(), List.of());
        return data.withAlliances(List.of(new Alliance(qiyingen.id(), qiyingen.name(), Optional.of(tenPlusTwenty.id()),
                qiyingen.members(), qiyingen.plan(), qiyingen.sessions(), qiyingen.exchanges(), qiyingen.resources()),
                tenPlusTwenty));
    }
}
