package org.yanxun.policy;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.yanxun.Grade;
import org.yanxun.HonourKind;
import org.yanxun.HostDuty;
import org.yanxun.Level;
import org.yanxun.StudioType;
import org.yanxun.Tier;
import org.yanxun.Title;
import org.yanxun.internal.Checks;

/**
 * The studio part of a policy: the settings per studio type and the rules that apply across types
 * (hosting and joining limits, the graded ladder, grades, evaluation windows, host duties,
 * mentoring and naming).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param types the settings per studio type code
 * @param hostsPerStudio how many hosts a studio has at once (usually 1)
 * @param maxHostedAtOnce the most studios one person may host at once
 * @param maxJoinedAtOnce the most studios one person may join as a member at once
 * @param newTeacherMaxYears the greatest 教龄 of a new teacher (新教师); a person past it has completed rung 1
 * @param ladderMaxStep how many rungs above the highest rung attained a member may join
 * @param honourRungs the rung of the ladder each honour kind attains
 * @param honourTitles the lowest title each honour kind requires of its holder (特级教师 requires 高级)
 * @param honourLevels the levels at which each honour kind is awarded (特级教师 provincial only); a kind not
 *     listed may have any
 * @param titleOnlyMaxLevel the highest studio level a host without any honour may lead
 * @param grades the grades in use and what each causes
 * @param evaluationWindowMonths the months either side of the midpoint or last day within which an evaluation
 *     is due
 * @param midTermMinCycleYears the shortest cycle, in years, that needs a mid-term evaluation
 * @param requiredDuties the host responsibilities that need a planned activity in the cycle
 * @param mentorTiers the tiers that may mentor an apprentice; the policy check wants at least one
 * @param certificateTiers the tiers whose members may hold a certificate of the studio (证书); empty if
 *     anyone may
 * @param maxApprenticesPerMentor the most apprentices one mentor may have in a studio
 * @param nameIncludesHost true if a studio name must include its host name and end with its form (工作室/工作坊)
 */
public record StudioPolicy(
        SortedMap<String, StudioTypePolicy> types,
        int hostsPerStudio,
        int maxHostedAtOnce,
        int maxJoinedAtOnce,
        int newTeacherMaxYears,
        int ladderMaxStep,
        SortedMap<HonourKind, Integer> honourRungs,
        SortedMap<HonourKind, Title> honourTitles,
        SortedMap<HonourKind, Set<Level>> honourLevels,
        Level titleOnlyMaxLevel,
        SortedMap<Grade, GradeOutcome> grades,
        int evaluationWindowMonths,
        int midTermMinCycleYears,
        Set<HostDuty> requiredDuties,
        Set<Tier> mentorTiers,
        Set<Tier> certificateTiers,
        int maxApprenticesPerMentor,
        boolean nameIncludesHost) {

    /**
     * Creates the value; collections are copied.
     *
     * @param types the settings per studio type code
     * @param hostsPerStudio how many hosts a studio has at once (usually 1)
     * @param maxHostedAtOnce the most studios one person may host at once
     * @param maxJoinedAtOnce the most studios one person may join as a member at once
     * @param newTeacherMaxYears the greatest 教龄 of a new teacher (新教师); a person past it has completed rung 1
     * @param ladderMaxStep how many rungs above the highest rung attained a member may join
     * @param honourRungs the rung of the ladder each honour kind attains
     * @param honourTitles the lowest title each honour kind requires of its holder (特级教师 requires 高级)
     * @param honourLevels the levels at which each honour kind is awarded (特级教师 provincial only); a kind not
     *     listed may have any
     * @param titleOnlyMaxLevel the highest studio level a host without any honour may lead
     * @param grades the grades in use and what each causes
     * @param evaluationWindowMonths the months either side of the midpoint or last day within which an evaluation
     *     is due
     * @param midTermMinCycleYears the shortest cycle, in years, that needs a mid-term evaluation
     * @param requiredDuties the host responsibilities that need a planned activity in the cycle
     * @param mentorTiers the tiers that may mentor an apprentice; the policy check wants at least one
     * @param certificateTiers the tiers whose members may hold a certificate of the studio (证书); empty if
     *     anyone may
     * @param maxApprenticesPerMentor the most apprentices one mentor may have in a studio
     * @param nameIncludesHost true if a studio name must include its host name and end with its form (工作室/工作坊)
     * @throws NullPointerException if an argument is null or a collection holds null
     */
    public StudioPolicy {
        types = Checks.sortedMap(types, "types");
        honourRungs = Checks.sortedMap(honourRungs, "honourRungs");
        honourTitles = Checks.sortedMap(honourTitles, "honourTitles");
        honourLevels = levels(honourLevels);
        Objects.requireNonNull(titleOnlyMaxLevel, "titleOnlyMaxLevel");
        grades = Checks.sortedMap(grades, "grades");
        requiredDuties = Checks.enumSet(requiredDuties, HostDuty.class, "requiredDuties");
        mentorTiers = Checks.enumSet(mentorTiers, Tier.class, "mentorTiers");
        certificateTiers = Checks.enumSet(certificateTiers, Tier.class, "certificateTiers");
    }

    /**
     * Finds the settings of a studio type.
     *
     * @param type the studio type, not null
     * @return the settings, or empty if the policy does not define the type
     */
    public Optional<StudioTypePolicy> of(StudioType type) {
        Objects.requireNonNull(type, "type");
        return Optional.ofNullable(types.get(type.code())).filter(settings -> settings.type().equals(type));
    }

    /**
     * Returns the rung an honour kind attains on the ladder.
     *
     * @param kind the honour kind, not null
     * @return the rung, or 0 if the kind attains none
     */
    public int rungOf(HonourKind kind) {
        return honourRungs.getOrDefault(Objects.requireNonNull(kind, "kind"), 0);
    }

    /**
     * Returns the lowest title an honour kind requires of its holder.
     *
     * @param kind the honour kind, not null
     * @return the title, or empty if the kind requires none
     */
    public Optional<Title> titleRequiredBy(HonourKind kind) {
        return Optional.ofNullable(honourTitles.get(Objects.requireNonNull(kind, "kind")));
    }

    /**
     * Tells whether an honour kind is awarded at a level.
     *
     * @param kind the honour kind, not null
     * @param level the level, not null
     * @return true if the policy lists no levels for the kind, or lists this one
     */
    public boolean isAwardedAt(HonourKind kind, Level level) {
        Objects.requireNonNull(level, "level");
        Set<Level> levels = honourLevels.get(Objects.requireNonNull(kind, "kind"));
        return levels == null || levels.contains(level);
    }

    /** Copies the levels of each honour kind, each set unmodifiable. */
    private static SortedMap<HonourKind, Set<Level>> levels(SortedMap<HonourKind, Set<Level>> levels) {
        Objects.requireNonNull(levels, "honourLevels");
        SortedMap<HonourKind, Set<Level>> copy = new TreeMap<>();
        levels.forEach((kind, ofKind) -> copy.put(
                Objects.requireNonNull(kind, "honourLevels must not contain a null key"),
                Checks.enumSet(Objects.requireNonNull(ofKind, "honourLevels must not contain a null value"),
                        Level.class, "honourLevels")));
        return Checks.sortedMap(copy, "honourLevels");
    }

    /**
     * Returns a copy with a different {@code types}.
     *
     * @param value the new value; see {@link #types()}
     * @return a copy of this value with {@code types} replaced
     */
    public StudioPolicy withTypes(SortedMap<String, StudioTypePolicy> value) {
        return new StudioPolicy(value, hostsPerStudio, maxHostedAtOnce, maxJoinedAtOnce, newTeacherMaxYears, ladderMaxStep, honourRungs, honourTitles, honourLevels, titleOnlyMaxLevel, grades, evaluationWindowMonths, midTermMinCycleYears, requiredDuties, mentorTiers, certificateTiers, maxApprenticesPerMentor, nameIncludesHost);
    }

    /**
     * Returns a copy with a different {@code hostsPerStudio}.
     *
     * @param value the new value; see {@link #hostsPerStudio()}
     * @return a copy of this value with {@code hostsPerStudio} replaced
     */
    public StudioPolicy withHostsPerStudio(int value) {
        return new StudioPolicy(types, value, maxHostedAtOnce, maxJoinedAtOnce, newTeacherMaxYears, ladderMaxStep, honourRungs, honourTitles, honourLevels, titleOnlyMaxLevel, grades, evaluationWindowMonths, midTermMinCycleYears, requiredDuties, mentorTiers, certificateTiers, maxApprenticesPerMentor, nameIncludesHost);
    }

    /**
     * Returns a copy with a different {@code maxHostedAtOnce}.
     *
     * @param value the new value; see {@link #maxHostedAtOnce()}
     * @return a copy of this value with {@code maxHostedAtOnce} replaced
     */
    public StudioPolicy withMaxHostedAtOnce(int value) {
        return new StudioPolicy(types, hostsPerStudio, value, maxJoinedAtOnce, newTeacherMaxYears, ladderMaxStep, honourRungs, honourTitles, honourLevels, titleOnlyMaxLevel, grades, evaluationWindowMonths, midTermMinCycleYears, requiredDuties, mentorTiers, certificateTiers, maxApprenticesPerMentor, nameIncludesHost);
    }

    /**
     * Returns a copy with a different {@code maxJoinedAtOnce}.
     *
     * @param value the new value; see {@link #maxJoinedAtOnce()}
     * @return a copy of this value with {@code maxJoinedAtOnce} replaced
     */
    public StudioPolicy withMaxJoinedAtOnce(int value) {
        return new StudioPolicy(types, hostsPerStudio, maxHostedAtOnce, value, newTeacherMaxYears, ladderMaxStep, honourRungs, honourTitles, honourLevels, titleOnlyMaxLevel, grades, evaluationWindowMonths, midTermMinCycleYears, requiredDuties, mentorTiers, certificateTiers, maxApprenticesPerMentor, nameIncludesHost);
    }

    /**
     * Returns a copy with a different {@code newTeacherMaxYears}.
     *
     * @param value the new value; see {@link #newTeacherMaxYears()}
     * @return a copy of this value with {@code newTeacherMaxYears} replaced
     */
    public StudioPolicy withNewTeacherMaxYears(int value) {
        return new StudioPolicy(types, hostsPerStudio, maxHostedAtOnce, maxJoinedAtOnce, value, ladderMaxStep, honourRungs, honourTitles, honourLevels, titleOnlyMaxLevel, grades, evaluationWindowMonths, midTermMinCycleYears, requiredDuties, mentorTiers, certificateTiers, maxApprenticesPerMentor, nameIncludesHost);
    }

    /**
     * Returns a copy with a different {@code ladderMaxStep}.
     *
     * @param value the new value; see {@link #ladderMaxStep()}
     * @return a copy of this value with {@code ladderMaxStep} replaced
     */
    public StudioPolicy withLadderMaxStep(int value) {
        return new StudioPolicy(types, hostsPerStudio, maxHostedAtOnce, maxJoinedAtOnce, newTeacherMaxYears, value, honourRungs, honourTitles, honourLevels, titleOnlyMaxLevel, grades, evaluationWindowMonths, midTermMinCycleYears, requiredDuties, mentorTiers, certificateTiers, maxApprenticesPerMentor, nameIncludesHost);
    }

    /**
     * Returns a copy with a different {@code honourRungs}.
     *
     * @param value the new value; see {@link #honourRungs()}
     * @return a copy of this value with {@code honourRungs} replaced
     */
    public StudioPolicy withHonourRungs(SortedMap<HonourKind, Integer> value) {
        return new StudioPolicy(types, hostsPerStudio, maxHostedAtOnce, maxJoinedAtOnce, newTeacherMaxYears, ladderMaxStep, value, honourTitles, honourLevels, titleOnlyMaxLevel, grades, evaluationWindowMonths, midTermMinCycleYears, requiredDuties, mentorTiers, certificateTiers, maxApprenticesPerMentor, nameIncludesHost);
    }

    /**
     * Returns a copy with a different {@code honourTitles}.
     *
     * @param value the new value; see {@link #honourTitles()}
     * @return a copy of this value with {@code honourTitles} replaced
     */
    public StudioPolicy withHonourTitles(SortedMap<HonourKind, Title> value) {
        return new StudioPolicy(types, hostsPerStudio, maxHostedAtOnce, maxJoinedAtOnce, newTeacherMaxYears, ladderMaxStep, honourRungs, value, honourLevels, titleOnlyMaxLevel, grades, evaluationWindowMonths, midTermMinCycleYears, requiredDuties, mentorTiers, certificateTiers, maxApprenticesPerMentor, nameIncludesHost);
    }

    /**
     * Returns a copy with a different {@code honourLevels}.
     *
     * @param value the new value; see {@link #honourLevels()}
     * @return a copy of this value with {@code honourLevels} replaced
     */
    public StudioPolicy withHonourLevels(SortedMap<HonourKind, Set<Level>> value) {
        return new StudioPolicy(types, hostsPerStudio, maxHostedAtOnce, maxJoinedAtOnce, newTeacherMaxYears, ladderMaxStep, honourRungs, honourTitles, value, titleOnlyMaxLevel, grades, evaluationWindowMonths, midTermMinCycleYears, requiredDuties, mentorTiers, certificateTiers, maxApprenticesPerMentor, nameIncludesHost);
    }

    /**
     * Returns a copy with a different {@code titleOnlyMaxLevel}.
     *
     * @param value the new value; see {@link #titleOnlyMaxLevel()}
     * @return a copy of this value with {@code titleOnlyMaxLevel} replaced
     */
    public StudioPolicy withTitleOnlyMaxLevel(Level value) {
        return new StudioPolicy(types, hostsPerStudio, maxHostedAtOnce, maxJoinedAtOnce, newTeacherMaxYears, ladderMaxStep, honourRungs, honourTitles, honourLevels, value, grades, evaluationWindowMonths, midTermMinCycleYears, requiredDuties, mentorTiers, certificateTiers, maxApprenticesPerMentor, nameIncludesHost);
    }

    /**
     * Returns a copy with a different {@code grades}.
     *
     * @param value the new value; see {@link #grades()}
     * @return a copy of this value with {@code grades} replaced
     */
    public StudioPolicy withGrades(SortedMap<Grade, GradeOutcome> value) {
        return new StudioPolicy(types, hostsPerStudio, maxHostedAtOnce, maxJoinedAtOnce, newTeacherMaxYears, ladderMaxStep, honourRungs, honourTitles, honourLevels, titleOnlyMaxLevel, value, evaluationWindowMonths, midTermMinCycleYears, requiredDuties, mentorTiers, certificateTiers, maxApprenticesPerMentor, nameIncludesHost);
    }

    /**
     * Returns a copy with a different {@code evaluationWindowMonths}.
     *
     * @param value the new value; see {@link #evaluationWindowMonths()}
     * @return a copy of this value with {@code evaluationWindowMonths} replaced
     */
    public StudioPolicy withEvaluationWindowMonths(int value) {
        return new StudioPolicy(types, hostsPerStudio, maxHostedAtOnce, maxJoinedAtOnce, newTeacherMaxYears, ladderMaxStep, honourRungs, honourTitles, honourLevels, titleOnlyMaxLevel, grades, value, midTermMinCycleYears, requiredDuties, mentorTiers, certificateTiers, maxApprenticesPerMentor, nameIncludesHost);
    }

    /**
     * Returns a copy with a different {@code midTermMinCycleYears}.
     *
     * @param value the new value; see {@link #midTermMinCycleYears()}
     * @return a copy of this value with {@code midTermMinCycleYears} replaced
     */
    public StudioPolicy withMidTermMinCycleYears(int value) {
        return new StudioPolicy(types, hostsPerStudio, maxHostedAtOnce, maxJoinedAtOnce, newTeacherMaxYears, ladderMaxStep, honourRungs, honourTitles, honourLevels, titleOnlyMaxLevel, grades, evaluationWindowMonths, value, requiredDuties, mentorTiers, certificateTiers, maxApprenticesPerMentor, nameIncludesHost);
    }

    /**
     * Returns a copy with a different {@code requiredDuties}.
     *
     * @param value the new value; see {@link #requiredDuties()}
     * @return a copy of this value with {@code requiredDuties} replaced
     */
    public StudioPolicy withRequiredDuties(Set<HostDuty> value) {
        return new StudioPolicy(types, hostsPerStudio, maxHostedAtOnce, maxJoinedAtOnce, newTeacherMaxYears, ladderMaxStep, honourRungs, honourTitles, honourLevels, titleOnlyMaxLevel, grades, evaluationWindowMonths, midTermMinCycleYears, value, mentorTiers, certificateTiers, maxApprenticesPerMentor, nameIncludesHost);
    }

    /**
     * Returns a copy with a different {@code mentorTiers}.
     *
     * @param value the new value; see {@link #mentorTiers()}
     * @return a copy of this value with {@code mentorTiers} replaced
     */
    public StudioPolicy withMentorTiers(Set<Tier> value) {
        return new StudioPolicy(types, hostsPerStudio, maxHostedAtOnce, maxJoinedAtOnce, newTeacherMaxYears, ladderMaxStep, honourRungs, honourTitles, honourLevels, titleOnlyMaxLevel, grades, evaluationWindowMonths, midTermMinCycleYears, requiredDuties, value, certificateTiers, maxApprenticesPerMentor, nameIncludesHost);
    }

    /**
     * Returns a copy with a different {@code certificateTiers}.
     *
     * @param value the new value; see {@link #certificateTiers()}
     * @return a copy of this value with {@code certificateTiers} replaced
     */
    public StudioPolicy withCertificateTiers(Set<Tier> value) {
        return new StudioPolicy(types, hostsPerStudio, maxHostedAtOnce, maxJoinedAtOnce, newTeacherMaxYears, ladderMaxStep, honourRungs, honourTitles, honourLevels, titleOnlyMaxLevel, grades, evaluationWindowMonths, midTermMinCycleYears, requiredDuties, mentorTiers, value, maxApprenticesPerMentor, nameIncludesHost);
    }

    /**
     * Returns a copy with a different {@code maxApprenticesPerMentor}.
     *
     * @param value the new value; see {@link #maxApprenticesPerMentor()}
     * @return a copy of this value with {@code maxApprenticesPerMentor} replaced
     */
    public StudioPolicy withMaxApprenticesPerMentor(int value) {
        return new StudioPolicy(types, hostsPerStudio, maxHostedAtOnce, maxJoinedAtOnce, newTeacherMaxYears, ladderMaxStep, honourRungs, honourTitles, honourLevels, titleOnlyMaxLevel, grades, evaluationWindowMonths, midTermMinCycleYears, requiredDuties, mentorTiers, certificateTiers, value, nameIncludesHost);
    }

    /**
     * Returns a copy with a different {@code nameIncludesHost}.
     *
     * @param value the new value; see {@link #nameIncludesHost()}
     * @return a copy of this value with {@code nameIncludesHost} replaced
     */
    public StudioPolicy withNameIncludesHost(boolean value) {
        return new StudioPolicy(types, hostsPerStudio, maxHostedAtOnce, maxJoinedAtOnce, newTeacherMaxYears, ladderMaxStep, honourRungs, honourTitles, honourLevels, titleOnlyMaxLevel, grades, evaluationWindowMonths, midTermMinCycleYears, requiredDuties, mentorTiers, certificateTiers, maxApprenticesPerMentor, value);
    }
}
