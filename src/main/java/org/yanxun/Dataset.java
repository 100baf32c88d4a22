package org.yanxun;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.yanxun.internal.Checks;

/**
 * A set of community data that can be validated and exchanged as one document: persons,
 * institutions, clusters (with their studios), alliances (with their sessions, exchanges and
 * resources) and project communities.
 *
 * <p>Every reference in a dataset is by identifier and is resolved with the lookups here, which
 * take constant time. A dataset may hold two entities with the same identifier (that is the
 * {@code ID_DUPLICATE} finding, not a construction error); a lookup then returns the first. The
 * dataset's JSON form mirrors this structure, so {@code /clusters/0/studios/5} names the sixth
 * studio of the first cluster.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Dataset {

    private static final Dataset EMPTY = new Dataset(List.of(), List.of(), List.of(), List.of(), List.of());

    private final List<Person> persons;
    private final List<Institution> institutions;
    private final List<Cluster> clusters;
    private final List<Alliance> alliances;
    private final List<ProjectCommunity> projects;
    private final List<Studio> studios;
    private final Map<PersonId, Person> personIndex;
    private final Map<InstitutionId, Institution> institutionIndex;
    private final Map<StudioId, Studio> studioIndex;
    private final Map<ClusterId, Cluster> clusterIndex;
    private final Map<AllianceId, Alliance> allianceIndex;

    private Dataset(List<Person> persons, List<Institution> institutions, List<Cluster> clusters,
            List<Alliance> alliances, List<ProjectCommunity> projects) {
        this.persons = Checks.list(persons, "persons");
        this.institutions = Checks.list(institutions, "institutions");
        this.clusters = Checks.list(clusters, "clusters");
        this.alliances = Checks.list(alliances, "alliances");
        this.projects = Checks.list(projects, "projects");
        List<Studio> allStudios = new ArrayList<>();
        this.clusters.forEach(cluster -> allStudios.addAll(cluster.studios()));
        this.studios = Collections.unmodifiableList(allStudios);
        this.personIndex = index(this.persons, Person::id);
        this.institutionIndex = index(this.institutions, Institution::id);
        this.studioIndex = index(this.studios, Studio::id);
        this.clusterIndex = index(this.clusters, Cluster::id);
        this.allianceIndex = index(this.alliances, Alliance::id);
    }

    private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
        Map<K, V> index = new HashMap<>(values.size() * 2);
        values.forEach(value -> index.putIfAbsent(key.apply(value), value));
        return Collections.unmodifiableMap(index);
    }

    /**
     * Obtains a dataset.
     *
     * @param persons the persons, not null
     * @param institutions the institutions, not null
     * @param clusters the clusters, not null
     * @param alliances the alliances, not null
     * @param projects the project communities, not null
     * @return the dataset
     * @throws NullPointerException if a list is null or holds null
     */
    public static Dataset of(List<Person> persons, List<Institution> institutions, List<Cluster> clusters,
            List<Alliance> alliances, List<ProjectCommunity> projects) {
        return new Dataset(persons, institutions, clusters, alliances, projects);
    }

    /**
     * Returns the empty dataset.
     *
     * @return a dataset with no entities
     */
    public static Dataset empty() {
        return EMPTY;
    }

    /**
     * Returns the persons, in document order.
     *
     * @return the persons
     */
    public List<Person> persons() {
        return persons;
    }

    /**
     * Returns the institutions, in document order.
     *
     * @return the institutions
     */
    public List<Institution> institutions() {
        return institutions;
    }

    /**
     * Returns the clusters, in document order.
     *
     * @return the clusters
     */
    public List<Cluster> clusters() {
        return clusters;
    }

    /**
     * Returns the alliances, in document order.
     *
     * @return the alliances
     */
    public List<Alliance> alliances() {
        return alliances;
    }

    /**
     * Returns the project communities, in document order.
     *
     * @return the project communities
     */
    public List<ProjectCommunity> projects() {
        return projects;
    }

    /**
     * Returns the studios of every cluster, cluster by cluster in document order.
     *
     * @return the studios
     */
    public List<Studio> studios() {
        return studios;
    }

    /**
     * Finds a person.
     *
     * @param id the identifier, not null
     * @return the first person with that identifier, or empty
     */
    public Optional<Person> person(PersonId id) {
        return Optional.ofNullable(personIndex.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Finds an institution.
     *
     * @param id the identifier, not null
     * @return the first institution with that identifier, or empty
     */
    public Optional<Institution> institution(InstitutionId id) {
        return Optional.ofNullable(institutionIndex.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Finds a studio in any cluster.
     *
     * @param id the identifier, not null
     * @return the first studio with that identifier, or empty
     */
    public Optional<Studio> studio(StudioId id) {
        return Optional.ofNullable(studioIndex.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Finds a cluster.
     *
     * @param id the identifier, not null
     * @return the first cluster with that identifier, or empty
     */
    public Optional<Cluster> cluster(ClusterId id) {
        return Optional.ofNullable(clusterIndex.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Finds an alliance.
     *
     * @param id the identifier, not null
     * @return the first alliance with that identifier, or empty
     */
    public Optional<Alliance> alliance(AllianceId id) {
        return Optional.ofNullable(allianceIndex.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Returns a copy with other persons.
     *
     * @param replacement the persons, not null
     * @return the copy
     */
    public Dataset withPersons(List<Person> replacement) {
        return new Dataset(replacement, institutions, clusters, alliances, projects);
    }

    /**
     * Returns a copy with other institutions.
     *
     * @param replacement the institutions, not null
     * @return the copy
     */
    public Dataset withInstitutions(List<Institution> replacement) {
        return new Dataset(persons, replacement, clusters, alliances, projects);
    }

    /**
     * Returns a copy with other clusters.
     *
     * @param replacement the clusters, not null
     * @return the copy
     */
    public Dataset withClusters(List<Cluster> replacement) {
        return new Dataset(persons, institutions, replacement, alliances, projects);
    }

    /**
     * Returns a copy with other alliances.
     *
     * @param replacement the alliances, not null
     * @return the copy
     */
    public Dataset withAlliances(List<Alliance> replacement) {
        return new Dataset(persons, institutions, clusters, replacement, projects);
    }

    /**
     * Returns a copy with other project communities.
     *
     * @param replacement the project communities, not null
     * @return the copy
     */
    public Dataset withProjects(List<ProjectCommunity> replacement) {
        return new Dataset(persons, institutions, clusters, alliances, replacement);
    }

    /**
     * Returns a dataset holding the entities of this one followed by those of another.
     *
     * @param other the other dataset, not null
     * @return the combined dataset
     */
    public Dataset plus(Dataset other) {
        Objects.requireNonNull(other, "other");
        return new Dataset(concat(persons, other.persons), concat(institutions, other.institutions),
                concat(clusters, other.clusters), concat(alliances, other.alliances),
                concat(projects, other.projects));
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Dataset that
                && persons.equals(that.persons)
                && institutions.equals(that.institutions)
                && clusters.equals(that.clusters)
                && alliances.equals(that.alliances)
                && projects.equals(that.projects);
    }

    @Override
    public int hashCode() {
        return Objects.hash(persons, institutions, clusters, alliances, projects);
    }

    /**
     * Returns a summary with the number of entities of each kind.
     *
     * @return the summary, such as {@code Dataset[persons=3, institutions=3, ...]}
     */
    @Override
    public String toString() {
        return "Dataset[persons=" + persons.size() + ", institutions=" + institutions.size() + ", clusters="
                + clusters.size() + ", studios=" + studios.size() + ", alliances=" + alliances.size()
                + ", projects=" + projects.size() + "]";
    }
}
