package org.yanxun.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.yanxun.Alliance;
import org.yanxun.AllianceId;
import org.yanxun.AllianceMember;
import org.yanxun.AlliancePlan;
import org.yanxun.Cluster;
import org.yanxun.Dataset;
import org.yanxun.Exchange;
import org.yanxun.Expert;
import org.yanxun.Institution;
import org.yanxun.InstitutionId;
import org.yanxun.JointSession;
import org.yanxun.Membership;
import org.yanxun.Person;
import org.yanxun.PersonId;
import org.yanxun.Post;
import org.yanxun.SessionUnit;
import org.yanxun.SharedResource;
import org.yanxun.Studio;
import org.yanxun.StudioType;
import org.yanxun.UnitRole;
import org.yanxun.examples.ExampleCommunities;
import org.yanxun.policy.AlliancePolicy;
import org.yanxun.policy.Policy;
import org.yanxun.policy.Presets;
import org.yanxun.policy.Severity;
import org.yanxun.policy.StudioPolicy;
import org.yanxun.policy.StudioTypePolicy;
import org.yanxun.rules.Dimensions;
import org.yanxun.rules.Entity;
import org.yanxun.rules.Finding;
import org.yanxun.rules.Report;
import org.yanxun.rules.RuleEngine;
import org.yanxun.rules.RuleRun;

/**
 * The two built-in examples, built once, and the small mutations the rule tests apply to them.
 *
 * <p>The Liwan cluster is laid out studio by studio: studio {@code i} of cluster 0 has its host at
 * membership 0, its assistant at 1 and six members at 2 to 7, and those eight people are persons
 * {@code 8i} to {@code 8i + 7}. Studios 0-15 are special-grade studios, 16-26 principal studios,
 * 27-93 famous-teacher studios, 94-214 backbone workshops and 215-257 new-teacher workshops.
 */
public final class Mutations {

    /** The Liwan 2026 cluster, built once for all tests. */
    public static final Dataset LIWAN = ExampleCommunities.liwan2026();
    /** The 綦营恩 alliance, built once for all tests. */
    public static final Dataset QIYINGEN = ExampleCommunities.qiyingen();
    /** The preset the Liwan example follows. */
    public static final Policy LIWAN_POLICY = Presets.guangzhouLiwan2026();
    /** The preset the 綦营恩 example follows. */
    public static final Policy QIYINGEN_POLICY = Presets.chengyuQiyingen2023();

    /** Studio 3 of Liwan: a special-grade studio whose host holds the 正高级 title but no honour. */
    public static final int SG = 3;
    /** Studio 27 of Liwan: the first famous-teacher studio, whose host is a district 名教师. */
    public static final int FT = 27;
    /** Studio 215 of Liwan: the first new-teacher workshop. */
    public static final int NT = 215;

    private static final RuleEngine LIWAN_ENGINE = RuleEngine.of(LIWAN_POLICY);
    private static final RuleEngine QIYINGEN_ENGINE = RuleEngine.of(QIYINGEN_POLICY);

    private Mutations() {
    }

    // ----- validation

    public static Report liwan(Dataset data) {
        return LIWAN_ENGINE.validate(data, ExampleCommunities.LIWAN_AS_OF);
    }

    public static Report liwan(Dataset data, Policy policy) {
        return RuleEngine.of(policy).validate(data, ExampleCommunities.LIWAN_AS_OF);
    }

    public static Report liwan(Dataset data, LocalDate asOf) {
        return LIWAN_ENGINE.validate(data, asOf);
    }

    public static Report qiyingen(Dataset data) {
        return QIYINGEN_ENGINE.validate(data, ExampleCommunities.QIYINGEN_AS_OF);
    }

    public static Report qiyingen(Dataset data, Policy policy) {
        return RuleEngine.of(policy).validate(data, ExampleCommunities.QIYINGEN_AS_OF);
    }

    public static Report qiyingen(Dataset data, LocalDate asOf) {
        return QIYINGEN_ENGINE.validate(data, asOf);
    }

    /**
     * Validates 綦营恩 data in two runs, the records at the pointers {@code first} selects in one and all
     * others in another, the first run merged with the second: keyed states of later records are then
     * merged with states of earlier ones, as when the parts of a file are read out of order.
     */
    public static Report qiyingenInTwoRuns(Dataset data, Predicate<String> first) {
        return inTwoRuns(QIYINGEN_ENGINE, ExampleCommunities.QIYINGEN_AS_OF, data, first);
    }

    /** Validates data in two runs of an engine, as {@link #qiyingenInTwoRuns} does. */
    public static Report inTwoRuns(RuleEngine engine, LocalDate asOf, Dataset data, Predicate<String> first) {
        Dimensions dimensions = Dimensions.of(data);
        RuleRun selected = engine.start(dimensions, asOf);
        RuleRun others = engine.start(dimensions, asOf);
        for (Entity entity : Entity.allOf(data)) {
            (first.test(entity.location().pointer()) ? selected : others).accept(entity);
        }
        return selected.merge(others).finish();
    }

    /** A policy with every built-in rule disabled but some, to time or check those rules alone. */
    public static Policy only(Policy policy, String... codes) {
        TreeSet<String> others = new TreeSet<>();
        RuleEngine.builtInRules().forEach(rule -> others.add(rule.info().code()));
        others.removeAll(Set.of(codes));
        return policy.withDisabledRules(others);
    }

    // ----- expectations

    /**
     * Asserts that the report holds exactly one finding of the code at the pointer and returns it
     * for further checks.
     */
    public static Fired fires(Report report, String code, String pointer) {
        List<Finding> ofCode = report.withCode(code).findings();
        List<Finding> at = ofCode.stream().filter(f -> f.pointer().equals(pointer)).toList();
        assertThat(at).as("findings of %s at %s among %s", code, pointer, ofCode).hasSize(1);
        return new Fired(at.get(0));
    }

    /** The findings of one code, for the tests that expect none. */
    public static List<Finding> findings(Report report, String code) {
        return report.withCode(code).findings();
    }

    /** The pointers of the findings of one code. */
    public static List<String> pointers(Report report, String code) {
        return report.withCode(code).findings().stream().map(Finding::pointer).toList();
    }

    /** One finding found by {@link #fires}, with checks on its severity and messages. */
    public static final class Fired {
        private final Finding finding;

        Fired(Finding finding) {
            this.finding = finding;
        }

        /** Checks the severity and that both messages quote every value. */
        public Fired is(Severity severity, String... values) {
            assertThat(finding.severity()).as("severity of %s", finding).isEqualTo(severity);
            for (String value : values) {
                assertThat(finding.messageZh()).as("zh message of %s", finding).contains(value);
                assertThat(finding.messageEn()).as("en message of %s", finding).contains(value);
            }
            return this;
        }

        /** Checks that the zh message quotes values given in Chinese only. */
        public Fired zh(String... values) {
            assertThat(finding.messageZh()).contains(values);
            return this;
        }

        /** Checks that the en message quotes values given in English only. */
        public Fired en(String... values) {
            assertThat(finding.messageEn()).contains(values);
            return this;
        }

        /** Checks both messages word for word. */
        public Fired says(String zh, String en) {
            assertThat(finding.messageZh()).as("zh message").isEqualTo(zh);
            assertThat(finding.messageEn()).as("en message").isEqualTo(en);
            return this;
        }

        public Finding finding() {
            return finding;
        }
    }

    // ----- Liwan: studios and persons

    public static Studio studio(int index) {
        return LIWAN.clusters().get(0).studios().get(index);
    }

    /** The person at a membership of a Liwan studio. */
    public static Person personAt(int studio, int membership) {
        PersonId id = studio(studio).memberships().get(membership).person();
        return LIWAN.person(id).orElseThrow();
    }

    public static Dataset studio(Dataset data, int index, UnaryOperator<Studio> change) {
        Cluster cluster = data.clusters().get(0);
        List<Studio> studios = new ArrayList<>(cluster.studios());
        studios.set(index, change.apply(studios.get(index)));
        return data.withClusters(List.of(cluster.withStudios(studios)));
    }

    public static Dataset studios(Dataset data, UnaryOperator<List<Studio>> change) {
        Cluster cluster = data.clusters().get(0);
        return data.withClusters(List.of(cluster.withStudios(change.apply(new ArrayList<>(cluster.studios())))));
    }

    public static Dataset cluster(Dataset data, UnaryOperator<Cluster> change) {
        return data.withClusters(List.of(change.apply(data.clusters().get(0))));
    }

    /** Replaces the memberships of a studio. */
    public static Studio memberships(Studio studio, UnaryOperator<List<Membership>> change) {
        Studio.Builder builder = studio.toBuilder().clearMemberships();
        change.apply(new ArrayList<>(studio.memberships())).forEach(builder::membership);
        return builder.build();
    }

    /** Replaces one membership of a studio. */
    public static Studio membership(Studio studio, int index, UnaryOperator<Membership> change) {
        return memberships(studio, list -> {
            list.set(index, change.apply(list.get(index)));
            return list;
        });
    }

    /** Adds a membership to a studio. */
    public static Studio plus(Studio studio, Membership membership) {
        return studio.toBuilder().membership(membership).build();
    }

    public static Dataset person(Dataset data, PersonId id, UnaryOperator<Person> change) {
        List<Person> persons = new ArrayList<>(data.persons());
        int index = persons.indexOf(data.person(id).orElseThrow());
        persons.set(index, change.apply(persons.get(index)));
        return data.withPersons(persons);
    }

    public static Dataset persons(Dataset data, UnaryOperator<List<Person>> change) {
        return data.withPersons(change.apply(new ArrayList<>(data.persons())));
    }

    public static Dataset institution(Dataset data, int index, UnaryOperator<Institution> change) {
        List<Institution> institutions = new ArrayList<>(data.institutions());
        institutions.set(index, change.apply(institutions.get(index)));
        return data.withInstitutions(institutions);
    }

    /** A copy of a person without honours. */
    public static Person withoutHonours(Person p) {
        return new Person(p.id(), p.name(), p.synthetic(), p.birthDate(), p.title(), List.of(), p.posts(), p.stages(),
                p.subjects(), p.employer(), p.teachingSince());
    }

    /** A copy of a person whose teaching start is unknown. */
    public static Person withoutTeachingSince(Person p) {
        return new Person(p.id(), p.name(), p.synthetic(), p.birthDate(), p.title(), p.honours(), p.posts(),
                p.stages(), p.subjects(), p.employer(), Optional.empty());
    }

    // ----- 綦营恩: the alliance and its parts

    public static Alliance alliance() {
        return QIYINGEN.alliances().get(0);
    }

    public static Dataset alliance(Dataset data, UnaryOperator<Alliance> change) {
        List<Alliance> alliances = new ArrayList<>(data.alliances());
        alliances.set(0, change.apply(alliances.get(0)));
        return data.withAlliances(alliances);
    }

    public static Alliance withMembers(Alliance a, List<AllianceMember> members) {
        return new Alliance(a.id(), a.name(), a.parent(), members, a.plan(), a.sessions(), a.exchanges(), a.resources());
    }

    public static Alliance withPlan(Alliance a, Optional<AlliancePlan> plan) {
        return new Alliance(a.id(), a.name(), a.parent(), a.members(), plan, a.sessions(), a.exchanges(), a.resources());
    }

    public static Alliance withSessions(Alliance a, List<JointSession> sessions) {
        return new Alliance(a.id(), a.name(), a.parent(), a.members(), a.plan(), sessions, a.exchanges(), a.resources());
    }

    public static Alliance withExchanges(Alliance a, List<Exchange> exchanges) {
        return new Alliance(a.id(), a.name(), a.parent(), a.members(), a.plan(), a.sessions(), exchanges, a.resources());
    }

    public static Alliance withResources(Alliance a, List<SharedResource> resources) {
        return new Alliance(a.id(), a.name(), a.parent(), a.members(), a.plan(), a.sessions(), a.exchanges(), resources);
    }

    /**
     * The data with a second record of its alliance after the first: the same identifier, name, members
     * and plan, without sessions, exchanges or resources.
     */
    public static Dataset allianceListedTwice(Dataset data) {
        Alliance a = data.alliances().get(0);
        return data.withAlliances(List.of(a, new Alliance(a.id(), a.name(), a.parent(), a.members(), a.plan(), List.of(),
                List.of(), List.of())));
    }

    /**
     * The data with a bare record of the "10+20" community at {@code /alliances/1}: the alliance's
     * members as partners, with no lead unit, plan, session, exchange or resource of its own. It is an
     * umbrella when {@code named}: the alliance names it as its parent.
     */
    public static Dataset withBareCommunity(Dataset data, boolean named) {
        Alliance a = data.alliances().get(0);
        Alliance community = new Alliance(AllianceId.of("chengyu-10-20"), "成渝地区双城经济圈研训机构“10+20”共同体",
                Optional.empty(), a.members().stream().map(m -> AllianceMember.of(m.institution(), UnitRole.PARTNER))
                        .toList(), Optional.empty(), List.of(), List.of(), List.of());
        Alliance child = new Alliance(a.id(), a.name(), named ? Optional.of(community.id()) : a.parent(), a.members(),
                a.plan(), a.sessions(), a.exchanges(), a.resources());
        return data.withAlliances(List.of(child, community));
    }

    /** The 綦营恩 data under a bare "10+20" community ({@link #withBareCommunity}), the community changed. */
    public static Dataset underCommunity(UnaryOperator<Alliance> change) {
        Dataset data = withBareCommunity(QIYINGEN, true);
        return data.withAlliances(List.of(data.alliances().get(0), change.apply(data.alliances().get(1))));
    }

    public static Dataset session(Dataset data, int index, UnaryOperator<JointSession> change) {
        return alliance(data, a -> {
            List<JointSession> sessions = new ArrayList<>(a.sessions());
            sessions.set(index, change.apply(sessions.get(index)));
            return withSessions(a, sessions);
        });
    }

    public static Dataset exchanges(Dataset data, UnaryOperator<List<Exchange>> change) {
        return alliance(data, a -> withExchanges(a, change.apply(new ArrayList<>(a.exchanges()))));
    }

    public static Dataset exchange(Dataset data, int index, UnaryOperator<Exchange> change) {
        return exchanges(data, list -> {
            list.set(index, change.apply(list.get(index)));
            return list;
        });
    }

    public static Dataset resource(Dataset data, int index, UnaryOperator<SharedResource> change) {
        return alliance(data, a -> {
            List<SharedResource> resources = new ArrayList<>(a.resources());
            resources.set(index, change.apply(resources.get(index)));
            return withResources(a, resources);
        });
    }

    /** A copy of a session with other units. */
    public static JointSession withUnits(JointSession s, List<SessionUnit> units) {
        return new JointSession(s.id(), s.date(), s.theme(), s.kind(), s.mode(), units, s.layers(), s.experts(),
                s.presentations());
    }

    /** A copy of a session on another date. */
    public static JointSession on(JointSession s, LocalDate date) {
        return new JointSession(s.id(), date, s.theme(), s.kind(), s.mode(), s.units(), s.layers(), s.experts(),
                s.presentations());
    }

    /** A copy of a session with other experts. */
    public static JointSession withExperts(JointSession s, List<Expert> experts) {
        return new JointSession(s.id(), s.date(), s.theme(), s.kind(), s.mode(), s.units(), s.layers(), experts,
                s.presentations());
    }

    /** The 綦营恩 data whose first session invites no expert: one WARNING under its preset, beside two INFOs. */
    public static Dataset qiyingenWithoutFirstExpert() {
        return session(QIYINGEN, 0, s -> withExperts(s, List.of()));
    }

    /** A copy of an exchange between other units. */
    public static Exchange between(Exchange x, InstitutionId from, InstitutionId to) {
        return new Exchange(x.id(), x.kind(), from, to, x.participants(), x.start(), x.end());
    }

    /** A copy of an exchange with other participants. */
    public static Exchange withParticipants(Exchange x, List<PersonId> participants) {
        return new Exchange(x.id(), x.kind(), x.from(), x.to(), participants, x.start(), x.end());
    }

    /** A copy of an exchange over other dates. */
    public static Exchange during(Exchange x, LocalDate start, LocalDate end) {
        return new Exchange(x.id(), x.kind(), x.from(), x.to(), x.participants(), start, end);
    }

    /** The first 綦营恩 person of a unit with a post, as the example lays them out. */
    public static PersonId qiyingenPerson(InstitutionId unit, Post post) {
        return QIYINGEN.persons().stream()
                .filter(p -> p.employer().orElseThrow().equals(unit) && p.posts().contains(post))
                .findFirst().orElseThrow().id();
    }

    // ----- policies

    public static Policy studioType(Policy policy, StudioType type, UnaryOperator<StudioTypePolicy> change) {
        SortedMap<String, StudioTypePolicy> types = new TreeMap<>(policy.studios().types());
        types.put(type.code(), change.apply(types.get(type.code())));
        return policy.withStudios(policy.studios().withTypes(types));
    }

    public static Policy studios(Policy policy, UnaryOperator<StudioPolicy> change) {
        return policy.withStudios(change.apply(policy.studios()));
    }

    public static Policy alliances(Policy policy, UnaryOperator<AlliancePolicy> change) {
        return policy.withAlliances(change.apply(policy.alliances()));
    }
}
