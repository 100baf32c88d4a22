package org.yanxun.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yanxun.Honour;
import org.yanxun.HonourKind;
import org.yanxun.Level;
import org.yanxun.Person;
import org.yanxun.PersonId;
import org.yanxun.Post;
import org.yanxun.Stage;
import org.yanxun.StudioType;
import org.yanxun.Title;
import org.yanxun.policy.HostCriterion.HoldsPost;
import org.yanxun.policy.HostCriterion.HonourAtLeast;
import org.yanxun.policy.HostCriterion.TitleAtLeast;

class HostCriterionTest {

    private static final LocalDate AWARDED = LocalDate.of(2022, 9, 10);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    private static Person.Builder person() {
        return Person.builder(PersonId.of("syn-test-0001"), "合成人员").synthetic(true);
    }

    private static final HostCriterion SENIOR = new TitleAtLeast(Title.SENIOR);
    private static final HostCriterion DISTRICT_FAMOUS_TEACHER = new HonourAtLeast(HonourKind.FAMOUS_TEACHER, Level.DISTRICT);
    private static final HostCriterion PRINCIPAL = new HoldsPost(Post.PRINCIPAL);

    // ----- TitleAtLeast

    @Test
    void titleAtLeast_higherTitle_met() {
        assertThat(SENIOR.isMetBy(person().title(Title.PROFESSOR).build(), TODAY)).isTrue();
    }

    @Test
    void titleAtLeast_sameTitle_met() {
        assertThat(SENIOR.isMetBy(person().title(Title.SENIOR).build(), TODAY)).isTrue();
    }

    @Test
    void titleAtLeast_lowerTitle_notMet() {
        assertThat(SENIOR.isMetBy(person().title(Title.FIRST_GRADE).build(), TODAY)).isFalse();
    }

    @Test
    void titleAtLeast_noTitle_notMet() {
        assertThat(SENIOR.isMetBy(person().build(), TODAY)).isFalse();
    }

    private static final HostCriterion SENIOR_IN_VOCATIONAL = new TitleAtLeast(Title.SENIOR, EnumSet.of(Stage.VOCATIONAL));

    @Test
    void titleAtLeast_ofAStageByATeacherOfIt_met() {
        assertThat(SENIOR_IN_VOCATIONAL.isMetBy(person().title(Title.SENIOR).stage(Stage.VOCATIONAL).build(), TODAY))
                .isTrue();
    }

    @Test
    void titleAtLeast_ofAStageByATeacherOfAnother_notMet() {
        assertThat(SENIOR_IN_VOCATIONAL.isMetBy(person().title(Title.PROFESSOR).stage(Stage.PRIMARY).build(), TODAY))
                .isFalse();
        assertThat(SENIOR_IN_VOCATIONAL.isMetBy(person().title(Title.FIRST_GRADE).stage(Stage.VOCATIONAL).build(),
                TODAY)).isFalse();
    }

    @Test
    void titleAtLeast_ofStages_textsNameThem() {
        assertThat(List.of(SENIOR_IN_VOCATIONAL.zh(), SENIOR_IN_VOCATIONAL.en()))
                .containsExactly("中职教师职称不低于高级", "a title of senior teacher or higher in secondary vocational school");
        assertThat(new TitleAtLeast(Title.SENIOR)).isEqualTo(new TitleAtLeast(Title.SENIOR, Set.of()));
    }

    @Test
    void isEligibleHost_expertStudioOfASeniorVocationalTeacher_true() {
        StudioTypePolicy expert = Presets.guangzhouLiwan2026().studios().of(StudioType.EDUCATION_EXPERT_STUDIO)
                .orElseThrow();
        assertThat(expert.isEligibleHost(person().title(Title.SENIOR).stage(Stage.VOCATIONAL).build(), TODAY)).isTrue();
        assertThat(expert.isEligibleHost(person().title(Title.SENIOR).stage(Stage.PRIMARY).build(), TODAY)).isFalse();
    }

    @Test
    void titleAtLeast_texts_nameTheTitle() {
        assertThat(List.of(SENIOR.zh(), SENIOR.en())).containsExactly("职称不低于高级", "a title of senior teacher or higher");
    }

    @Test
    void titleAtLeast_nullTitle_throws() {
        assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> new TitleAtLeast(null));
    }

    // ----- HonourAtLeast

    @Test
    void honourAtLeast_higherLevel_met() {
        Person municipal = person().honour(Honour.of(HonourKind.FAMOUS_TEACHER, Level.MUNICIPAL, AWARDED)).build();
        assertThat(DISTRICT_FAMOUS_TEACHER.isMetBy(municipal, TODAY)).isTrue();
    }

    @Test
    void honourAtLeast_lowerLevel_notMet() {
        Person school = person().honour(Honour.of(HonourKind.FAMOUS_TEACHER, Level.SCHOOL, AWARDED)).build();
        assertThat(DISTRICT_FAMOUS_TEACHER.isMetBy(school, TODAY)).isFalse();
    }

    @Test
    void honourAtLeast_otherKind_notMet() {
        Person backbone = person().honour(Honour.of(HonourKind.BACKBONE_TEACHER, Level.PROVINCIAL, AWARDED)).build();
        assertThat(DISTRICT_FAMOUS_TEACHER.isMetBy(backbone, TODAY)).isFalse();
    }

    @Test
    void honourAtLeast_onTheDayOfTheAward_met() {
        Person municipal = person().honour(Honour.of(HonourKind.FAMOUS_TEACHER, Level.MUNICIPAL, AWARDED)).build();
        assertThat(DISTRICT_FAMOUS_TEACHER.isMetBy(municipal, AWARDED)).isTrue();
    }

    @Test
    void honourAtLeast_theDayBeforeTheAward_notMet() {
        Person municipal = person().honour(Honour.of(HonourKind.FAMOUS_TEACHER, Level.MUNICIPAL, AWARDED)).build();
        assertThat(DISTRICT_FAMOUS_TEACHER.isMetBy(municipal, AWARDED.minusDays(1))).isFalse();
    }

    @Test
    void honourAtLeast_texts_nameKindAndLevel() {
        assertThat(List.of(DISTRICT_FAMOUS_TEACHER.zh(), DISTRICT_FAMOUS_TEACHER.en()))
                .containsExactly("区级及以上名教师", "an honour of famous teacher at district level or higher");
    }

    // A term of three years from an award on 2022-09-10: the last day it qualifies is 2025-09-09.
    private static final HonourAtLeast FOR_THREE_YEARS = new HonourAtLeast(HonourKind.FAMOUS_TEACHER, Level.DISTRICT)
            .withTermYears(3);

    @Test
    void honourAtLeast_withATerm_metOnItsLastDay() {
        Person municipal = person().honour(Honour.of(HonourKind.FAMOUS_TEACHER, Level.MUNICIPAL, AWARDED)).build();
        assertThat(FOR_THREE_YEARS.isMetBy(municipal, LocalDate.of(2025, 9, 9))).isTrue();
    }

    @Test
    void honourAtLeast_withATerm_notMetOnceItEnds() {
        Person municipal = person().honour(Honour.of(HonourKind.FAMOUS_TEACHER, Level.MUNICIPAL, AWARDED)).build();
        assertThat(FOR_THREE_YEARS.isMetBy(municipal, LocalDate.of(2025, 9, 10))).isFalse();
        assertThat(DISTRICT_FAMOUS_TEACHER.isMetBy(municipal, LocalDate.of(2025, 9, 10))).isTrue();
    }

    @Test
    void honourAtLeast_withATerm_metByALaterAwardWhenTheFirstHasEnded() {
        Person renewed = person().honour(Honour.of(HonourKind.FAMOUS_TEACHER, Level.MUNICIPAL, AWARDED))
                .honour(Honour.of(HonourKind.FAMOUS_TEACHER, Level.DISTRICT, LocalDate.of(2025, 9, 1))).build();
        assertThat(FOR_THREE_YEARS.isMetBy(renewed, TODAY)).isTrue();
        assertThat(FOR_THREE_YEARS.isMetBy(renewed, LocalDate.of(2028, 9, 1))).isFalse();
    }

    @Test
    void honourAtLeast_withATerm_notMetBeforeTheAward() {
        Person municipal = person().honour(Honour.of(HonourKind.FAMOUS_TEACHER, Level.MUNICIPAL, AWARDED)).build();
        assertThat(FOR_THREE_YEARS.isMetBy(municipal, AWARDED.minusDays(1))).isFalse();
        assertThat(FOR_THREE_YEARS.isMetBy(municipal, AWARDED)).isTrue();
    }

    @Test
    void honourAtLeast_withATermFromALeapDay_metUntilTheLastDayOfFebruary() {
        Honour leapDay = Honour.of(HonourKind.FAMOUS_TEACHER, Level.DISTRICT, LocalDate.of(2020, 2, 29));
        HonourAtLeast forOneYear = FOR_THREE_YEARS.withTermYears(1);
        assertThat(forOneYear.isMetBy(leapDay, LocalDate.of(2021, 2, 28))).isTrue();
        assertThat(forOneYear.isMetBy(leapDay, LocalDate.of(2021, 3, 1))).isFalse();
    }

    @Test
    void honourAtLeast_withATermOutOfAPolicysRange_answersWithoutThrowing() {
        Honour honour = Honour.of(HonourKind.FAMOUS_TEACHER, Level.DISTRICT, AWARDED);
        assertThat(FOR_THREE_YEARS.withTermYears(Integer.MAX_VALUE).isMetBy(honour, LocalDate.of(9999, 12, 31)))
                .isTrue();
        assertThat(FOR_THREE_YEARS.withTermYears(0).isMetBy(honour, AWARDED)).isFalse();
        assertThat(FOR_THREE_YEARS.withTermYears(-1).isMetBy(honour, TODAY)).isFalse();
    }

    @Test
    void honourAtLeast_withATerm_textsSayTheTerm() {
        assertThat(List.of(FOR_THREE_YEARS.zh(), FOR_THREE_YEARS.en())).containsExactly("区级及以上名教师（获评3年内）",
                "an honour of famous teacher at district level or higher, awarded within 3 years");
        assertThat(FOR_THREE_YEARS.withTermYears(1).en()).endsWith(", awarded within 1 year");
    }

    @Test
    void honourAtLeast_withATerm_isAnotherCriterion() {
        assertThat(FOR_THREE_YEARS).isNotEqualTo(DISTRICT_FAMOUS_TEACHER);
        assertThat(FOR_THREE_YEARS.termYears()).hasValue(3);
        assertThat(((HonourAtLeast) DISTRICT_FAMOUS_TEACHER).termYears()).isEmpty();
    }

    @Test
    void honourAtLeast_nullLevel_throws() {
        assertThatExceptionOfType(NullPointerException.class)
                .isThrownBy(() -> new HonourAtLeast(HonourKind.FAMOUS_TEACHER, null));
    }

    // ----- HoldsPost

    @Test
    void holdsPost_holder_met() {
        assertThat(PRINCIPAL.isMetBy(person().post(Post.TEACHER, Post.PRINCIPAL).build(), TODAY)).isTrue();
    }

    @Test
    void holdsPost_otherPost_notMet() {
        assertThat(PRINCIPAL.isMetBy(person().post(Post.PARTY_SECRETARY).build(), TODAY)).isFalse();
    }

    @Test
    void holdsPost_trainerByAResearchTrainer_met() {
        assertThat(new HoldsPost(Post.TRAINER).isMetBy(person().post(Post.RESEARCH_TRAINER).build(), TODAY)).isTrue();
        assertThat(new HoldsPost(Post.RESEARCH_TRAINER).isMetBy(person().post(Post.TRAINER).build(), TODAY)).isFalse();
    }

    @Test
    void holdsPost_texts_nameThePost() {
        assertThat(List.of(PRINCIPAL.zh(), PRINCIPAL.en())).containsExactly("担任校长", "the post of principal");
    }

    // ----- StudioTypePolicy.isEligibleHost

    @Test
    void isEligibleHost_meetsOneOfTheCriteria_true() {
        StudioTypePolicy principal = Presets.guangzhouLiwan2026().studios().of(StudioType.PRINCIPAL_STUDIO).orElseThrow();
        Person secretary = person().honour(Honour.of(HonourKind.FAMOUS_PARTY_SECRETARY, Level.DISTRICT, AWARDED)).build();
        assertThat(principal.isEligibleHost(secretary, TODAY)).isTrue();
    }

    @Test
    void isEligibleHost_guangdongHeadTeacherStudio_admitsAMunicipalFamousHeadTeacher() {
        Person headTeacher = person().title(Title.FIRST_GRADE)
                .honour(Honour.of(HonourKind.FAMOUS_HEAD_TEACHER, Level.MUNICIPAL, AWARDED)).build();
        StudioPolicy guangdong = Presets.guangdongProvincial2021().studios();
        assertThat(guangdong.of(StudioType.HEAD_TEACHER_STUDIO).orElseThrow().isEligibleHost(headTeacher, TODAY)).isTrue();
        assertThat(guangdong.of(StudioType.FAMOUS_TEACHER_STUDIO).orElseThrow().isEligibleHost(headTeacher, TODAY))
                .isFalse();
    }

    @Test
    void isEligibleHost_guangdongHeadTeacherStudio_refusesADistrictFamousHeadTeacher() {
        Person headTeacher = person().title(Title.FIRST_GRADE)
                .honour(Honour.of(HonourKind.FAMOUS_HEAD_TEACHER, Level.DISTRICT, AWARDED)).build();
        assertThat(Presets.guangdongProvincial2021().studios().of(StudioType.HEAD_TEACHER_STUDIO).orElseThrow()
                .isEligibleHost(headTeacher, TODAY)).isFalse();
    }

    @Test
    void isEligibleHost_meetsNone_false() {
        StudioTypePolicy principal = Presets.guangzhouLiwan2026().studios().of(StudioType.PRINCIPAL_STUDIO).orElseThrow();
        assertThat(principal.isEligibleHost(person().title(Title.PROFESSOR).post(Post.PRINCIPAL).build(), TODAY)).isFalse();
    }

    @Test
    void isEligibleHost_liwanExpertStudio_takesMunicipalFamousTeachersAndPrincipals() {
        StudioTypePolicy expert = Presets.guangzhouLiwan2026().studios().of(StudioType.EDUCATION_EXPERT_STUDIO)
                .orElseThrow();
        for (HonourKind kind : List.of(HonourKind.FAMOUS_TEACHER, HonourKind.FAMOUS_PRINCIPAL)) {
            assertThat(expert.isEligibleHost(person().honour(Honour.of(kind, Level.MUNICIPAL, AWARDED)).build(), TODAY))
                    .as("municipal %s", kind).isTrue();
            assertThat(expert.isEligibleHost(person().honour(Honour.of(kind, Level.DISTRICT, AWARDED)).build(), TODAY))
                    .as("district %s", kind).isFalse();
        }
    }
}
