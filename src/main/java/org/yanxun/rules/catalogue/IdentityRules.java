package org.yanxun.rules.catalogue;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.yanxun.CreditCode;
import org.yanxun.Identifier;
import org.yanxun.Institution;
import org.yanxun.InstitutionKind;
import org.yanxun.RegionCode;
import org.yanxun.internal.English;
import org.yanxun.policy.Severity;
import org.yanxun.rules.Entity;
import org.yanxun.rules.FindingSink;
import org.yanxun.rules.Grouping;
import org.yanxun.rules.KeyedRule;
import org.yanxun.rules.LocalRule;
import org.yanxun.rules.Location;
import org.yanxun.rules.Rule;
import org.yanxun.rules.RuleContext;
import org.yanxun.rules.RuleInfo;

/**
 * Identifiers, references and codes: {@code ID_DUPLICATE}, {@code REF_UNKNOWN}, {@code CODE_REGION},
 * {@code CODE_CREDIT}.
 */
final class IdentityRules {

    private IdentityRules() {
    }

    /**
     * The division in the credit code of an institution registered at national level (GB 32100-2015's
     * 登记管理机关行政区划码 of a central authority), such as 12100000400000624D.
     */
    static final String NATIONAL_REGISTRATION = "100000";

    /**
     * The prefecture-level cities of GB/T 2260 that have no county-level divisions (不设区的地级市), whose
     * codes end in 00 like a prefecture's: a cluster there is the city's.
     */
    static final Set<String> CITIES_WITHOUT_COUNTIES = Set.of("441900", "442000", "460400", "620200");

    static List<Rule> all() {
        return List.of(duplicates(), unknownReferences(), regionCode(), creditCode());
    }

    /**
     * What the records say about one identifier: where it is declared (the first declaration in
     * document order and every other) and, while no declaration has been seen, where it is referred to.
     * The shared state of {@code ID_DUPLICATE} and {@code REF_UNKNOWN}. Every key of a national data set
     * has one, so the record of the first declaration is kept as a line and a {@link Spot#where}, and
     * the rare others in arrays.
     *
     * <p>In a whole document nearly every identifier is declared once, and referred to only after (the
     * engine walks institutions, then persons, then what refers to them): the state of such a key is
     * the declaring record's {@link Location}, which the walk made anyway, and it becomes an
     * {@code Identity} only when the key is declared again, or referred to first. A state of the
     * grouping is therefore either; {@link #of} reads both.
     */
    static final class Identity implements Serializable {
        private static final long serialVersionUID = 1L;

        private long firstLine;
        private Object firstWhere;
        private Spot[] others;
        private Spot[] pending;

        static final Grouping<Identifier, Object> GROUPING =
                Grouping.folding(Identity::fold, Identity::merge, state -> !isDuplicate(state) && !isUnknown(state));
        private static final Function<Identifier, Object> NEW = key -> new Identity();

        private static void fold(Entity entity, RuleContext context, Grouping.States<Identifier, Object> states) {
            References.declared(entity, states, Identity::declared);
            References.referred(entity, states, Identity::referred);
        }

        private static void declared(Grouping.States<Identifier, Object> states, Identifier key, Location at) {
            if (!states.keeps(key)) {
                return;
            }
            if (at.line().isPresent()) {
                Identity identity = new Identity();
                identity.declare(Spot.lineOf(at), Spot.where(at));
                states.add(key, identity);
            } else {
                states.add(key, at);
            }
        }

        private static void referred(Grouping.States<Identifier, Object> states, Identifier key, Location record,
                String name, int index, String property) {
            if (states.keeps(key) && states.get(key, NEW) instanceof Identity identity && identity.firstWhere == null) {
                identity.pending = Growing.append(identity.pending,
                        new Spot[] {Spot.of(References.at(record, name, index, property))});
            }
        }

        /** Tells whether a state's identifier is declared more than once: {@code ID_DUPLICATE}. */
        static boolean isDuplicate(Object state) {
            return state instanceof Identity identity && identity.others != null;
        }

        /** Tells whether a state's identifier is referred to and never declared: {@code REF_UNKNOWN}. */
        static boolean isUnknown(Object state) {
            return state instanceof Identity identity && identity.firstWhere == null && identity.pending != null;
        }

        /** Merges two states, each an {@code Identity} or the location of a key's one declaration in a document. */
        private static Object merge(Object left, Object right) {
            Identity merged = of(left);
            if (right instanceof Identity other) {
                merged.add(other);
            } else {
                merged.declare(0, right);
            }
            return merged;
        }

        /** A state as an {@code Identity}: itself, or a new one declared at the location the state is. */
        private static Identity of(Object state) {
            if (state instanceof Identity identity) {
                return identity;
            }
            Identity identity = new Identity();
            identity.declare(0, state);
            return identity;
        }

        private void add(Identity other) {
            if (other.firstWhere != null) {
                declare(other.firstLine, other.firstWhere);
                for (Spot at : Growing.items(other.others)) {
                    declare(at.line(), at.where());
                }
            } else if (firstWhere == null && other.pending != null) {
                pending = Growing.append(pending, other.pending);
            }
        }

        /** Adds a declaration; the first in document order is kept apart, and references no longer matter. */
        private void declare(long line, Object where) {
            pending = null;
            if (firstWhere == null) {
                firstLine = line;
                firstWhere = where;
                return;
            }
            Spot later = new Spot(line, where);
            if (Spot.compare(line, where, firstLine, firstWhere) < 0) {
                later = new Spot(firstLine, firstWhere);
                firstLine = line;
                firstWhere = where;
            }
            others = Growing.append(others, new Spot[] {later});
        }

        Location first() {
            return References.idOf(Spot.location(firstLine, firstWhere));
        }
    }

    /**
     * A rule on the identity grouping's states, which reports nothing on a quiet one (an identifier
     * declared exactly once): a run need not give it those.
     */
    private record IdentityRule(RuleInfo info, KeyedRule.Checker<Identifier, Object> checker)
            implements KeyedRule<Identifier, Object> {

        @Override
        public Grouping<Identifier, Object> grouping() {
            return Identity.GROUPING;
        }

        @Override
        public void check(Identifier key, Object state, RuleContext context, FindingSink sink) {
            checker.check(key, state, context, sink);
        }

        @Override
        public boolean ignoresQuietStates() {
            return true;
        }

        @Override
        public String toString() {
            return "KeyedRule[" + info.code() + "]";
        }
    }

    /** ID_DUPLICATE: an identifier used by two entities of the same kind. */
    private static Rule duplicates() {
        return new IdentityRule(RuleInfo.keyed("ID_DUPLICATE", Severity.ERROR, "entity kind and identifier", "标识重复",
                "Duplicate identifier",
                "Two entities of the same kind (two persons, two studios, ...) must not share an identifier; "
                        + "every occurrence after the first in document order is reported."),
                (key, state, context, sink) -> {
                    if (!Identity.isDuplicate(state)) {
                        return;
                    }
                    Identity identity = (Identity) state;
                    References.Kind kind = References.kindOf(key);
                    Location first = identity.first();
                    for (Spot at : Growing.items(identity.others)) {
                        sink.add(References.idOf(at.location()), kind.zh + "标识“" + key.value() + "”重复，首次出现于 "
                                        + first.zh(),
                                kind.en + " identifier '" + key.value() + "' is already used at " + first);
                    }
                });
    }

    /** REF_UNKNOWN: a reference to an entity that is not in the data. */
    private static Rule unknownReferences() {
        return new IdentityRule(RuleInfo.keyed("REF_UNKNOWN", Severity.ERROR, "entity kind and identifier", "引用不存在",
                "Unknown reference",
                "Every identifier a record refers to (a membership's person, a studio's host institution, an "
                        + "exchange's participants, an alliance's parent, ...) must name an entity of that kind in the "
                        + "data."),
                (key, state, context, sink) -> {
                    if (!Identity.isUnknown(state)) {
                        return;
                    }
                    References.Kind kind = References.kindOf(key);
                    for (Spot at : Growing.items(((Identity) state).pending)) {
                        sink.add(at.location(), "引用的" + kind.zh + "“" + key.value() + "”不存在",
                                kind.en + " '" + key.value() + "' is referred to here but is not in the data");
                    }
                });
    }

    private static LocalRule<?> regionCode() {
        return LocalRule.of(RuleInfo.local("CODE_REGION", Severity.ERROR, "行政区划代码层级不符",
                "Region code at the wrong level",
                "A region code must name a division at the level its record needs: a district cluster's region is "
                        + "a county-level division (a district or county), or one of the prefecture-level cities "
                        + "without counties, which administer education at that level (东莞 441900, 中山 442000, 儋州 "
                        + "460400, 嘉峪关 620200); a school's or kindergarten's is not a province-level division. The "
                        + "code's format is checked when it is read."),
                Entity.class, (record, context, sink) -> {
                    if (record instanceof Entity.OfCluster e && !e.cluster().region().isCountyLevel()
                            && !CITIES_WITHOUT_COUNTIES.contains(e.cluster().region().value())) {
                        sink.add(e.location().child("region"),
                                "集群的行政区划代码 " + e.cluster().region() + " 不是区县级代码",
                                "a district cluster needs a county-level region code, was " + e.cluster().region());
                    } else if (record instanceof Entity.OfInstitution e) {
                        Institution institution = e.institution();
                        boolean local = institution.kind() == InstitutionKind.SCHOOL
                                || institution.kind() == InstitutionKind.KINDERGARTEN;
                        if (local && institution.region().isProvinceLevel()) {
                            sink.add(e.location().child("region"), institution.kind().zh() + "的行政区划代码 "
                                            + institution.region() + " 是省级代码，应为市级或区县级",
                                    English.indefinite(institution.kind().en()) + " must not have the province-level "
                                            + "region code " + institution.region()
                                            + "; it needs a city- or county-level code");
                        }
                    }
                });
    }

    private static LocalRule<?> creditCode() {
        return LocalRule.of(RuleInfo.local("CODE_CREDIT", Severity.ERROR, "信用代码与所在地不符",
                "Credit code and region disagree",
                "The administrative division in an institution's unified social credit code (characters 3 to 8) "
                        + "must be a valid GB/T 2260 code in the same province-level division as the institution's "
                        + "region, or " + NATIONAL_REGISTRATION + ", the division of a registration at national level "
                        + "(as of a university under the Ministry of Education), which an institution in any region "
                        + "may hold. The code's format and check character are checked when it is read."),
                Entity.OfInstitution.class, (record, context, sink) -> {
                    Institution institution = record.institution();
                    if (institution.creditCode().isEmpty()) {
                        return;
                    }
                    CreditCode code = institution.creditCode().get();
                    String division = code.divisionDigits();
                    if (division.equals(NATIONAL_REGISTRATION)) {
                        return;
                    }
                    Location at = record.location().child("creditCode");
                    if (!RegionCode.isValid(division)) {
                        sink.add(at, "统一社会信用代码 " + code + " 中的行政区划代码 " + division + " 无效",
                                "credit code " + code + " holds the invalid division code " + division);
                    } else if (!RegionCode.parse(division).province().equals(institution.region().province())) {
                        sink.add(at, "统一社会信用代码 " + code + " 登记于" + RegionCode.parse(division).province().zh()
                                        + "，而机构所在地 " + institution.region() + " 属于" + institution.region().province().zh(),
                                "credit code " + code + " was registered in " + RegionCode.parse(division).province().en()
                                        + " but the institution's region " + institution.region() + " is in "
                                        + institution.region().province().en());
                    }
                });
    }
}
