package org.yanxun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yanxun.examples.ExampleCommunities;

/** Every date of the model is in the years 0000 to 9999, the years a document can hold. */
class ModelDatesTest {

    private static final Dataset LIWAN = ExampleCommunities.liwan2026();
    private static final Alliance QIYINGEN = ExampleCommunities.qiyingen().alliances().get(0);
    private static final Studio STUDIO = LIWAN.clusters().get(0).studios().get(0);
    private static final Cluster CLUSTER = LIWAN.clusters().get(0);
    private static final JointSession SESSION = QIYINGEN.sessions().get(0);
    private static final Exchange EXCHANGE = QIYINGEN.exchanges().get(0);
    private static final SharedResource RESOURCE = QIYINGEN.resources().get(0);
    private static final AlliancePlan PLAN = QIYINGEN.plan().orElseThrow();
    private static final PersonId PERSON = STUDIO.memberships().get(0).person();
    private static final InstitutionId INSTITUTION = CLUSTER.organiser();
    private static final LocalDate FIRST = LocalDate.of(0, 1, 1);
    private static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    /**
     * Each date field of the model, named as its message names it, and a record with that date read back
     * from the record.
     */
    static Stream<Arguments> dateFields() {
        return Stream.of(
                field("issuedOn", day -> Certificate.certificate(INSTITUTION, day, PERSON), Certificate::issuedOn),
                field("launchedOn", day -> new Cluster(CLUSTER.id(), CLUSTER.name(), CLUSTER.region(),
                        CLUSTER.organiser(), CLUSTER.undertaker(), day, List.of(), Optional.empty()),
                        Cluster::launchedOn),
                field("start", day -> Cycle.of(day, 1), Cycle::start),
                field("date", day -> Evaluation.of(EvaluationKind.MID_TERM, day, Grade.GOOD), Evaluation::date),
                field("start", day -> new Exchange(EXCHANGE.id(), EXCHANGE.kind(), EXCHANGE.from(), EXCHANGE.to(),
                        EXCHANGE.participants(), day, LAST), Exchange::start),
                field("end", day -> new Exchange(EXCHANGE.id(), EXCHANGE.kind(), EXCHANGE.from(), EXCHANGE.to(),
                        EXCHANGE.participants(), FIRST, day), Exchange::end),
                field("awardedOn", day -> Honour.of(HonourKind.BACKBONE_TEACHER, Level.DISTRICT, day),
                        Honour::awardedOn),
                field("date", day -> new JointSession(SESSION.id(), day, SESSION.theme(), SESSION.kind(),
                        SESSION.mode(), SESSION.units(), SESSION.layers(), SESSION.experts(), SESSION.presentations()),
                        JointSession::date),
                field("joinedOn", day -> Membership.of(PERSON, Tier.MEMBER, day), Membership::joinedOn),
                field("leftOn", day -> Membership.of(PERSON, Tier.MEMBER, FIRST).withLeftOn(day),
                        m -> m.leftOn().orElseThrow()),
                field("birthDate", day -> Person.builder(PERSON, "合成示例").birthDate(day).build(),
                        p -> p.birthDate().orElseThrow()),
                field("teachingSince", day -> Person.builder(PERSON, "合成示例").teachingSince(day).build(),
                        p -> p.teachingSince().orElseThrow()),
                field("date", day -> PlannedActivity.of("示例活动", HostDuty.NAVIGATOR, day), PlannedActivity::date),
                field("createdOn", day -> new SharedResource(RESOURCE.id(), RESOURCE.title(), RESOURCE.kind(),
                        RESOURCE.contributor(), day, LAST, true), SharedResource::createdOn),
                field("lastReviewedOn", day -> new SharedResource(RESOURCE.id(), RESOURCE.title(), RESOURCE.kind(),
                        RESOURCE.contributor(), FIRST, day, true), SharedResource::lastReviewedOn),
                field("period", day -> new AlliancePlan(PLAN.title(), DateRange.of(day, day), PLAN.mechanisms(),
                        PLAN.resourceKinds(), PLAN.topics(), PLAN.activityKinds(), PLAN.keyTasks()),
                        p -> p.period().start()),
                field("period", day -> new ProjectCommunity(ProjectId.of("p-1"), "示例项目", DateRange.of(day, day),
                        List.of(), List.of()), p -> p.period().start()));
    }

    private static <T> Arguments field(String name, Function<LocalDate, T> record, Function<T, LocalDate> day) {
        return Arguments.of(name, record.andThen(day));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dateFields")
    void firstAndLastDayOfTheYears_accepted(String name, Function<LocalDate, LocalDate> recordedDay) {
        assertThat(recordedDay.apply(FIRST)).isEqualTo(FIRST);
        assertThat(recordedDay.apply(LAST)).isEqualTo(LAST);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dateFields")
    void dayAfterTheYear9999_refusedInBothLanguages(String name, Function<LocalDate, LocalDate> recordedDay) {
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> recordedDay.apply(LAST.plusDays(1)))
                .withMessage(name + " must be in the years 0000 to 9999, was +10000-01-01")
                .satisfies(e -> assertThat(e.zh()).isEqualTo("属性“" + name + "”须在 0000 至 9999 年之间，实为 +10000-01-01"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dateFields")
    void dayBeforeTheYear0000_refused(String name, Function<LocalDate, LocalDate> recordedDay) {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> recordedDay.apply(FIRST.minusDays(1)))
                .withMessage(name + " must be in the years 0000 to 9999, was -0001-12-31");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dateFields")
    void farOutsideTheYears_refused(String name, Function<LocalDate, LocalDate> recordedDay) {
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> recordedDay.apply(LocalDate.MAX));
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> recordedDay.apply(LocalDate.MIN));
    }
}
