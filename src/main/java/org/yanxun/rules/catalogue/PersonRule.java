package org.yanxun.rules.catalogue;

import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.yanxun.PersonId;
import org.yanxun.Tier;
import org.yanxun.rules.FindingSink;
import org.yanxun.rules.Grouping;
import org.yanxun.rules.KeyedRule;
import org.yanxun.rules.RuleContext;
import org.yanxun.rules.RuleInfo;

/**
 * A rule keyed by person: it reads the shared {@link PersonFacts} of each person — the person record,
 * the memberships of the tiers it is about, and the person's places in exchanges.
 */
final class PersonRule implements KeyedRule<PersonId, PersonFacts> {

    /** The check of a person rule. */
    @FunctionalInterface
    interface Check {
        void check(Facts facts, RuleContext context, FindingSink sink);
    }

    /**
     * What a person rule reads of one person: what the person record says (read only if the rule
     * needs the person, which then has a record), the seats of the rule's tiers and the places in
     * exchanges.
     */
    record Facts(PersonId id, PersonFacts known, List<Seat> seats, List<Trip> trips) {
    }

    private final RuleInfo info;
    /** The tiers the rule is about, as {@link PersonFacts#bits}. */
    private final int tiers;
    private final boolean needsPerson;
    private final ToIntFunction<RuleContext> limit;
    private final Check check;

    private PersonRule(RuleInfo info, int tiers, boolean needsPerson, ToIntFunction<RuleContext> limit,
            Check check) {
        this.info = info;
        this.tiers = tiers;
        this.needsPerson = needsPerson;
        this.limit = limit;
        this.check = check;
    }

    /** A rule over memberships of some tiers (host or member). */
    static PersonRule seats(RuleInfo info, Set<Tier> tiers, boolean needsPerson, Check check) {
        return new PersonRule(info, PersonFacts.bits(tiers), needsPerson, null, check);
    }

    /**
     * A rule over memberships of some tiers that can fire only for a person holding more of them than a
     * limit (such as the number of studios one may host at once): it skips everyone else without
     * building their facts.
     */
    static PersonRule seatsOver(RuleInfo info, Set<Tier> tiers, ToIntFunction<RuleContext> limit, Check check) {
        return new PersonRule(info, PersonFacts.bits(tiers), false, limit, check);
    }

    /** A rule over places in exchanges. */
    static PersonRule trips(RuleInfo info, boolean needsPerson, Check check) {
        return new PersonRule(info, 0, needsPerson, null, check);
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    public Grouping<PersonId, PersonFacts> grouping() {
        return PersonFacts.GROUPING;
    }

    @Override
    public void check(PersonId key, PersonFacts facts, RuleContext context, FindingSink sink) {
        // Most persons hold no seat of most rules' tiers: that is told by the state's bits, before the
        // seats are listed or the limit asked.
        boolean concerned = tiers == 0 ? facts.hasTrips() : facts.hasSeatsOf(tiers);
        if (!concerned || needsPerson && !facts.hasPerson()
                || limit != null && facts.countSeatsOf(tiers) <= limit.applyAsInt(context)) {
            return;
        }
        check.check(new Facts(key, facts, facts.seatsOf(tiers), tiers == 0 ? facts.trips() : List.of()), context,
                sink);
    }

    @Override
    public String toString() {
        return "KeyedRule[" + info.code() + "]";
    }
}
