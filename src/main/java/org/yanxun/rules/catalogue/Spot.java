package org.yanxun.rules.catalogue;

import java.io.Serializable;
import java.util.OptionalLong;
import org.yanxun.rules.Location;

/**
 * A {@link Location} as the keyed states keep it: the line and the JSON Pointer, interned, so that the
 * states of millions of keys share a handful of pointer strings (every person line has the pointer
 * {@code /person}) and hold no {@code OptionalLong}. A finding's location is built from it only
 * when the finding is reported.
 *
 * @param line the 1-based line, or 0 for a whole document
 * @param pointer the JSON Pointer, interned
 */
record Spot(long line, String pointer) implements Serializable, Comparable<Spot> {

    /** Obtains the spot of a location, interning its pointer. */
    static Spot of(Location location) {
        return new Spot(lineOf(location), location.pointer().intern());
    }

    /** The line of a location, or 0 for a whole document. */
    static long lineOf(Location location) {
        return location.line().orElse(0);
    }

    /** The location of a line and an interned pointer. */
    static Location location(long line, String pointer) {
        return new Location(line == 0 ? OptionalLong.empty() : OptionalLong.of(line), pointer);
    }

    /** Compares two locations given as lines and pointers, in document order. */
    static int compare(long line, String pointer, long otherLine, String otherPointer) {
        if (line != otherLine) {
            return Long.compare(line, otherLine);
        }
        return pointer.equals(otherPointer) ? 0 : location(line, pointer).compareTo(location(otherLine, otherPointer));
    }

    Location location() {
        return location(line, pointer);
    }

    @Override
    public int compareTo(Spot other) {
        return compare(line, pointer, other.line, other.pointer);
    }

    @Override
    public String toString() {
        return location().toString();
    }
}
