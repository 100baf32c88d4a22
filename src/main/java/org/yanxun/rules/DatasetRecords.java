package org.yanxun.rules;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.yanxun.Alliance;
import org.yanxun.Cluster;
import org.yanxun.Dataset;

/**
 * Walks the records of a dataset in document order ({@link Entity#allOf}), building only the records
 * of the types asked for: a run whose rules read no person record is not given 800,000 of them.
 */
final class DatasetRecords {

    private DatasetRecords() {
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
        Location root = Location.root();
        if (wanted.test(Entity.OfPerson.class)) {
            for (int i = 0; i < dataset.persons().size(); i++) {
                action.accept(new Entity.OfPerson(dataset.persons().get(i), root.child("persons", i)));
            }
        }
        if (wanted.test(Entity.OfInstitution.class)) {
            for (int i = 0; i < dataset.institutions().size(); i++) {
                action.accept(new Entity.OfInstitution(dataset.institutions().get(i), root.child("institutions", i)));
            }
        }
        boolean clusters = wanted.test(Entity.OfCluster.class);
        boolean studios = wanted.test(Entity.OfStudio.class);
        for (int i = 0; i < dataset.clusters().size(); i++) {
            Cluster cluster = dataset.clusters().get(i);
            Location at = root.child("clusters", i);
            if (clusters) {
                action.accept(new Entity.OfCluster(cluster, at));
            }
            for (int j = 0; studios && j < cluster.studios().size(); j++) {
                action.accept(new Entity.OfStudio(cluster.studios().get(j), cluster.id(), at.child("studios", j)));
            }
        }
        boolean alliances = wanted.test(Entity.OfAlliance.class);
        boolean sessions = wanted.test(Entity.OfSession.class);
        boolean exchanges = wanted.test(Entity.OfExchange.class);
        boolean resources = wanted.test(Entity.OfResource.class);
        for (int i = 0; i < dataset.alliances().size(); i++) {
            Alliance alliance = dataset.alliances().get(i);
            Location at = root.child("alliances", i);
            if (alliances) {
                action.accept(new Entity.OfAlliance(alliance, at));
            }
            for (int j = 0; sessions && j < alliance.sessions().size(); j++) {
                action.accept(new Entity.OfSession(alliance.sessions().get(j), alliance.id(), at.child("sessions", j)));
            }
            for (int j = 0; exchanges && j < alliance.exchanges().size(); j++) {
                action.accept(new Entity.OfExchange(alliance.exchanges().get(j), alliance.id(), at.child("exchanges", j)));
            }
            for (int j = 0; resources && j < alliance.resources().size(); j++) {
                action.accept(new Entity.OfResource(alliance.resources().get(j), alliance.id(), at.child("resources", j)));
            }
        }
        if (wanted.test(Entity.OfProject.class)) {
            for (int i = 0; i < dataset.projects().size(); i++) {
                action.accept(new Entity.OfProject(dataset.projects().get(i), root.child("projects", i)));
            }
        }
    }
}
