package org.yanxun;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.yanxun.internal.Checks;

/**
 * A person in a community: a teacher, principal, party secretary, research-trainer, trainer or
 * cadre, such as a synthetic senior teacher of mathematics at a Liwan primary school.
 *
 * <p>教龄 (years of teaching) on any date is computable from {@link #teachingSince()}; age from
 * {@link #birthDate()}. A person marked {@link #synthetic()} was made up for example or test data;
 * shipped data holds no real person.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the identifier, not null
 * @param name the name, not blank
 * @param synthetic true if the person is made up for example or test data
 * @param birthDate the date of birth, if known
 * @param title the professional title (职称), if any
 * @param honours the honours held, not null
 * @param posts the posts held, not null
 * @param stages the stages taught or served, not null
 * @param subjects the subjects taught, not null
 * @param employer the employing institution, if known
 * @param teachingSince the date the person started teaching, if the person teaches; not before the birth date
 */
public record Person(
        PersonId id,
        String name,
        boolean synthetic,
        Optional<LocalDate> birthDate,
        Optional<Title> title,
        List<Honour> honours,
        Set<Post> posts,
        Set<Stage> stages,
        SortedSet<Subject> subjects,
        Optional<InstitutionId> employer,
        Optional<LocalDate> teachingSince) {

    /**
     * Creates a person, checking its invariants.
     *
     * @param id the identifier, not null
     * @param name the name, not blank
     * @param synthetic true if the person is made up for example or test data
     * @param birthDate the date of birth, if known
     * @param title the professional title (职称), if any
     * @param honours the honours held, not null
     * @param posts the posts held, not null
     * @param stages the stages taught or served, not null
     * @param subjects the subjects taught, not null
     * @param employer the employing institution, if known
     * @param teachingSince the date the person started teaching, if the person teaches; not before the birth date
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is outside what its parameter allows
     */
    public Person {
        Objects.requireNonNull(id, "id");
        Checks.text(name, "name", 100);
        Checks.date(birthDate, "birthDate");
        Checks.optional(title, "title");
        honours = Checks.list(honours, "honours");
        posts = Checks.enumSet(posts, Post.class, "posts");
        stages = Checks.enumSet(stages, Stage.class, "stages");
        subjects = Checks.sortedSet(subjects, "subjects");
        Checks.optional(employer, "employer");
        Checks.date(teachingSince, "teachingSince");
        if (birthDate.isPresent() && teachingSince.isPresent()
                && teachingSince.get().isBefore(birthDate.get())) {
            throw new InvalidValueException(id + " 的从教日期 " + teachingSince.get() + " 早于出生日期 "
                    + birthDate.get(), "Person " + id + " started teaching on " + teachingSince.get()
                    + ", before birth on " + birthDate.get());
        }
    }

    /**
     * Starts building a person.
     *
     * @param id the identifier, not null
     * @param name the name, not blank
     * @return a builder
     */
    public static Builder builder(PersonId id, String name) {
        return new Builder(id, name);
    }

    /**
     * Returns a summary that names the person by identifier alone: logs that show it hold no name, birth
     * date or other personal data.
     *
     * @return the summary, such as {@code Person[id=syn-lw-0001, synthetic=true]}
     */
    @Override
    public String toString() {
        return "Person[id=" + id + ", synthetic=" + synthetic + "]";
    }

    /**
     * Returns a builder that starts from this person, to derive a changed copy.
     *
     * @return a builder holding every value of this person
     */
    public Builder toBuilder() {
        Builder builder = new Builder(id, name).synthetic(synthetic);
        birthDate.ifPresent(builder::birthDate);
        title.ifPresent(builder::title);
        honours.forEach(builder::honour);
        builder.posts.addAll(posts);
        builder.stages.addAll(stages);
        builder.subjects.addAll(subjects);
        employer.ifPresent(builder::employer);
        teachingSince.ifPresent(builder::teachingSince);
        return builder;
    }

    /**
     * Returns the full years of teaching (教龄) on a date.
     *
     * @param date the date, not null
     * @return the full years since {@link #teachingSince()}, zero before the first anniversary;
     *     empty if the person has no teaching start date or had not started by {@code date}
     */
    public OptionalInt teachingYearsOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return teachingSince.filter(since -> !since.isAfter(date))
                .map(since -> OptionalInt.of(Period.between(since, date).getYears()))
                .orElse(OptionalInt.empty());
    }

    /**
     * Returns the age in full years on a date.
     *
     * @param date the date, not null
     * @return the age, or empty if the birth date is unknown or after {@code date}
     */
    public OptionalInt ageOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return birthDate.filter(born -> !born.isAfter(date))
                .map(born -> OptionalInt.of(Period.between(born, date).getYears()))
                .orElse(OptionalInt.empty());
    }

    /**
     * Tells whether the person holds a post, as {@link Post#fulfils} counts it: a research-trainer
     * holds the post of trainer too.
     *
     * @param required the post, not null
     * @return true if one of the person's posts fulfils {@code required}
     */
    public boolean holdsPost(Post required) {
        Objects.requireNonNull(required, "required");
        for (Post post : posts) {
            if (post.fulfils(required)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tells whether the person holds a title at or above a rung of the ladder.
     *
     * @param floor the lowest title accepted, not null
     * @return true if the person's title is {@code floor} or higher
     */
    public boolean hasTitleAtLeast(Title floor) {
        Objects.requireNonNull(floor, "floor");
        return title.map(t -> t.isAtLeast(floor)).orElse(false);
    }

    /**
     * Returns the highest level of the honours of a kind the person has been or will be awarded, whatever
     * their dates; {@link #highestLevelOf(HonourKind, LocalDate)} counts those held on a date.
     *
     * @param kind the kind of honour, not null
     * @return the highest level, or empty if the person has no honour of that kind
     */
    public Optional<Level> highestLevelOf(HonourKind kind) {
        return highestLevelOf(kind, LocalDate.MAX);
    }

    /**
     * Returns the highest level at which the person holds an honour of a kind on a date: an honour
     * counts from the day it is awarded.
     *
     * @param kind the kind of honour, not null
     * @param on the date, not null
     * @return the highest level, or empty if the person holds no honour of that kind on that date
     */
    public Optional<Level> highestLevelOf(HonourKind kind, LocalDate on) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(on, "on");
        Level highest = null;
        for (Honour honour : honours) {
            if (honour.kind() == kind && honour.isHeldOn(on)
                    && (highest == null || honour.level().compareTo(highest) > 0)) {
                highest = honour.level();
            }
        }
        return Optional.ofNullable(highest);
    }

    /**
     * A builder of {@link Person}s; not thread-safe.
     */
    public static final class Builder {
        private final PersonId id;
        private final String name;
        private boolean synthetic;
        private LocalDate birthDate;
        private Title title;
        private final List<Honour> honours = new ArrayList<>();
        private final Set<Post> posts = EnumSet.noneOf(Post.class);
        private final Set<Stage> stages = EnumSet.noneOf(Stage.class);
        private final SortedSet<Subject> subjects = new TreeSet<>();
        private InstitutionId employer;
        private LocalDate teachingSince;

        private Builder(PersonId id, String name) {
            this.id = Objects.requireNonNull(id, "id");
            this.name = Objects.requireNonNull(name, "name");
        }

        /**
         * Marks the person as made up for example or test data.
         *
         * @param value true if synthetic
         * @return this builder
         */
        public Builder synthetic(boolean value) {
            this.synthetic = value;
            return this;
        }

        /**
         * Sets the date of birth.
         *
         * @param value the date, not null
         * @return this builder
         */
        public Builder birthDate(LocalDate value) {
            this.birthDate = Objects.requireNonNull(value, "birthDate");
            return this;
        }

        /**
         * Sets the professional title.
         *
         * @param value the title, not null
         * @return this builder
         */
        public Builder title(Title value) {
            this.title = Objects.requireNonNull(value, "title");
            return this;
        }

        /**
         * Adds an honour.
         *
         * @param value the honour, not null
         * @return this builder
         */
        public Builder honour(Honour value) {
            honours.add(Objects.requireNonNull(value, "honour"));
            return this;
        }

        /**
         * Adds posts.
         *
         * @param values the posts, not null, no null element
         * @return this builder
         */
        public Builder post(Post... values) {
            posts.addAll(Checks.list(values, "posts"));
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
         * Adds subjects.
         *
         * @param values the subjects, not null, no null element
         * @return this builder
         */
        public Builder subjects(Collection<Subject> values) {
            subjects.addAll(Checks.list(values, "subjects"));
            return this;
        }

        /**
         * Sets the employing institution.
         *
         * @param value the institution, not null
         * @return this builder
         */
        public Builder employer(InstitutionId value) {
            this.employer = Objects.requireNonNull(value, "employer");
            return this;
        }

        /**
         * Sets the date the person started teaching.
         *
         * @param value the date, not null
         * @return this builder
         */
        public Builder teachingSince(LocalDate value) {
            this.teachingSince = Objects.requireNonNull(value, "teachingSince");
            return this;
        }

        /**
         * Builds the person.
         *
         * @return the person
         * @throws IllegalArgumentException if the values break an invariant of {@link Person}
         */
        public Person build() {
            return new Person(id, name, synthetic, Optional.ofNullable(birthDate), Optional.ofNullable(title),
                    honours, posts, stages, subjects, Optional.ofNullable(employer),
                    Optional.ofNullable(teachingSince));
        }
    }
}
