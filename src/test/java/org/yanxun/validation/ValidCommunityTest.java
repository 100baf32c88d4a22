package org.yanxun.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yanxun.validation.Validators.EN;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.yanxun.Alliance;
import org.yanxun.Cluster;
import org.yanxun.Dataset;
import org.yanxun.examples.ExampleCommunities;
import org.yanxun.policy.Presets;
import org.yanxun.rules.Dimensions;
import org.yanxun.rules.Entity;
import org.yanxun.rules.Location;
import org.yanxun.rules.Report;
import org.yanxun.rules.RuleEngine;

/** {@link ValidCluster}, {@link ValidAlliance} and {@link ValidDataset} against the engine. */
class ValidCommunityTest {

    private static final Validator ENGLISH = Validators.withEl(EN);
    private static final Dataset MUTATED_LIWAN = Fixtures.liwanWithTwoMembers();

    static final class Holder {
        @ValidCluster(asOf = "2026-03-01")
        Cluster cluster;
        @ValidAlliance(asOf = "2025-10-08")
        Alliance alliance;
        @ValidDataset(asOf = "2026-03-01")
        Dataset liwan;
        @ValidDataset(asOf = "2025-10-08", policy = Presets.CHENGYU_QIYINGEN_2023)
        Dataset qiyingen;
    }

    /** The alliance with its first two sessions and every other exchange only. */
    private static Alliance thinned(Alliance alliance) {
        return new Alliance(alliance.id(), alliance.name(), alliance.parent(), alliance.members(), alliance.plan(),
                alliance.sessions().subList(0, 2),
                IntStream.range(0, alliance.exchanges().size()).filter(i -> i % 2 == 0)
                        .mapToObj(alliance.exchanges()::get).toList(),
                alliance.resources());
    }

    private static Report standalone(Cluster cluster) {
        List<Entity> records = new ArrayList<>();
        records.add(new Entity.OfCluster(cluster, Location.root()));
        for (int i = 0; i < cluster.studios().size(); i++) {
            records.add(new Entity.OfStudio(cluster.studios().get(i), cluster.id(), Location.root().child("studios", i)));
        }
        return Validators.standalone(Presets.guangzhouLiwan2026(), Dimensions.empty(), records,
                ExampleCommunities.LIWAN_AS_OF);
    }

    private static Report standalone(Alliance alliance) {
        List<Entity> records = new ArrayList<>();
        Location root = Location.root();
        records.add(new Entity.OfAlliance(alliance, root));
        for (int i = 0; i < alliance.sessions().size(); i++) {
            records.add(new Entity.OfSession(alliance.sessions().get(i), alliance.id(), root.child("sessions", i)));
        }
        for (int i = 0; i < alliance.exchanges().size(); i++) {
            records.add(new Entity.OfExchange(alliance.exchanges().get(i), alliance.id(), root.child("exchanges", i)));
        }
        for (int i = 0; i < alliance.resources().size(); i++) {
            records.add(new Entity.OfResource(alliance.resources().get(i), alliance.id(), root.child("resources", i)));
        }
        return Validators.standalone(Presets.chengyuQiyingen2023(), Dimensions.of(List.of(), List.of(alliance)),
                records, ExampleCommunities.QIYINGEN_AS_OF);
    }

    private static Holder holding(Cluster cluster, Alliance alliance) {
        Holder holder = new Holder();
        holder.cluster = cluster;
        holder.alliance = alliance;
        return holder;
    }

    // -----------------------------------------------------------------------
    @Test
    void validCluster_example_quietAtErrorLevel() {
        Cluster cluster = Fixtures.LIWAN.clusters().get(0);
        assertThat(Validators.codesAndPointers(ENGLISH.validate(holding(cluster, null))))
                .isEqualTo(Validators.codesAndPointersOf(standalone(cluster)));
        assertThat(standalone(cluster).isSuccessful()).isTrue();
    }

    @Test
    void validCluster_mutatedStudio_sameFindingsAsEngine() {
        Cluster cluster = MUTATED_LIWAN.clusters().get(0);
        Set<ConstraintViolation<Holder>> violations = ENGLISH.validate(holding(cluster, null));
        assertThat(Validators.codesAndPointers(violations)).isEqualTo(Validators.codesAndPointersOf(standalone(cluster)))
                .contains("STUDIO_MEMBER_COUNT /studios/5/memberships");
        assertThat(violations).extracting(v -> v.getPropertyPath().toString())
                .contains("cluster.studios[5].memberships");
    }

    @Test
    void validAlliance_thinned_sameFindingsAsEngine() {
        Alliance alliance = thinned(Fixtures.QIYINGEN.alliances().get(0));
        Report engine = standalone(alliance);
        assertThat(engine.findings()).isNotEmpty();
        assertThat(Validators.codesAndPointers(ENGLISH.validate(holding(null, alliance))))
                .isEqualTo(Validators.codesAndPointersOf(engine));
    }

    @Test
    void validAlliance_example_sameFindingsAsEngine() {
        Alliance alliance = Fixtures.QIYINGEN.alliances().get(0);
        assertThat(Validators.codesAndPointers(ENGLISH.validate(holding(null, alliance))))
                .isEqualTo(Validators.codesAndPointersOf(standalone(alliance)));
    }

    @Test
    void validDataset_mutatedLiwan_sameFindingsAsEngine() {
        Holder holder = new Holder();
        holder.liwan = MUTATED_LIWAN;
        Report engine = RuleEngine.of(Presets.guangzhouLiwan2026()).validate(MUTATED_LIWAN, ExampleCommunities.LIWAN_AS_OF);
        Set<ConstraintViolation<Holder>> violations = ENGLISH.validate(holder);
        assertThat(Validators.codesAndPointers(violations)).isEqualTo(Validators.codesAndPointersOf(engine))
                .contains("STUDIO_MEMBER_COUNT /clusters/0/studios/5/memberships");
        assertThat(Validators.messages(violations)).isEqualTo(Validators.messagesEn(engine));
    }

    @Test
    void validDataset_mutatedLiwan_pathFollowsPointer() {
        Holder holder = new Holder();
        holder.liwan = MUTATED_LIWAN;
        assertThat(ENGLISH.validate(holder)).extracting(v -> v.getPropertyPath().toString())
                .contains("liwan.clusters[0].studios[5].memberships");
    }

    @Test
    void validDataset_referencesChecked() {
        Holder holder = new Holder();
        Dataset qiyingen = Fixtures.QIYINGEN;
        holder.qiyingen = qiyingen.withPersons(List.of());
        Report engine = RuleEngine.of(Presets.chengyuQiyingen2023())
                .validate(holder.qiyingen, ExampleCommunities.QIYINGEN_AS_OF);
        assertThat(engine.countsByCode()).containsKey("REF_UNKNOWN");
        assertThat(Validators.codesAndPointers(ENGLISH.validate(holder))).isEqualTo(Validators.codesAndPointersOf(engine));
    }

    @Test
    void validDataset_null_quiet() {
        assertThat(ENGLISH.validate(new Holder())).isEmpty();
    }
}
