package org.yanxun.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yanxun.Dataset;
import org.yanxun.Institution;
import org.yanxun.InstitutionId;
import org.yanxun.Membership;
import org.yanxun.Person;
import org.yanxun.PersonId;
import org.yanxun.Post;
import org.yanxun.Stage;
import org.yanxun.Studio;
import org.yanxun.Subject;
import org.yanxun.Tier;
import org.yanxun.examples.ExampleCommunities;
import org.yanxun.policy.Presets;
import org.yanxun.rules.Dimensions;
import org.yanxun.rules.Entity;
import org.yanxun.rules.Location;
import org.yanxun.rules.RuleContext;

class PersonFactsTest {

    private final Dataset liwan = ExampleCommunities.liwan2026();
    private final Studio studio = liwan.clusters().get(0).studios().get(0);
    private final Person host = liwan.person(studio.membershipsOf(Tier.HOST).get(0).person()).orElseThrow();
    private final RuleContext context = new RuleContext(Presets.guangzhouLiwan2026(), ExampleCommunities.LIWAN_AS_OF,
            Dimensions.of(liwan));

    @Test
    void personOfAWholeDocument_isKeptAsItIs() {
        PersonFacts facts = factsOf(Location.root().child("persons", 0));
        assertThat(facts.honours()).isSameAs(host.honours());
        SamePerson.assertAnswersAs(facts, host);
    }

    @Test
    void personOfALine_isPackedWithEveryFieldTheRulesRead() {
        PersonFacts facts = factsOf(Location.ofLine(3).child("person"));
        assertThat(facts.honours()).isNotSameAs(host.honours());
        SamePerson.assertAnswersAs(facts, host);
    }

    @Test
    void personOfALine_nameInternedButNotKeptByTheCacheOfTexts() throws ReflectiveOperationException {
        String name = "测试姓名" + System.nanoTime();
        Person person = new Person(host.id(), new String(name.toCharArray()), host.synthetic(), host.birthDate(),
                host.title(), host.honours(), host.posts(), host.stages(), host.subjects(), host.employer(),
                host.teachingSince());

        assertThat(factsOf(person, Location.ofLine(3).child("person")).name()).isSameAs(name.intern());
        java.lang.reflect.Field recent = Interned.class.getDeclaredField("RECENT");
        recent.setAccessible(true);
        assertThat((String[]) recent.get(null)).doesNotContain(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "CHINESE", "CHINESE,MATHEMATICS,LINGNAN_CULTURE"})
    void personOfALine_keepsEverySubject(String codes) {
        SortedSet<Subject> subjects = new TreeSet<>();
        for (String code : codes.isEmpty() ? new String[0] : codes.split(",")) {
            subjects.add(Subject.of(code));
        }
        Person teacher = new Person(host.id(), host.name(), host.synthetic(), host.birthDate(), host.title(),
                host.honours(), host.posts(), host.stages(), subjects, host.employer(), host.teachingSince());

        assertThat(factsOf(teacher, Location.ofLine(3).child("person")).subjects()).containsExactlyElementsOf(subjects);
    }

    @Test
    void personOfALine_withoutATeachingStart_answersAsTheRecord() {
        Person unknown = Mutations.withoutTeachingSince(host);

        SamePerson.assertAnswersAs(factsOf(unknown, Location.ofLine(3).child("person")), unknown);
    }

    @Test
    void personOfALine_bornAndStartingOnALeapDay_countsYearsAsTheRecord() {
        Person leap = host.toBuilder().birthDate(LocalDate.of(1980, 2, 29)).teachingSince(LocalDate.of(2004, 2, 29))
                .build();

        SamePerson.assertAnswersAs(factsOf(leap, Location.ofLine(3).child("person")), leap,
                LocalDate.of(2005, 2, 28), LocalDate.of(2005, 3, 1), LocalDate.of(2008, 2, 28),
                LocalDate.of(2008, 2, 29), LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 1), LocalDate.MAX,
                LocalDate.MIN);
    }

    @Test
    void serializedStateOfALine_keepsThePackedPerson() throws Exception {
        PersonFacts facts = factsOf(Location.ofLine(3).child("person"));

        PersonFacts copy = roundTrip(facts);

        SamePerson.assertAnswersAs(copy, host);
        assertThat(copy.hasPerson()).isTrue();
    }

    @Test
    void personOfALine_sharesItsEmployersIdentifierWithTheReferenceData() {
        Person copy = new Person(host.id(), host.name(), host.synthetic(), host.birthDate(), host.title(),
                host.honours(), host.posts(), host.stages(), host.subjects(),
                host.employer().map(id -> InstitutionId.of(id.value())), host.teachingSince());
        InstitutionId known = liwan.institutions().stream().map(Institution::id)
                .filter(id -> id.equals(host.employer().orElseThrow())).findFirst().orElseThrow();

        PersonFacts facts = factsOf(copy, Location.ofLine(3).child("person"));

        assertThat(facts.employer()).containsSame(known);
    }

    @Test
    void personOfALine_withAnEmployerOutsideTheReferenceData_keepsItsOwnIdentifier() {
        InstitutionId unknown = InstitutionId.of("UNKNOWN-SCHOOL");
        Person elsewhere = new Person(host.id(), host.name(), host.synthetic(), host.birthDate(), host.title(),
                host.honours(), host.posts(), host.stages(), host.subjects(), Optional.of(unknown),
                host.teachingSince());

        assertThat(factsOf(elsewhere, Location.ofLine(3).child("person")).employer()).containsSame(unknown);
    }

    @Test
    void setsOfStagesPostsAndSubjects_areSharedAndUnmodifiable() {
        int bits = PersonFacts.bits(EnumSet.of(Stage.PRIMARY, Stage.JUNIOR_SECONDARY));

        assertThat(PersonFacts.stages(bits)).containsExactly(Stage.PRIMARY, Stage.JUNIOR_SECONDARY)
                .isSameAs(PersonFacts.stages(bits));
        assertThat(PersonFacts.posts(PersonFacts.bits(EnumSet.of(Post.PRINCIPAL)))).containsExactly(Post.PRINCIPAL);
        assertThat(PersonFacts.stages(0)).isEmpty();
        assertThat(PersonFacts.subjects("CHINESE,MATHEMATICS")).containsExactly(Subject.CHINESE, Subject.MATHEMATICS)
                .isSameAs(PersonFacts.subjects("CHINESE,MATHEMATICS"));
        assertThat(PersonFacts.subjects("")).isEmpty();
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> PersonFacts.stages(bits).add(Stage.SENIOR_SECONDARY));
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> PersonFacts.subjects("CHINESE").add(Subject.MUSIC));
    }

    @Test
    void subjectsBeyondTheSharedSets_areReadButNotKept() {
        for (int i = 0; i <= PersonFacts.MAX_SUBJECT_SETS; i++) {
            PersonFacts.subjects("CHINESE,S" + i);
        }
        assertThat(PersonFacts.subjects("MUSIC,X_BEYOND")).containsExactly(Subject.MUSIC, Subject.of("X_BEYOND"))
                .isNotSameAs(PersonFacts.subjects("MUSIC,X_BEYOND"));
    }

    @Test
    void subjectsOfLongCodes_areReadButNotKept() {
        String codes = String.join(",", java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> "LOCAL_COURSE_WITH_A_LONG_CODE_NUMBER_" + i).toList());
        assertThat(codes.length()).isGreaterThan(PersonFacts.MAX_SHARED_CODES_LENGTH);

        assertThat(PersonFacts.subjects(codes)).hasSize(6).isNotSameAs(PersonFacts.subjects(codes));
    }

    @Test
    void serializedStateOfAWholeDocument_holdsThePackedPersonAndItsSeats() throws Exception {
        PersonFacts facts = factsOf(Location.root().child("persons", 0));
        Location studioAt = Location.root().child("clusters", 0).child("studios", 0);
        emitTo(facts, new Entity.OfStudio(studio, liwan.clusters().get(0).id(), studioAt));

        PersonFacts copy = roundTrip(facts);

        SamePerson.assertAnswersAs(copy, host);
        assertThat(copy.hasPerson()).isTrue();
        assertThat(copy.seatsOf(PersonFacts.bits(EnumSet.of(Tier.HOST)))).singleElement()
                .satisfies(seat -> assertThat(seat.studioAt()).isEqualTo(studioAt));
    }

    @Test
    void seatsOfSomeTiers_areCountedAndChosenAcrossMergedStates() throws Exception {
        Studio joined = studio.toBuilder().clearMemberships()
                .membership(new Membership(host.id(), Tier.MEMBER, studio.cycle().start(), Optional.empty())).build();
        PersonFacts member = factsOf(Location.root().child("persons", 0));
        emitTo(member, studioAt(joined, 1));
        emitTo(member, studioAt(joined, 2));
        PersonFacts both = factsOf(Location.root().child("persons", 0));
        emitTo(both, studioAt(joined, 1));
        emitTo(both, studioAt(studio, 0));
        emitTo(both, studioAt(joined, 2));
        int hosts = PersonFacts.bits(EnumSet.of(Tier.HOST));
        int members = PersonFacts.bits(EnumSet.of(Tier.MEMBER));
        int hostsAndMembers = hosts | members;
        int trainees = PersonFacts.bits(EnumSet.of(Tier.ONLINE_TRAINEE));

        assertThat(List.of(member.countSeatsOf(hosts), member.countSeatsOf(members),
                member.countSeatsOf(hostsAndMembers), member.countSeatsOf(trainees))).containsExactly(0, 2, 2, 0);
        assertThat(List.of(both.countSeatsOf(hosts), both.countSeatsOf(members), both.countSeatsOf(hostsAndMembers),
                both.countSeatsOf(trainees))).containsExactly(1, 2, 3, 0);
        assertThat(both.seatsOf(members)).extracting(seat -> seat.studioAt().pointer())
                .containsExactly("/clusters/0/studios/1", "/clusters/0/studios/2");
        assertThat(both.seatsOf(hosts)).extracting(seat -> seat.studioAt().pointer())
                .containsExactly("/clusters/0/studios/0");
        assertThat(both.seatsOf(hostsAndMembers)).hasSize(3);
        assertThat(both.seatsOf(trainees)).isEmpty();
        assertThat(member.seatsOf(hosts)).isEmpty();
        assertThat(roundTrip(both).countSeatsOf(members)).as("serialized").isEqualTo(2);
        assertThat(factsOf(Location.ofLine(3).child("person")).add(both).countSeatsOf(hostsAndMembers))
                .as("merged").isEqualTo(3);
    }

    @Test
    void everyTier_hasABitInTheByteOfSeatTiers() {
        assertThat(Tier.values()).as("a state keeps the bits of its seats' tiers in a byte").hasSizeLessThanOrEqualTo(8);
    }

    /** The record of a studio, at the index of the studio in its cluster. */
    private Entity studioAt(Studio record, int index) {
        return new Entity.OfStudio(record, liwan.clusters().get(0).id(),
                Location.root().child("clusters", 0).child("studios", index));
    }

    private static Person renamed(Person p) {
        return new Person(p.id(), "改名", p.synthetic(), p.birthDate(), p.title(), p.honours(), p.posts(), p.stages(),
                p.subjects(), p.employer(), p.teachingSince());
    }

    @Test
    void add_laterRecordOfThePerson_keepsTheFirst() {
        Person renamed = renamed(host);
        PersonFacts first = factsOf(host, Location.root().child("persons", 0));
        PersonFacts later = factsOf(renamed, Location.root().child("persons", 5));
        assertThat(first.add(later).name()).isEqualTo(host.name());
    }

    @Test
    void add_earlierRecordOfThePerson_takesIt() {
        Person renamed = renamed(host);
        PersonFacts later = factsOf(renamed, Location.root().child("persons", 5));
        PersonFacts first = factsOf(host, Location.root().child("persons", 0));
        assertThat(later.add(first).name()).isEqualTo(host.name());
    }

    @Test
    void add_laterLineOfThePerson_keepsTheFirst() {
        Person renamed = renamed(host);
        PersonFacts first = factsOf(host, Location.ofLine(3).child("person"));
        PersonFacts later = factsOf(renamed, Location.ofLine(9).child("person"));
        assertThat(first.add(later).name()).isEqualTo(host.name());
    }

    private PersonFacts factsOf(Location at) {
        return factsOf(host, at);
    }

    private PersonFacts factsOf(Person person, Location at) {
        List<PersonFacts> emitted = new ArrayList<>();
        PersonFacts.GROUPING.map(new Entity.OfPerson(person, at), context, (id, facts) -> emitted.add(facts));
        assertThat(emitted).hasSize(1);
        return emitted.get(0);
    }

    private void emitTo(PersonFacts facts, Entity entity) {
        PersonFacts.GROUPING.map(entity, context, (PersonId id, PersonFacts seat) -> {
            if (id.equals(host.id())) {
                facts.add(seat);
            }
        });
    }

    private static PersonFacts roundTrip(PersonFacts facts) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(facts);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (PersonFacts) in.readObject();
        }
    }
}
