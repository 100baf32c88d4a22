package org.yanxun.policy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.yanxun.Honour;
import org.yanxun.HonourKind;
import org.yanxun.Level;
import org.yanxun.Person;
import org.yanxun.Post;
import org.yanxun.Stage;
import org.yanxun.Title;
import org.yanxun.internal.Checks;
import org.yanxun.internal.English;

/**
 * One way a person can qualify to host a studio: a title at or above a rung (for teachers of some
 * stages only, if it names them), an honour of a kind at or above a level, or a post. A studio
 * type's host criteria are alternatives: meeting any one qualifies.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface HostCriterion {

    /**
     * Tells whether a person meets this criterion on a date: an honour counts from the day it is
     * awarded until its term, if the criterion gives one, ends; a title and a post are the person's as
     * the record gives them.
     *
     * @param person the person, not null
     * @param on the date, not null
     * @return true if the person qualifies by this criterion on that date
     */
    boolean isMetBy(Person person, LocalDate on);

    /**
     * Describes the criterion in Chinese, for messages.
     *
     * @return the description, such as {@code 职称不低于高级}
     */
    String zh();

    /**
     * Describes the criterion in English, for messages.
     *
     * @return the description, such as {@code a title of senior teacher or higher}
     */
    String en();

    /**
     * Qualifies by a title at or above a rung of the ladder; if the criterion names stages, only for a
     * person who teaches one of them (Guangzhou's expert studios ask 正高级 of their hosts, and 高级 of
     * those in secondary vocational schools).
     *
     * @param title the lowest title accepted, not null
     * @param stages the stages one of which the person must teach for the title to count; empty for any
     */
    record TitleAtLeast(Title title, Set<Stage> stages) implements HostCriterion {

        /**
         * Creates the criterion; the stages are copied.
         *
         * @param title the lowest title accepted, not null
         * @param stages the stages one of which the person must teach; empty for any
         * @throws NullPointerException if an argument is null or {@code stages} holds null
         */
        public TitleAtLeast {
            Objects.requireNonNull(title, "title");
            stages = Checks.enumSet(stages, Stage.class, "stages");
        }

        /**
         * Creates the criterion for a teacher of any stage.
         *
         * @param title the lowest title accepted, not null
         * @throws NullPointerException if {@code title} is null
         */
        public TitleAtLeast(Title title) {
            this(title, Set.of());
        }

        @Override
        public boolean isMetBy(Person person, LocalDate on) {
            Objects.requireNonNull(on, "on");
            return person.hasTitleAtLeast(title)
                    && (stages.isEmpty() || !Collections.disjoint(person.stages(), stages));
        }

        @Override
        public String zh() {
            String who = stages.isEmpty() ? ""
                    : stages.stream().map(Stage::zh).collect(Collectors.joining("、")) + "教师";
            return who + "职称不低于" + title.zh();
        }

        @Override
        public String en() {
            String who = stages.isEmpty() ? ""
                    : " in " + stages.stream().map(Stage::en).collect(Collectors.joining(" or "));
            return "a title of " + title.en() + " or higher" + who;
        }
    }

    /**
     * Qualifies by an honour of a kind at or above a level, held for good or, if the criterion gives a
     * term, for that many years from the day it was awarded: Beijing, for one, reviews its municipal
     * 学科带头人 and 骨干教师 every three years (教人〔2021〕1号, valid 2021 to 2023). A term runs from
     * each award, not by the calendar years of a round: with a term of 3 years, one awarded on
     * 2021-01-01 qualifies until 2023-12-31, one awarded on 2021-09-10 until 2024-09-09.
     *
     * @param kind the kind of honour, not null
     * @param level the lowest level accepted, not null
     * @param termYears the years an honour qualifies from its award; empty for as long as it is held. A
     *     policy's problems name a term outside 1 to {@value #MAX_TERM_YEARS} years
     */
    record HonourAtLeast(HonourKind kind, Level level, OptionalInt termYears) implements HostCriterion {

        /** The longest term a policy accepts: longer than any career. */
        public static final int MAX_TERM_YEARS = 60;

        /**
         * Creates the criterion.
         *
         * @param kind the kind of honour, not null
         * @param level the lowest level accepted, not null
         * @param termYears the years an honour qualifies from its award; empty for as long as it is held
         * @throws NullPointerException if an argument is null
         */
        public HonourAtLeast {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(termYears, "termYears");
        }

        /**
         * Creates the criterion for an honour that qualifies for as long as it is held.
         *
         * @param kind the kind of honour, not null
         * @param level the lowest level accepted, not null
         * @throws NullPointerException if an argument is null
         */
        public HonourAtLeast(HonourKind kind, Level level) {
            this(kind, level, OptionalInt.empty());
        }

        /**
         * Returns a copy of this criterion with a term.
         *
         * @param years the years an honour qualifies from its award
         * @return the criterion
         */
        public HonourAtLeast withTermYears(int years) {
            return new HonourAtLeast(kind, level, OptionalInt.of(years));
        }

        @Override
        public boolean isMetBy(Person person, LocalDate on) {
            Objects.requireNonNull(on, "on");
            return person.honours().stream().anyMatch(honour -> isMetBy(honour, on));
        }

        /**
         * Tells whether one honour meets this criterion on a date: it is of the criterion's kind, at or
         * above its level, awarded on or before that date and, if the criterion has a term, fewer full
         * years before it than the term, so it qualifies until the day before the term's anniversary (a
         * 29 February's anniversary in a common year is 1 March).
         *
         * @param honour the honour, not null
         * @param on the date, not null
         * @return true if the honour qualifies on that date
         */
        public boolean isMetBy(Honour honour, LocalDate on) {
            Objects.requireNonNull(honour, "honour");
            Objects.requireNonNull(on, "on");
            return honour.kind() == kind && honour.level().isAtLeast(level) && honour.isHeldOn(on)
                    && (termYears.isEmpty() || ChronoUnit.YEARS.between(honour.awardedOn(), on) < termYears.getAsInt());
        }

        @Override
        public String zh() {
            String term = termYears.isPresent() ? "（获评" + termYears.getAsInt() + "年内）" : "";
            return level.zh() + "及以上" + kind.zh() + term;
        }

        @Override
        public String en() {
            String term = termYears.isPresent() ? ", awarded within " + English.count(termYears.getAsInt(), "year")
                    : "";
            return "an honour of " + kind.en() + " at " + level.en() + " level or higher" + term;
        }
    }

    /**
     * Qualifies by holding a post, as {@link Person#holdsPost} tells: a research-trainer holds the post
     * of trainer too.
     *
     * @param post the post, not null
     */
    record HoldsPost(Post post) implements HostCriterion {

        /**
         * Creates the criterion.
         *
         * @param post the post, not null
         * @throws NullPointerException if {@code post} is null
         */
        public HoldsPost {
            Objects.requireNonNull(post, "post");
        }

        @Override
        public boolean isMetBy(Person person, LocalDate on) {
            Objects.requireNonNull(on, "on");
            return person.holdsPost(post);
        }

        @Override
        public String zh() {
            return "担任" + post.zh();
        }

        @Override
        public String en() {
            return "the post of " + post.en();
        }
    }
}
