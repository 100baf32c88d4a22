package org.yanxun.json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.yanxun.Cluster;
import org.yanxun.Dataset;
import org.yanxun.InvalidValueException;
import org.yanxun.Studio;
import org.yanxun.StudioForm;
import org.yanxun.StudioType;
import org.yanxun.internal.Checks;
import tools.jackson.core.TokenStreamLocation;

/**
 * The studio types that studio {@code type} codes resolve against while reading: the built-ins plus
 * the custom types the input defines; and, for a JSON Lines writer, those it has written, so that it
 * refuses what a reader would. Not thread-safe; one per document or JSON Lines file.
 *
 * <p>In a dataset document the {@code studioTypes} array may follow the clusters, so until it has
 * been read an unknown code resolves to a provisional type that {@link #finish} replaces (or
 * reports). In JSON Lines a type must be defined on an earlier line.
 */
final class StudioTypes {

    private record Pending(String code, String pointer, TokenStreamLocation where) {
    }

    private final Map<String, StudioType> known = new HashMap<>();
    private final Map<String, StudioType> provisional = new HashMap<>();
    private final List<Pending> pending = new ArrayList<>();
    private boolean deferring;

    private StudioTypes(boolean deferring) {
        this.deferring = deferring;
        StudioType.builtIns().forEach(type -> known.put(type.code(), type));
    }

    static StudioTypes forDocument() {
        return new StudioTypes(true);
    }

    static StudioTypes forLines() {
        return new StudioTypes(false);
    }

    /**
     * Returns the studio types of one JSON Lines line read on its own: the built-ins plus the custom
     * types defined on the earlier lines of its file, given by the caller.
     *
     * @param given the custom types
     * @return the types
     * @throws IllegalArgumentException if a given type redefines a built-in code or shares its code
     */
    static StudioTypes forLines(Collection<StudioType> given) {
        StudioTypes types = new StudioTypes(false);
        for (StudioType type : given) {
            Objects.requireNonNull(type, "studioTypes must not contain null");
            if (types.known.putIfAbsent(type.code(), type) != null) {
                throw redefinition(type.code());
            }
        }
        return types;
    }

    /**
     * Returns a copy of the types of a JSON Lines file known so far, which goes on independently.
     *
     * @return the copy
     */
    StudioTypes copy() {
        StudioTypes copy = new StudioTypes(false);
        copy.known.putAll(known);
        return copy;
    }

    /**
     * Resolves a studio type code, reporting an unknown one unless it may still be defined.
     *
     * @param code the code
     * @param cursor the cursor, at the code
     * @return the type, or null after reporting an error
     */
    StudioType resolve(String code, Cursor cursor) {
        StudioType type = known.get(code);
        if (type != null) {
            return type;
        }
        if (deferring) {
            pending.add(new Pending(code, cursor.pointer(), cursor.location()));
            try {
                return provisional.computeIfAbsent(code, c -> new StudioType(c, StudioForm.STUDIO, 1, c, c));
            } catch (IllegalArgumentException e) {
                pending.remove(pending.size() - 1);
            }
        }
        unknown(cursor, code, cursor.pointer(), cursor.location());
        return null;
    }

    private void unknown(Cursor cursor, String code, String pointer, TokenStreamLocation where) {
        cursor.error(ReadErrorCode.JSON_ENUM, pointer, where,
                "未知的工作室类型代码" + Checks.quoteZh(code) + "：既非内置类型，也未在 studioTypes 中定义",
                "unknown studio type code " + Checks.quote(code) + ": neither built in nor defined in studioTypes");
    }

    /**
     * Defines a custom type, reporting one that redefines a built-in or an earlier type.
     *
     * @param type the type
     * @param cursor the cursor
     * @param pointer the pointer of the definition
     * @param where the location of the definition
     * @return true if defined
     */
    boolean define(StudioType type, Cursor cursor, String pointer, TokenStreamLocation where) {
        if (known.containsKey(type.code())) {
            InvalidValueException refusal = redefinition(type.code());
            cursor.error(ReadErrorCode.JSON_VALUE, pointer + "/code", where, refusal.zh(), refusal.getMessage());
            return false;
        }
        known.put(type.code(), type);
        return true;
    }

    /**
     * Defines a custom type that a JSON Lines writer is about to write, refusing one that a reader
     * would refuse ({@link #define}).
     *
     * @param type the type
     * @throws InvalidValueException if its code is built in or was defined before
     */
    void defineWritten(StudioType type) {
        if (known.containsKey(type.code())) {
            throw redefinition(type.code());
        }
        known.put(type.code(), type);
    }

    /**
     * Tells whether a type is the one its code stands for here, built in or defined.
     *
     * @param type the type
     * @return true if it is
     */
    boolean has(StudioType type) {
        return type.equals(known.get(type.code()));
    }

    /**
     * Checks the type of a studio that a JSON Lines writer is about to write: a reader would read its
     * code as the built-in or defined type of that code, so that type must be the studio's. A code
     * neither built in nor defined here passes: the lines may go to a file whose earlier lines, written
     * elsewhere, define it, as {@link JsonLinesReader#parseLine(String, long, Collection)} reads a line
     * with the types of the lines before it.
     *
     * @param studio the studio
     * @throws InvalidValueException if a built-in or defined type of the code differs, as
     *     {@link #customTypesOf} refuses it
     */
    void checkWritten(Studio studio) {
        StudioType type = known.get(studio.type().code());
        if (type != null && !type.equals(studio.type())) {
            throw differs(studio);
        }
    }

    /** The refusal of a definition whose code is built in or defined before, as a reader reports it. */
    private static InvalidValueException redefinition(String code) {
        boolean builtIn = StudioType.builtIn(code).isPresent();
        return new InvalidValueException((builtIn ? "不能重新定义内置工作室类型" : "工作室类型重复定义") + Checks.quoteZh(code),
                (builtIn ? "must not redefine the built-in studio type " : "studio type defined twice: ")
                        + Checks.quote(code));
    }

    /** The refusal of a studio whose type differs from another of the same code. */
    private static InvalidValueException differs(Studio studio) {
        return new InvalidValueException("工作室 " + studio.id() + " 的类型代码“" + Checks.shorten(studio.type().code())
                + "”与另一个同代码的类型不同", "Studio " + studio.id() + " uses a studio type with code "
                + Checks.quote(studio.type().code()) + " that differs from another type with that code");
    }

    /** Stops deferring: codes read from now on must already be defined. */
    void seal() {
        deferring = false;
    }

    /**
     * Reports deferred codes that stayed unknown and replaces the provisional types of a dataset.
     *
     * @param dataset the dataset read, or null if it had errors
     * @param cursor the cursor
     * @return the dataset with resolved types, or null after reporting an error
     */
    Dataset finish(Dataset dataset, Cursor cursor) {
        if (pending.isEmpty()) {
            return dataset;
        }
        Map<StudioType, StudioType> replacement = new IdentityHashMap<>();
        for (Pending p : pending) {
            StudioType type = known.get(p.code());
            if (type == null) {
                unknown(cursor, p.code(), p.pointer(), p.where());
            } else {
                replacement.put(provisional.get(p.code()), type);
            }
        }
        if (dataset == null || cursor.errorCount() > 0) {
            return null;
        }
        List<Cluster> clusters = new ArrayList<>();
        for (Cluster cluster : dataset.clusters()) {
            List<Studio> studios = new ArrayList<>();
            for (Studio s : cluster.studios()) {
                StudioType type = replacement.getOrDefault(s.type(), s.type());
                studios.add(type == s.type() ? s : new Studio(s.id(), s.name(), type, s.level(), s.hostInstitution(),
                        s.researchDirection(), s.stages(), s.subjects(), s.cycle(), s.status(), s.memberships(),
                        s.evaluations(), s.activities(), s.mentoringPairs(), s.certificates()));
            }
            clusters.add(cluster.withStudios(studios));
        }
        return dataset.withClusters(clusters);
    }

    /**
     * Returns the custom studio types that the studios of a dataset use, sorted by code.
     *
     * @param dataset the dataset
     * @return the types that are not built in
     * @throws IllegalArgumentException if two different types share a code, or a type reuses a built-in code
     */
    static List<StudioType> customTypesOf(Dataset dataset) {
        Map<String, StudioType> custom = new TreeMap<>();
        for (Studio studio : dataset.studios()) {
            StudioType type = studio.type();
            StudioType builtIn = StudioType.builtIn(type.code()).orElse(null);
            if (type.equals(builtIn)) {
                continue;
            }
            StudioType earlier = builtIn != null ? builtIn : custom.putIfAbsent(type.code(), type);
            if (earlier != null && !earlier.equals(type)) {
                throw differs(studio);
            }
        }
        return List.copyOf(custom.values());
    }
}
