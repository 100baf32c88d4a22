package org.yanxun.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.yanxun.Alliance;
import org.yanxun.AllianceId;
import org.yanxun.Cluster;
import org.yanxun.ClusterId;
import org.yanxun.Dataset;
import org.yanxun.ExchangeId;
import org.yanxun.InstitutionId;
import org.yanxun.PersonId;
import org.yanxun.ProjectId;
import org.yanxun.ResourceId;
import org.yanxun.SessionId;
import org.yanxun.StudioId;

/**
 * Walks the records of a dataset in document order ({@link Entity#allOf}), building only the records
 * of the types asked for: a run whose rules read no person record is not given 800,000 of them.
 */
final class DatasetRecords {

    private DatasetRecords() {
    }

    /**
     * Counts the records of a dataset by the class of the identifier they declare: as many person
     * records as {@code PersonId} keys, and so on, for sizing the tables of a run.
     *
     * @param dataset the dataset, not null
     * @return the number of records declaring identifiers of a class, 0 for any other class
     */
    static ToIntFunction<Class<?>> counts(Dataset dataset) {
        Map<Class<?>, Integer> counts = new HashMap<>();
        counts.put(PersonId.class, dataset.persons().size());
        counts.put(InstitutionId.class, dataset.institutions().size());
        counts.put(ClusterId.class, dataset.clusters().size());
        counts.put(StudioId.class, dataset.studios().size());
        counts.put(AllianceId.class, dataset.alliances().size());
        counts.put(ProjectId.class, dataset.projects().size());
        long sessions = 0;
        long exchanges = 0;
        long resources = 0;
        for (Alliance alliance : dataset.alliances()) {
            sessions += alliance.sessions().size();
            exchanges += alliance.exchanges().size();
            resources += alliance.resources().size();
        }
        counts.put(SessionId.class, (int) Math.min(sessions, Integer.MAX_VALUE));
        counts.put(ExchangeId.class, (int) Math.min(exchanges, Integer.MAX_VALUE));
        counts.put(ResourceId.class, (int) Math.min(resources, Integer.MAX_VALUE));
        return type -> counts.getOrDefault(type, 0);
    }

    /**
     * Gives the records of a dataset of the wanted types to an action, in document order.
     *
     * @param dataset the dataset, not null
     * @param wanted which record types to build
     * @param action what receives each record
     */
    static void forEach(Dataset dataset, Predicate<Class<? extends Entity>> wanted, Consumer<Entity> action) {
        Objects.requireNonNull(dataset, "dataset");
        persons(dataset, wanted, action);
        institutions(dataset, wanted, action);
        communities(dataset, wanted, action);
    }

    /**
     * Gives the records of a dataset of the wanted types to an action, institutions before the persons
     * that name them as employers and otherwise in document order: records then seldom refer to an
     * identifier not yet declared, which a state must remember until it is. Findings do not depend on
     * the order records come in.
     *
     * @param dataset the dataset, not null
     * @param wanted which record types to build
     * @param action what receives each record
     */
    static void forEachDeclaredFirst(Dataset dataset, Predicate<Class<? extends Entity>> wanted,
            Consumer<Entity> action) {
        Objects.requireNonNull(dataset, "dataset");
        institutions(dataset, wanted, action);
        persons(dataset, wanted, action);
        communities(dataset, wanted, action);
    }

    private static void persons(Dataset dataset, Predicate<Class<? extends Entity>> wanted, Consumer<Entity> action) {
        topLevel(dataset.persons(), "persons", Entity.OfPerson.class, Entity.OfPerson::new, wanted, action);
    }

    private static void institutions(Dataset dataset, Predicate<Class<? extends Entity>> wanted,
            Consumer<Entity> action) {
        topLevel(dataset.institutions(), "institutions", Entity.OfInstitution.class, Entity.OfInstitution::new,
                wanted, action);
    }

    /** The records of one top-level array of a dataset, each at {@code /name/i}, if their type is wanted. */
    private static <T> void topLevel(List<T> records, String name, Class<? extends Entity> type,
            BiFunction<T, Location, Entity> entity, Predicate<Class<? extends Entity>> wanted, Consumer<Entity> action) {
        if (wanted.test(type)) {
            Location root = Location.root();
            for (int i = 0; i < records.size(); i++) {
                action.accept(entity.apply(records.get(i), root.element(name, i)));
            }
        }
    }

    /**
     * The communities: each cluster then its studios, each alliance then its sessions, exchanges and
     * resources, then the project communities.
     */
    private static void communities(Dataset dataset, Predicate<Class<? extends Entity>> wanted,
            Consumer<Entity> action) {
        Location root = Location.root();
        for (int i = 0; i < dataset.clusters().size(); i++) {
            cluster(dataset.clusters().get(i), root.element("clusters", i), wanted, action);
        }
        for (int i = 0; i < dataset.alliances().size(); i++) {
            alliance(dataset.alliances().get(i), root.element("alliances", i), wanted, action);
        }
        topLevel(dataset.projects(), "projects", Entity.OfProject.class, Entity.OfProject::new, wanted, action);
    }

    /** A cluster at a location, then its studios, of the wanted types. */
    static void cluster(Cluster cluster, Location at, Predicate<Class<? extends Entity>> wanted,
            Consumer<Entity> action) {
        if (wanted.test(Entity.OfCluster.class)) {
            action.accept(new Entity.OfCluster(cluster, at));
        }
        children(cluster.studios(), cluster.id(), at, "studios", Entity.OfStudio.class, Entity.OfStudio::new, wanted,
                action);
    }

    /** An alliance at a location, then its sessions, exchanges and resources, of the wanted types. */
    static void alliance(Alliance alliance, Location at, Predicate<Class<? extends Entity>> wanted,
            Consumer<Entity> action) {
        if (wanted.test(Entity.OfAlliance.class)) {
            action.accept(new Entity.OfAlliance(alliance, at));
        }
        AllianceId id = alliance.id();
        children(alliance.sessions(), id, at, "sessions", Entity.OfSession.class, Entity.OfSession::new, wanted,
                action);
        children(alliance.exchanges(), id, at, "exchanges", Entity.OfExchange.class, Entity.OfExchange::new, wanted,
                action);
        children(alliance.resources(), id, at, "resources", Entity.OfResource.class, Entity.OfResource::new, wanted,
                action);
    }

    /** How a child record becomes a record of the rules: with its parent's identifier and its location. */
    private interface Child<T, P> {
        Entity of(T record, P parent, Location location);
    }

    /** The records of one array of a community, each at {@code name/i} below it, if their type is wanted. */
    private static <T, P> void children(List<T> records, P parent, Location at, String name,
            Class<? extends Entity> type, Child<T, P> entity, Predicate<Class<? extends Entity>> wanted,
            Consumer<Entity> action) {
        if (wanted.test(type)) {
            for (int i = 0; i < records.size(); i++) {
                action.accept(entity.of(records.get(i), parent, at.element(name, i)));
            }
        }
    }
}
