package org.yanxun.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yanxun.Dataset;
import org.yanxun.Person;
import org.yanxun.PersonId;
import org.yanxun.Studio;
import org.yanxun.Tier;
import org.yanxun.examples.ExampleCommunities;
import org.yanxun.rules.Entity;
import org.yanxun.rules.Location;

class PersonFactsTest {

    private final Dataset liwan = ExampleCommunities.liwan2026();
    private final Studio studio = liwan.clusters().get(0).studios().get(0);
    private final Person host = liwan.person(studio.membershipsOf(Tier.HOST).get(0).person()).orElseThrow();

    @Test
    void personOfAWholeDocument_isKeptAsItIs() {
        PersonFacts facts = factsOf(Location.root().child("persons", 0));
        assertThat(facts.person(host.id())).isSameAs(host);
    }

    @Test
    void personOfALine_isPackedWithEveryFieldTheRulesRead() {
        PersonFacts facts = factsOf(Location.ofLine(3).child("person"));
        Person rebuilt = facts.person(host.id());
        assertThat(rebuilt).isNotSameAs(host);
        assertSameFields(rebuilt, host);
    }

    @Test
    void serializedStateOfAWholeDocument_holdsThePackedPersonAndItsSeats() throws Exception {
        PersonFacts facts = factsOf(Location.root().child("persons", 0));
        Location studioAt = Location.root().child("clusters", 0).child("studios", 0);
        emitTo(facts, new Entity.OfStudio(studio, liwan.clusters().get(0).id(), studioAt));

        PersonFacts copy = roundTrip(facts);

        assertSameFields(copy.person(host.id()), host);
        assertThat(copy.hasPerson()).isTrue();
        assertThat(copy.seatsOf(EnumSet.of(Tier.HOST))).singleElement()
                .satisfies(seat -> assertThat(seat.studioAt()).isEqualTo(studioAt));
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
        assertThat(first.add(later).person(host.id())).isSameAs(host);
    }

    @Test
    void add_earlierRecordOfThePerson_takesIt() {
        Person renamed = renamed(host);
        PersonFacts later = factsOf(renamed, Location.root().child("persons", 5));
        PersonFacts first = factsOf(host, Location.root().child("persons", 0));
        assertThat(later.add(first).person(host.id())).isSameAs(host);
    }

    @Test
    void add_laterLineOfThePerson_keepsTheFirst() {
        Person renamed = renamed(host);
        PersonFacts first = factsOf(host, Location.ofLine(3).child("person"));
        PersonFacts later = factsOf(renamed, Location.ofLine(9).child("person"));
        assertThat(first.add(later).person(host.id()).name()).isEqualTo(host.name());
    }

    private PersonFacts factsOf(Location at) {
        return factsOf(host, at);
    }

    private static PersonFacts factsOf(Person person, Location at) {
        List<PersonFacts> emitted = new ArrayList<>();
        PersonFacts.GROUPING.map(new Entity.OfPerson(person, at), null, (id, facts) -> emitted.add(facts));
        assertThat(emitted).hasSize(1);
        return emitted.get(0);
    }

    private void emitTo(PersonFacts facts, Entity entity) {
        PersonFacts.GROUPING.map(entity, null, (PersonId id, PersonFacts seat) -> {
            if (id.equals(host.id())) {
                facts.add(seat);
            }
        });
    }

    private static void assertSameFields(Person actual, Person expected) {
        assertThat(actual).extracting(Person::id, Person::name, Person::title, Person::honours, Person::posts,
                Person::stages, Person::subjects, Person::employer, Person::birthDate, Person::teachingSince)
                .containsExactly(expected.id(), expected.name(), expected.title(), expected.honours(), expected.posts(),
                        expected.stages(), expected.subjects(), expected.employer(), expected.birthDate(),
                        expected.teachingSince());
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
