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
        SamePerson.assertAnswersAs(factsOf(person, Location.ofLine(7).child("person")), person, on);
        SamePerson.assertAnswersAs(factsOf(person, Location.root().child("persons", 0)), person, on);
    }

    private static PersonFacts factsOf(Person person, Location at) {
        List<PersonFacts> emitted = new ArrayList<>();
        PersonFacts.GROUPING.map(new Entity.OfPerson(person, at), CONTEXT, (id, facts) -> emitted.add(facts));
        return emitted.get(0);
    }
}
