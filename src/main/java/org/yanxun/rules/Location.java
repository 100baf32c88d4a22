package org.yanxun.rules;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * Where a finding points: a JSON Pointer (RFC 6901) into the validated document and, for a JSON
 * Lines file, the line the record came from, such as {@code /clusters/0/studios/5/memberships/2}.
 *
 * <p>Locations order by line, then by pointer segment by segment, with numeric segments compared
 * as numbers, so findings sort in document order.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param line the 1-based line of a JSON Lines record; empty for a whole document
 * @param pointer the JSON Pointer, empty for the whole document or line, otherwise starting with {@code /}
 */
public record Location(OptionalLong line, String pointer) implements Comparable<Location> {

    private static final Location ROOT = new Location(OptionalLong.empty(), "");

    /**
     * Creates a location.
     *
     * @param line the 1-based line, or empty
     * @param pointer the JSON Pointer, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the pointer does not start with {@code /} or the line is below 1
     */
    public Location {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(pointer, "pointer");
        if (!pointer.isEmpty() && pointer.charAt(0) != '/') {
            throw new IllegalArgumentException("JSON Pointer must be empty or start with /, was '" + pointer + "'");
        }
        if (line.isPresent() && line.getAsLong() < 1) {
            throw new IllegalArgumentException("Line must be at least 1, was " + line.getAsLong());
        }
    }

    /**
     * Returns the location of a whole document.
     *
     * @return the empty pointer with no line
     */
    public static Location root() {
        return ROOT;
    }

    /**
     * Obtains a location in a whole document.
     *
     * @param pointer the JSON Pointer, not null
     * @return the location
     */
    public static Location of(String pointer) {
        return new Location(OptionalLong.empty(), pointer);
    }

    /**
     * Obtains the location of a line of a JSON Lines file.
     *
     * @param line the 1-based line
     * @return the location of the whole record on that line
     */
    public static Location ofLine(long line) {
        return new Location(OptionalLong.of(line), "");
    }

    /**
     * Returns the location of a child of this node.
     *
     * @param segments the property names or array indexes, each unescaped
     * @return the child location
     */
    public Location child(Object... segments) {
        StringBuilder path = new StringBuilder(pointer.length() + 16 * segments.length).append(pointer);
        for (Object segment : segments) {
            append(path, segment);
        }
        return new Location(line, path.toString());
    }

    /**
     * Returns the location of a property of this node.
     *
     * @param name the property name, unescaped, not null
     * @return the child location
     */
    public Location child(String name) {
        return new Location(line, append(new StringBuilder(pointer.length() + name.length() + 1).append(pointer), name)
                .toString());
    }

    /**
     * Returns the location of an element of an array property of this node, such as
     * {@code memberships/2}.
     *
     * @param name the property name, unescaped, not null
     * @param index the array index, at least 0
     * @return the child location
     */
    public Location child(String name, int index) {
        StringBuilder path = new StringBuilder(pointer.length() + name.length() + 12).append(pointer);
        return new Location(line, append(path, name).append('/').append(index).toString());
    }

    private static StringBuilder append(StringBuilder path, Object segment) {
        path.append('/');
        if (segment instanceof Integer index) {
            return path.append(index.intValue());
        }
        return path.append(escape(Objects.requireNonNull(segment, "segment").toString()));
    }

    private static String escape(String segment) {
        return segment.indexOf('~') < 0 && segment.indexOf('/') < 0
                ? segment
                : segment.replace("~", "~0").replace("/", "~1");
    }

    @Override
    public int compareTo(Location other) {
        int byLine = Long.compare(line.orElse(0), other.line.orElse(0));
        return byLine != 0 ? byLine : comparePointers(pointer, other.pointer);
    }

    private static int comparePointers(String left, String right) {
        String[] a = left.split("/", -1);
        String[] b = right.split("/", -1);
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int bySegment = compareSegments(a[i], b[i]);
            if (bySegment != 0) {
                return bySegment;
            }
        }
        return Integer.compare(a.length, b.length);
    }

    private static int compareSegments(String a, String b) {
        boolean numbers = isIndex(a) && isIndex(b);
        if (numbers && a.length() != b.length()) {
            return Integer.compare(a.length(), b.length());
        }
        return a.compareTo(b);
    }

    private static boolean isIndex(String segment) {
        if (segment.isEmpty()) {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            if (segment.charAt(i) < '0' || segment.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the location as text: the pointer, preceded by {@code line N} for a JSON Lines record.
     *
     * @return such as {@code /clusters/0/studios/5} or {@code line 12 /memberships/2}
     */
    @Override
    public String toString() {
        String shown = pointer.isEmpty() ? "/" : pointer;
        return line.isPresent() ? "line " + line.getAsLong() + " " + shown : shown;
    }
}
