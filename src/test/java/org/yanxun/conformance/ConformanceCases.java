package org.yanxun.conformance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.yanxun.Alliance;
import org.yanxun.AllianceMember;
import org.yanxun.Cluster;
import org.yanxun.Cycle;
import org.yanxun.Dataset;
import org.yanxun.Evaluation;
import org.yanxun.EvaluationKind;
import org.yanxun.Exchange;
import org.yanxun.ExchangeKind;
import org.yanxun.Grade;
import org.yanxun.Honour;
import org.yanxun.HonourKind;
import org.yanxun.InstitutionId;
import org.yanxun.JointSession;
import org.yanxun.Level;
import org.yanxun.Membership;
import org.yanxun.Person;
import org.yanxun.PersonId;
import org.yanxun.SessionRole;
import org.yanxun.SessionUnit;
import org.yanxun.Stage;
import org.yanxun.Studio;
import org.yanxun.StudioType;
import org.yanxun.Tier;
import org.yanxun.Title;
import org.yanxun.UnitRole;
import org.yanxun.examples.ExampleCommunities;
import org.yanxun.json.DatasetWriter;

/**
 * The cases of the conformance kit: a compact valid community and small mutations of it, each breaking
 * one published rule, plus documents that a reader must refuse. The first mutations are here, the later
 * ones in {@link LiwanCases} and {@link QiyingenCases}.
 */
final class ConformanceCases {

    /** One case: a document, the policy and date to validate it under. */
    record Case(String id, String description, String document, String policy, LocalDate asOf) {
    }

    static final LocalDate LIWAN_AS_OF = ExampleCommunities.LIWAN_AS_OF;
    static final LocalDate QIYINGEN_AS_OF = ExampleCommunities.QIYINGEN_AS_OF;
    static final String LIWAN = "guangzhou-liwan-2026";
    static final String QIYINGEN = "chengyu-qiyingen-2023";

    private ConformanceCases() {
    }

    /**
     * A small Liwan cluster: the first studio of each of Liwan's five types, then as many more as it takes
     * to cover every stage (8 studios, 4 of them special-grade), with their people; no plan.
     */
    static Dataset liwanMini() {
        Dataset liwan = ExampleCommunities.liwan2026();
        Cluster cluster = liwan.clusters().get(0);
        List<Studio> chosen = new ArrayList<>();
        Set<StudioType> types = new LinkedHashSet<>();
        Set<Stage> stages = EnumSet.noneOf(Stage.class);
        for (Studio studio : cluster.studios()) {
            boolean newType = !types.contains(studio.type());
            boolean newStage = !stages.containsAll(studio.stages());
            if (newType || newStage) {
                chosen.add(studio);
                types.add(studio.type());
                stages.addAll(studio.stages());
            }
        }
        Set<PersonId> people = new LinkedHashSet<>();
        chosen.forEach(s -> s.memberships().forEach(m -> people.add(m.person())));
        List<Person> persons = people.stream().map(id -> liwan.person(id).orElseThrow()).toList();
        Cluster mini = new Cluster(cluster.id(), cluster.name(), cluster.region(), cluster.organiser(),
                cluster.undertaker(), cluster.launchedOn(), chosen, Optional.empty());
        return Dataset.of(persons, liwan.institutions(), List.of(mini), List.of(), List.of());
    }

    static List<Case> valid() {
        return List.of(
                new Case("liwan-mini", "A small Liwan 2026 cluster: the first studio of each of its five types, then studios until "
                        + "every stage is covered (8 studios, 4 of them special-grade)", write(liwanMini()),
                        LIWAN, LIWAN_AS_OF),
                new Case("qiyingen", "The 綦营恩 alliance as reported (two INFO: the 2022 sessions came before the plan)",
                        write(ExampleCommunities.qiyingen()), QIYINGEN, QIYINGEN_AS_OF));
    }

    static List<Case> invalid() {
        Dataset mini = liwanMini();
        Dataset qiyingen = ExampleCommunities.qiyingen();
        List<Case> cases = new ArrayList<>(firstCases(mini, qiyingen));
        cases.addAll(LiwanCases.all(mini));
        cases.addAll(QiyingenCases.all(qiyingen));
        return List.copyOf(cases);
    }

    /** The kit's first cases, in the order the manifest lists them. */
    private static List<Case> firstCases(Dataset mini, Dataset qiyingen) {
        return List.of(
                liwan("studio-too-few-members", "A studio keeps one of its six members", studio(mini, 0,
                        s -> rebuild(s, s.memberships().stream()
                                .filter(m -> m.tier() != Tier.MEMBER || m == s.membershipsOf(Tier.MEMBER).get(5))
                                .toList()))),
                liwan("studio-second-host", "A studio names a second host", studio(mini, 1, s -> {
                    List<Membership> ms = new ArrayList<>(s.memberships());
                    Membership assistant = s.membershipsOf(Tier.ASSISTANT).get(0);
                    ms.set(ms.indexOf(assistant), Membership.of(assistant.person(), Tier.HOST, assistant.joinedOn()));
                    return rebuild(s, ms);
                })),
                liwan("studio-cycle-three-years", "A workshop runs a 3-year cycle", studio(mini, mini.studios().size() - 1,
                        s -> s.toBuilder().cycle(Cycle.of(s.cycle().start(), 3)).build())),
                liwan("unknown-person", "A membership names a person who is not in the document", studio(mini, 2,
                        s -> s.toBuilder().membership(Membership.of(PersonId.of("nobody-0001"), Tier.MEMBER,
                                s.cycle().start())).build())),
                liwan("duplicate-person-id", "Two persons share an identifier", mini.withPersons(concat(mini.persons(),
                        mini.persons().get(0)))),
                liwan("failed-studio-active", "A studio graded 不合格 at mid-term is still active", studio(mini, 0,
                        s -> s.toBuilder().evaluation(Evaluation.of(EvaluationKind.MID_TERM,
                                s.cycle().midpoint(), Grade.FAIL)).build()), LocalDate.of(2027, 3, 1)),
                liwan("special-grade-without-senior", "A 特级教师 holds the 一级 title, below the 高级 it requires",
                        specialGradeTeacher(mini, p -> p.toBuilder().title(Title.FIRST_GRADE).build())),
                liwan("special-grade-national", "A 特级教师 honour is national, where the province awards it",
                        specialGradeTeacher(mini, p -> new Person(p.id(), p.name(), p.synthetic(), p.birthDate(),
                                p.title(), p.honours().stream().map(h -> h.kind() == HonourKind.SPECIAL_GRADE_TEACHER
                                        ? Honour.of(h.kind(), Level.NATIONAL, h.awardedOn()) : h).toList(),
                                p.posts(), p.stages(), p.subjects(), p.employer(), p.teachingSince()))),
                qiyingen("exchange-to-itself", "An exchange sends and receives at the same unit", alliance(qiyingen,
                        a -> withExchanges(a, replaceFirst(a.exchanges(), x -> new Exchange(x.id(), x.kind(), x.from(),
                                x.from(), x.participants(), x.start(), x.end()))))),
                qiyingen("two-lead-units", "Two members are lead units", alliance(qiyingen, a -> new Alliance(a.id(),
                        a.name(), a.parent(), List.of(a.members().get(0), AllianceMember.of(a.members().get(1).institution(),
                                UnitRole.LEAD), a.members().get(2)), a.plan(), a.sessions(), a.exchanges(),
                        a.resources()))),
                new Case("resources-stale", "Validated in 2028, the shared resources were last reviewed in 2025",
                        write(qiyingen), QIYINGEN, LocalDate.of(2028, 1, 1)),
                liwan("member-listed-twice", "A studio lists one of its members twice", studio(mini, 0,
                        s -> s.toBuilder().membership(s.membershipsOf(Tier.MEMBER).get(0)).build())),
                liwan("host-of-two-studios", "The host of one studio also hosts another", studio(mini, 1,
                        s -> s.toBuilder().membership(Membership.of(mini.studios().get(0).membershipsOf(Tier.HOST).get(0)
                                .person(), Tier.HOST, s.cycle().start())).build())),
                qiyingen("session-unit-outside", "A session names a co-host that is not a member of the alliance",
                        alliance(qiyingen, a -> withSessions(a, replaceFirst(a.sessions(), session -> new JointSession(
                                session.id(), session.date(), session.theme(), session.kind(), session.mode(),
                                concat(session.units(), SessionUnit.of(InstitutionId.of("outside-tts"), SessionRole.CO_HOST)),
                                session.layers(), session.experts(), session.presentations()))))),
                qiyingen("secondment-of-a-teacher", "A cadre secondment moves the teachers of a mutual visit",
                        alliance(qiyingen, a -> withExchanges(a, replaceFirst(a.exchanges(), x -> new Exchange(x.id(),
                                x.kind(), x.from(), x.to(), a.exchanges().stream()
                                        .filter(other -> other.kind() == ExchangeKind.TEACHER_MUTUAL_VISIT
                                                && other.from().equals(x.from()))
                                        .findFirst().orElseThrow().participants(), x.start(), x.end()))))));
    }

    static Case liwan(String id, String description, Dataset data) {
        return liwan(id, description, data, LIWAN_AS_OF);
    }

    static Case liwan(String id, String description, Dataset data, LocalDate asOf) {
        return new Case(id, description, write(data), LIWAN, asOf);
    }

    static Case qiyingen(String id, String description, Dataset data) {
        return qiyingen(id, description, data, QIYINGEN_AS_OF);
    }

    static Case qiyingen(String id, String description, Dataset data, LocalDate asOf) {
        return new Case(id, description, write(data), QIYINGEN, asOf);
    }

    private static String write(Dataset data) {
        return DatasetWriter.pretty().writeToString(data);
    }

    private static Dataset studio(Dataset data, int index, UnaryOperator<Studio> change) {
        Cluster cluster = data.clusters().get(0);
        List<Studio> studios = new ArrayList<>(cluster.studios());
        studios.set(index, change.apply(studios.get(index)));
        return data.withClusters(List.of(cluster.withStudios(studios)));
    }

    private static Studio rebuild(Studio s, List<Membership> memberships) {
        Studio.Builder builder = s.toBuilder().clearMemberships();
        memberships.forEach(builder::membership);
        return builder.build();
    }

    /** The data with its first 特级教师 changed. */
    private static Dataset specialGradeTeacher(Dataset data, UnaryOperator<Person> change) {
        List<Person> persons = new ArrayList<>(data.persons());
        for (int i = 0; i < persons.size(); i++) {
            if (persons.get(i).highestLevelOf(HonourKind.SPECIAL_GRADE_TEACHER).isPresent()) {
                persons.set(i, change.apply(persons.get(i)));
                return data.withPersons(persons);
            }
        }
        throw new IllegalStateException("no 特级教师 in the data");
    }

    private static Dataset alliance(Dataset data, UnaryOperator<Alliance> change) {
        return data.withAlliances(List.of(change.apply(data.alliances().get(0))));
    }

    private static Alliance withSessions(Alliance a, List<JointSession> sessions) {
        return new Alliance(a.id(), a.name(), a.parent(), a.members(), a.plan(), sessions, a.exchanges(), a.resources());
    }

    private static Alliance withExchanges(Alliance a, List<Exchange> exchanges) {
        return new Alliance(a.id(), a.name(), a.parent(), a.members(), a.plan(), a.sessions(), exchanges, a.resources());
    }

    private static <T> List<T> replaceFirst(List<T> list, UnaryOperator<T> change) {
        List<T> copy = new ArrayList<>(list);
        copy.set(0, change.apply(copy.get(0)));
        return copy;
    }

    private static <T> List<T> concat(List<T> list, T extra) {
        List<T> copy = new ArrayList<>(list);
        copy.add(extra);
        return copy;
    }

    /** Documents a reader must refuse, each with one error. */
    static List<Case> unreadable() {
        String base = "{\"schemaVersion\":\"1.0\",\"kind\":\"dataset\",\"persons\":[%s],\"institutions\":[%s]}";
        String person = "{\"id\":\"p-1\",\"name\":\"陈思雨\",\"synthetic\":true,\"posts\":[\"TEACHER\"]}";
        String institution = "{\"id\":\"i-1\",\"name\":\"示例小学\",\"kind\":\"SCHOOL\",\"region\":\"440103\"}";
        return List.of(
                unreadable("wrong-type", "An identifier is a number", String.format(base,
                        person.replace("\"p-1\"", "5"), institution)),
                unreadable("bad-enum-code", "A post that no code names", String.format(base,
                        person.replace("TEACHER", "ASTRONAUT"), institution)),
                unreadable("missing-field", "An institution without its region", String.format(base, person,
                        institution.replace(",\"region\":\"440103\"", ""))),
                unreadable("unknown-property", "A property the schema does not define", String.format(base,
                        person.replace("\"synthetic\"", "\"nickname\":\"小陈\",\"synthetic\""), institution)),
                unreadable("bad-region-code", "A region code outside the 34 province-level prefixes", String.format(base,
                        person, institution.replace("440103", "990103"))),
                unreadable("bad-date", "The 30th of February", String.format(base,
                        person.replace("\"synthetic\"", "\"birthDate\":\"1990-02-30\",\"synthetic\""), institution)),
                unreadable("duplicate-key", "A property given twice", String.format(base,
                        person.replace("\"synthetic\":true", "\"synthetic\":true,\"synthetic\":false"), institution)),
                unreadable("trailing-content", "Content after the document", String.format(base, person, institution)
                        + " {}"),
                unreadable("null-value", "A null where a value is optional: absent values are omitted", String.format(base,
                        person.replace("\"synthetic\"", "\"birthDate\":null,\"synthetic\""), institution)),
                unreadable("taught-before-birth", "Well-typed values the model refuses together: teaching before birth",
                        String.format(base, person.replace("\"synthetic\"",
                                "\"birthDate\":\"1990-01-01\",\"teachingSince\":\"1980-09-01\",\"synthetic\""),
                                institution)));
    }

    private static Case unreadable(String id, String description, String json) {
        return new Case(id, description, json, LIWAN, LIWAN_AS_OF);
    }
}
