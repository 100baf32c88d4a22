package org.yanxun.rules.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.yanxun.Cycle;
import org.yanxun.DateRange;
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
import org.yanxun.rules.Location;

/**
 * What the records say about one person: the person record itself (the first in document order),
 * their memberships of studios and their places in exchanges. The state of the rules keyed by person.
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
    record Trip(PersonId person, String exchange, ExchangeKind kind, InstitutionId from, DateRange period, Location location) {
    }

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
