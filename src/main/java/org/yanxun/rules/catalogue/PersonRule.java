package org.yanxun.rules.catalogue;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiConsumer;
import org.yanxun.Exchange;
import org.yanxun.Membership;
import org.yanxun.PersonId;
import org.yanxun.Studio;
import org.yanxun.Tier;
import org.yanxun.rules.Entity;
import org.yanxun.rules.FindingSink;
import org.yanxun.rules.KeyedRule;
import org.yanxun.rules.Location;
import org.yanxun.rules.RuleContext;
import org.yanxun.rules.RuleInfo;

/**
 * A rule keyed by person: it gathers the person record, the person's memberships of the tiers it
 * reads and, if it reads them, the person's places in exchanges, then checks them together.
 */
final class PersonRule implements KeyedRule<PersonId, PersonFacts> {

    /** The check of a person rule; {@link PersonFacts#person()} is set when the rule needs the person. */
    @FunctionalInterface
    interface Check {
        void check(PersonFacts facts, RuleContext context, FindingSink sink);
    }

    private final RuleInfo info;
    private final Set<Tier> tiers;
    private final boolean trips;
    private final boolean needsPerson;
    private final Check check;

    private PersonRule(RuleInfo info, Set<Tier> tiers, boolean trips, boolean needsPerson, Check check) {
        this.info = info;
        this.tiers = tiers;
        this.trips = trips;
        this.needsPerson = needsPerson;
        this.check = check;
    }

    /** A rule over memberships of some tiers. */
    static PersonRule seats(RuleInfo info, Set<Tier> tiers, boolean needsPerson, Check check) {
        return new PersonRule(info, EnumSet.copyOf(tiers), false, needsPerson, check);
    }

    /** A rule over places in exchanges. */
    static PersonRule trips(RuleInfo info, boolean needsPerson, Check check) {
        return new PersonRule(info, EnumSet.noneOf(Tier.class), true, needsPerson, check);
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    public void map(Entity entity, RuleContext context, BiConsumer<PersonId, PersonFacts> emit) {
        if (entity instanceof Entity.OfPerson e) {
            if (needsPerson) {
                emit.accept(e.person().id(), PersonFacts.ofPerson(e.person(), e.location()));
            }
        } else if (entity instanceof Entity.OfStudio e && !tiers.isEmpty()) {
            Studio studio = e.studio();
            for (int i = 0; i < studio.memberships().size(); i++) {
                Membership membership = studio.memberships().get(i);
                if (tiers.contains(membership.tier())) {
                    Location at = e.location().child("memberships", i);
                    emit.accept(membership.person(),
                            PersonFacts.ofSeat(PersonFacts.Seat.of(studio, membership, e.location(), at)));
                }
            }
        } else if (entity instanceof Entity.OfExchange e && trips) {
            Exchange exchange = e.exchange();
            for (int i = 0; i < exchange.participants().size(); i++) {
                emit.accept(exchange.participants().get(i), PersonFacts.ofTrip(new PersonFacts.Trip(
                        exchange.participants().get(i), exchange.id().value(), exchange.kind(), exchange.from(), exchange.period(),
                        e.location().child("participants", i))));
            }
        }
    }

    @Override
    public PersonFacts merge(PersonFacts left, PersonFacts right) {
        return left.add(right);
    }

    @Override
    public void check(PersonId key, PersonFacts facts, RuleContext context, FindingSink sink) {
        if (needsPerson && facts.person() == null) {
            return;
        }
        check.check(facts, context, sink);
    }

    @Override
    public String toString() {
        return "KeyedRule[" + info.code() + "]";
    }
}
