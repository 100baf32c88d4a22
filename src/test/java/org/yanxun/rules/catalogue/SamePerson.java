package org.yanxun.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.yanxun.HonourKind;
import org.yanxun.Level;
import org.yanxun.Person;
import org.yanxun.Post;
import org.yanxun.Stage;
import org.yanxun.Subject;
import org.yanxun.Title;
import org.yanxun.policy.HostCriterion;

/** Asserts that a person's state answers what the person rules ask as the person record does. */
final class SamePerson {

    private SamePerson() {
    }

    /**
     * Compares every answer: the fields the rules read, 教龄 and age on the given days and around the
     * record's own dates, every host criterion on those days and around each honour's award and the end
     * of a term of 3 years, every set of stages, and sets of subjects that do and do not meet the
     * person's.
     */
    static void assertAnswersAs(PersonFacts facts, Person person, LocalDate... days) {
        assertThat(facts.name()).isEqualTo(person.name());
        assertThat(facts.honours()).isEqualTo(person.honours());
        assertThat(facts.posts()).isEqualTo(person.posts());
        for (Post post : Post.values()) {
            assertThat(facts.holdsPost(post)).as("holds %s", post).isEqualTo(person.holdsPost(post));
        }
        assertThat(facts.stages()).isEqualTo(person.stages());
        assertThat(facts.subjects()).containsExactlyElementsOf(person.subjects());
        assertThat(facts.employer()).isEqualTo(person.employer());
        assertThat(facts.teachingSince()).isEqualTo(person.teachingSince());
        List<LocalDate> on = new ArrayList<>(List.of(days));
        // Each date, the day before it, and the days around its anniversaries, where full years change.
        List<LocalDate> dates = Stream.of(person.teachingSince(), person.birthDate()).flatMap(Optional::stream).toList();
        for (LocalDate date : dates) {
            on.addAll(List.of(date, date.minusDays(1)));
            for (int years : new int[] {1, 3, 30}) {
                on.addAll(List.of(date.plusYears(years), date.plusYears(years).minusDays(1),
                        date.plusYears(years).plusDays(1)));
            }
        }
        for (LocalDate day : on) {
            assertThat(facts.teachingYearsOn(day)).as("教龄 on %s", day).isEqualTo(person.teachingYearsOn(day));
            assertThat(facts.ageOn(day)).as("age on %s", day).isEqualTo(person.ageOn(day));
        }
        person.honours().forEach(honour -> on.addAll(List.of(honour.awardedOn(), honour.awardedOn().minusDays(1),
                honour.awardedOn().plusYears(3), honour.awardedOn().plusYears(3).minusDays(1))));
        for (LocalDate day : on) {
            for (HostCriterion criterion : everyCriterion()) {
                assertThat(facts.meets(criterion, day)).as("%s on %s", criterion, day)
                        .isEqualTo(criterion.isMetBy(person, day));
            }
        }
        for (int bits = 0; bits < 1 << Stage.values().length; bits++) {
            assertThat(facts.teachesAnyStageOf(bits)).as("stages %s", PersonFacts.stages(bits))
                    .isEqualTo(!Collections.disjoint(person.stages(), PersonFacts.stages(bits)));
        }
        List<Set<Subject>> subjectSets = new ArrayList<>(List.of(person.subjects(), Set.of(),
                Set.of(Subject.of("X_NOBODY_TEACHES"))));
        person.subjects().forEach(subject -> subjectSets.add(Set.of(subject, Subject.of("X_NOBODY_TEACHES"))));
        for (Set<Subject> subjects : subjectSets) {
            // Said at once only when the sets are the same and not empty; otherwise left open.
            if (facts.teachesSameSubjects(PersonFacts.codes(subjects))) {
                assertThat(subjects).as("subjects %s", subjects).isEqualTo(person.subjects()).isNotEmpty();
            }
        }
    }

    private static List<HostCriterion> everyCriterion() {
        List<HostCriterion> all = new ArrayList<>();
        for (Title title : Title.values()) {
            all.add(new HostCriterion.TitleAtLeast(title));
            for (Stage stage : Stage.values()) {
                all.add(new HostCriterion.TitleAtLeast(title, EnumSet.of(stage, Stage.VOCATIONAL)));
            }
        }
        for (HonourKind kind : HonourKind.values()) {
            for (Level level : Level.values()) {
                all.add(new HostCriterion.HonourAtLeast(kind, level));
                all.add(new HostCriterion.HonourAtLeast(kind, level).withTermYears(3));
            }
        }
        for (Post post : EnumSet.allOf(Post.class)) {
            all.add(new HostCriterion.HoldsPost(post));
        }
        return all;
    }
}
