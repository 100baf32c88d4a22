package org.yanxun.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.time.api.Dates;
import org.yanxun.Person;
import org.yanxun.generators.ModelArbitraries;
import org.yanxun.policy.Presets;
import org.yanxun.rules.Dimensions;
import org.yanxun.rules.Entity;
import org.yanxun.rules.Location;
import org.yanxun.rules.RuleContext;

/** The packed state of a person read from a line answers what the person rules ask as the record does. */
class PersonFactsProperties {

    private static final RuleContext CONTEXT = new RuleContext(Presets.guangzhouLiwan2026(), LocalDate.of(2026, 3, 1),
            Dimensions.empty());

    @Provide
    Arbitrary<Person> persons() {
        return ModelArbitraries.persons();
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Dates.dates().between(LocalDate.of(1940, 1, 1), LocalDate.of(2060, 12, 31));
    }

    @Property(tries = 300)
    void packedPerson_answersAsTheRecord(@ForAll("persons") Person person, @ForAll("dates") LocalDate on) {
        PersonFacts packed = factsOf(person, Location.ofLine(7).child("person"));
        PersonFacts whole = factsOf(person, Location.root().child("persons", 0));

        List<LocalDate> days = new ArrayList<>(List.of(on));
        person.teachingSince().ifPresent(since -> days.addAll(List.of(since, since.minusDays(1))));
        person.birthDate().ifPresent(birth -> days.addAll(List.of(birth, birth.minusDays(1))));
        for (PersonFacts facts : List.of(packed, whole)) {
            assertThat(facts.name()).isEqualTo(person.name());
            assertThat(facts.honours()).isEqualTo(person.honours());
            assertThat(facts.posts()).isEqualTo(person.posts());
            assertThat(facts.stages()).isEqualTo(person.stages());
            assertThat(facts.subjects()).containsExactlyElementsOf(person.subjects());
            assertThat(facts.employer()).isEqualTo(person.employer());
            for (LocalDate day : days) {
                assertThat(facts.teachingYearsOn(day)).as("教龄 on %s", day).isEqualTo(person.teachingYearsOn(day));
                assertThat(facts.ageOn(day)).as("age on %s", day).isEqualTo(person.ageOn(day));
            }
            assertThat(facts.person(person.id()).toBuilder().synthetic(person.synthetic()).build()).isEqualTo(person);
        }
        assertThat(packed.person(person.id())).isNotSameAs(person);
    }

    private static PersonFacts factsOf(Person person, Location at) {
        List<PersonFacts> emitted = new ArrayList<>();
        PersonFacts.GROUPING.map(new Entity.OfPerson(person, at), CONTEXT, (id, facts) -> emitted.add(facts));
        return emitted.get(0);
    }
}
