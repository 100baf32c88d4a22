package org.yanxun.policy;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.yanxun.HonourKind;
import org.yanxun.Level;
import org.yanxun.Person;
import org.yanxun.Post;
import org.yanxun.Stage;
import org.yanxun.Title;
import org.yanxun.internal.Checks;

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
     * awarded; a title and a post are the person's as the record gives them.
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
     * Qualifies by an honour of a kind at or above a level.
     *
     * @param kind the kind of honour, not null
     * @param level the lowest level accepted, not null
     */
    record HonourAtLeast(HonourKind kind, Level level) implements HostCriterion {

        /**
         * Creates the criterion.
         *
         * @param kind the kind of honour, not null
         * @param level the lowest level accepted, not null
         * @throws NullPointerException if an argument is null
         */
        public HonourAtLeast {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(level, "level");
        }

        @Override
        public boolean isMetBy(Person person, LocalDate on) {
            return person.highestLevelOf(kind, on).map(held -> held.isAtLeast(level)).orElse(false);
        }

        @Override
        public String zh() {
            return level.zh() + "及以上" + kind.zh();
        }

        @Override
        public String en() {
            return "an honour of " + kind.en() + " at " + level.en() + " level or higher";
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
