package org.yanxun.rules.catalogue;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.yanxun.Honour;
import org.yanxun.HonourKind;
import org.yanxun.Institution;
import org.yanxun.InstitutionId;
import org.yanxun.Level;
import org.yanxun.Membership;
import org.yanxun.Person;
import org.yanxun.PersonId;
import org.yanxun.Post;
import org.yanxun.Stage;
import org.yanxun.Studio;
import org.yanxun.Subject;
import org.yanxun.Tier;
import org.yanxun.Title;
import org.yanxun.policy.HostCriterion;
import org.yanxun.rules.Dimensions;
import org.yanxun.rules.Entity;
import org.yanxun.rules.Grouping;
import org.yanxun.rules.Location;
import org.yanxun.rules.RuleContext;

/**
 * What the records say about one person: the fields of the person record the person rules read (the
 * first record in document order), their memberships of studios as host or member, and their places
 * in exchanges. The shared state of the rules keyed by person.
 *
 * <p>A national data set has some ten million persons, so the state of a person read from a stream
 * (a record with a line) is packed: enums as ordinals and bit sets, the date of birth and the day
 * teaching began as year, month and day in one {@code int} each, honours as one {@code long} each,
 * names, subjects and identifiers interned, locations as a line and a {@link Spot#where}, and a single
 * seat held without an array. The checks read those fields through
 * accessors that answer as the {@link Person} would, without rebuilding the record. A person of a whole
 * document, which the caller holds in memory anyway, is kept as it is; it is packed only if the state
 * is serialized.
 */
final class PersonFacts implements Serializable {

    /** 2 since the dates of birth and of teaching's start are kept as year, month and day, not epoch days. */
    private static final long serialVersionUID = 2L;

    /** The one grouping of every rule keyed by person: records are mapped once for all of them. */
    static final Grouping<PersonId, PersonFacts> GROUPING = Grouping.folding(PersonFacts::fold, PersonFacts::add);
    private static final Function<PersonId, PersonFacts> NEW = id -> new PersonFacts();

    static final int NONE = Integer.MIN_VALUE;
    private static final long[] NO_HONOURS = {};
    private static final Title[] TITLES = Title.values();
    private static final HonourKind[] HONOURS = HonourKind.values();
    private static final Level[] LEVELS = Level.values();
    /** By post: the bits ({@link #bits}) of the posts that fulfil it ({@link Post#fulfils}). */
    private static final int[] FULFILLING = new int[Post.values().length];

    static {
        for (Post required : Post.values()) {
            for (Post post : Post.values()) {
                FULFILLING[required.ordinal()] |= post.fulfils(required) ? 1 << post.ordinal() : 0;
            }
        }
    }
    private static final List<Set<Stage>> STAGE_SETS = allSets(Stage.class);
    private static final List<Set<Post>> POST_SETS = allSets(Post.class);
    /**
     * About this many sets of subjects are shared; few recur, but hostile data may hold many. Threads
     * that add a set at once may each pass the limit by one: it bounds the memory, not an exact count.
     */
    static final int MAX_SUBJECT_SETS = 1024;
    /** Only sets whose codes take at most this many characters are shared, to bound what is kept. */
    static final int MAX_SHARED_CODES_LENGTH = 200;
    private static final Map<String, SortedSet<Subject>> SUBJECT_SETS = new ConcurrentHashMap<>();

    private Object personWhere;
    private long personLine;
    /**
     * The {@link Person} of a whole document; or, packed, the person's name, with the other fields
     * below; or null if no person record was seen.
     */
    private Object person;
    private byte title;
    private byte posts;
    private byte stages;
    private String subjects;
    /** The employer, the same object as the institution's own identifier when it is in the data. */
    private InstitutionId employer;
    /** The date of birth as a {@link #calendarDay}, or {@link #NONE}. */
    private int birth = NONE;
    /** The day teaching began as a {@link #calendarDay}, or {@link #NONE}. */
    private int since = NONE;
    private long[] honours = NO_HONOURS;
    /** Null, one {@link Seat}, or an array of seats. */
    private Object seats;
    /**
     * How many seats there are, and the bits ({@link #bits}) of their tiers: a rule about tiers the
     * person holds no seat of, or about every tier the person holds seats of, need not read the seats.
     */
    private int seatCount;
    /** A byte holds the bits of every tier: there are six. */
    private byte seatTiers;
    private Trip[] trips;

    private static void fold(Entity entity, RuleContext context, Grouping.States<PersonId, PersonFacts> states) {
        // Where a run keeps the keys of one partition only, the facts of a person of another are not built.
        if (entity instanceof Entity.OfPerson e) {
            if (states.keeps(e.person().id())) {
                states.add(e.person().id(), ofPerson(e.person(), e.location(), context.dimensions()));
            }
        } else if (entity instanceof Entity.OfStudio e) {
            Studio studio = e.studio();
            Seat.Place place = null;
            for (int i = 0; i < studio.memberships().size(); i++) {
                Membership membership = studio.memberships().get(i);
                if ((membership.tier() == Tier.HOST || membership.tier() == Tier.MEMBER)
                        && states.keeps(membership.person())) {
                    place = place == null
                            ? Seat.Place.of(studio, e.location(), context.policy().studios().grades(), context.asOf())
                            : place;
                    states.get(membership.person(), NEW).seat(Seat.of(place, membership, i));
                }
            }
        } else if (entity instanceof Entity.OfExchange e) {
            List<PersonId> participants = e.exchange().participants();
            // A person has one place in an exchange: a participant listed twice is kept at the first
            // listing only, so that the exchange does not overlap itself.
            Set<PersonId> seen = participants.size() > 1 ? new HashSet<>() : null;
            for (int i = 0; i < participants.size(); i++) {
                if (seen != null && !seen.add(participants.get(i)) || !states.keeps(participants.get(i))) {
                    continue;
                }
                PersonFacts facts = states.get(participants.get(i), NEW);
                facts.trips = Growing.append(facts.trips,
                        new Trip[] {Trip.of(e.exchange(), e.location().child("participants", i))});
            }
        }
    }

    private static PersonFacts ofPerson(Person person, Location at, Dimensions dimensions) {
        PersonFacts facts = new PersonFacts();
        facts.personWhere = Spot.where(at);
        facts.personLine = Spot.lineOf(at);
        if (facts.personLine == 0) {
            facts.person = person;
        } else {
            facts.pack(person, dimensions);
        }
        return facts;
    }

    /** Packs the fields the person rules read, sharing the employer's identifier with the reference data. */
    private void pack(Person person, Dimensions dimensions) {
        // A name is personal data: it is interned in the JVM's table, which keeps it only while a state
        // does, and not through Interned, whose cache would keep the last names after the run.
        this.person = person.name().intern();
        title = (byte) (person.title().isPresent() ? person.title().get().ordinal() + 1 : 0);
        posts = (byte) bits(person.posts());
        stages = (byte) bits(person.stages());
        subjects = codes(person.subjects());
        employer = person.employer().map(id -> canonical(id, dimensions)).orElse(null);
        birth = calendarDay(person.birthDate());
        since = calendarDay(person.teachingSince());
        if (!person.honours().isEmpty()) {
            honours = person.honours().stream().mapToLong(h -> (long) h.kind().ordinal() << 40
                    | (long) h.level().ordinal() << 32 | (h.awardedOn().toEpochDay() & 0xFFFF_FFFFL)).toArray();
        }
    }

    /** Serializes the state with its person packed. */
    private Object writeReplace() {
        if (!(person instanceof Person whole)) {
            return this;
        }
        PersonFacts packed = new PersonFacts();
        packed.personWhere = personWhere;
        packed.personLine = personLine;
        packed.pack(whole, Dimensions.empty());
        packed.seats = seats;
        packed.seatCount = seatCount;
        packed.seatTiers = seatTiers;
        packed.trips = trips;
        return packed;
    }

    private static InstitutionId canonical(InstitutionId id, Dimensions dimensions) {
        Optional<Institution> institution = dimensions.institution(id);
        return institution.isPresent() ? institution.get().id() : id;
    }

    static int bits(Set<? extends Enum<?>> values) {
        int bits = 0;
        for (Enum<?> value : values) {
            bits |= 1 << value.ordinal();
        }
        return bits;
    }

    /** The stages of a bit set, shared: every set of stages is built once. */
    static Set<Stage> stages(int bits) {
        return STAGE_SETS.get(bits & STAGE_SETS.size() - 1);
    }

    /** The posts of a bit set, shared: every set of posts is built once. */
    static Set<Post> posts(int bits) {
        return POST_SETS.get(bits & POST_SETS.size() - 1);
    }

    /** Every set of values of an enum of at most eight constants, unmodifiable, indexed by its bits. */
    private static <E extends Enum<E>> List<Set<E>> allSets(Class<E> type) {
        E[] values = type.getEnumConstants();
        List<Set<E>> sets = new ArrayList<>(1 << values.length);
        for (int bits = 0; bits < 1 << values.length; bits++) {
            Set<E> set = EnumSet.noneOf(type);
            for (E value : values) {
                if ((bits & 1 << value.ordinal()) != 0) {
                    set.add(value);
                }
            }
            sets.add(Collections.unmodifiableSet(set));
        }
        return List.copyOf(sets);
    }

    /** The codes of some subjects, joined by commas and interned: few sets of subjects recur. */
    static String codes(Set<Subject> subjects) {
        if (subjects.size() == 1) {
            return Interned.of(subjects.iterator().next().code());
        }
        StringBuilder codes = new StringBuilder();
        for (Subject subject : subjects) {
            codes.append(codes.length() == 0 ? "" : ",").append(subject.code());
        }
        return Interned.of(codes.toString());
    }

    /**
     * The subjects of some codes joined by commas, unmodifiable; the sets of the first (about)
     * {@value #MAX_SUBJECT_SETS} distinct codes of at most {@value #MAX_SHARED_CODES_LENGTH} characters
     * are kept and shared for the life of the process, so that a check does not parse the same codes
     * for every person.
     */
    static SortedSet<Subject> subjects(String codes) {
        SortedSet<Subject> known = SUBJECT_SETS.get(codes);
        if (known != null) {
            return known;
        }
        TreeSet<Subject> set = new TreeSet<>();
        if (!codes.isEmpty()) {
            for (String code : codes.split(",")) {
                set.add(Subject.of(code));
            }
        }
        SortedSet<Subject> subjects = Collections.unmodifiableSortedSet(set);
        if (codes.length() <= MAX_SHARED_CODES_LENGTH && SUBJECT_SETS.size() < MAX_SUBJECT_SETS) {
            SUBJECT_SETS.putIfAbsent(codes, subjects);
        }
        return subjects;
    }

    /** A date as an epoch day, or {@link #NONE} if there is none; without boxing. */
    static int epochDay(Optional<LocalDate> date) {
        return date.isPresent() ? (int) date.get().toEpochDay() : NONE;
    }

    /**
     * A date of the model as its year, month and day in one int ({@code year << 9 | month << 5 | day}),
     * or {@link #NONE} if there is none: such ints compare as their dates do, and the full years between
     * two need no calendar arithmetic ({@link #yearsSince}). An epoch day had to be turned back into a
     * date for each age or 教龄 asked, which took most of their time.
     */
    private static int calendarDay(Optional<LocalDate> date) {
        return date.isPresent() ? (int) calendarDay(date.get()) : NONE;
    }

    /** A date as {@link #calendarDay(Optional)} packs it, in a long: any date's year fits. */
    private static long calendarDay(LocalDate date) {
        return (long) date.getYear() << 9 | date.getMonthValue() << 5 | date.getDayOfMonth();
    }

    PersonFacts add(PersonFacts other) {
        if (other.personWhere != null && (personWhere == null
                || Spot.compare(other.personLine, other.personWhere, personLine, personWhere) < 0)) {
            personWhere = other.personWhere;
            personLine = other.personLine;
            person = other.person;
            title = other.title;
            posts = other.posts;
            stages = other.stages;
            subjects = other.subjects;
            employer = other.employer;
            birth = other.birth;
            since = other.since;
            honours = other.honours;
        }
        seats = join(seats, other.seats);
        seatCount += other.seatCount;
        seatTiers |= other.seatTiers;
        if (other.trips != null) {
            trips = Growing.append(trips, other.trips);
        }
        return this;
    }

    private void seat(Seat seat) {
        seats = join(seats, seat);
        seatCount++;
        seatTiers |= (byte) seat.tierBit();
    }

    private static Object join(Object mine, Object theirs) {
        if (theirs == null) {
            return mine;
        }
        if (mine == null) {
            return theirs instanceof Seat[] array ? Growing.append(null, array) : theirs;
        }
        return Growing.append(mine instanceof Seat[] a ? a : new Seat[] {(Seat) mine},
                theirs instanceof Seat[] b ? b : new Seat[] {(Seat) theirs});
    }

    /** Tells whether a record of the person was seen; if not, {@code REF_UNKNOWN} reports the references. */
    boolean hasPerson() {
        return personWhere != null;
    }

    // What the person record says, as Person would say it, without rebuilding it; only if hasPerson().

    /**
     * Tells whether the person meets a host criterion on a date, as {@link HostCriterion#isMetBy} tells
     * of the record: a title at or above a rung (teaching one of the criterion's stages, if it names
     * any), an honour of a kind at or above a level awarded by then and within its term, or a post it fulfils.
     */
    boolean meets(HostCriterion criterion, LocalDate on) {
        if (person instanceof Person whole) {
            return criterion.isMetBy(whole, on);
        }
        if (criterion instanceof HostCriterion.TitleAtLeast least) {
            return title > 0 && TITLES[title - 1].isAtLeast(least.title())
                    && (least.stages().isEmpty() || teachesAnyStageOf(bits(least.stages())));
        }
        if (criterion instanceof HostCriterion.HonourAtLeast least) {
            for (long honour : honours) {
                // Unpacked only when of the criterion's kind, which decides most honours without an object.
                if (HONOURS[(int) (honour >>> 40)] == least.kind() && least.isMetBy(honourOf(honour), on)) {
                    return true;
                }
            }
            return false;
        }
        // The third and last kind of the sealed interface.
        return holdsPost(((HostCriterion.HoldsPost) criterion).post());
    }

    /** Tells whether the person holds a post, as {@link Person#holdsPost} tells of the record. */
    boolean holdsPost(Post required) {
        return person instanceof Person whole ? whole.holdsPost(required)
                : (posts & FULFILLING[required.ordinal()]) != 0;
    }

    /** Tells whether the person teaches at least one of some stages, given as {@link #bits}. */
    boolean teachesAnyStageOf(int stageBits) {
        return ((person instanceof Person whole ? bits(whole.stages()) : stages) & stageBits) != 0;
    }

    /**
     * Tells, without parsing them, whether the person teaches some subjects, given as {@link #codes},
     * because the person's codes are the same interned text, as a member's usually are their studio's;
     * false leaves the question open.
     */
    boolean teachesSameSubjects(String subjectCodes) {
        return subjects == subjectCodes && !subjectCodes.isEmpty();
    }

    /** The person's name, as {@link Person#name()}. */
    String name() {
        return person instanceof Person whole ? whole.name() : (String) person;
    }

    /** The honours, as {@link Person#honours()}. */
    List<Honour> honours() {
        if (person instanceof Person whole) {
            return whole.honours();
        }
        List<Honour> list = new ArrayList<>(honours.length);
        for (long honour : honours) {
            list.add(honourOf(honour));
        }
        return list;
    }

    /** Unpacks an honour. */
    private static Honour honourOf(long honour) {
        return Honour.of(HONOURS[(int) (honour >>> 40)], LEVELS[(int) (honour >>> 32) & 0xFF],
                LocalDate.ofEpochDay((int) honour));
    }

    /** The posts, as {@link Person#posts()}. */
    Set<Post> posts() {
        return person instanceof Person whole ? whole.posts() : posts(posts);
    }

    /** The stages, as {@link Person#stages()}. */
    Set<Stage> stages() {
        return person instanceof Person whole ? whole.stages() : stages(stages);
    }

    /** The subjects, as {@link Person#subjects()}. */
    SortedSet<Subject> subjects() {
        return person instanceof Person whole ? whole.subjects() : subjects(subjects);
    }

    /** The employer, as {@link Person#employer()}. */
    Optional<InstitutionId> employer() {
        return person instanceof Person whole ? whole.employer() : Optional.ofNullable(employer);
    }

    /** 教龄 on a date, as {@link Person#teachingYearsOn(LocalDate)}. */
    OptionalInt teachingYearsOn(LocalDate date) {
        return person instanceof Person whole ? whole.teachingYearsOn(date) : yearsSince(since, date);
    }

    /** The day teaching began, as {@link Person#teachingSince()}. */
    Optional<LocalDate> teachingSince() {
        return person instanceof Person whole ? whole.teachingSince()
                : since == NONE ? Optional.empty()
                : Optional.of(LocalDate.of(since >> 9, since >> 5 & 0xF, since & 0x1F));
    }

    /** The age on a date, as {@link Person#ageOn(LocalDate)}. */
    OptionalInt ageOn(LocalDate date) {
        return person instanceof Person whole ? whole.ageOn(date) : yearsSince(birth, date);
    }

    /**
     * Full years from a {@link #calendarDay} to a date, as {@link java.time.Period#between} counts them,
     * or empty if there is no day or it comes after the date: the difference of the years, less one
     * before the anniversary's month and day (from 29 February, a year is full on 1 March of a common
     * year).
     */
    private static OptionalInt yearsSince(int day, LocalDate date) {
        long on = calendarDay(date);
        if (day == NONE || day > on) {
            return OptionalInt.empty();
        }
        int years = (int) ((on >> 9) - (day >> 9));
        return OptionalInt.of((on & 0x1FF) < (day & 0x1FF) ? years - 1 : years);
    }

    /** The number of seats of some tiers, counted without a list. */
    int countSeatsOf(int tiers) {
        if (!hasSeatsOf(tiers)) {
            return 0;
        }
        if ((seatTiers & ~tiers) == 0) {
            return seatCount;
        }
        Seat[] array = (Seat[]) seats;
        int count = 0;
        for (int i = 0, size = Growing.size(array); i < size; i++) {
            count += (tiers & array[i].tierBit()) != 0 ? 1 : 0;
        }
        return count;
    }

    /** The seats of some tiers, given as {@link #bits}, in the order they were merged. */
    List<Seat> seatsOf(int tiers) {
        if (!hasSeatsOf(tiers)) {
            return List.of();
        }
        if (seats instanceof Seat seat) {
            return List.of(seat);
        }
        if ((seatTiers & ~tiers) == 0) {
            return Growing.items((Seat[]) seats);
        }
        List<Seat> chosen = new ArrayList<>();
        for (Seat seat : Growing.items((Seat[]) seats)) {
            if ((tiers & seat.tierBit()) != 0) {
                chosen.add(seat);
            }
        }
        return chosen;
    }

    List<Trip> trips() {
        return Growing.items(trips);
    }

    /** Tells whether the person has a seat of some tiers, given as {@link #bits}. */
    boolean hasSeatsOf(int tiers) {
        return (seatTiers & tiers) != 0;
    }

    /** Tells whether the person takes part in an exchange. */
    boolean hasTrips() {
        return trips != null;
    }
}
