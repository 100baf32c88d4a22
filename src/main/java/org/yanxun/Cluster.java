package org.yanxun;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.yanxun.internal.Checks;

/**
 * A district cluster community (集群研训共同体): a district's set of studios and workshops, organised
 * (主办) by an institution and undertaken (承办) by one, usually another (the model does not require
 * two), such as the Liwan 2026 cluster launched on {@code 2026-01-09} by the Liwan District Education
 * Bureau and the Liwan Education Development Research Institute.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the identifier, not null
 * @param name the name, not blank
 * @param region the district, not null
 * @param organiser the organiser (主办), not null; in a session, 主办 is {@link SessionRole#HOST}
 * @param undertaker the undertaker (承办), not null; in a session, 承办 is {@link SessionRole#ORGANISER}
 * @param launchedOn the launch date, not null
 * @param studios the studios and workshops, not null
 * @param plan the published plan, if any
 */
public record Cluster(ClusterId id, String name, RegionCode region, InstitutionId organiser,
        InstitutionId undertaker, LocalDate launchedOn, List<Studio> studios, Optional<ClusterPlan> plan) {

    /**
     * Creates a cluster, checking its invariants.
     *
     * @param id the identifier, not null
     * @param name the name, not blank
     * @param region the district, not null
     * @param organiser the organiser (主办), not null
     * @param undertaker the undertaker (承办), not null
     * @param launchedOn the launch date, not null
     * @param studios the studios and workshops, not null
     * @param plan the published plan, if any
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is outside what its parameter allows
     */
    public Cluster {
        Objects.requireNonNull(id, "id");
        Checks.text(name, "name", 200);
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(organiser, "organiser");
        Objects.requireNonNull(undertaker, "undertaker");
        Checks.date(launchedOn, "launchedOn");
        studios = Checks.list(studios, "studios");
        Checks.optional(plan, "plan");
    }

    /**
     * Returns a copy with other studios.
     *
     * @param replacement the studios, not null
     * @return a copy of this cluster holding {@code replacement}
     */
    public Cluster withStudios(List<Studio> replacement) {
        return new Cluster(id, name, region, organiser, undertaker, launchedOn, replacement, plan);
    }

    /**
     * Returns a summary, short however many studios the cluster holds.
     *
     * @return the summary, such as {@code Cluster[id=liwan-2026, studios=258]}
     */
    @Override
    public String toString() {
        return "Cluster[id=" + id + ", studios=" + studios.size() + "]";
    }
}
