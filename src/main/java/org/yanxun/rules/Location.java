package org.yanxun.rules;

import java.io.Serializable;
import java.util.Objects;
import java.util.OptionalLong;
import org.yanxun.InvalidValueException;
import org.yanxun.internal.Checks;

/**
 * Where a finding points: a JSON Pointer (RFC 6901) into the validated document and, for a JSON
 * Lines file, the line the record came from, such as {@code /clusters/0/studios/5/memberships/2}.
 *
 * <p>Locations order by line, then by pointer segment by segment, with segments of digits compared by
 * length and then digit by digit (as numbers, for array indices, which have no leading zeros: {@code 9}
 * before {@code 10}, but {@code 10} before {@code 007}) and placed before other segments, and other
 * segments as text: so the records of one array
 * come in their order, and the properties of one object in the order of their names, not the order a
 * document writes them ({@code /memberships} before {@code /name}). Two locations are equal when their
 * lines and pointers are.
 *
 * <p>The engine gives every record and every reference a location, but only findings read it: a
 * {@linkplain #child child} keeps its parent and its own segments, and the pointer text is built
 * when {@link #pointer()} asks for it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Location implements Comparable<Location>, Serializable {

    private static final long serialVersionUID = 1L;

    private static final Location ROOT = new Location(OptionalLong.empty(), "");
    private static final int NO_INDEX = -1;

    /** The line, or 0 in a whole document. */
    private final long line;
    /** The location this one is below, or null when {@link #name} is the whole pointer. */
    private final Location parent;
    /** The property below the parent, escaped; or the whole pointer when there is no parent. */
    private final String name;
    /** The array index below {@link #name}, or {@link #NO_INDEX}. */
    private final int index;
    /** The property below {@link #index}, escaped, or null. */
    private final String property;

    /**
     * Creates a location.
     *
     * @param line the 1-based line, or empty
     * @param pointer the JSON Pointer, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the pointer is not empty and does not start with {@code /}, holds
     *     a {@code ~} that is not {@code ~0} or {@code ~1} (RFC 6901's only escapes) or an unpaired
     *     surrogate, or the line is below 1
     */
    public Location(OptionalLong line, String pointer) {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(pointer, "pointer");
        if (!pointer.isEmpty() && pointer.charAt(0) != '/') {
            throw new InvalidValueException("JSON Pointer 须为空或以 / 开头，实为" + Checks.quoteZh(pointer),
                    "JSON Pointer must be empty or start with /, was " + Checks.quote(pointer));
        }
        int tilde = badEscapeAt(pointer);
        if (tilde >= 0) {
            throw new InvalidValueException("JSON Pointer 中的 ~ 只能是 ~0 或 ~1，实为" + Checks.quoteZh(pointer)
                    + "（第 " + (tilde + 1) + " 个字符）", "JSON Pointer may hold ~ only as ~0 or ~1, was "
                    + Checks.quote(pointer) + " at character " + (tilde + 1));
        }
        Checks.noUnpairedSurrogate(pointer, "JSON Pointer");
        if (line.isPresent() && line.getAsLong() < 1) {
            throw new InvalidValueException("行号须至少为 1，实为 " + line.getAsLong(),
                    "Line must be at least 1, was " + line.getAsLong());
        }
        this.line = line.orElse(0);
        this.parent = null;
        this.name = pointer;
        this.index = NO_INDEX;
        this.property = null;
    }

    /** A child whose segments are checked and escaped already. */
    private Location(Location parent, String name, int index, String property) {
        this.line = parent.line;
        this.parent = parent;
        this.name = name;
        this.index = index;
        this.property = property;
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
     * @throws NullPointerException if the pointer is null
     * @throws IllegalArgumentException if the pointer is not a JSON Pointer, as the constructor says
     */
    public static Location of(String pointer) {
        return new Location(OptionalLong.empty(), pointer);
    }

    /**
     * Obtains the location of a line of a JSON Lines file.
     *
     * @param line the 1-based line
     * @return the location of the whole record on that line
     * @throws IllegalArgumentException if the line is less than 1
     */
    public static Location ofLine(long line) {
        return new Location(OptionalLong.of(line), "");
    }

    /**
     * Returns the 1-based line of a JSON Lines record.
     *
     * @return the line; empty for a whole document
     */
    public OptionalLong line() {
        return line == 0 ? OptionalLong.empty() : OptionalLong.of(line);
    }

    /**
     * Returns the JSON Pointer, built from the segments of this location and its parents.
     *
     * @return the pointer, empty for the whole document or line, otherwise starting with {@code /}
     */
    public String pointer() {
        return parent == null ? name : appendTo(new StringBuilder(64)).toString();
    }

    private StringBuilder appendTo(StringBuilder path) {
        if (parent == null) {
            return path.append(name);
        }
        parent.appendTo(path).append('/').append(name);
        if (index != NO_INDEX) {
            path.append('/').append(index);
        }
        return property == null ? path : path.append('/').append(property);
    }

    /**
     * Returns the location of a child of this node.
     *
     * @param segments the property names, unescaped, or array indexes ({@link Integer}s, at least 0)
     * @return the child location
     * @throws IllegalArgumentException if an index is negative or a name holds an unpaired surrogate
     */
    public Location child(Object... segments) {
        Objects.requireNonNull(segments, "segments");
        StringBuilder path = appendTo(new StringBuilder(64));
        for (Object segment : segments) {
            path.append('/');
            if (segment instanceof Integer index) {
                path.append(requireIndex(index));
            } else {
                path.append(Checks.pointerSegment(Objects.requireNonNull(segment, "segment").toString()));
            }
        }
        return new Location(line(), path.toString());
    }

    /**
     * Returns the location of a property of this node.
     *
     * @param name the property name, unescaped, not null
     * @return the child location
     * @throws IllegalArgumentException if the name holds an unpaired surrogate
     */
    public Location child(String name) {
        return new Location(this, segment(name, "name"), NO_INDEX, null);
    }

    /**
     * Returns the location of an element of an array property of this node, such as
     * {@code memberships/2}.
     *
     * @param name the property name, unescaped, not null
     * @param index the array index, at least 0
     * @return the child location
     * @throws IllegalArgumentException if the index is negative or a name holds an unpaired surrogate
     */
    public Location child(String name, int index) {
        return new Location(this, segment(name, "name"), requireIndex(index), null);
    }

    /**
     * Returns the location of an element of an array the data set's own schema names, such as
     * {@code persons/3}, as {@link #child(String, int)} does but without looking at the name: a name of
     * the schema's holds nothing to escape. The library walks a data set's records with it.
     *
     * @param name a name of the schema's array properties, such as {@code persons}; not null
     * @param index the array index, at least 0
     * @return the child location
     */
    Location element(String name, int index) {
        assert segment(name, "name").equals(name) : name;
        return new Location(this, name, requireIndex(index), null);
    }

    /**
     * Returns the location of a property of an element of an array property of this node, such as
     * {@code memberships/2/person}.
     *
     * @param name the array property's name, unescaped, not null
     * @param index the array index, at least 0
     * @param property the element's property name, unescaped, not null
     * @return the child location
     * @throws IllegalArgumentException if the index is negative or a name holds an unpaired surrogate
     */
    public Location child(String name, int index, String property) {
        return new Location(this, segment(name, "name"), requireIndex(index),
                segment(Objects.requireNonNull(property, "property"), "property"));
    }

    /** Returns this location with its pointer built, holding no parents: what a finding keeps. */
    Location resolved() {
        return parent == null ? this : new Location(line(), pointer());
    }

    private static int requireIndex(int index) {
        if (index < 0) {
            throw new InvalidValueException("数组下标至少为 0，而不是 " + index, "Array index must be at least 0, was " + index);
        }
        return index;
    }

    /** The index of the first {@code ~} of a pointer not followed by {@code 0} or {@code 1}, or -1. */
    private static int badEscapeAt(String pointer) {
        for (int i = pointer.indexOf('~'); i >= 0; i = pointer.indexOf('~', i + 1)) {
            if (i + 1 == pointer.length() || pointer.charAt(i + 1) != '0' && pointer.charAt(i + 1) != '1') {
                return i;
            }
        }
        return -1;
    }

    /** A name of a child, checked and escaped. */
    private static String segment(String name, String what) {
        return Checks.pointerSegment(Checks.noUnpairedSurrogate(name, what));
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof Location that && line == that.line && pointer().equals(that.pointer());
    }

    @Override
    public int hashCode() {
        return 31 * Long.hashCode(line) + pointer().hashCode();
    }

    @Override
    public int compareTo(Location other) {
        int byLine = Long.compare(line, other.line);
        return byLine != 0 ? byLine : comparePointers(pointer(), other.pointer());
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

    /**
     * Orders two segments: numeric ones as numbers (by length, then digit by digit), before any other,
     * and others as text. Numeric segments are array indices, or names that an object may hold beside
     * others ({@code "9"} and {@code "1a"}): ordering a numeric and another segment as text would not be
     * transitive ({@code 10 < 1a < 9 < 10}), and a sort of findings by it could fail or depend on the
     * order the findings came in.
     */
    private static int compareSegments(String a, String b) {
        boolean aIndex = isIndex(a);
        if (aIndex != isIndex(b)) {
            return aIndex ? -1 : 1;
        }
        if (aIndex && a.length() != b.length()) {
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
     * Returns the location as English text: the pointer, preceded by {@code line N} for a JSON Lines
     * record. The empty pointer of a whole document or line is shown as {@code /}.
     *
     * @return such as {@code /clusters/0/studios/5} or {@code line 12 /memberships/2}
     */
    @Override
    public String toString() {
        return line == 0 ? shownPointer() : "line " + line + " " + shownPointer();
    }

    /**
     * Returns the location as Chinese text: the pointer, preceded by {@code 第 N 行} for a JSON Lines
     * record, as a Chinese message quotes it. The empty pointer is shown as {@code /}.
     *
     * @return such as {@code /clusters/0/studios/5} or {@code 第 12 行 /memberships/2}
     */
    public String zh() {
        return line == 0 ? shownPointer() : "第 " + line + " 行 " + shownPointer();
    }

    /** The pointer as text shows it: {@code /} for the whole document or line, which has the empty pointer. */
    private String shownPointer() {
        String pointer = pointer();
        return pointer.isEmpty() ? "/" : pointer;
    }
}
