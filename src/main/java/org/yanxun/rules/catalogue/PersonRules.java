package org.yanxun.rules.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.yanxun.Honour;
import org.yanxun.InstitutionId;
import org.yanxun.Level;
import org.yanxun.Person;
import org.yanxun.Stage;
import org.yanxun.StudioType;
import org.yanxun.Subject;
import org.yanxun.Tier;
import org.yanxun.Title;
import org.yanxun.internal.English;
import org.yanxun.policy.ExchangeLimits;
import org.yanxun.policy.HostCriterion;
import org.yanxun.policy.MemberEligibility;
import org.yanxun.policy.Severity;
import org.yanxun.policy.StudioPolicy;
import org.yanxun.policy.StudioTypePolicy;
import org.yanxun.rules.Entity;
import org.yanxun.rules.FindingSink;
import org.yanxun.rules.LocalRule;
import org.yanxun.rules.Rule;
import org.yanxun.rules.RuleContext;
import org.yanxun.rules.RuleInfo;
import org.yanxun.rules.catalogue.PersonRule.Facts;

/**
 * Rules of people: who may host and join, the graded ladder, how many studios at once, studio names
 * and the people of exchanges, keyed by person; and the level and the title each honour a person
 * holds requires, checked on the person's record alone.
 */
final class PersonRules {

    private static final Set<Tier> HOST = EnumSet.of(Tier.HOST);
    private static final Set<Tier> MEMBER = EnumSet.of(Tier.MEMBER);
    /** The seats whose completion attains their studio's rung: a host's, as a member's. */
    private static final int RUNG_SEATS = PersonFacts.bits(EnumSet.of(Tier.HOST, Tier.MEMBER));
    private static final String KEY = "person";

    private PersonRules() {
    }

    static List<Rule> all() {
        return List.of(hostEligible(), levelAboveHonour(), memberEligible(), sameStageSubject(), nameConvention(),
                hostsTooMany(), joinsTooMany(), ladderSkip(), honourTitle(), honourLevel(), participantPost(),
                participantAffiliation(), exchangeOverlap());
    }

    private static String who(Facts facts) {
        return "“" + facts.known().name() + "”（" + facts.id() + "）";
    }

    private static String whoEn(Facts facts) {
        return "'" + facts.known().name() + "' (" + facts.id() + ")";
    }

    /** A person by name and identifier when the dataset has their record, else by identifier alone. */
    private static String personZh(Facts facts) {
        return facts.known().hasPerson() ? who(facts) : "人员“" + facts.id() + "”";
    }

    private static String personEn(Facts facts) {
        return facts.known().hasPerson() ? whoEn(facts) : "person '" + facts.id() + "'";
    }

    private static Rule hostEligible() {
        return PersonRule.seats(RuleInfo.keyed("STUDIO_HOST_ELIGIBLE", Severity.ERROR, KEY, "主持人不符合条件",
                "Host not eligible",
                "A studio's host meets at least one of the host criteria the policy sets for the studio type: a "
                        + "title at or above a rung (for a teacher of some stages only, if the criterion names them: "
                        + "高级 in 中职), an honour of a kind at or above a level awarded by the day the host is judged "
                        + "on (and, if the criterion gives a term, fewer years before it than the term), or a post (a "
                        + "research-trainer holds the trainer post too). " + HOST_JUDGED_ON,
                "studios.types.*.hostCriteria"), HOST, true, (facts, context, sink) -> {
                    // Whether the person may host a type depends on the type's criteria, the person and
                    // the day alone: asked once a type for the seats held on the as-of date, not once a
                    // seat (a criterion of honours reads every honour). Most hosts host one studio: they
                    // need no map.
                    Map<StudioType, Boolean> eligible = facts.seats().size() > 1 ? new HashMap<>() : null;
                    for (Seat seat : facts.seats()) {
                        Optional<StudioTypePolicy> ofType = context.policy().studios().of(seat.type());
                        LocalDate on = seat.nearestDayTo(context.asOf());
                        boolean asOf = on.equals(context.asOf());
                        if (ofType.isEmpty() || (eligible == null || !asOf
                                ? isEligibleHost(facts.known(), ofType.get(), on)
                                : eligible.computeIfAbsent(seat.type(),
                                        t -> isEligibleHost(facts.known(), ofType.get(), on)))) {
                            continue;
                        }
                        StudioTypePolicy type = ofType.get();
                        sink.add(seat.location().child("person"),
                                who(facts) + (asOf ? "" : "在 " + on + " ") + "不符合" + seat.type().zh()
                                        + "主持人条件（须满足其一："
                                        + Listing.joined(type.hostCriteria().stream().map(HostCriterion::zh)
                                                .toList(), "；", true) + "）",
                                whoEn(facts) + " may not host " + English.indefinite(seat.type().en())
                                        + (asOf ? "" : " on " + on) + ", which needs one of: "
                                        + Listing.joined(type.hostCriteria().stream().map(HostCriterion::en)
                                                .toList(), "; ", false));
                    }
                });
    }

    /**
     * On which day the host rules judge a host: the as-of date, or the nearest day the host held the seat
     * ({@link Seat#nearestDayTo}).
     */
    private static final String HOST_JUDGED_ON = "A host is judged on the as-of date if they host on it; one who "
            + "takes the studio over later, on their first day as host; one who gave it up before, on their last "
            + "(the day they left, or the cycle's last day if that came first), so that an honour awarded after "
            + "they hosted does not count. A finding on another day than the as-of date names that day.";

    /** As {@link StudioTypePolicy#isEligibleHost} tells of the person record, without rebuilding it. */
    private static boolean isEligibleHost(PersonFacts person, StudioTypePolicy type, LocalDate on) {
        for (HostCriterion criterion : type.hostCriteria()) {
            if (person.meets(criterion, on)) {
                return true;
            }
        }
        return false;
    }

    private static Rule levelAboveHonour() {
        return PersonRule.seats(RuleInfo.keyed("STUDIO_LEVEL_ABOVE_HONOUR", Severity.WARNING, KEY,
                "工作室级别高于主持人荣誉", "Studio level above the host's honours",
                "A studio's level is not above the highest level of the honours its host holds on the day they "
                        + "are judged on (from the day each was awarded: a host criterion's term decides whether an "
                        + "honour qualifies a host, not the level it was awarded at); "
                        + "a host who qualifies for the studio type without an honour (by title or post) may also lead "
                        + "studios up to the policy's level for title-only hosts, and a host with no honour at all "
                        + "up to that level. " + HOST_JUDGED_ON + " A host listed twice in a studio, or who left it "
                        + "and came back, is judged once, on the listing whose day lies nearest the as-of date.",
                "studios.titleOnlyMaxLevel", "studios.types.*.hostCriteria"), HOST, true, (facts, context, sink) -> {
                    Optional<Level> highestAsOf = highestHonour(facts.known(), context.asOf());
                    Level titleOnly = context.policy().studios().titleOnlyMaxLevel();
                    for (Seat seat : onePerStudio(facts.seats(), context.asOf())) {
                        LocalDate on = seat.nearestDayTo(context.asOf());
                        boolean asOf = on.equals(context.asOf());
                        Optional<Level> highest = asOf ? highestAsOf : highestHonour(facts.known(), on);
                        boolean byHonour = highest.isPresent() && (!titleOnly.isAtLeast(highest.get())
                                || !qualifiesWithoutHonour(facts.known(), seat, on, context));
                        Level ceiling = byHonour ? highest.get() : titleOnly;
                        if (!ceiling.isAtLeast(seat.level())) {
                            String basis = byHonour ? "最高荣誉级别为" + ceiling.zh()
                                    : (highest.isPresent() ? "无高于" + ceiling.zh() + "的荣誉，" : "无荣誉者")
                                            + "最高可主持" + ceiling.zh() + seat.type().form().zh();
                            String basisEn = byHonour ? "whose highest honour is at " + ceiling.en() + " level"
                                    : "who holds no honour" + (highest.isPresent() ? " above " + ceiling.en() + " level" : "")
                                            + " and may lead " + English.plural(seat.type().form().en()) + " up to "
                                            + ceiling.en() + " level";
                            sink.add(seat.studioAt().child("level"), "“" + seat.studioName() + "”为" + seat.level().zh()
                                            + seat.type().form().zh() + "，高于主持人" + who(facts)
                                            + (asOf ? "" : "在 " + on + " ") + "的资格（" + basis + "）",
                                    seat.type().form().en() + " '" + seat.studioName() + "' is at " + seat.level().en()
                                            + " level, above its host " + whoEn(facts) + (asOf ? "" : " on " + on)
                                            + ", " + basisEn);
                        }
                    }
                });
    }

    /**
     * One seat of each studio record among a person's seats, for a rule that reports at the studio: of a
     * record's seats (a person listed twice in it has two), the one judged on the day nearest the as-of
     * day, the first of equals; in document order.
     */
    static List<Seat> onePerStudio(List<Seat> seats, LocalDate asOf) {
        if (seats.size() < 2) {
            return seats;
        }
        List<Seat> chosen = new ArrayList<>();
        // In document order a record's seats are adjacent.
        seats.stream().sorted(Comparator.comparing(Seat::location)).forEachOrdered(seat -> {
            int last = chosen.size() - 1;
            if (last < 0 || !chosen.get(last).isOfSameStudioAs(seat)) {
                chosen.add(seat);
            } else if (distance(seat, asOf) < distance(chosen.get(last), asOf)) {
                chosen.set(last, seat);
            }
        });
        return chosen;
    }

    /** How many days a seat's judging day lies from the as-of day. */
    private static long distance(Seat seat, LocalDate asOf) {
        return Math.abs(seat.nearestDayTo(asOf).toEpochDay() - asOf.toEpochDay());
    }

    /** The highest level of the honours a person holds on a day. */
    private static Optional<Level> highestHonour(PersonFacts person, LocalDate on) {
        return person.honours().stream().filter(honour -> honour.isHeldOn(on)).map(Honour::level)
                .max(Level::compareTo);
    }

    /** Tells whether a host meets, on a day, a criterion of the seat's studio type that asks for no honour. */
    private static boolean qualifiesWithoutHonour(PersonFacts host, Seat seat, LocalDate on, RuleContext context) {
        return context.policy().studios().of(seat.type()).map(type -> type.hostCriteria().stream()
                .anyMatch(c -> !(c instanceof HostCriterion.HonourAtLeast) && host.meets(c, on)))
                .orElse(false);
    }

    private static Rule memberEligible() {
        return PersonRule.seats(RuleInfo.keyed("STUDIO_MEMBER_ELIGIBLE", Severity.ERROR, KEY, "成员不符合条件",
                "Member not eligible",
                "On joining, a member's 教龄 lies in the range and their age at most the cap the policy sets for the "
                        + "studio type (a new-teacher workshop takes 教龄 0 to 3 in Liwan); a bound that cannot be "
                        + "checked because the date is unknown is reported too. A member who joined before they "
                        + "began teaching had 教龄 0.",
                "studios.types.*.members.minTeachingYears", "studios.types.*.members.maxTeachingYears",
                "studios.types.*.members.maxAge"), MEMBER, true, (facts, context, sink) -> {
                    for (Seat seat : facts.seats()) {
                        context.policy().studios().of(seat.type()).ifPresent(type ->
                                memberEligible(facts, seat, type.members(), sink));
                    }
                });
    }

    private static void memberEligible(Facts facts, Seat seat, MemberEligibility rules, FindingSink sink) {
        LocalDate joined = seat.joinedOn();
        if (rules.minTeachingYears().isPresent() || rules.maxTeachingYears().isPresent()) {
            OptionalInt years = facts.known().teachingYearsOn(joined);
            int min = rules.minTeachingYears().orElse(0);
            int max = rules.maxTeachingYears().orElse(Integer.MAX_VALUE);
            if (years.isEmpty()) {
                Optional<LocalDate> since = facts.known().teachingSince();
                if (since.isEmpty()) {
                    sink.add(seat.location().child("person"), who(facts) + "的教龄未知，无法核对" + seat.type().zh()
                                    + "的教龄要求 " + rangeZh(min, max),
                            "the teaching years of " + whoEn(facts) + " are unknown, so the " + seat.type().en()
                                    + " requirement of " + rangeEn(min, max) + " cannot be checked");
                } else if (min > 0) {
                    sink.add(seat.location().child("person"), who(facts) + "于 " + joined + " 加入时尚未任教（"
                                    + since.get() + " 起任教），" + seat.type().zh() + "要求教龄 " + rangeZh(min, max),
                            whoEn(facts) + " had not begun teaching on joining on " + joined + " (teaching since "
                                    + since.get() + "); " + English.indefinite(seat.type().en()) + " takes "
                                    + rangeEn(min, max));
                }
            } else if (years.getAsInt() < min || years.getAsInt() > max) {
                sink.add(seat.location().child("person"), who(facts) + "于 " + joined + " 加入时教龄为 "
                                + years.getAsInt() + " 年，" + seat.type().zh() + "要求 " + rangeZh(min, max),
                        whoEn(facts) + " had taught " + English.count(years.getAsInt(), "year") + " on joining on "
                                + joined + "; " + English.indefinite(seat.type().en()) + " takes " + rangeEn(min, max));
            }
        }
        rules.maxAge().ifPresent(cap -> {
            OptionalInt age = facts.known().ageOn(joined);
            if (age.isEmpty() || age.getAsInt() > cap) {
                sink.add(seat.location().child("person"), who(facts) + (age.isEmpty() ? "的年龄未知" : "加入时 "
                                + age.getAsInt() + " 岁") + "，" + seat.type().zh() + "成员年龄上限为 " + cap + " 岁",
                        (age.isEmpty() ? "the age of " + whoEn(facts) + " is unknown" : whoEn(facts) + " was "
                                + age.getAsInt() + " years old on joining") + "; "
                                + English.indefinite(seat.type().en()) + " takes members up to age " + cap);
            }
        });
    }

    /**
     * Subjects as a Chinese message names them: {@code 化学、物理}, the first {@link Listing#LISTED} of them, or
     * {@code 未填写} for none.
     */
    private static String subjectsZh(Collection<Subject> subjects) {
        return subjects.isEmpty() ? "未填写" : Listing.joined(subjects.stream().map(Subject::zh).toList(), "、", true);
    }

    /**
     * Subjects as an English message names them: {@code chemistry and physics}, or the first {@link Listing#LISTED}
     * and how many more there are, or {@code no subject on record} for none.
     */
    private static String subjectsEn(Collection<Subject> subjects) {
        List<String> labels = subjects.stream().map(Subject::en).toList();
        return labels.isEmpty() ? "no subject on record"
                : labels.size() <= Listing.LISTED ? English.list("and", labels) : Listing.joined(labels, ", ", false);
    }

    /** Stages as a Chinese message lists them: {@code 小学、初中}, or {@code 未填写} for none. */
    private static String stagesZh(Set<Stage> stages) {
        return stages.isEmpty() ? "未填写" : stages.stream().map(Stage::zh).collect(Collectors.joining("、"));
    }

    /**
     * Stages as an English message lists them: {@code primary school and junior secondary school}, or
     * {@code no stage} for none.
     */
    private static String stagesEn(Set<Stage> stages) {
        return stages.isEmpty() ? "no stage" : English.list("and", stages.stream().map(Stage::en).toList());
    }

    /**
     * A range of years of teaching as a Chinese message quotes it: {@code 0 至 3 年}, {@code 5 年及以上}, or
     * {@code 1 年} for a range of one value.
     */
    private static String rangeZh(int min, int max) {
        return min + (max == Integer.MAX_VALUE ? " 年及以上" : min == max ? " 年" : " 至 " + max + " 年");
    }

    /**
     * A range of years of teaching as an English message quotes it: {@code 0 to 3 years}, {@code 5 years or
     * more}, or {@code exactly 1 year} for a range of one value.
     */
    private static String rangeEn(int min, int max) {
        return max == Integer.MAX_VALUE ? English.count(min, "year") + " or more"
                : min == max ? "exactly " + English.count(min, "year") : min + " to " + max + " years";
    }

    private static Rule sameStageSubject() {
        return PersonRule.seats(RuleInfo.keyed("STUDIO_SAME_STAGE_SUBJECT", Severity.WARNING, KEY,
                "成员学段学科与工作室不一致", "Member's stage or subject differs",
                "Where the policy requires it for the studio type, a member teaches at least one of the studio's "
                        + "stages and one of its subjects (同一学科、同一学段); a studio of subject GENERAL takes any "
                        + "subject.",
                "studios.types.*.members.sameStage", "studios.types.*.members.sameSubject"), MEMBER, true,
                (facts, context, sink) -> {
                    PersonFacts person = facts.known();
                    // The person's subjects, read once: a packed person with many is parsed on each read.
                    SortedSet<Subject> mine = null;
                    for (Seat seat : facts.seats()) {
                        Optional<StudioTypePolicy> type = context.policy().studios().of(seat.type());
                        if (type.isEmpty()) {
                            continue;
                        }
                        MemberEligibility rules = type.get().members();
                        if (rules.sameStage() && seat.stageBits() != 0 && !person.teachesAnyStageOf(seat.stageBits())) {
                            sink.add(seat.location().child("person"), who(facts) + "的学段（" + stagesZh(person.stages())
                                            + "）与“" + seat.studioName() + "”的学段（" + stagesZh(seat.stages()) + "）不一致",
                                    whoEn(facts) + " teaches none of the stages of studio '" + seat.studioName() + "' ("
                                            + English.list("and", seat.stages().stream().map(Stage::en).toList())
                                            + "); the person's record gives " + stagesEn(person.stages()));
                        }
                        SortedSet<Subject> theirs = seat.subjects();
                        if (!rules.sameSubject() || person.teachesSameSubjects(seat.subjectCodes()) || theirs.isEmpty()
                                || theirs.contains(Subject.GENERAL)) {
                            continue;
                        }
                        mine = mine == null ? person.subjects() : mine;
                        // Collections.disjoint walks its second set when the first is one: walk the smaller.
                        boolean none = mine.size() >= theirs.size() ? Collections.disjoint(mine, theirs)
                                : Collections.disjoint(theirs, mine);
                        if (none) {
                            sink.add(seat.location().child("person"), who(facts) + "的学科（" + subjectsZh(mine)
                                            + "）与“" + seat.studioName() + "”的学科（" + subjectsZh(theirs) + "）不一致",
                                    whoEn(facts) + " teaches " + subjectsEn(mine) + ", none of the subjects of "
                                            + "studio '" + seat.studioName() + "' (" + subjectsEn(theirs) + ")");
                        }
                    }
                });
    }

    private static Rule nameConvention() {
        return PersonRule.seats(RuleInfo.keyed("STUDIO_NAME_CONVENTION", Severity.INFO, KEY, "工作室命名不规范",
                "Studio name off convention",
                "Where the policy asks for it, a studio's name contains its host's name and ends with its form "
                        + "(工作室 or 工作坊), as in the convention «姓名» + type + 工作室. The words between are not "
                        + "checked (特级教师, 名师 and 正高级教师 all occur), nor is a place before the name (荔湾区). "
                        + "A host who left before the as-of date and before the cycle's end has handed the studio "
                        + "over, and the name is checked against the hosts after them; a host who takes a studio over "
                        + "after the as-of date is not yet checked.",
                "studios.nameIncludesHost"), HOST, true, (facts, context, sink) -> {
                    if (!context.policy().studios().nameIncludesHost()) {
                        return;
                    }
                    String name = facts.known().name();
                    long asOf = context.asOf().toEpochDay();
                    List<Seat> hosting = facts.seats().stream()
                            .filter(seat -> !seat.isLeftEarlyBy(asOf) && !seat.isTakenUpAfter(asOf)).toList();
                    for (Seat seat : onePerStudio(hosting, context.asOf())) {
                        String suffix = seat.type().form().zh();
                        boolean named = seat.studioName().contains(name);
                        boolean formed = seat.studioName().endsWith(suffix);
                        if (!named || !formed) {
                            sink.add(seat.studioAt().child("name"), suffix + "名称“" + seat.studioName() + "”"
                                            + (named ? "" : "未包含主持人姓名“" + name + "”") + (named || formed ? "" : "，且")
                                            + (formed ? "" : "未以“" + suffix + "”结尾"),
                                    "studio name '" + seat.studioName() + "' "
                                            + (named ? "" : "does not contain its host's name '" + name + "'")
                                            + (named || formed ? "" : " and ")
                                            + (formed ? "" : "does not end with '" + suffix + "'"));
                        }
                    }
                });
    }

    private static Rule hostsTooMany() {
        ToIntFunction<RuleContext> limit = context -> context.policy().studios().maxHostedAtOnce();
        return PersonRule.seatsOver(RuleInfo.keyed("PERSON_HOSTS_TOO_MANY", Severity.ERROR, KEY, "同时主持工作室过多",
                "Hosts too many studios",
                "On the as-of date a person hosts no more active studios than the policy allows. A "
                        + "finding names the first " + Listing.LISTED + " of those studios and counts the rest.",
                "studios.maxHostedAtOnce"), HOST, limit, (facts, context, sink) ->
                tooMany(facts, context.asOf(), limit.applyAsInt(context), "主持", "hosts", sink));
    }

    private static Rule joinsTooMany() {
        ToIntFunction<RuleContext> limit = context -> context.policy().studios().maxJoinedAtOnce();
        return PersonRule.seatsOver(RuleInfo.keyed("PERSON_JOINS_TOO_MANY", Severity.WARNING, KEY, "同时加入工作室过多",
                "Joins too many studios",
                "On the as-of date a person is a member of no more active studios than the policy allows. A "
                        + "finding names the first " + Listing.LISTED + " of those studios and counts the rest.",
                "studios.maxJoinedAtOnce"), MEMBER, limit, (facts, context, sink) ->
                tooMany(facts, context.asOf(), limit.applyAsInt(context), "加入", "is a member of", sink));
    }

    private static void tooMany(Facts facts, LocalDate asOf, int limit, String verbZh, String verbEn,
            FindingSink sink) {
        long day = asOf.toEpochDay();
        int active = 0;
        for (Seat seat : facts.seats()) {
            active += seat.isActiveOn(day) ? 1 : 0;
        }
        // The active seats bound the studios from above: a person listed twice in one has two seats of it.
        if (active <= limit) {
            return;
        }
        // One active seat of each studio record: all are held on the day, so the first.
        List<Seat> seats = onePerStudio(facts.seats().stream().filter(seat -> seat.isActiveOn(day)).toList(), asOf);
        int studioCount = seats.size();
        if (studioCount <= limit) {
            return;
        }
        Seat extra = seats.get(limit);
        List<String> studios = seats.stream().map(Seat::studioName).toList();
        sink.add(extra.location().child("person"), personZh(facts) + "在 " + asOf + " 同时" + verbZh + " "
                        + studioCount + " 个工作室（" + Listing.joined(studios, "、", true) + "），上限为 " + limit + " 个",
                personEn(facts) + " " + verbEn + " " + English.count(studioCount, "studio") + " on " + asOf + " ("
                        + Listing.joined(studios, ", ", false) + "); the limit is " + limit);
    }

    private static Rule ladderSkip() {
        return PersonRule.seats(RuleInfo.keyed("PERSON_LADDER_SKIP", Severity.WARNING, KEY, "跨级加入工作室",
                "Skips rungs of the ladder",
                "A member joins a studio at most the policy's number of rungs above the highest rung they have "
                        + "attained (梯度递进): a completed seat as host or member of a studio (stayed in to the last "
                        + "day of its cycle, in a studio neither dissolved nor graded so that the policy dissolves "
                        + "it), an honour of the policy's ladder, or rung 1 once past the new-teacher years.",
                "studios.ladderMaxStep", "studios.honourRungs", "studios.newTeacherMaxYears", "studios.grades"),
                MEMBER, true,
                (facts, context, sink) -> {
                    StudioPolicy policy = context.policy().studios();
                    Rungs rungs = new Rungs(facts.known().honours(), facts.known().seatsOf(RUNG_SEATS), policy);
                    for (Seat seat : facts.seats()) {
                        LocalDate joined = seat.joinedOn();
                        int attained = Math.max(facts.known().teachingYearsOn(joined).orElse(0)
                                > policy.newTeacherMaxYears() ? 1 : 0, rungs.attainedBy(joined.toEpochDay()));
                        if (seat.type().rung() > attained + policy.ladderMaxStep()) {
                            sink.add(seat.location().child("person"), who(facts) + "已达到第 " + attained + " 梯级，于 "
                                            + joined + " 加入第 " + seat.type().rung() + " 梯级的" + seat.type().zh()
                                            + "，超过允许的 " + policy.ladderMaxStep() + " 个梯级跨度",
                                    whoEn(facts) + " had attained rung " + attained + " when joining a rung "
                                            + seat.type().rung() + " " + seat.type().en() + " on " + joined
                                            + "; the policy allows " + English.count(policy.ladderMaxStep(), "rung") + " up");
                        }
                    }
                });
    }

    /**
     * The highest rung of the ladder one person has attained by honours and completed seats, by day:
     * the days an honour of the ladder is awarded and a seat is completed, sorted once, with the highest
     * rung up to each, so that each seat asks in logarithmic time rather than reading every honour and
     * seat again.
     */
    private static final class Rungs {

        /**
         * One entry per day a rung is attained, ascending: the epoch day in the high 32 bits and, in the
         * low 32, the highest rung attained up to and including that day. One array of primitives, sorted
         * without a comparator, since every member's check makes one.
         */
        private final long[] steps;

        Rungs(List<Honour> honours, List<Seat> seats, StudioPolicy policy) {
            long[] found = new long[honours.size() + seats.size()];
            int size = 0;
            for (Honour honour : honours) {
                int rung = policy.rungOf(honour.kind());
                if (rung > 0) {
                    // Held from the day it is awarded (Honour#isHeldOn).
                    found[size++] = step(honour.awardedOn().toEpochDay(), rung);
                }
            }
            for (Seat seat : seats) {
                long from = seat.completedFrom();
                if (from != Long.MAX_VALUE && seat.type().rung() > 0) {
                    found[size++] = step(from, seat.type().rung());
                }
            }
            steps = Arrays.copyOf(found, size);
            Arrays.sort(steps);
            int rung = 0;
            for (int i = 0; i < size; i++) {
                rung = Math.max(rung, (int) steps[i]);
                steps[i] = step(steps[i] >> 32, rung);
            }
        }

        private static long step(long day, int rung) {
            return day << 32 | rung & 0xFFFF_FFFFL;
        }

        /** The highest rung attained by honours and completed seats by a day (an epoch day), or 0. */
        int attainedBy(long day) {
            // The number of steps on or before the day.
            int low = 0;
            int high = steps.length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (steps[mid] >> 32 <= day) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low == 0 ? 0 : (int) steps[low - 1];
        }
    }

    /** PERSON_HONOUR_TITLE: an honour held without the title it requires (特级教师 without 高级). */
    private static Rule honourTitle() {
        return LocalRule.of(RuleInfo.local("PERSON_HONOUR_TITLE", Severity.ERROR, "荣誉与职称不符",
                "Honour without the title it requires",
                "A person who holds an honour on the as-of date holds at least the title the policy requires for "
                        + "its kind: 特级教师 is awarded only to teachers with the 高级 title. A person whose record "
                        + "gives no title does not show the title the honour requires.",
                "studios.honourTitles"), Entity.OfPerson.class, (record, context, sink) -> {
                    Person person = record.person();
                    for (int i = 0; i < person.honours().size(); i++) {
                        Honour honour = person.honours().get(i);
                        Optional<Title> required = context.policy().studios().titleRequiredBy(honour.kind());
                        if (required.isEmpty() || !honour.isHeldOn(context.asOf())
                                || person.title().map(title -> title.isAtLeast(required.get())).orElse(false)) {
                            continue;
                        }
                        String titleZh = person.title().map(title -> "为" + title.zh()).orElse("未填写");
                        String titleEn = person.title().map(Title::en).orElse("not given");
                        sink.add(record.location().child("honours", i),
                                "“" + person.name() + "”（" + person.id() + "）持有" + honour.level().zh()
                                        + honour.kind().zh() + "荣誉，须具备" + required.get().zh() + "及以上职称，其职称"
                                        + titleZh,
                                "'" + person.name() + "' (" + person.id() + ") holds the " + honour.level().en() + " "
                                        + honour.kind().en() + " honour, which requires the title of "
                                        + required.get().en() + " or higher; the person's title is " + titleEn);
                    }
                });
    }

    /** PERSON_HONOUR_LEVEL: an honour at a level its kind is not awarded at (a national 特级教师). */
    private static Rule honourLevel() {
        return LocalRule.of(RuleInfo.local("PERSON_HONOUR_LEVEL", Severity.ERROR, "荣誉级别不符", "Honour at a wrong level",
                "Every honour a person's record lists has a level at which the policy says its kind is awarded: "
                        + "特级教师 is approved by the province, so it is provincial. A kind the policy lists no levels "
                        + "for may have any.",
                "studios.honourLevels"), Entity.OfPerson.class, (record, context, sink) -> {
                    Person person = record.person();
                    StudioPolicy studios = context.policy().studios();
                    for (int i = 0; i < person.honours().size(); i++) {
                        Honour honour = person.honours().get(i);
                        if (studios.isAwardedAt(honour.kind(), honour.level())) {
                            continue;
                        }
                        Set<Level> levels = studios.honourLevels().get(honour.kind());
                        sink.add(record.location().child("honours", i, "level"),
                                "“" + person.name() + "”（" + person.id() + "）的" + honour.kind().zh() + "荣誉为"
                                        + honour.level().zh() + "，" + honour.kind().zh() + "只授予"
                                        + levels.stream().map(Level::zh).collect(Collectors.joining("、")),
                                "'" + person.name() + "' (" + person.id() + ") holds the " + honour.kind().en()
                                        + " honour at the " + honour.level().en() + " level; it is awarded at the "
                                        + English.list("or", levels.stream().map(Level::en).toList()) + " level only");
                    }
                });
    }

    private static Rule participantPost() {
        return PersonRule.trips(RuleInfo.keyed("EXCHANGE_PARTICIPANT_POST", Severity.ERROR, KEY, "交流人员岗位不符",
                "Participant's post does not fit",
                "Every participant of an exchange holds the post the policy requires for its kind (管理干部 for "
                        + "secondments, 研训员 for dispatches, 培训者 for mutual learning, teachers for visits); a "
                        + "研训员 is a 培训者 too (研训员（培训师）).",
                "alliances.exchanges.*.requiredPost"), true, (facts, context, sink) -> {
                    for (Trip trip : facts.trips()) {
                        ExchangeLimits limits = context.policy().alliances().exchanges().get(trip.kind());
                        if (limits != null && !facts.known().holdsPost(limits.requiredPost())) {
                            sink.add(trip.location(), who(facts) + "不是" + limits.requiredPost().zh() + "，不能参加"
                                            + trip.kind().zh(),
                                    whoEn(facts) + " does not hold the post of " + limits.requiredPost().en()
                                            + " that " + English.indefinite(trip.kind().en()) + " requires");
                        }
                    }
                });
    }

    private static Rule participantAffiliation() {
        return PersonRule.trips(RuleInfo.keyed("EXCHANGE_PARTICIPANT_AFFILIATION", Severity.WARNING, KEY,
                "交流人员单位不符", "Participant not from the sending unit",
                "Every participant of an exchange is employed by the sending institution."), true,
                (facts, context, sink) -> {
                    Optional<InstitutionId> employer = facts.known().employer();
                    for (Trip trip : facts.trips()) {
                        if (employer.isEmpty()) {
                            sink.add(trip.location(), who(facts) + "未填写工作单位，无法确认来自派出单位"
                                            + Units.zh(context, trip.from()),
                                    whoEn(facts) + " has no employer on record, so is not shown to work for the "
                                            + "sending unit " + Units.en(context, trip.from()));
                        } else if (!employer.get().equals(trip.from())) {
                            sink.add(trip.location(), who(facts) + "的工作单位为" + Units.zh(context, employer.get())
                                            + "，不是派出单位" + Units.zh(context, trip.from()),
                                    whoEn(facts) + " is employed by " + Units.en(context, employer.get())
                                            + ", not by the sending unit " + Units.en(context, trip.from()));
                        }
                    }
                });
    }

    private static Rule exchangeOverlap() {
        return PersonRule.trips(RuleInfo.keyed("EXCHANGE_OVERLAP", Severity.WARNING, KEY, "交流时间重叠",
                "Overlapping exchanges",
                "One person takes part in no two exchanges whose periods overlap."), false,
                (facts, context, sink) -> {
                    List<Trip> trips = facts.trips().stream().sorted(Comparator
                            .comparing((Trip t) -> t.period().start()).thenComparing(Trip::location)).toList();
                    Trip longest = null;
                    for (Trip trip : trips) {
                        if (longest != null && longest.period().overlaps(trip.period())) {
                            sink.add(trip.location(), personZh(facts) + "参加的交流“" + trip.exchange() + "”（"
                                            + Periods.zh(trip.period()) + "）与交流“" + longest.exchange() + "”（"
                                            + Periods.zh(longest.period()) + "）时间重叠",
                                    "exchange '" + trip.exchange() + "' (" + Periods.en(trip.period())
                                            + ") overlaps exchange '" + longest.exchange() + "' ("
                                            + Periods.en(longest.period()) + ") for the same person, "
                                            + personEn(facts));
                        }
                        if (longest == null || trip.period().end().isAfter(longest.period().end())) {
                            longest = trip;
                        }
                    }
                });
    }
}
