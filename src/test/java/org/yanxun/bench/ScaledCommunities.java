package org.yanxun.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yanxun.Certificate;
import org.yanxun.Cluster;
import org.yanxun.Dataset;
import org.yanxun.Membership;
import org.yanxun.MentoringPair;
import org.yanxun.Person;
import org.yanxun.PersonId;
import org.yanxun.Studio;
import org.yanxun.StudioId;
import org.yanxun.examples.ExampleCommunities;

/**
 * Datasets of any size with the shape of the Liwan 2026 cluster: the example's studios and people
 * copied under new identifiers until the cluster holds the requested number of studios, without the
 * published plan of 258. Every copy is as valid as the example, so a benchmark measures the work of
 * checking, not of reporting.
 */
final class ScaledCommunities {

    private ScaledCommunities() {
    }

    /**
     * Builds a Liwan-shaped dataset.
     *
     * @param studios the number of studios, at least 1
     * @return a dataset with one cluster of that many studios and their synthetic people
     */
    static Dataset liwan(int studios) {
        Dataset example = ExampleCommunities.liwan2026();
        Cluster cluster = example.clusters().get(0);
        List<Studio> copies = new ArrayList<>(studios);
        List<Person> persons = new ArrayList<>(studios * 8);
        int perCopy = cluster.studios().size();
        for (int copy = 0; copies.size() < studios; copy++) {
            String suffix = copy == 0 ? "" : "-c" + copy;
            for (int i = 0; i < perCopy && copies.size() < studios; i++) {
                Studio studio = cluster.studios().get(i);
                copies.add(rename(studio, suffix));
                for (Membership membership : studio.memberships()) {
                    Person person = example.person(membership.person()).orElseThrow();
                    persons.add(copy == 0 ? person : new Person(rename(person.id(), suffix), person.name(),
                            person.synthetic(), person.birthDate(), person.title(), person.honours(), person.posts(),
                            person.stages(), person.subjects(), person.employer(), person.teachingSince()));
                }
            }
        }
        Cluster scaled = new Cluster(cluster.id(), cluster.name(), cluster.region(), cluster.organiser(),
                cluster.undertaker(), cluster.launchedOn(), copies, Optional.empty());
        return example.withClusters(List.of(scaled)).withPersons(persons)
                .withProjects(List.of());
    }

    private static Studio rename(Studio studio, String suffix) {
        if (suffix.isEmpty()) {
            return studio;
        }
        Studio.Builder builder = studio.toBuilder().clearMemberships();
        studio.memberships().forEach(m -> builder.membership(new Membership(rename(m.person(), suffix), m.tier(),
                m.joinedOn(), m.leftOn())));
        Studio renamed = builder.build();
        List<MentoringPair> pairs = studio.mentoringPairs().stream()
                .map(p -> MentoringPair.of(rename(p.mentor(), suffix), rename(p.apprentice(), suffix))).toList();
        List<Certificate> certificates = studio.certificates().stream()
                .map(c -> new Certificate(c.kind(), c.issuer(), c.issuedOn(), c.holder().map(h -> rename(h, suffix))))
                .toList();
        return new Studio(StudioId.of(studio.id().value() + suffix), renamed.name(), renamed.type(), renamed.level(),
                renamed.hostInstitution(), renamed.researchDirection(), renamed.stages(), renamed.subjects(),
                renamed.cycle(), renamed.status(), renamed.memberships(), renamed.evaluations(), renamed.activities(),
                pairs, certificates);
    }

    private static PersonId rename(PersonId id, String suffix) {
        return PersonId.of(id.value() + suffix);
    }
}
