package org.yanxun.rules.catalogue;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import org.yanxun.Grade;
import org.yanxun.Level;
import org.yanxun.Membership;
import org.yanxun.Stage;
import org.yanxun.Studio;
import org.yanxun.StudioStatus;
import org.yanxun.StudioType;
import org.yanxun.Subject;
import org.yanxun.Tier;
import org.yanxun.policy.GradeOutcome;
import org.yanxun.rules.Location;

/**
 * A membership of a studio as a host or member, with what the person rules need of its studio: the
 * studio part ({@link Place}) is shared by every seat of one studio record, and dates are epoch days.
 */
final class Seat implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the person rules read of a studio, and where its record is. */
    static final class Place implements Serializable {
        private static final long serialVersionUID = 1L;

        final String name;
        final StudioType type;
        final Level level;
        final byte stages;
        final String subjects;
        /**
         * The subjects, parsed when first read, once a studio record: a studio may have many, and each
         * member's seat reads them. Not serialized (subjects are not serializable); a copy parses them
         * again. Threads checking slices of the keys at once may each parse them: the sets are equal and
         * immutable, and reach other threads whole through the final fields of the unmodifiable set.
         */
        private transient SortedSet<Subject> subjectSet;
        final int cycleStart;
        /** The day after the cycle's last day, as an epoch day. */
        final int cycleEnd;
        final StudioStatus status;
        /**
         * Whether the studio is dissolved, or graded by the as-of date so that the policy dissolves it,
         * whatever its status.
         */
        final boolean dissolved;
        final long line;
        final Object where;

        private Place(Studio studio, Location at, Map<Grade, GradeOutcome> grades, LocalDate asOf) {
            name = studio.name();
            type = studio.type();
            level = studio.level();
            stages = (byte) PersonFacts.bits(studio.stages());
            subjects = PersonFacts.codes(studio.subjects());
            cycleStart = (int) studio.cycle().start().toEpochDay();
            cycleEnd = (int) studio.cycle().endExclusive().toEpochDay();
            status = studio.status();
            dissolved = status == StudioStatus.DISSOLVED
                    || StudioRules.dissolvingEvaluation(studio, grades, asOf) != null;
            line = Spot.lineOf(at);
            where = Spot.where(at);
        }

        /**
         * The place of a studio record.
         *
         * @param grades the policy's outcome of each grade
         * @param asOf the as-of date: a later evaluation does not count yet, as for {@code STUDIO_FAILED_CONTINUES}
         */
        static Place of(Studio studio, Location at, Map<Grade, GradeOutcome> grades, LocalDate asOf) {
            return new Place(studio, at, grades, asOf);
        }
    }

    private final Place place;
    private final Tier tier;
    private final int joined;
    private final int left;
    private final int index;

    private Seat(Place place, Tier tier, int joined, int left, int index) {
        this.place = place;
        this.tier = tier;
        this.joined = joined;
        this.left = left;
        this.index = index;
    }

    static Seat of(Place place, Membership membership, int index) {
        return new Seat(place, membership.tier(), (int) membership.joinedOn().toEpochDay(),
                PersonFacts.epochDay(membership.leftOn()), index);
    }

    /**
     * Tells whether another seat is of the same studio record: a person listed twice in a studio has
     * two seats of it. The seats of one record share its place, in a whole document and in a JSON Lines
     * file alike: a record is folded once, and a person's seats of it go to one state.
     */
    boolean isOfSameStudioAs(Seat other) {
        return place == other.place;
    }

    String studioName() {
        return place.name;
    }

    StudioType type() {
        return place.type;
    }

    Level level() {
        return place.level;
    }

    Set<Stage> stages() {
        return PersonFacts.stages(place.stages);
    }

    /** The studio's stages as {@link PersonFacts#bits}. */
    int stageBits() {
        return place.stages;
    }

    SortedSet<Subject> subjects() {
        SortedSet<Subject> subjects = place.subjectSet;
        if (subjects == null) {
            subjects = PersonFacts.subjects(place.subjects);
            place.subjectSet = subjects;
        }
        return subjects;
    }

    /** The studio's subjects as {@link PersonFacts#codes}. */
    String subjectCodes() {
        return place.subjects;
    }

    /** The bit of the seat's tier in a set of tiers as {@link PersonFacts#bits} gives it. */
    int tierBit() {
        return 1 << tier.ordinal();
    }

    LocalDate joinedOn() {
        return LocalDate.ofEpochDay(joined);
    }

    /**
     * The day the seat is judged on as of a day: that day while the seat is held, else its nearest day
     * held, the first for a seat taken up after it and the last (the day left, or the cycle's last day if
     * that comes first) for one given up before it.
     *
     * @param day the as-of day
     */
    LocalDate nearestDayTo(LocalDate day) {
        long last = left != PersonFacts.NONE ? Math.min(left, place.cycleEnd - 1L) : place.cycleEnd - 1L;
        return LocalDate.ofEpochDay(Math.max(joined, Math.min(day.toEpochDay(), last)));
    }

    /** Where the studio record is, such as {@code line 12 /studio}. */
    Location studioAt() {
        return Spot.location(place.line, place.where);
    }

    /** Where the membership is, such as {@code line 12 /studio/memberships/3}. */
    Location location() {
        return studioAt().child("memberships", index);
    }

    /**
     * The first day by which the member had completed the seat, having stayed to the last day of its
     * cycle in a studio not dissolved: the day after that last day, as an epoch day; or
     * {@link Long#MAX_VALUE} if they left early or the studio was dissolved or graded so that the policy
     * dissolves it (a failed studio recorded as completed), so that they never complete it.
     */
    long completedFrom() {
        return (left == PersonFacts.NONE || left >= place.cycleEnd - 1) && !place.dissolved
                ? place.cycleEnd : Long.MAX_VALUE;
    }

    /**
     * Tells whether the member had left the studio before a day and before its cycle's last day: a host
     * who did has handed the studio over.
     *
     * @param day the day, as an epoch day
     */
    boolean isLeftEarlyBy(long day) {
        return left != PersonFacts.NONE && left < day && left < place.cycleEnd - 1;
    }

    /**
     * Tells whether the member joins the studio after a day and after its cycle's first day: a host who
     * does takes the studio over from another.
     *
     * @param day the day, as an epoch day
     */
    boolean isTakenUpAfter(long day) {
        return joined > day && joined > place.cycleStart;
    }

    /**
     * Tells whether the studio is active and the membership runs on a day, as {@link Membership#isActiveOn}.
     *
     * @param day the day, as an epoch day ({@link LocalDate#toEpochDay()})
     */
    boolean isActiveOn(long day) {
        return place.status == StudioStatus.ACTIVE && day >= place.cycleStart && day < place.cycleEnd && day >= joined
                && (left == PersonFacts.NONE || day <= left);
    }
}
