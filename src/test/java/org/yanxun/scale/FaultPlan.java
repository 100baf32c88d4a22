package org.yanxun.scale;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Which records of a {@link NationalData} set carry an injected fault, and so how many findings of
 * each rule code a validation must report.
 *
 * <p>Faults are placed on pairs of studios, on alliances, on umbrella alliances and on clusters, at
 * most one per pair, alliance, umbrella or cluster, so that each yields exactly one finding of its code
 * (two for a parent loop of two alliances: {@link #UMBRELLA_CODES}). The targets of each kind
 * are a seeded permutation, computed in constant memory: {@code target(i) = (a * i + b) mod n} with
 * {@code a} coprime to {@code n}, inverted to tell the fault of any target.
 *
 * <p>Every code of the catalogue is injected, under {@link NationalData#POLICY}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class FaultPlan {

    /**
     * Codes injected on a pair of studios, each on the first studio of the pair or its people. Some
     * reach the second studio too: {@code PERSON_HOSTS_TOO_MANY} makes the first's host its host, and
     * {@code PERSON_JOINS_TOO_MANY} gives it another member; {@code STUDIO_MENTORING_PAIRS} and
     * {@code STUDIO_CERTIFICATE_HOLDER} name one of its members. Five choose the pair's type
     * ({@code NationalData.profile}).
     */
    static final List<String> PAIR_CODES = List.of("STUDIO_MEMBER_COUNT", "STUDIO_HOST_COUNT", "STUDIO_CYCLE_LENGTH",
            "REF_UNKNOWN", "ID_DUPLICATE", "STUDIO_DUPLICATE_MEMBER", "PERSON_JOINS_TOO_MANY", "STUDIO_HOST_ELIGIBLE",
            "STUDIO_NAME_CONVENTION", "STUDIO_LEVEL_ABOVE_HONOUR", "STUDIO_MEMBERSHIP_OUTSIDE_CYCLE",
            "STUDIO_HOST_DUTIES", "STUDIO_MENTORING_PAIRS", "STUDIO_EVALUATION_SCHEDULE", "PERSON_HOSTS_TOO_MANY",
            "STUDIO_CERTIFICATE_HOLDER", "STUDIO_SAME_STAGE_SUBJECT", "STUDIO_MEMBER_ELIGIBLE", "STUDIO_FAILED_CONTINUES",
            "PERSON_LADDER_SKIP", "STUDIO_ONLINE_TRAINEES");

    /**
     * Codes injected on a cluster: the stages of its studios, or its plan. None is placed when there are
     * fewer clusters than these codes (fewer than 508 studios, as a last cluster needs 8).
     */
    static final List<String> CLUSTER_CODES = List.of("CLUSTER_STAGE_COVERAGE", "CLUSTER_PLAN_COUNTS");

    /**
     * Codes injected on an alliance: on its record or plan, its institutions (an extra school for
     * {@code CODE_REGION}), sessions, exchanges, resources or staff; {@code RESOURCE_CONTRIBUTOR} names a
     * unit of the next alliance.
     */
    static final List<String> ALLIANCE_CODES = List.of("EXCHANGE_PARTIES", "EXCHANGE_DURATION", "EXCHANGE_OUTSIDE_PLAN",
            "EXCHANGE_PARTICIPANT_AFFILIATION", "RESOURCE_FRESHNESS", "RESOURCE_SHARING", "SESSION_OUTSIDE_PLAN",
            "SESSION_EXPERT_EXTERNAL", "RESOURCE_CONTRIBUTOR", "SESSION_HOST_UNIT", "EXCHANGE_PARTICIPANT_POST",
            "ALLIANCE_LEAD_UNIT", "ALLIANCE_MEMBER_KIND", "ALLIANCE_PLAN_PERIOD", "ALLIANCE_PLAN_STRUCTURE",
            "SESSION_FREQUENCY", "SESSION_ROTATION", "EXCHANGE_RECIPROCITY", "EXCHANGE_OVERLAP", "PERSON_HONOUR_LEVEL",
            "PERSON_HONOUR_TITLE", "CODE_CREDIT", "CODE_REGION", "EXCHANGE_KIND_UNUSED", "RESOURCE_KIND");

    /**
     * Codes injected on an umbrella alliance: on its record, or on its last alliance's members
     * ({@link NationalAlliances}). The fault of {@code ALLIANCE_PARENT_CYCLE} is a loop of two
     * alliances, each naming the other as its parent, so it yields a finding on each.
     */
    static final List<String> UMBRELLA_CODES = List.of("ALLIANCE_COMPOSITION", "ALLIANCE_PARENT_CYCLE",
            "ALLIANCE_MEMBER_OUTSIDE_PARENT");

    private final Placement pairs;
    private final Placement alliances;
    private final Placement clusters;
    private final Placement umbrellas;

    FaultPlan(long seed, long pairCount, long allianceCount, long clusterCount, long umbrellaCount, double rate) {
        SplittableRandom random = new SplittableRandom(seed);
        pairs = new Placement(pairCount, count(rate * pairCount * 2, pairCount, PAIR_CODES.size()), PAIR_CODES, random);
        alliances = new Placement(allianceCount, count(rate * allianceCount, allianceCount, ALLIANCE_CODES.size()),
                ALLIANCE_CODES, random);
        clusters = new Placement(clusterCount, clusterCount < CLUSTER_CODES.size() ? 0
                : count(rate * clusterCount, clusterCount, CLUSTER_CODES.size()), CLUSTER_CODES, random);
        umbrellas = new Placement(umbrellaCount, count(rate * umbrellaCount, umbrellaCount, UMBRELLA_CODES.size()),
                UMBRELLA_CODES, random);
    }

    private static long count(double wanted, long population, int codes) {
        long count = Math.max(1, Math.round(wanted));
        if (count * codes > population) {
            throw new IllegalArgumentException("Fault rate too high: " + count + " faults of each of " + codes
                    + " codes need more than " + population + " targets");
        }
        return count;
    }

    /** The code of the fault on a pair of studios, or null. */
    String ofPair(long pair) {
        return pairs.codeOf(pair);
    }

    /** The code of the fault on an alliance, or null. */
    String ofAlliance(long alliance) {
        return alliances.codeOf(alliance);
    }

    /** The code of the fault on an umbrella alliance, or null. */
    String ofUmbrella(long umbrella) {
        return umbrellas.codeOf(umbrella);
    }

    /** The code of the fault on a cluster, or null. */
    String ofCluster(long cluster) {
        return clusters.codeOf(cluster);
    }

    /** The number of findings each injected code yields. */
    Map<String, Long> expected() {
        Map<String, Long> expected = new TreeMap<>();
        PAIR_CODES.forEach(code -> expected.put(code, pairs.perCode));
        ALLIANCE_CODES.forEach(code -> expected.put(code, alliances.perCode));
        UMBRELLA_CODES.forEach(code -> expected.put(code,
                "ALLIANCE_PARENT_CYCLE".equals(code) ? 2 * umbrellas.perCode : umbrellas.perCode));
        if (clusters.perCode > 0) {
            CLUSTER_CODES.forEach(code -> expected.put(code, clusters.perCode));
        }
        return expected;
    }

    /** A seeded permutation of n targets whose first codes × perCode positions carry faults. */
    private static final class Placement {
        private final long n;
        private final long perCode;
        private final List<String> codes;
        private final long b;
        private final long inverse;

        Placement(long n, long perCode, List<String> codes, SplittableRandom random) {
            this.n = n;
            this.perCode = perCode;
            this.codes = codes;
            long a = 1 + random.nextLong(Math.max(1, n - 1));
            while (BigInteger.valueOf(a).gcd(BigInteger.valueOf(n)).intValue() != 1) {
                a = a % n + 1;
            }
            this.b = random.nextLong(n);
            this.inverse = BigInteger.valueOf(a).modInverse(BigInteger.valueOf(n)).longValue();
        }

        String codeOf(long target) {
            long i = inverse * Math.floorMod(target - b, n) % n;
            return i < perCode * codes.size() ? codes.get((int) (i / perCode)) : null;
        }
    }
}
