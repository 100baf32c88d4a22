package org.yanxun.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.yanxun.Alliance;
import org.yanxun.AllianceId;
import org.yanxun.Cluster;
import org.yanxun.ClusterId;
import org.yanxun.Dataset;
import org.yanxun.Exchange;
import org.yanxun.Institution;
import org.yanxun.JointSession;
import org.yanxun.Person;
import org.yanxun.ProjectCommunity;
import org.yanxun.SharedResource;
import org.yanxun.Studio;

/**
 * One record the rule engine reads, with its location and, for a child record, the identifier of
 * its parent: the unit of both the whole-document and the streaming (JSON Lines) engine.
 *
 * <p>A cluster record carries no studios and an alliance record no sessions, exchanges or
 * resources: those arrive as records of their own, so a rule sees the same data in a whole
 * document, a JSON Lines stream or a distributed engine.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Entity {

    /**
     * Returns where the record is.
     *
     * @return the location
     */
    Location location();

    /**
     * Lists the records of a dataset in document order, each with its JSON Pointer, such as
     * {@code /clusters/0/studios/5} for the sixth studio of the first cluster.
     *
     * @param dataset the dataset, not null
     * @return the records, unmodifiable: persons, institutions, each cluster then its studios, each alliance
     *     then its sessions, exchanges and resources, then project communities
     */
    static List<Entity> allOf(Dataset dataset) {
        List<Entity> all = new ArrayList<>();
        DatasetRecords.forEach(dataset, type -> true, all::add);
        return Collections.unmodifiableList(all);
    }

    /**
     * Lists the records of a cluster on its own, as a document of that one cluster holds them: the
     * cluster at the root, then each studio at {@code /studios/i}.
     *
     * @param cluster the cluster, not null
     * @return the records, unmodifiable
     */
    static List<Entity> allOf(Cluster cluster) {
        List<Entity> all = new ArrayList<>(Objects.requireNonNull(cluster, "cluster").studios().size() + 1);
        DatasetRecords.cluster(cluster, Location.root(), type -> true, all::add);
        return Collections.unmodifiableList(all);
    }

    /**
     * Lists the records of an alliance on its own, as a document of that one alliance holds them: the
     * alliance at the root, then each session, exchange and resource at {@code /sessions/i},
     * {@code /exchanges/i} and {@code /resources/i}.
     *
     * @param alliance the alliance, not null
     * @return the records, unmodifiable
     */
    static List<Entity> allOf(Alliance alliance) {
        List<Entity> all = new ArrayList<>();
        DatasetRecords.alliance(Objects.requireNonNull(alliance, "alliance"), Location.root(), type -> true, all::add);
        return Collections.unmodifiableList(all);
    }

    /**
     * A person record.
     *
     * @param person the person
     * @param location where it is
     */
    record OfPerson(Person person, Location location) implements Entity {
        /**
         * Creates the record.
         *
         * @param person the person, not null
         * @param location where it is, not null
         * @throws NullPointerException if an argument is null
         */
        public OfPerson {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(location, "location");
        }
    }

    /**
     * An institution record.
     *
     * @param institution the institution
     * @param location where it is
     */
    record OfInstitution(Institution institution, Location location) implements Entity {
        /**
         * Creates the record.
         *
         * @param institution the institution, not null
         * @param location where it is, not null
         * @throws NullPointerException if an argument is null
         */
        public OfInstitution {
            Objects.requireNonNull(institution, "institution");
            Objects.requireNonNull(location, "location");
        }
    }

    /**
     * A cluster record, without its studios.
     *
     * @param cluster the cluster, with no studios
     * @param location where it is
     */
    record OfCluster(Cluster cluster, Location location) implements Entity {
        /**
         * Creates the record; the cluster's studios are dropped.
         *
         * @param cluster the cluster, not null
         * @param location where it is, not null
         * @throws NullPointerException if an argument is null
         */
        public OfCluster {
            Objects.requireNonNull(cluster, "cluster");
            Objects.requireNonNull(location, "location");
            cluster = cluster.studios().isEmpty() ? cluster : cluster.withStudios(List.of());
        }
    }

    /**
     * A studio record.
     *
     * @param studio the studio
     * @param cluster the cluster it belongs to
     * @param location where it is
     */
    record OfStudio(Studio studio, ClusterId cluster, Location location) implements Entity {
        /**
         * Creates the record.
         *
         * @param studio the studio, not null
         * @param cluster the cluster, not null
         * @param location where it is, not null
         * @throws NullPointerException if an argument is null
         */
        public OfStudio {
            Objects.requireNonNull(studio, "studio");
            Objects.requireNonNull(cluster, "cluster");
            Objects.requireNonNull(location, "location");
        }
    }

    /**
     * An alliance record, without its sessions, exchanges and resources.
     *
     * @param alliance the alliance, with none of its children
     * @param location where it is
     */
    record OfAlliance(Alliance alliance, Location location) implements Entity {
        /**
         * Creates the record; the alliance's sessions, exchanges and resources are dropped.
         *
         * @param alliance the alliance, not null
         * @param location where it is, not null
         * @throws NullPointerException if an argument is null
         */
        public OfAlliance {
            Objects.requireNonNull(alliance, "alliance");
            Objects.requireNonNull(location, "location");
            alliance = Dimensions.withoutChildren(alliance);
        }
    }

    /**
     * A joint session record.
     *
     * @param session the session
     * @param alliance the alliance it belongs to
     * @param location where it is
     */
    record OfSession(JointSession session, AllianceId alliance, Location location) implements Entity {
        /**
         * Creates the record.
         *
         * @param session the session, not null
         * @param alliance the alliance, not null
         * @param location where it is, not null
         * @throws NullPointerException if an argument is null
         */
        public OfSession {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(alliance, "alliance");
            Objects.requireNonNull(location, "location");
        }
    }

    /**
     * An exchange record.
     *
     * @param exchange the exchange
     * @param alliance the alliance it belongs to
     * @param location where it is
     */
    record OfExchange(Exchange exchange, AllianceId alliance, Location location) implements Entity {
        /**
         * Creates the record.
         *
         * @param exchange the exchange, not null
         * @param alliance the alliance, not null
         * @param location where it is, not null
         * @throws NullPointerException if an argument is null
         */
        public OfExchange {
            Objects.requireNonNull(exchange, "exchange");
            Objects.requireNonNull(alliance, "alliance");
            Objects.requireNonNull(location, "location");
        }
    }

    /**
     * A shared resource record.
     *
     * @param resource the resource
     * @param alliance the alliance it belongs to
     * @param location where it is
     */
    record OfResource(SharedResource resource, AllianceId alliance, Location location) implements Entity {
        /**
         * Creates the record.
         *
         * @param resource the resource, not null
         * @param alliance the alliance, not null
         * @param location where it is, not null
         * @throws NullPointerException if an argument is null
         */
        public OfResource {
            Objects.requireNonNull(resource, "resource");
            Objects.requireNonNull(alliance, "alliance");
            Objects.requireNonNull(location, "location");
        }
    }

    /**
     * A project community record.
     *
     * @param project the project community
     * @param location where it is
     */
    record OfProject(ProjectCommunity project, Location location) implements Entity {
        /**
         * Creates the record.
         *
         * @param project the project community, not null
         * @param location where it is, not null
         * @throws NullPointerException if an argument is null
         */
        public OfProject {
            Objects.requireNonNull(project, "project");
            Objects.requireNonNull(location, "location");
        }
    }
}
