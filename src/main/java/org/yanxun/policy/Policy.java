package org.yanxun.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.stream.Collectors;
import org.yanxun.InvalidValueException;
import org.yanxun.internal.Checks;

/**
 * A policy: the published rules a community is validated against, as data with a source and
 * validity dates, such as {@code guangzhou-liwan-2026} (2-year studios, 1-year workshops, new teacher
 * = 教龄 0 to 3).
 *
 * <p>Every number a rule reads lives here, never in the rule. Start from a preset of
 * {@link Presets} and change single values with the {@code with...} methods of each part:
 * <pre>{@code
 * Policy preset = Presets.guangzhouLiwan2026();
 * Policy mine = preset.withId("my-district-2027")
 *         .withStudios(preset.studios().withMaxJoinedAtOnce(2));
 * }</pre>
 *
 * <p>Construction checks only that nothing is null; {@link #problems()} says what is inconsistent
 * (a minimum above its maximum, dates out of order, a malformed code), and the rule engine refuses
 * a policy with problems.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the identifier, such as {@code guangzhou-liwan-2026}
 * @param nameZh the name in Chinese
 * @param nameEn the name in English
 * @param source the citation of the published rules the numbers come from
 * @param confidence how far the source can be trusted
 * @param effectiveFrom the first day the policy applies
 * @param effectiveUntil the last day the policy applies, if it expires
 * @param studios the studio part
 * @param clusters the cluster part
 * @param alliances the alliance part
 * @param severities the severity that replaces a rule's default, by rule code
 * @param disabledRules the codes of rules that do not run
 */
public record Policy(
        String id,
        String nameZh,
        String nameEn,
        String source,
        Confidence confidence,
        LocalDate effectiveFrom,
        Optional<LocalDate> effectiveUntil,
        StudioPolicy studios,
        ClusterPolicy clusters,
        AlliancePolicy alliances,
        SortedMap<String, Severity> severities,
        SortedSet<String> disabledRules) {

    /**
     * Creates the value; collections are copied.
     *
     * @param id the identifier, such as {@code guangzhou-liwan-2026}
     * @param nameZh the name in Chinese
     * @param nameEn the name in English
     * @param source the citation of the published rules the numbers come from
     * @param confidence how far the source can be trusted
     * @param effectiveFrom the first day the policy applies
     * @param effectiveUntil the last day the policy applies, if it expires
     * @param studios the studio part
     * @param clusters the cluster part
     * @param alliances the alliance part
     * @param severities the severity that replaces a rule's default, by rule code
     * @param disabledRules the codes of rules that do not run
     * @throws NullPointerException if an argument is null or a collection holds null
     */
    public Policy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(effectiveUntil, "effectiveUntil");
        Objects.requireNonNull(studios, "studios");
        Objects.requireNonNull(clusters, "clusters");
        Objects.requireNonNull(alliances, "alliances");
        severities = Checks.sortedMap(severities, "severities");
        disabledRules = Checks.sortedSet(disabledRules, "disabledRules");
    }

    /**
     * Lists what is inconsistent in this policy: each problem names the field and says what is
     * wrong, in Chinese and English.
     *
     * @return the problems, empty if the policy is consistent
     */
    public List<PolicyProblem> problems() {
        return PolicyCheck.problems(this);
    }

    /**
     * Returns this policy if it has no {@linkplain #problems() problems}, as the rule engine and the policy
     * writer require.
     *
     * @return this policy
     * @throws InvalidValueException if the policy has problems, naming each field and what is wrong with it,
     *     in Chinese and English
     */
    public Policy requireConsistent() {
        List<PolicyProblem> problems = problems();
        if (!problems.isEmpty()) {
            // The id and the fields, which name map keys, hold what the policy holds: shown printable.
            throw new InvalidValueException("政策" + Checks.quoteZh(id) + "有问题：" + problems.stream()
                    .map(p -> Checks.shorten(p.field()) + "：" + p.zh()).collect(Collectors.joining("；")),
                    "Policy " + Checks.quote(id) + " has problems: " + problems.stream()
                            .map(p -> Checks.shorten(p.field()) + ": " + p.en()).collect(Collectors.joining("; ")));
        }
        return this;
    }

    /**
     * Lists the rule codes this policy names, as a key of {@link #severities()} or in
     * {@link #disabledRules()}, that are not among the codes of the rules it is meant for: a policy
     * naming a code no rule has is most likely mistyped ({@code STUDIO_HOST_COUNTS}), and the rule it
     * meant would run unchanged.
     *
     * @param ruleCodes the codes of the rules, not null, such as those of
     *     {@code org.yanxun.rules.RuleEngine.builtInCodes()}
     * @return one problem per unknown code, such as {@code severities.STUDIO_HOST_COUNTS}: "no rule has
     *     the code 'STUDIO_HOST_COUNTS'", severities first, each part in code order; empty if there is none
     */
    public List<PolicyProblem> unknownRuleCodes(Set<String> ruleCodes) {
        return PolicyCheck.unknownRuleCodes(this, Set.copyOf(Checks.list(ruleCodes, "ruleCodes")));
    }

    /**
     * Tells whether the policy applies on a date.
     *
     * @param date the date, not null
     * @return true if {@code effectiveFrom <= date} and the policy has not expired
     */
    public boolean isEffectiveOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(effectiveFrom) && effectiveUntil.map(until -> !date.isAfter(until)).orElse(true);
    }

    /**
     * Returns the severity a rule's findings get under this policy.
     *
     * @param code the rule code, not null
     * @param defaultSeverity the rule's default severity, not null
     * @return the override for {@code code}, or {@code defaultSeverity}
     */
    public Severity severityOf(String code, Severity defaultSeverity) {
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        return severities.getOrDefault(Objects.requireNonNull(code, "code"), defaultSeverity);
    }

    /**
     * Tells whether a rule runs under this policy.
     *
     * @param code the rule code, not null
     * @return false if the rule is switched off
     */
    public boolean isEnabled(String code) {
        return !disabledRules.contains(Objects.requireNonNull(code, "code"));
    }

    /**
     * Returns a copy with a different {@code id}.
     *
     * @param value the new value; see {@link #id()}
     * @return a copy of this value with {@code id} replaced
     */
    public Policy withId(String value) {
        return new Policy(value, nameZh, nameEn, source, confidence, effectiveFrom, effectiveUntil, studios, clusters, alliances, severities, disabledRules);
    }

    /**
     * Returns a copy with a different {@code nameZh}.
     *
     * @param value the new value; see {@link #nameZh()}
     * @return a copy of this value with {@code nameZh} replaced
     */
    public Policy withNameZh(String value) {
        return new Policy(id, value, nameEn, source, confidence, effectiveFrom, effectiveUntil, studios, clusters, alliances, severities, disabledRules);
    }

    /**
     * Returns a copy with a different {@code nameEn}.
     *
     * @param value the new value; see {@link #nameEn()}
     * @return a copy of this value with {@code nameEn} replaced
     */
    public Policy withNameEn(String value) {
        return new Policy(id, nameZh, value, source, confidence, effectiveFrom, effectiveUntil, studios, clusters, alliances, severities, disabledRules);
    }

    /**
     * Returns a copy with a different {@code source}.
     *
     * @param value the new value; see {@link #source()}
     * @return a copy of this value with {@code source} replaced
     */
    public Policy withSource(String value) {
        return new Policy(id, nameZh, nameEn, value, confidence, effectiveFrom, effectiveUntil, studios, clusters, alliances, severities, disabledRules);
    }

    /**
     * Returns a copy with a different {@code confidence}.
     *
     * @param value the new value; see {@link #confidence()}
     * @return a copy of this value with {@code confidence} replaced
     */
    public Policy withConfidence(Confidence value) {
        return new Policy(id, nameZh, nameEn, source, value, effectiveFrom, effectiveUntil, studios, clusters, alliances, severities, disabledRules);
    }

    /**
     * Returns a copy with a different {@code effectiveFrom}.
     *
     * @param value the new value; see {@link #effectiveFrom()}
     * @return a copy of this value with {@code effectiveFrom} replaced
     */
    public Policy withEffectiveFrom(LocalDate value) {
        return new Policy(id, nameZh, nameEn, source, confidence, value, effectiveUntil, studios, clusters, alliances, severities, disabledRules);
    }

    /**
     * Returns a copy with a different {@code effectiveUntil}.
     *
     * @param value the new value; see {@link #effectiveUntil()}
     * @return a copy of this value with {@code effectiveUntil} replaced
     */
    public Policy withEffectiveUntil(Optional<LocalDate> value) {
        return new Policy(id, nameZh, nameEn, source, confidence, effectiveFrom, value, studios, clusters, alliances, severities, disabledRules);
    }

    /**
     * Returns a copy with a different {@code studios}.
     *
     * @param value the new value; see {@link #studios()}
     * @return a copy of this value with {@code studios} replaced
     */
    public Policy withStudios(StudioPolicy value) {
        return new Policy(id, nameZh, nameEn, source, confidence, effectiveFrom, effectiveUntil, value, clusters, alliances, severities, disabledRules);
    }

    /**
     * Returns a copy with a different {@code clusters}.
     *
     * @param value the new value; see {@link #clusters()}
     * @return a copy of this value with {@code clusters} replaced
     */
    public Policy withClusters(ClusterPolicy value) {
        return new Policy(id, nameZh, nameEn, source, confidence, effectiveFrom, effectiveUntil, studios, value, alliances, severities, disabledRules);
    }

    /**
     * Returns a copy with a different {@code alliances}.
     *
     * @param value the new value; see {@link #alliances()}
     * @return a copy of this value with {@code alliances} replaced
     */
    public Policy withAlliances(AlliancePolicy value) {
        return new Policy(id, nameZh, nameEn, source, confidence, effectiveFrom, effectiveUntil, studios, clusters, value, severities, disabledRules);
    }

    /**
     * Returns a copy with a different {@code severities}.
     *
     * @param value the new value; see {@link #severities()}
     * @return a copy of this value with {@code severities} replaced
     */
    public Policy withSeverities(SortedMap<String, Severity> value) {
        return new Policy(id, nameZh, nameEn, source, confidence, effectiveFrom, effectiveUntil, studios, clusters, alliances, value, disabledRules);
    }

    /**
     * Returns a copy with a different {@code disabledRules}.
     *
     * @param value the new value; see {@link #disabledRules()}
     * @return a copy of this value with {@code disabledRules} replaced
     */
    public Policy withDisabledRules(SortedSet<String> value) {
        return new Policy(id, nameZh, nameEn, source, confidence, effectiveFrom, effectiveUntil, studios, clusters, alliances, severities, value);
    }
}
