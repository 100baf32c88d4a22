package org.yanxun.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yanxun.Certificate;
import org.yanxun.Cluster;
import org.yanxun.ClusterId;
import org.yanxun.Dataset;
import org.yanxun.Institution;
import org.yanxun.InstitutionId;
import org.yanxun.Membership;
import org.yanxun.MentoringPair;
import org.yanxun.Person;
import org.yanxun.PersonId;
import org.yanxun.Studio;
import org.yanxun.StudioId;
import org.yanxun.StudioStatus;
import org.yanxun.Tier;
import org.yanxun.policy.Policy;
import org.yanxun.policy.StudioTypePolicy;

/**
 * The baseline of the engine benchmark: the checks of {@link #CODES}, written as one plain loop over
 * a dataset with hash maps, as an application would write them without the engine. Like the engine it
 * checks every identifier that persons, institutions, clusters and studios declare and every reference
 * they make (employers, organisers, host institutions, memberships, mentoring pairs, certificates);
 * datasets with alliances or project communities are outside its scope. It returns one code per finding
 * so its results can be compared with the engine's.
 */
final class HandWrittenChecks {

    /** The rules this loop implements; the benchmark runs the engine with only these too. */
    static final Set<String> CODES = Set.of("ID_DUPLICATE", "REF_UNKNOWN", "STUDIO_HOST_COUNT", "STUDIO_MEMBER_COUNT",
            "STUDIO_CYCLE_LENGTH", "STUDIO_DUPLICATE_MEMBER", "STUDIO_HOST_ELIGIBLE", "PERSON_HOSTS_TOO_MANY",
            "PERSON_JOINS_TOO_MANY");

    private HandWrittenChecks() {
    }

    static List<String> run(Dataset dataset, Policy policy, LocalDate asOf) {
        if (!dataset.alliances().isEmpty() || !dataset.projects().isEmpty()) {
            throw new IllegalArgumentException("The baseline checks clusters, studios and their people only");
        }
        List<String> findings = new ArrayList<>();
        Map<PersonId, Person> persons = new HashMap<>(dataset.persons().size() * 2);
        for (Person person : dataset.persons()) {
            if (persons.putIfAbsent(person.id(), person) != null) {
                findings.add("ID_DUPLICATE");
            }
        }
        Set<InstitutionId> institutions = new HashSet<>();
        for (Institution institution : dataset.institutions()) {
            if (!institutions.add(institution.id())) {
                findings.add("ID_DUPLICATE");
            }
        }
        for (Person person : dataset.persons()) {
            person.employer().ifPresent(id -> refer(institutions, id, findings));
        }
        Set<ClusterId> clusters = new HashSet<>();
        Set<StudioId> studioIds = new HashSet<>(dataset.studios().size() * 2);
        for (Cluster cluster : dataset.clusters()) {
            if (!clusters.add(cluster.id())) {
                findings.add("ID_DUPLICATE");
            }
            refer(institutions, cluster.organiser(), findings);
            refer(institutions, cluster.undertaker(), findings);
        }
        Map<PersonId, Integer> hosting = new HashMap<>();
        Map<PersonId, Integer> joining = new HashMap<>();
        for (Studio studio : dataset.studios()) {
            if (!studioIds.add(studio.id())) {
                findings.add("ID_DUPLICATE");
            }
            refer(institutions, studio.hostInstitution(), findings);
            for (MentoringPair pair : studio.mentoringPairs()) {
                refer(persons.keySet(), pair.mentor(), findings);
                refer(persons.keySet(), pair.apprentice(), findings);
            }
            for (Certificate certificate : studio.certificates()) {
                refer(institutions, certificate.issuer(), findings);
                certificate.holder().ifPresent(id -> refer(persons.keySet(), id, findings));
            }
            StudioTypePolicy type = policy.studios().types().get(studio.type().code());
            LocalDate day = asOf.isBefore(studio.cycle().start()) ? studio.cycle().start()
                    : asOf.isAfter(studio.cycle().lastDay()) ? studio.cycle().lastDay() : asOf;
            int hosts = 0;
            int members = 0;
            Map<PersonId, Membership> seen = new HashMap<>();
            List<Membership> memberships = studio.memberships();
            for (int i = 0; i < memberships.size(); i++) {
                Membership m = memberships.get(i);
                Person person = persons.get(m.person());
                if (person == null) {
                    findings.add("REF_UNKNOWN");
                }
                Membership before = seen.put(m.person(), m);
                if (before != null && before.leftOn().map(left -> !left.isBefore(m.joinedOn())).orElse(true)) {
                    findings.add("STUDIO_DUPLICATE_MEMBER");
                }
                // a person listed twice in the studio is counted, and holds a seat of it, once
                boolean repeat = before != null;
                boolean activeToday = studio.cycle().isActiveOn(asOf) && m.isActiveOn(asOf)
                        && !(repeat && activeBefore(memberships, i, asOf));
                if (m.tier() == Tier.HOST) {
                    hosts += m.isActiveOn(day) && !(repeat && activeBefore(memberships, i, day)) ? 1 : 0;
                    if (person != null && type != null && !type.isEligibleHost(person, hostJudgedOn(studio, m, asOf))) {
                        findings.add("STUDIO_HOST_ELIGIBLE");
                    }
                    if (activeToday) {
                        hosting.merge(m.person(), 1, Integer::sum);
                    }
                } else if (m.tier() == Tier.MEMBER) {
                    members += m.isActiveOn(day) && !(repeat && activeBefore(memberships, i, day)) ? 1 : 0;
                    if (activeToday) {
                        joining.merge(m.person(), 1, Integer::sum);
                    }
                }
            }
            boolean counted = studio.status() != StudioStatus.DISSOLVED;
            if (counted && hosts != policy.studios().hostsPerStudio()) {
                findings.add("STUDIO_HOST_COUNT");
            }
            if (type == null || studio.cycle().years() != type.cycleYears()) {
                findings.add("STUDIO_CYCLE_LENGTH");
            } else if (counted && (members < type.minMembers() || members > type.maxMembers())) {
                findings.add("STUDIO_MEMBER_COUNT");
            }
        }
        hosting.values().stream().filter(n -> n > policy.studios().maxHostedAtOnce())
                .forEach(n -> findings.add("PERSON_HOSTS_TOO_MANY"));
        joining.values().stream().filter(n -> n > policy.studios().maxJoinedAtOnce())
                .forEach(n -> findings.add("PERSON_JOINS_TOO_MANY"));
        return findings;
    }

    /** Tells whether a membership before an index is of the same person and tier and active on a day. */
    private static boolean activeBefore(List<Membership> memberships, int index, LocalDate day) {
        Membership m = memberships.get(index);
        for (int i = 0; i < index; i++) {
            Membership other = memberships.get(i);
            if (other.person().equals(m.person()) && other.tier() == m.tier() && other.isActiveOn(day)) {
                return true;
            }
        }
        return false;
    }

    private static <I> void refer(Set<I> declared, I id, List<String> findings) {
        if (!declared.contains(id)) {
            findings.add("REF_UNKNOWN");
        }
    }

    /**
     * The day a host is judged on, as the engine judges them: the as-of date if they host on it, else
     * their first day as host, or their last (the day they left, or the cycle's last day if sooner).
     */
    private static LocalDate hostJudgedOn(Studio studio, Membership host, LocalDate asOf) {
        LocalDate last = studio.cycle().lastDay();
        if (host.leftOn().isPresent() && host.leftOn().get().isBefore(last)) {
            last = host.leftOn().get();
        }
        LocalDate on = asOf.isAfter(last) ? last : asOf;
        return on.isBefore(host.joinedOn()) ? host.joinedOn() : on;
    }
}
