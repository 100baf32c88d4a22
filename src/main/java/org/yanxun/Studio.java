package org.yanxun;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.yanxun.internal.Checks;
import org.yanxun.internal.Memberships;

/**
 * A studio or workshop (工作室/工作坊): a group led by a host, with members, a cycle, evaluations and
 * planned activities, such as a famous-teacher studio of the Liwan 2026 cluster with a two-year
 * cycle from {@code 2026-01-09}.
 *
 * <p>Construction checks only what makes the value meaningful; counts, eligibility and schedules
 * are checked against a policy by the rule engine.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the identifier, not null
 * @param name the name, such as «林老师名教师工作室», not blank
 * @param type the type, not null
 * @param level the level that set it up, not null
 * @param hostInstitution the institution that hosts it (usually the host's school), not null
 * @param researchDirection the research direction (研修方向), not blank
 * @param stages the stages it serves, not null
 * @param subjects the subjects it serves, not null
 * @param cycle the current cycle, not null
 * @param status the status, not null
 * @param memberships the memberships of every tier, not null
 * @param evaluations the evaluations of the cycle, not null
 * @param activities the planned activities of the cycle, not null
 * @param mentoringPairs the master–apprentice pairs, not null
 * @param certificates the certificates and plaques issued, not null
 */
public record Studio(
        StudioId id,
        String name,
        StudioType type,
        Level level,
        InstitutionId hostInstitution,
        String researchDirection,
        Set<Stage> stages,
        SortedSet<Subject> subjects,
        Cycle cycle,
        StudioStatus status,
        List<Membership> memberships,
        List<Evaluation> evaluations,
        List<PlannedActivity> activities,
        List<MentoringPair> mentoringPairs,
        List<Certificate> certificates) {

    /**
     * Creates a studio, checking its invariants.
     *
     * @param id the identifier, not null
     * @param name the name, such as «林老师名教师工作室», not blank
     * @param type the type, not null
     * @param level the level that set it up, not null
     * @param hostInstitution the institution that hosts it (usually the host's school), not null
     * @param researchDirection the research direction (研修方向), not blank
     * @param stages the stages it serves, not null
     * @param subjects the subjects it serves, not null
     * @param cycle the current cycle, not null
     * @param status the status, not null
     * @param memberships the memberships of every tier, not null
     * @param evaluations the evaluations of the cycle, not null
     * @param activities the planned activities of the cycle, not null
     * @param mentoringPairs the master–apprentice pairs, not null
     * @param certificates the certificates and plaques issued, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is outside what its parameter allows
     */
    public Studio {
        Objects.requireNonNull(id, "id");
        Checks.text(name, "name", 200);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(hostInstitution, "hostInstitution");
        Checks.text(researchDirection, "researchDirection");
        stages = Checks.enumSet(stages, Stage.class, "stages");
        subjects = Checks.sortedSet(subjects, "subjects");
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(status, "status");
        memberships = Memberships.of(memberships, "memberships");
        evaluations = Checks.list(evaluations, "evaluations");
        activities = Checks.list(activities, "activities");
        mentoringPairs = Checks.list(mentoringPairs, "mentoringPairs");
        certificates = Checks.list(certificates, "certificates");
    }

    /**
     * Starts building a studio.
     *
     * @param id the identifier, not null
     * @param name the name, not blank
     * @param type the type, not null
     * @return a builder with level {@link Level#DISTRICT} and status {@link StudioStatus#ACTIVE}
     */
    public static Builder builder(StudioId id, String name, StudioType type) {
        return new Builder(id, name, type);
    }

    /**
     * Returns a summary, short however many memberships the studio holds.
     *
     * @return the summary, such as {@code Studio[id=lw-sg-001, type=SPECIAL_GRADE_STUDIO, memberships=9]}
     */
    @Override
    public String toString() {
        return "Studio[id=" + id + ", type=" + type.code() + ", memberships=" + memberships.size() + "]";
    }

    /**
     * Returns a builder that starts from this studio, to derive a changed copy.
     *
     * @return a builder holding every value of this studio
     */
    public Builder toBuilder() {
        Builder builder = new Builder(id, name, type).level(level).hostInstitution(hostInstitution)
                .researchDirection(researchDirection).cycle(cycle).status(status);
        builder.stages.addAll(stages);
        builder.subjects.addAll(subjects);
        builder.memberships.addAll(memberships);
        builder.evaluations.addAll(evaluations);
        builder.activities.addAll(activities);
        builder.mentoringPairs.addAll(mentoringPairs);
        builder.certificates.addAll(certificates);
        return builder;
    }

    /**
     * Returns the memberships of one tier, in order.
     *
     * @param tier the tier, not null
     * @return the memberships with that tier
     */
    public List<Membership> membershipsOf(Tier tier) {
        Objects.requireNonNull(tier, "tier");
        return memberships.stream().filter(m -> m.tier() == tier).toList();
    }

    /**
     * A builder of {@link Studio}s; not thread-safe.
     */
    public static final class Builder {
        private final StudioId id;
        private final String name;
        private final StudioType type;
        private Level level = Level.DISTRICT;
        private InstitutionId hostInstitution;
        private String researchDirection;
        private final Set<Stage> stages = EnumSet.noneOf(Stage.class);
        private final SortedSet<Subject> subjects = new TreeSet<>();
        private Cycle cycle;
        private StudioStatus status = StudioStatus.ACTIVE;
        private final List<Membership> memberships = new ArrayList<>();
        private final List<Evaluation> evaluations = new ArrayList<>();
        private final List<PlannedActivity> activities = new ArrayList<>();
        private final List<MentoringPair> mentoringPairs = new ArrayList<>();
        private final List<Certificate> certificates = new ArrayList<>();

        private Builder(StudioId id, String name, StudioType type) {
            this.id = Objects.requireNonNull(id, "id");
            this.name = Objects.requireNonNull(name, "name");
            this.type = Objects.requireNonNull(type, "type");
        }

        /**
         * Sets the level.
         *
         * @param value the level, not null
         * @return this builder
         */
        public Builder level(Level value) {
            this.level = Objects.requireNonNull(value, "level");
            return this;
        }

        /**
         * Sets the host institution.
         *
         * @param value the institution, not null
         * @return this builder
         */
        public Builder hostInstitution(InstitutionId value) {
            this.hostInstitution = Objects.requireNonNull(value, "hostInstitution");
            return this;
        }

        /**
         * Sets the research direction.
         *
         * @param value the direction, not blank
         * @return this builder
         */
        public Builder researchDirection(String value) {
            this.researchDirection = Objects.requireNonNull(value, "researchDirection");
            return this;
        }

        /**
         * Adds stages.
         *
         * @param values the stages, not null, no null element
         * @return this builder
         */
        public Builder stage(Stage... values) {
            stages.addAll(Checks.list(values, "stages"));
            return this;
        }

        /**
         * Adds subjects.
         *
         * @param values the subjects, not null, no null element
         * @return this builder
         */
        public Builder subject(Subject... values) {
            subjects.addAll(Checks.list(values, "subjects"));
            return this;
        }

        /**
         * Sets the cycle.
         *
         * @param value the cycle, not null
         * @return this builder
         */
        public Builder cycle(Cycle value) {
            this.cycle = Objects.requireNonNull(value, "cycle");
            return this;
        }

        /**
         * Sets the status.
         *
         * @param value the status, not null
         * @return this builder
         */
        public Builder status(StudioStatus value) {
            this.status = Objects.requireNonNull(value, "status");
            return this;
        }

        /**
         * Adds a membership.
         *
         * @param value the membership, not null
         * @return this builder
         */
        public Builder membership(Membership value) {
            memberships.add(Objects.requireNonNull(value, "membership"));
            return this;
        }

        /**
         * Removes every membership, to rebuild the list.
         *
         * @return this builder
         */
        public Builder clearMemberships() {
            memberships.clear();
            return this;
        }

        /**
         * Adds an evaluation.
         *
         * @param value the evaluation, not null
         * @return this builder
         */
        public Builder evaluation(Evaluation value) {
            evaluations.add(Objects.requireNonNull(value, "evaluation"));
            return this;
        }

        /**
         * Adds a planned activity.
         *
         * @param value the activity, not null
         * @return this builder
         */
        public Builder activity(PlannedActivity value) {
            activities.add(Objects.requireNonNull(value, "activity"));
            return this;
        }

        /**
         * Adds a mentoring pair.
         *
         * @param value the pair, not null
         * @return this builder
         */
        public Builder mentoringPair(MentoringPair value) {
            mentoringPairs.add(Objects.requireNonNull(value, "mentoringPair"));
            return this;
        }

        /**
         * Adds a certificate or plaque.
         *
         * @param value the certificate, not null
         * @return this builder
         */
        public Builder certificate(Certificate value) {
            certificates.add(Objects.requireNonNull(value, "certificate"));
            return this;
        }

        /**
         * Builds the studio.
         *
         * @return the studio
         * @throws NullPointerException if the host institution, research direction or cycle is unset
         * @throws IllegalArgumentException if the values break an invariant of {@link Studio}
         */
        public Studio build() {
            return new Studio(id, name, type, level, hostInstitution, researchDirection, stages, subjects, cycle,
                    status, memberships, evaluations, activities, mentoringPairs, certificates);
        }
    }
}
