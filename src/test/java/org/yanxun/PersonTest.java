package org.yanxun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PersonTest {

    private static final PersonId ID = PersonId.of("syn-teacher-0001");
    private static final LocalDate SINCE = LocalDate.of(2001, 9, 1);

    private static Person teacher() {
        return Person.builder(ID, "陈思雨").synthetic(true).birthDate(LocalDate.of(1979, 5, 4)).title(Title.SENIOR)
                .honour(Honour.of(HonourKind.FAMOUS_TEACHER, Level.DISTRICT, LocalDate.of(2022, 9, 10)))
                .honour(Honour.of(HonourKind.FAMOUS_TEACHER, Level.MUNICIPAL, LocalDate.of(2024, 9, 10)))
                .post(Post.TEACHER).stage(Stage.PRIMARY).subject(Subject.MATHEMATICS)
                .employer(InstitutionId.of("huaqiao-primary")).teachingSince(SINCE).build();
    }

    @Test
    void builder_minimal_hasEmptyOptionalsAndCollections() {
        Person person = Person.builder(ID, "陈思雨").build();
        assertThat(person).isEqualTo(new Person(ID, "陈思雨", false, Optional.empty(), Optional.empty(), List.of(),
                Set.of(), Set.of(), new TreeSet<>(), Optional.empty(), Optional.empty()));
    }

    @Test
    void toBuilder_build_isEqual() {
        assertThat(teacher().toBuilder().build()).isEqualTo(teacher());
    }

    @Test
    void toBuilder_changeTitle_keepsTheRest() {
        Person promoted = teacher().toBuilder().title(Title.PROFESSOR).build();
        assertThat(promoted.honours()).isEqualTo(teacher().honours());
    }

    @Test
    void build_blankName_throwsQuotingIt() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> Person.builder(ID, "  ").build())
                .withMessage("name must not be blank, was '  '");
    }

    @Test
    void build_nameOf101Characters_throwsQuotingTheLength() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> Person.builder(ID, "名".repeat(101)).build())
                .withMessage("name must be at most 100 characters, was 101");
    }

    @Test
    void build_nameOf100CharactersOutsideTheBasicPlane_accepted() {
        assertThat(Person.builder(ID, "𠀀".repeat(100)).build().name()).hasSize(200);
    }

    @Test
    void toString_namesTheIdentifierAlone() {
        assertThat(Person.builder(ID, "王老师").birthDate(LocalDate.of(1980, 5, 1)).build().toString())
                .isEqualTo("Person[id=" + ID + ", synthetic=false]");
    }

    @Test
    void build_nameWithNewline_throwsQuotingIt() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> Person.builder(ID, "陈\n思雨").build())
                .withMessage("name must not contain control characters, was '陈\\u000A思雨'");
    }

    @Test
    void build_nameWithUnpairedSurrogates_throwsNamingThePlace() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> Person.builder(ID, "陈思雨\ud800").build())
                .withMessage("name must not contain an unpaired surrogate, was U+D800 at character 4");
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> Person.builder(ID, "\udc00陈").build())
                .withMessage("name must not contain an unpaired surrogate, was U+DC00 at character 1");
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> Person.builder(ID, "陈\ud83d思").build())
                .withMessage("name must not contain an unpaired surrogate, was U+D83D at character 2");
    }

    @Test
    void build_nameWithASupplementaryCharacter_isAccepted() {
        assertThat(Person.builder(ID, "陈\ud842\udfb7雨").build().name()).isEqualTo("陈𠮷雨");
    }

    @Test
    void build_teachingBeforeBirth_throwsQuotingBothDates() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> Person.builder(ID, "陈思雨").birthDate(LocalDate.of(1990, 1, 1))
                        .teachingSince(LocalDate.of(1989, 9, 1)).build())
                .withMessage("Person syn-teacher-0001 started teaching on 1989-09-01, before birth on 1990-01-01");
    }

    @Test
    void holdsPost_researchTrainer_holdsTheTrainerPostToo() {
        Person researchTrainer = Person.builder(ID, "陈思雨").post(Post.RESEARCH_TRAINER).build();
        assertThat(researchTrainer.holdsPost(Post.RESEARCH_TRAINER)).isTrue();
        assertThat(researchTrainer.holdsPost(Post.TRAINER)).isTrue();
        assertThat(researchTrainer.holdsPost(Post.TEACHER)).isFalse();
    }

    @Test
    void holdsPost_trainer_isNotAResearchTrainer() {
        Person trainer = Person.builder(ID, "陈思雨").post(Post.TRAINER).build();
        assertThat(trainer.holdsPost(Post.TRAINER)).isTrue();
        assertThat(trainer.holdsPost(Post.RESEARCH_TRAINER)).isFalse();
        assertThat(Person.builder(ID, "陈思雨").build().holdsPost(Post.TRAINER)).isFalse();
    }

    @Test
    void posts_addedInReverse_iterateInDeclarationOrder() {
        Person person = Person.builder(ID, "陈思雨").post(Post.CADRE, Post.PRINCIPAL, Post.TEACHER).build();
        assertThat(person.posts()).containsExactly(Post.TEACHER, Post.PRINCIPAL, Post.CADRE);
    }

    @Test
    void subjects_iterateInCodeOrder() {
        Person person = Person.builder(ID, "陈思雨").subject(Subject.PHYSICS, Subject.CHINESE, Subject.MATHEMATICS).build();
        assertThat(person.subjects()).containsExactly(Subject.CHINESE, Subject.MATHEMATICS, Subject.PHYSICS);
    }

    @Test
    void builderSubjects_collectionChangedAfterwards_personUnchanged() {
        List<Subject> subjects = new ArrayList<>(List.of(Subject.MUSIC));
        Person.Builder builder = Person.builder(ID, "陈思雨").subjects(subjects);
        subjects.add(Subject.HISTORY);
        assertThat(builder.build().subjects()).containsExactly(Subject.MUSIC);
    }

    @Test
    void builder_reusedAfterBuild_earlierPersonUnchanged() {
        Person.Builder builder = Person.builder(ID, "陈思雨").post(Post.TEACHER);
        Person first = builder.build();
        builder.post(Post.CADRE);
        assertThat(first.posts()).containsExactly(Post.TEACHER);
    }

    @Test
    void teachingYearsOn_beforeStart_isEmpty() {
        assertThat(teacher().teachingYearsOn(SINCE.minusDays(1))).isEmpty();
    }

    @Test
    void teachingYearsOn_startDay_isZero() {
        assertThat(teacher().teachingYearsOn(SINCE)).isEqualTo(OptionalInt.of(0));
    }

    @Test
    void teachingYearsOn_dayBeforeAnniversary_countsFullYearsOnly() {
        assertThat(teacher().teachingYearsOn(LocalDate.of(2026, 8, 31))).isEqualTo(OptionalInt.of(24));
    }

    @Test
    void teachingYearsOn_anniversary_countsTheYear() {
        assertThat(teacher().teachingYearsOn(LocalDate.of(2026, 9, 1))).isEqualTo(OptionalInt.of(25));
    }

    @Test
    void teachingYearsOn_noTeachingStart_isEmpty() {
        assertThat(Person.builder(ID, "陈思雨").build().teachingYearsOn(SINCE)).isEmpty();
    }

    @Test
    void ageOn_birthday_countsTheYear() {
        assertThat(teacher().ageOn(LocalDate.of(2026, 5, 4))).isEqualTo(OptionalInt.of(47));
    }

    @Test
    void ageOn_beforeBirth_isEmpty() {
        assertThat(teacher().ageOn(LocalDate.of(1979, 5, 3))).isEmpty();
    }

    @Test
    void ageOn_unknownBirthDate_isEmpty() {
        assertThat(Person.builder(ID, "陈思雨").build().ageOn(SINCE)).isEmpty();
    }

    @Test
    void hasTitleAtLeast_seniorForFirstGrade_isTrue() {
        assertThat(teacher().hasTitleAtLeast(Title.FIRST_GRADE)).isTrue();
    }

    @Test
    void hasTitleAtLeast_seniorForProfessor_isFalse() {
        assertThat(teacher().hasTitleAtLeast(Title.PROFESSOR)).isFalse();
    }

    @Test
    void hasTitleAtLeast_noTitle_isFalse() {
        assertThat(Person.builder(ID, "陈思雨").build().hasTitleAtLeast(Title.THIRD_GRADE)).isFalse();
    }

    @Test
    void highestLevelOf_twoHonoursOfAKind_isTheHigherLevel() {
        assertThat(teacher().highestLevelOf(HonourKind.FAMOUS_TEACHER)).contains(Level.MUNICIPAL);
    }

    @Test
    void highestLevelOf_higherLevelAwardedFirst_isTheHigherLevelOfThatKind() {
        Person person = teacher().toBuilder()
                .honour(Honour.of(HonourKind.SPECIAL_GRADE_TEACHER, Level.NATIONAL, LocalDate.of(2019, 9, 10)))
                .honour(Honour.of(HonourKind.FAMOUS_TEACHER, Level.PROVINCIAL, LocalDate.of(2020, 9, 10)))
                .build();

        assertThat(person.highestLevelOf(HonourKind.FAMOUS_TEACHER)).contains(Level.PROVINCIAL);
    }

    @Test
    void highestLevelOf_kindNotHeld_isEmpty() {
        assertThat(teacher().highestLevelOf(HonourKind.SPECIAL_GRADE_TEACHER)).isEmpty();
    }

    @Test
    void builderPost_nullElement_throwsNpe() {
        Person.Builder builder = Person.builder(ID, "陈思雨");
        assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> builder.post(Post.TEACHER, null))
                .withMessage("posts must not contain null");
    }

    @Test
    void builderSubjects_nullElement_throwsNpeNamingThemAndAddsNone() {
        Person.Builder builder = Person.builder(ID, "陈思雨");

        assertThatExceptionOfType(NullPointerException.class)
                .isThrownBy(() -> builder.subjects(Arrays.asList(Subject.MATHEMATICS, null)))
                .withMessage("subjects must not contain null");
        assertThat(builder.build().subjects()).isEmpty();
    }

    @Test
    void builderSubjects_someSubjects_areAdded() {
        assertThat(Person.builder(ID, "陈思雨").subjects(List.of(Subject.MATHEMATICS, Subject.CHINESE)).build().subjects())
                .containsExactlyInAnyOrder(Subject.CHINESE, Subject.MATHEMATICS);
    }
}
