package org.yanxun.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.yanxun.Certificate;
import org.yanxun.CertificateKind;
import org.yanxun.Cluster;
import org.yanxun.Cycle;
import org.yanxun.Dataset;
import org.yanxun.Honour;
import org.yanxun.HonourKind;
import org.yanxun.Institution;
import org.yanxun.InstitutionId;
import org.yanxun.Level;
import org.yanxun.Membership;
import org.yanxun.MentoringPair;
import org.yanxun.Person;
import org.yanxun.PersonId;
import org.yanxun.Studio;
import org.yanxun.Tier;
import org.yanxun.Title;
import org.yanxun.examples.ExampleCommunities;
import org.yanxun.policy.Policy;
import org.yanxun.policy.Presets;
import org.yanxun.rules.Finding;
import org.yanxun.rules.RuleEngine;

/** The benchmark's baseline does the same checks as the engine restricted to them. */
class HandWrittenChecksTest {

    @Test
    void run_faultyScaledCluster_findsWhatTheEngineFinds() {
        Dataset dataset = withFaults(ScaledCommunities.liwan(600));
        Policy policy = subset(Presets.guangzhouLiwan2026());

        Map<String, Integer> engine = new TreeMap<>(RuleEngine.of(policy)
                .validate(dataset, ExampleCommunities.LIWAN_AS_OF).countsByCode());
        Map<String, Integer> loop = new TreeMap<>();
        HandWrittenChecks.run(dataset, policy, ExampleCommunities.LIWAN_AS_OF).forEach(c -> loop.merge(c, 1, Integer::sum));

        assertThat(loop).isEqualTo(engine).containsKeys("STUDIO_HOST_COUNT", "STUDIO_MEMBER_COUNT", "REF_UNKNOWN",
                "STUDIO_CYCLE_LENGTH", "STUDIO_DUPLICATE_MEMBER", "ID_DUPLICATE", "PERSON_JOINS_TOO_MANY");
    }

    @Test
    void run_hostsJudgedOnOtherDaysThanTheAsOfDate_findsWhatTheEngineFinds() {
        Dataset dataset = ScaledCommunities.liwan(300);
        Cluster cluster = dataset.clusters().get(0);
        List<Studio> studios = new ArrayList<>(cluster.studios());
        Studio specialGrade = studios.get(3);
        PersonId host = specialGrade.memberships().get(0).person();
        LocalDate june = ExampleCommunities.LIWAN_AS_OF.plusMonths(3);
        Studio.Builder takenOverInJune = specialGrade.toBuilder().clearMemberships()
                .membership(Membership.of(host, Tier.HOST, june));
        specialGrade.memberships().stream().skip(1).forEach(takenOverInJune::membership);
        studios.set(3, takenOverInJune.build());
        List<Person> persons = new ArrayList<>(dataset.persons());
        int at = persons.indexOf(dataset.person(host).orElseThrow());
        persons.set(at, persons.get(at).toBuilder().title(Title.SENIOR)
                .honour(Honour.of(HonourKind.SPECIAL_GRADE_TEACHER, Level.PROVINCIAL, june)).build());
        Dataset later = dataset.withPersons(persons).withClusters(List.of(cluster.withStudios(studios)));
        Policy policy = subset(Presets.guangzhouLiwan2026());

        Map<String, Integer> engine = new TreeMap<>(RuleEngine.of(policy)
                .validate(later, ExampleCommunities.LIWAN_AS_OF).countsByCode());
        Map<String, Integer> loop = new TreeMap<>();
        HandWrittenChecks.run(later, policy, ExampleCommunities.LIWAN_AS_OF)
                .forEach(c -> loop.merge(c, 1, Integer::sum));

        assertThat(engine).doesNotContainKey("STUDIO_HOST_ELIGIBLE");
        assertThat(loop).isEqualTo(engine);
    }

    @Test
    void run_faultyIdentifiersAndReferences_findsWhatTheEngineFinds() {
        Dataset dataset = ScaledCommunities.liwan(300);
        Cluster cluster = dataset.clusters().get(0);
        InstitutionId nowhere = InstitutionId.of("nowhere");
        List<Studio> studios = new ArrayList<>(cluster.studios());
        Studio paired = studios.get(1);
        studios.set(1, paired.toBuilder().hostInstitution(nowhere)
                .mentoringPair(MentoringPair.of(paired.memberships().get(0).person(), PersonId.of("ghost"))).build());
        Studio certified = studios.get(2);
        studios.set(2, certified.toBuilder().certificate(new Certificate(CertificateKind.values()[0], nowhere,
                ExampleCommunities.LIWAN_AS_OF, Optional.of(PersonId.of("ghost")))).build());
        List<Person> persons = new ArrayList<>(dataset.persons());
        persons.set(0, persons.get(0).toBuilder().employer(nowhere).build());
        List<Institution> institutions = new ArrayList<>(dataset.institutions());
        institutions.add(institutions.get(0));
        Dataset faulty = dataset.withPersons(persons).withInstitutions(institutions)
                .withClusters(List.of(cluster.withStudios(studios), cluster.withStudios(List.of())));
        Policy policy = subset(Presets.guangzhouLiwan2026());

        Map<String, Integer> engine = new TreeMap<>(RuleEngine.of(policy)
                .validate(faulty, ExampleCommunities.LIWAN_AS_OF).countsByCode());
        Map<String, Integer> loop = new TreeMap<>();
        HandWrittenChecks.run(faulty, policy, ExampleCommunities.LIWAN_AS_OF).forEach(c -> loop.merge(c, 1, Integer::sum));

        assertThat(engine).containsEntry("REF_UNKNOWN", 5).containsEntry("ID_DUPLICATE", 2);
        assertThat(loop).isEqualTo(engine);
    }

    @Test
    void liwan_scaledTo1000Studios_isAsValidAsTheExample() {
        assertThat(RuleEngine.of(Presets.guangzhouLiwan2026())
                .validate(ScaledCommunities.liwan(1000), ExampleCommunities.LIWAN_AS_OF).findings())
                .extracting(Finding::code).isEmpty();
    }

    static Policy subset(Policy policy) {
        return EngineBenchmark.only(policy, HandWrittenChecks.CODES);
    }

    private static Dataset withFaults(Dataset dataset) {
        Cluster cluster = dataset.clusters().get(0);
        List<Studio> studios = new ArrayList<>(cluster.studios());
        Studio first = studios.get(1);
        studios.set(1, first.toBuilder().clearMemberships().membership(first.memberships().get(1)).build());
        studios.set(2, studios.get(2).toBuilder().cycle(Cycle.of(studios.get(2).cycle().start(), 3)).build());
        studios.set(3, studios.get(3).toBuilder()
                .membership(Membership.of(PersonId.of("nobody"), Tier.MEMBER, ExampleCommunities.LIWAN_AS_OF))
                .membership(studios.get(3).memberships().get(3)).build());
        studios.set(5, studios.get(5).toBuilder().membership(studios.get(300).memberships().get(4)).build());
        Studio tooFew = studios.get(6);
        studios.set(6, tooFew.toBuilder().clearMemberships().membership(tooFew.memberships().get(0))
                .membership(tooFew.memberships().get(2)).membership(tooFew.memberships().get(3))
                .membership(tooFew.memberships().get(3)).build());
        studios.add(studios.get(7));
        return dataset.withClusters(List.of(cluster.withStudios(studios)));
    }
}
