package org.yanxun.rules.catalogue;

import java.util.EnumSet;
import java.util.Set;
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

    /** The check of a person rule; {@link PersonFacts#person()} is set when the rule needs the person. */
    @FunctionalInterface
    interface Check {
        void check(PersonFacts facts, RuleContext context, FindingSink sink);
    }

    private final RuleInfo info;
    private final Set<Tier> tiers;
    private final boolean needsPerson;
    private final Check check;

    private PersonRule(RuleInfo info, Set<Tier> tiers, boolean needsPerson, Check check) {
        this.info = info;
        this.tiers = tiers;
        this.needsPerson = needsPerson;
        this.check = check;
    }

    /** A rule over memberships of some tiers (host or member). */
    static PersonRule seats(RuleInfo info, Set<Tier> tiers, boolean needsPerson, Check check) {
        return new PersonRule(info, EnumSet.copyOf(tiers), needsPerson, check);
    }

    /** A rule over places in exchanges. */
    static PersonRule trips(RuleInfo info, boolean needsPerson, Check check) {
        return new PersonRule(info, EnumSet.noneOf(Tier.class), needsPerson, check);
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
        if (needsPerson && facts.person() == null) {
            return;
        }
        check.check(facts.only(tiers), context, sink);
    }

    @Override
    public String toString() {
        return "KeyedRule[" + info.code() + "]";
    }
}
