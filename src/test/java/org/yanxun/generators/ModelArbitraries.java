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

/**
 * jqwik arbitraries of valid model values, shared by the tests of every package, such as
 * {@code @ForAll("datasets") Dataset dataset} with a provider returning {@link #datasets()}.
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
}
