package org.yanxun.policy;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import org.yanxun.ExchangeKind;
import org.yanxun.InstitutionKind;
import org.yanxun.ResourceKind;
import org.yanxun.internal.Checks;

/**
 * The alliance part of a policy: composition, the plan, sessions, the four mutual exchanges and
 * shared resources.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param leadUnits how many lead units (牵头单位) an alliance has
 * @param memberKinds the institution kinds that may be members
 * @param compositionQuotas the members per province-level division of an outermost umbrella
 *     alliance (one that other alliances name as parent and that names none)
 * @param planRequired true if every alliance must have a plan
 * @param planYears the length of an alliance plan in years
 * @param planStructure what the plan must declare, not null
 * @param minSessionsPerYear the least number of joint research sessions (联合研修) in each full
 *     plan year
 * @param maxConsecutiveHostings the most consecutive sessions one unit may host (轮流举办)
 * @param minExternalExperts the least number of external experts a joint research session invites
 * @param exchanges the limits per exchange kind
 * @param reciprocityTolerance how far the exchanges of one kind between two units may differ by direction
 *     during the plan (once it has ended, a kind that ran between them must have run both ways)
 * @param requiredExchangeKinds the exchange kinds an alliance must use by the end of its plan
 * @param resourceKinds the resource kinds a shared library may hold
 * @param freshnessMonths how many months may pass since a resource was last reviewed
 * @param sharingGraceMonths how many months a resource may stay unshared after creation
 */
public record AlliancePolicy(
        int leadUnits,
        Set<InstitutionKind> memberKinds,
        List<ProvinceQuota> compositionQuotas,
        boolean planRequired,
        int planYears,
        PlanStructure planStructure,
        int minSessionsPerYear,
        int maxConsecutiveHostings,
        int minExternalExperts,
        SortedMap<ExchangeKind, ExchangeLimits> exchanges,
        int reciprocityTolerance,
        Set<ExchangeKind> requiredExchangeKinds,
        Set<ResourceKind> resourceKinds,
        int freshnessMonths,
        int sharingGraceMonths) {

    /**
     * Creates the value; collections are copied.
     *
     * @param leadUnits how many lead units (牵头单位) an alliance has
     * @param memberKinds the institution kinds that may be members
     * @param compositionQuotas the members per province-level division of an outermost umbrella
     *     alliance (one that other alliances name as parent and that names none)
     * @param planRequired true if every alliance must have a plan
     * @param planYears the length of an alliance plan in years
     * @param planStructure what the plan must declare, not null
     * @param minSessionsPerYear the least number of joint research sessions (联合研修) in each full
     *     plan year
     * @param maxConsecutiveHostings the most consecutive sessions one unit may host (轮流举办)
     * @param minExternalExperts the least number of external experts a joint research session invites
     * @param exchanges the limits per exchange kind
     * @param reciprocityTolerance how far the exchanges of one kind between two units may differ by direction
     *     during the plan (once it has ended, a kind that ran between them must have run both ways)
     * @param requiredExchangeKinds the exchange kinds an alliance must use by the end of its plan
     * @param resourceKinds the resource kinds a shared library may hold
     * @param freshnessMonths how many months may pass since a resource was last reviewed
     * @param sharingGraceMonths how many months a resource may stay unshared after creation
     * @throws NullPointerException if an argument is null or a collection holds null
     */
    public AlliancePolicy {
        memberKinds = Checks.enumSet(memberKinds, InstitutionKind.class, "memberKinds");
        compositionQuotas = Checks.list(compositionQuotas, "compositionQuotas");
        Objects.requireNonNull(planStructure, "planStructure");
        exchanges = Checks.sortedMap(exchanges, "exchanges");
        requiredExchangeKinds = Checks.enumSet(requiredExchangeKinds, ExchangeKind.class, "requiredExchangeKinds");
        resourceKinds = Checks.enumSet(resourceKinds, ResourceKind.class, "resourceKinds");
    }

    /**
     * Returns a copy with a different {@code leadUnits}.
     *
     * @param value the new value; see {@link #leadUnits()}
     * @return a copy of this value with {@code leadUnits} replaced
     */
    public AlliancePolicy withLeadUnits(int value) {
        return new AlliancePolicy(value, memberKinds, compositionQuotas, planRequired, planYears, planStructure, minSessionsPerYear, maxConsecutiveHostings, minExternalExperts, exchanges, reciprocityTolerance, requiredExchangeKinds, resourceKinds, freshnessMonths, sharingGraceMonths);
    }

    /**
     * Returns a copy with a different {@code memberKinds}.
     *
     * @param value the new value; see {@link #memberKinds()}
     * @return a copy of this value with {@code memberKinds} replaced
     */
    public AlliancePolicy withMemberKinds(Set<InstitutionKind> value) {
        return new AlliancePolicy(leadUnits, value, compositionQuotas, planRequired, planYears, planStructure, minSessionsPerYear, maxConsecutiveHostings, minExternalExperts, exchanges, reciprocityTolerance, requiredExchangeKinds, resourceKinds, freshnessMonths, sharingGraceMonths);
    }

    /**
     * Returns a copy with a different {@code compositionQuotas}.
     *
     * @param value the new value; see {@link #compositionQuotas()}
     * @return a copy of this value with {@code compositionQuotas} replaced
     */
    public AlliancePolicy withCompositionQuotas(List<ProvinceQuota> value) {
        return new AlliancePolicy(leadUnits, memberKinds, value, planRequired, planYears, planStructure, minSessionsPerYear, maxConsecutiveHostings, minExternalExperts, exchanges, reciprocityTolerance, requiredExchangeKinds, resourceKinds, freshnessMonths, sharingGraceMonths);
    }

    /**
     * Returns a copy with a different {@code planRequired}.
     *
     * @param value the new value; see {@link #planRequired()}
     * @return a copy of this value with {@code planRequired} replaced
     */
    public AlliancePolicy withPlanRequired(boolean value) {
        return new AlliancePolicy(leadUnits, memberKinds, compositionQuotas, value, planYears, planStructure, minSessionsPerYear, maxConsecutiveHostings, minExternalExperts, exchanges, reciprocityTolerance, requiredExchangeKinds, resourceKinds, freshnessMonths, sharingGraceMonths);
    }

    /**
     * Returns a copy with a different {@code planYears}.
     *
     * @param value the new value; see {@link #planYears()}
     * @return a copy of this value with {@code planYears} replaced
     */
    public AlliancePolicy withPlanYears(int value) {
        return new AlliancePolicy(leadUnits, memberKinds, compositionQuotas, planRequired, value, planStructure, minSessionsPerYear, maxConsecutiveHostings, minExternalExperts, exchanges, reciprocityTolerance, requiredExchangeKinds, resourceKinds, freshnessMonths, sharingGraceMonths);
    }

    /**
     * Returns a copy with a different {@code planStructure}.
     *
     * @param value the new value; see {@link #planStructure()}
     * @return a copy of this value with {@code planStructure} replaced
     */
    public AlliancePolicy withPlanStructure(PlanStructure value) {
        return new AlliancePolicy(leadUnits, memberKinds, compositionQuotas, planRequired, planYears, value, minSessionsPerYear, maxConsecutiveHostings, minExternalExperts, exchanges, reciprocityTolerance, requiredExchangeKinds, resourceKinds, freshnessMonths, sharingGraceMonths);
    }

    /**
     * Returns a copy with a different {@code minSessionsPerYear}.
     *
     * @param value the new value; see {@link #minSessionsPerYear()}
     * @return a copy of this value with {@code minSessionsPerYear} replaced
     */
    public AlliancePolicy withMinSessionsPerYear(int value) {
        return new AlliancePolicy(leadUnits, memberKinds, compositionQuotas, planRequired, planYears, planStructure, value, maxConsecutiveHostings, minExternalExperts, exchanges, reciprocityTolerance, requiredExchangeKinds, resourceKinds, freshnessMonths, sharingGraceMonths);
    }

    /**
     * Returns a copy with a different {@code maxConsecutiveHostings}.
     *
     * @param value the new value; see {@link #maxConsecutiveHostings()}
     * @return a copy of this value with {@code maxConsecutiveHostings} replaced
     */
    public AlliancePolicy withMaxConsecutiveHostings(int value) {
        return new AlliancePolicy(leadUnits, memberKinds, compositionQuotas, planRequired, planYears, planStructure, minSessionsPerYear, value, minExternalExperts, exchanges, reciprocityTolerance, requiredExchangeKinds, resourceKinds, freshnessMonths, sharingGraceMonths);
    }

    /**
     * Returns a copy with a different {@code minExternalExperts}.
     *
     * @param value the new value; see {@link #minExternalExperts()}
     * @return a copy of this value with {@code minExternalExperts} replaced
     */
    public AlliancePolicy withMinExternalExperts(int value) {
        return new AlliancePolicy(leadUnits, memberKinds, compositionQuotas, planRequired, planYears, planStructure, minSessionsPerYear, maxConsecutiveHostings, value, exchanges, reciprocityTolerance, requiredExchangeKinds, resourceKinds, freshnessMonths, sharingGraceMonths);
    }

    /**
     * Returns a copy with a different {@code exchanges}.
     *
     * @param value the new value; see {@link #exchanges()}
     * @return a copy of this value with {@code exchanges} replaced
     */
    public AlliancePolicy withExchanges(SortedMap<ExchangeKind, ExchangeLimits> value) {
        return new AlliancePolicy(leadUnits, memberKinds, compositionQuotas, planRequired, planYears, planStructure, minSessionsPerYear, maxConsecutiveHostings, minExternalExperts, value, reciprocityTolerance, requiredExchangeKinds, resourceKinds, freshnessMonths, sharingGraceMonths);
    }

    /**
     * Returns a copy with a different {@code reciprocityTolerance}.
     *
     * @param value the new value; see {@link #reciprocityTolerance()}
     * @return a copy of this value with {@code reciprocityTolerance} replaced
     */
    public AlliancePolicy withReciprocityTolerance(int value) {
        return new AlliancePolicy(leadUnits, memberKinds, compositionQuotas, planRequired, planYears, planStructure, minSessionsPerYear, maxConsecutiveHostings, minExternalExperts, exchanges, value, requiredExchangeKinds, resourceKinds, freshnessMonths, sharingGraceMonths);
    }

    /**
     * Returns a copy with a different {@code requiredExchangeKinds}.
     *
     * @param value the new value; see {@link #requiredExchangeKinds()}
     * @return a copy of this value with {@code requiredExchangeKinds} replaced
     */
    public AlliancePolicy withRequiredExchangeKinds(Set<ExchangeKind> value) {
        return new AlliancePolicy(leadUnits, memberKinds, compositionQuotas, planRequired, planYears, planStructure, minSessionsPerYear, maxConsecutiveHostings, minExternalExperts, exchanges, reciprocityTolerance, value, resourceKinds, freshnessMonths, sharingGraceMonths);
    }

    /**
     * Returns a copy with a different {@code resourceKinds}.
     *
     * @param value the new value; see {@link #resourceKinds()}
     * @return a copy of this value with {@code resourceKinds} replaced
     */
    public AlliancePolicy withResourceKinds(Set<ResourceKind> value) {
        return new AlliancePolicy(leadUnits, memberKinds, compositionQuotas, planRequired, planYears, planStructure, minSessionsPerYear, maxConsecutiveHostings, minExternalExperts, exchanges, reciprocityTolerance, requiredExchangeKinds, value, freshnessMonths, sharingGraceMonths);
    }

    /**
     * Returns a copy with a different {@code freshnessMonths}.
     *
     * @param value the new value; see {@link #freshnessMonths()}
     * @return a copy of this value with {@code freshnessMonths} replaced
     */
    public AlliancePolicy withFreshnessMonths(int value) {
        return new AlliancePolicy(leadUnits, memberKinds, compositionQuotas, planRequired, planYears, planStructure, minSessionsPerYear, maxConsecutiveHostings, minExternalExperts, exchanges, reciprocityTolerance, requiredExchangeKinds, resourceKinds, value, sharingGraceMonths);
    }

    /**
     * Returns a copy with a different {@code sharingGraceMonths}.
     *
     * @param value the new value; see {@link #sharingGraceMonths()}
     * @return a copy of this value with {@code sharingGraceMonths} replaced
     */
    public AlliancePolicy withSharingGraceMonths(int value) {
        return new AlliancePolicy(leadUnits, memberKinds, compositionQuotas, planRequired, planYears, planStructure, minSessionsPerYear, maxConsecutiveHostings, minExternalExperts, exchanges, reciprocityTolerance, requiredExchangeKinds, resourceKinds, freshnessMonths, value);
    }
}
