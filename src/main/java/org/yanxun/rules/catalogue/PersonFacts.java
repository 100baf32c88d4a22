package org.yanxun.rules.catalogue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.yanxun.Cycle;
import org.yanxun.DateRange;
import org.yanxun.Exchange;
import org.yanxun.ExchangeKind;
import org.yanxun.InstitutionId;
import org.yanxun.Level;
import org.yanxun.Membership;
import org.yanxun.Person;
import org.yanxun.PersonId;
import org.yanxun.Stage;
import org.yanxun.Studio;
import org.yanxun.StudioStatus;
import org.yanxun.StudioType;
import org.yanxun.Subject;
import org.yanxun.Tier;
import org.yanxun.rules.Entity;
import org.yanxun.rules.Grouping;
import org.yanxun.rules.Location;
import org.yanxun.rules.RuleContext;

/**
 * What the records say about one person: the person record itself (the first in document order),
 * their memberships of studios as host or member, and their places in exchanges. The shared state of
 * the rules keyed by person.
 */
final class PersonFacts {

    /** A membership, with what the rules need of its studio. */
    record Seat(String studioName, StudioType type, Level level, Set<Stage> stages, Set<Subject> subjects,
            Cycle cycle, StudioStatus status, Membership membership, Location studioAt, Location location) {

        static Seat of(Studio studio, Membership membership, Location studioAt, Location location) {
            return new Seat(studio.name(), studio.type(), studio.level(), studio.stages(), studio.subjects(),
                    studio.cycle(), studio.status(), membership, studioAt, location);
        }

        boolean isActiveOn(java.time.LocalDate date) {
            return status == StudioStatus.ACTIVE && cycle.isActiveOn(date) && membership.isActiveOn(date);
        }
    }

    /** A place in an exchange of the four mutual mechanism. */
    record Trip(PersonId person, String exchange, ExchangeKind kind, InstitutionId from, DateRange period,
            Location location) {
    }

    /** The one grouping of every rule keyed by person: records are mapped once for all of them. */
    static final Grouping<PersonId, PersonFacts> GROUPING = Grouping.of(PersonFacts::map, PersonFacts::add);

    private static final Set<Tier> TIERS = EnumSet.of(Tier.HOST, Tier.MEMBER);

    private Person person;
    private Location personAt;
    private final List<Seat> seats = new ArrayList<>(1);
    private final List<Trip> trips = new ArrayList<>(0);

    static PersonFacts ofPerson(Person person, Location at) {
        PersonFacts facts = new PersonFacts();
        facts.person = person;
        facts.personAt = at;
        return facts;
    }

    static PersonFacts ofSeat(Seat seat) {
        PersonFacts facts = new PersonFacts();
        facts.seats.add(seat);
        return facts;
    }

    static PersonFacts ofTrip(Trip trip) {
        PersonFacts facts = new PersonFacts();
        facts.trips.add(trip);
        return facts;
    }

    private static void map(Entity entity, RuleContext context, BiConsumer<PersonId, PersonFacts> emit) {
        if (entity instanceof Entity.OfPerson e) {
            emit.accept(e.person().id(), ofPerson(e.person(), e.location()));
        } else if (entity instanceof Entity.OfStudio e) {
            Studio studio = e.studio();
            for (int i = 0; i < studio.memberships().size(); i++) {
                Membership membership = studio.memberships().get(i);
                if (TIERS.contains(membership.tier())) {
                    emit.accept(membership.person(),
                            ofSeat(Seat.of(studio, membership, e.location(), e.location().child("memberships", i))));
                }
            }
        } else if (entity instanceof Entity.OfExchange e) {
            Exchange exchange = e.exchange();
            for (int i = 0; i < exchange.participants().size(); i++) {
                PersonId participant = exchange.participants().get(i);
                emit.accept(participant, ofTrip(new Trip(participant, exchange.id().value(), exchange.kind(),
                        exchange.from(), exchange.period(), e.location().child("participants", i))));
            }
        }
    }

    /** The same facts with only the memberships of some tiers. */
    PersonFacts only(Set<Tier> tiers) {
        boolean all = true;
        for (Seat seat : seats) {
            all &= tiers.contains(seat.membership().tier());
        }
        if (all) {
            return this;
        }
        PersonFacts view = new PersonFacts();
        view.person = person;
        view.personAt = personAt;
        for (Seat seat : seats) {
            if (tiers.contains(seat.membership().tier())) {
                view.seats.add(seat);
            }
        }
        view.trips.addAll(trips);
        return view;
    }

    PersonFacts add(PersonFacts other) {
        if (other.person != null && (person == null || other.personAt.compareTo(personAt) < 0)) {
            person = other.person;
            personAt = other.personAt;
        }
        seats.addAll(other.seats);
        trips.addAll(other.trips);
        return this;
    }

    /** The person, or null if no record of the person was seen: then {@code REF_UNKNOWN} reports it. */
    Person person() {
        return person;
    }

    List<Seat> seats() {
        return seats;
    }

    List<Trip> trips() {
        return trips;
    }
}
