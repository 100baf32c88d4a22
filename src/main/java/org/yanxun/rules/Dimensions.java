package org.yanxun.rules;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.yanxun.Alliance;
import org.yanxun.AllianceId;
import org.yanxun.AllianceMember;
import org.yanxun.Dataset;
import org.yanxun.Institution;
import org.yanxun.InstitutionId;
import org.yanxun.internal.Checks;

/**
 * The small reference data every rule may look up: institutions and alliances (an alliance without
 * its sessions, exchanges and resources).
 *
 * <p>These sets are small even at national scale (tens of thousands of institutions), so a streaming
 * reader collects them in a first pass and a distributed engine broadcasts them. Persons, studios
 * and the children of alliances are not here: rules that need them across records are keyed rules.
 * Where an identifier is duplicated, the first record wins.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Dimensions {

    private static final Dimensions EMPTY = new Dimensions(Map.of(), Map.of());

    private final Map<InstitutionId, Institution> institutions;
    private final Map<AllianceId, Alliance> alliances;
    /** By alliance, its member institutions: rules ask once per session, exchange and resource. */
    private final Map<AllianceId, Set<InstitutionId>> members;
    /** The alliances another alliance held here names as its parent. */
    private final Set<AllianceId> umbrellas;
    /** The alliances' parent chains, resolved once. */
    private final ParentChains parentChains;

    private Dimensions(Map<InstitutionId, Institution> institutions, Map<AllianceId, Alliance> alliances) {
        this.institutions = institutions;
        this.alliances = alliances;
        Map<AllianceId, Set<InstitutionId>> byAlliance = new HashMap<>();
        alliances.forEach((id, alliance) -> byAlliance.put(id, alliance.members().stream()
                .map(AllianceMember::institution).collect(Collectors.toUnmodifiableSet())));
        this.members = Collections.unmodifiableMap(byAlliance);
        this.umbrellas = alliances.values().stream().flatMap(alliance -> alliance.parent().stream())
                .collect(Collectors.toUnmodifiableSet());
        this.parentChains = ParentChains.of(alliances);
    }

    /**
     * Obtains reference data from institutions and alliances.
     *
     * @param institutions the institutions, not null
     * @param alliances the alliances, not null; their children are dropped
     * @return the reference data
     */
    public static Dimensions of(Collection<Institution> institutions, Collection<Alliance> alliances) {
        List<Institution> institutionList = Checks.list(institutions, "institutions");
        List<Alliance> allianceList = Checks.list(alliances, "alliances");
        Map<InstitutionId, Institution> byInstitution = new HashMap<>();
        institutionList.forEach(i -> byInstitution.putIfAbsent(i.id(), i));
        Map<AllianceId, Alliance> byAlliance = new HashMap<>();
        allianceList.forEach(a -> byAlliance.putIfAbsent(a.id(), withoutChildren(a)));
        return new Dimensions(Collections.unmodifiableMap(byInstitution), Collections.unmodifiableMap(byAlliance));
    }

    /**
     * Obtains the reference data of a dataset.
     *
     * @param dataset the dataset, not null
     * @return its institutions and alliances
     */
    public static Dimensions of(Dataset dataset) {
        Objects.requireNonNull(dataset, "dataset");
        return of(dataset.institutions(), dataset.alliances());
    }

    /**
     * Returns empty reference data.
     *
     * @return reference data with nothing in it
     */
    public static Dimensions empty() {
        return EMPTY;
    }

    /**
     * Finds an institution.
     *
     * @param id the identifier, not null
     * @return the institution, or empty
     */
    public Optional<Institution> institution(InstitutionId id) {
        return Optional.ofNullable(institutions.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Finds an alliance, without its children.
     *
     * @param id the identifier, not null
     * @return the alliance, or empty
     */
    public Optional<Alliance> alliance(AllianceId id) {
        return Optional.ofNullable(alliances.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Tells whether an institution is a member of an alliance, in constant time.
     *
     * @param alliance the alliance, not null
     * @param institution the institution, not null
     * @return true if the alliance is held here and lists the institution among its members
     */
    public boolean isMember(AllianceId alliance, InstitutionId institution) {
        Objects.requireNonNull(institution, "institution");
        return members.getOrDefault(Objects.requireNonNull(alliance, "alliance"), Set.of()).contains(institution);
    }

    /**
     * Tells whether an alliance is an umbrella: another alliance held here names it as its parent, as
     * 綦营恩 names the Chengdu-Chongqing "10+20" community (成渝“10+20”共同体).
     *
     * @param alliance the alliance, not null
     * @return true if an alliance held here names it as parent, whether or not it is held here itself
     */
    public boolean isUmbrella(AllianceId alliance) {
        return umbrellas.contains(Objects.requireNonNull(alliance, "alliance"));
    }

    /**
     * Counts the steps up the parent chain from one alliance to the first alliance of the chain with
     * another identifier, following the parents of the alliances held here: 1 for the parent, 2 for
     * the parent's parent. A chain ends at an alliance without a parent, or at a parent that is not
     * held here, and goes around a loop at most once.
     *
     * <p>The chains of all the alliances are resolved together when this reference data is made, in
     * time and memory linear in the number of alliances, so every call takes constant time.
     *
     * @param from the alliance the chain starts at, not null
     * @param to the alliance to reach, not null
     * @return 0 if the identifiers are equal, the number of steps, or -1 if the chain never reaches
     *     {@code to}
     */
    public int parentSteps(AllianceId from, AllianceId to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return parentChains.steps(from, to);
    }

    /**
     * Tells whether other reference data holds the same institutions and alliances, so that runs
     * started with either can be merged.
     *
     * @param other the object to compare with
     * @return true for equal reference data
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Dimensions that && institutions.equals(that.institutions)
                && alliances.equals(that.alliances);
    }

    @Override
    public int hashCode() {
        return 31 * institutions.hashCode() + alliances.hashCode();
    }

    /**
     * Returns a summary.
     *
     * @return such as {@code Dimensions[institutions=3, alliances=1]}
     */
    @Override
    public String toString() {
        return "Dimensions[institutions=" + institutions.size() + ", alliances=" + alliances.size() + "]";
    }

    static Alliance withoutChildren(Alliance alliance) {
        if (alliance.sessions().isEmpty() && alliance.exchanges().isEmpty() && alliance.resources().isEmpty()) {
            return alliance;
        }
        return new Alliance(alliance.id(), alliance.name(), alliance.parent(), alliance.members(), alliance.plan(),
                List.of(), List.of(), List.of());
    }
}
