package org.yanxun.rules.catalogue;

import java.io.Serializable;
import java.util.OptionalLong;
import org.yanxun.rules.Location;

/**
 * A {@link Location} as the keyed states keep it, in as few bytes and as little work as each input
 * allows. For a record of a JSON Lines file: the line and the JSON Pointer within it, interned, so
 * that the states of millions of keys share a few hundred pointer strings (every person line has the
 * pointer {@code /person}). For a whole document: the location itself, whose pointer text is built
 * only if a finding reports it (every pointer of a document is different, so interning them would
 * only cost time). A finding's location is built from it when the finding is reported.
 *
 * @param line the 1-based line, or 0 for a whole document
 * @param where the interned pointer of a line, or the location in a whole document; see {@link #where}
 */
record Spot(long line, Object where) implements Serializable, Comparable<Spot> {

    /** Obtains the spot of a location. */
    static Spot of(Location location) {
        return new Spot(lineOf(location), where(location));
    }

    /** The line of a location, or 0 for a whole document. */
    static long lineOf(Location location) {
        return location.line().orElse(0);
    }

    /** What a state keeps of a location besides its line: an interned pointer, or the location itself. */
    static Object where(Location location) {
        return location.line().isPresent() ? Interned.of(location.pointer()) : location;
    }

    /** Rebuilds the location a state kept with {@link #lineOf} and {@link #where}. */
    static Location location(long line, Object where) {
        return where instanceof Location location ? location
                : new Location(line == 0 ? OptionalLong.empty() : OptionalLong.of(line), (String) where);
    }

    /** Compares two kept locations in document order. */
    static int compare(long line, Object where, long otherLine, Object otherWhere) {
        if (line != otherLine) {
            return Long.compare(line, otherLine);
        }
        return where == otherWhere ? 0 : location(line, where).compareTo(location(otherLine, otherWhere));
    }

    /**
     * The earlier of two spots in document order, as a state keeps the first of its records when it takes
     * another state in; null stands for none.
     */
    static Spot first(Spot a, Spot b) {
        return a == null || (b != null && b.compareTo(a) < 0) ? b : a;
    }

    Location location() {
        return location(line, where);
    }

    /**
     * The location of the array of a record's children, such as a cluster's {@code studios}: in a whole
     * document the array; in a JSON Lines file, where each child is a record of its own line and the
     * record's line has no such array, the record itself.
     */
    Location childrenLocation(String array) {
        return line == 0 ? location().child(array) : location();
    }

    @Override
    public int compareTo(Spot other) {
        return compare(line, where, other.line, other.where);
    }

    @Override
    public String toString() {
        return location().toString();
    }
}
