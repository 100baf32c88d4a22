package org.yanxun.generators;

import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.yanxun.Alliance;
import org.yanxun.Cluster;
import org.yanxun.Dataset;
import org.yanxun.Institution;
import org.yanxun.Person;
import org.yanxun.ProjectCommunity;
import org.yanxun.Studio;
import org.yanxun.policy.Policy;

/**
 * jqwik arbitraries of model values, shared by the tests of every package, such as
 * {@code @ForAll("datasets") Dataset dataset} with a provider returning {@link #datasets()}.
 *
 * <p>Two families: {@link #datasets()} and its siblings are <em>well-formed</em> (every value passes
 * the constructors, references point at random identifiers, so a dataset is full of findings);
 * {@link #validScenarios()} and the {@code valid...} arbitraries are <em>valid</em> (no ERROR finding
 * under the policy of the scenario), and {@link #nearValid()} breaks one rule or one reader check of
 * a valid dataset.
 *
 * <p>Values are drawn from a seeded {@link Random}, so a failing try is reproduced by its seed;
 * they do not shrink.
 */
public final class ModelArbitraries {

    private ModelArbitraries() {
    }

    private static <T> Arbitrary<T> from(Function<RandomEntities, T> draw) {
        return Arbitraries.longs().map(seed -> draw.apply(new RandomEntities(new Random(seed))));
    }

    public static Arbitrary<Person> persons() {
        return from(RandomEntities::person);
    }

    public static Arbitrary<Institution> institutions() {
        return from(RandomEntities::institution);
    }

    public static Arbitrary<Studio> studios() {
        return from(RandomEntities::studio);
    }

    public static Arbitrary<Cluster> clusters() {
        return from(RandomEntities::cluster);
    }

    public static Arbitrary<Alliance> alliances() {
        return from(RandomEntities::alliance);
    }

    public static Arbitrary<ProjectCommunity> projects() {
        return from(RandomEntities::project);
    }

    public static Arbitrary<Dataset> datasets() {
        return from(RandomEntities::dataset);
    }

    /** Valid datasets with the preset and as-of date under which they have no ERROR finding. */
    public static Arbitrary<Scenario> validScenarios() {
        return Arbitraries.longs().map(seed -> new ValidDatasets(new Random(seed)).scenario());
    }

    public static Arbitrary<Dataset> validDatasets() {
        return validScenarios().map(Scenario::dataset);
    }

    /** Persons of valid datasets: synthetic people of the examples and people outside every community. */
    public static Arbitrary<Person> validPersons() {
        return validScenarios().flatMap(s -> Arbitraries.of(s.dataset().persons()));
    }

    /** Institutions whose region has the right level and whose credit code names that region. */
    public static Arbitrary<Institution> validInstitutions() {
        return validScenarios().flatMap(s -> Arbitraries.of(s.dataset().institutions()));
    }

    public static Arbitrary<Studio> validStudios() {
        return Arbitraries.longs().map(seed -> new ValidDatasets(new Random(seed)).scenario(true, false))
                .flatMap(s -> Arbitraries.of(s.dataset().studios()));
    }

    public static Arbitrary<Cluster> validClusters() {
        return Arbitraries.longs().map(seed -> new ValidDatasets(new Random(seed)).scenario(true, false))
                .map(s -> s.dataset().clusters().get(0));
    }

    public static Arbitrary<Alliance> validAlliances() {
        return Arbitraries.longs().map(seed -> new ValidDatasets(new Random(seed)).scenario(false, true))
                .map(s -> s.dataset().alliances().get(0));
    }

    /** Consistent policies drawn from the presets with random numbers, sets and switches at and inside their limits. */
    public static Arbitrary<Policy> policies() {
        return Arbitraries.longs().map(seed -> new RandomPolicies(new Random(seed)).policy());
    }

    /** Valid scenarios with one mutation applied, each aimed at one rule code. */
    public static Arbitrary<NearValid> nearValid() {
        return Arbitraries.longs().map(NearValid::draw);
    }

    /** Written forms of valid datasets with one mutation applied, each aimed at one reader error code. */
    public static Arbitrary<NearValidJson> nearValidJson() {
        return Arbitraries.longs().map(NearValidJson::draw);
    }
}
