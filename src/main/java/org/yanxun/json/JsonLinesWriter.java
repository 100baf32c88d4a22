package org.yanxun.json;

import java.io.Closeable;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.yanxun.Alliance;
import org.yanxun.AllianceId;
import org.yanxun.Cluster;
import org.yanxun.ClusterId;
import org.yanxun.Dataset;
import org.yanxun.Exchange;
import org.yanxun.Institution;
import org.yanxun.InvalidValueException;
import org.yanxun.JointSession;
import org.yanxun.Person;
import org.yanxun.ProjectCommunity;
import org.yanxun.SharedResource;
import org.yanxun.Studio;
import org.yanxun.StudioType;
import org.yanxun.internal.Checks;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * A streaming writer of JSON Lines: one record per line, each ended by {@code \n}, such as
 * <pre>{@code
 * try (JsonLinesWriter out = JsonLinesWriter.to(stream)) {
 *     out.person(person);
 *     out.cluster(cluster); // the cluster, then one line per studio
 * }
 * }</pre>
 *
 * <p>Records are {@code {"type":NAME, [parent,] NAME:ENTITY}} in the form {@link JsonLinesReader}
 * reads; output is deterministic UTF-8. A studio that uses a custom studio type must follow a
 * {@link #studioType} line defining it; {@link #dataset} writes those this writer has not written
 * yet first. What a reader or the {@link DatasetWriter} would refuse is refused, before any of its
 * line is written, with an {@link IllegalArgumentException} in Chinese and English: a studio type
 * with a built-in code or a code this writer defined before, and a studio whose type differs from the
 * built-in or defined type of its code. So is what a reader would give back changed: a child line names
 * its cluster or alliance by identifier only, and a reader gives it to the first record of that
 * identifier, so a cluster with studios, or an alliance with sessions, exchanges or resources, whose
 * identifier this writer has written before is refused. A studio whose custom type this writer has not
 * defined is written: the file's earlier lines, written elsewhere, may define it (a reader refuses it
 * otherwise).
 * Closing the writer flushes it but does not close the stream; a record written after is refused
 * ({@link IllegalStateException}).
 *
 * <p>A stream that fails part-way through a line ({@link UncheckedIOException}) may hold the line's
 * start, which readers refuse; the writer then writes no more lines ({@link IllegalStateException}).
 * Lines are buffered, so the failure surfaces at the write that flushed them, which may come some lines
 * after the line the stream stopped in.
 * Writing a whole dataset to a file leaves the file as it was if anything fails.
 *
 * <p>Not thread-safe: one writer belongs to one stream.
 */
public final class JsonLinesWriter implements Closeable {

    private final JsonGenerator generator;
    /** The built-in studio types and the custom ones this writer has defined. */
    private final StudioTypes types = StudioTypes.forLines();
    /** The clusters and alliances this writer has written, whose identifiers no later parent may repeat. */
    private final Set<ClusterId> clusters = new HashSet<>();
    private final Set<AllianceId> alliances = new HashSet<>();
    /** The lines this writer has written. */
    private long lines;
    /** The line that failed part-way, after which nothing more is written, or 0. */
    private long failedLine;
    private boolean closed;

    private JsonLinesWriter(OutputStream out) {
        this.generator = Generators.open(Objects.requireNonNull(out, "out"), false);
    }

    /**
     * Opens a writer on a stream.
     *
     * @param out the stream, not null; left open by {@link #close()}
     * @return the writer
     */
    public static JsonLinesWriter to(OutputStream out) {
        return new JsonLinesWriter(out);
    }

    /**
     * Writes a whole dataset to a stream: studio types, persons, institutions, each cluster followed
     * by its studios, each alliance followed by its sessions, exchanges and resources, then projects.
     *
     * @param dataset the dataset, not null
     * @param out the stream, not null; flushed, not closed
     * @throws UncheckedIOException if the stream fails
     * @throws IllegalArgumentException if two different studio types used in the dataset share a code, or a
     *     cluster or alliance with children repeats the identifier of one before it
     */
    public static void write(Dataset dataset, OutputStream out) {
        try (JsonLinesWriter writer = to(out)) {
            writer.dataset(dataset);
        }
    }

    /**
     * Writes a whole dataset to a file, replacing it once every line is written: if writing fails, the
     * file is left as it was.
     * A file replaced keeps its POSIX permissions, a new one gets the default ones, and a symbolic link
     * is followed to the file it points to. A pipe, a device or a descriptor such as {@code /dev/stdout}
     * is not replaced but written at its end, as far as the writing gets.
     *
     * @param dataset the dataset, not null
     * @param path the file, not null
     * @throws UncheckedIOException if the file cannot be written
     * @throws IllegalArgumentException if two different studio types used in the dataset share a code, or a
     *     cluster or alliance with children repeats the identifier of one before it
     */
    public static void write(Dataset dataset, Path path) {
        Objects.requireNonNull(dataset, "dataset");
        DocumentOutput.replace(path, out -> write(dataset, out));
    }

    /**
     * Writes a whole dataset to a string.
     *
     * @param dataset the dataset, not null
     * @return the lines
     * @throws IllegalArgumentException if two different studio types used in the dataset share a code, or a
     *     cluster or alliance with children repeats the identifier of one before it
     */
    public static String writeToString(Dataset dataset) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        write(dataset, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes a whole dataset, in the order described at {@link #write(Dataset, OutputStream)}; a custom
     * studio type this writer has written before is not written again.
     *
     * @param dataset the dataset, not null
     * @return this writer
     * @throws IllegalArgumentException if two different studio types used in the dataset share a code,
     *     or one differs from a type this writer defined with that code, or a cluster or alliance with
     *     children repeats the identifier of one before it (as {@link #cluster} and {@link #alliance}
     *     refuse it); nothing of the dataset is written then
     */
    public JsonLinesWriter dataset(Dataset dataset) {
        Objects.requireNonNull(dataset, "dataset");
        writable();
        Set<ClusterId> clusterIds = new HashSet<>(clusters);
        dataset.clusters().forEach(cluster -> claim(clusterIds, cluster));
        Set<AllianceId> allianceIds = new HashSet<>(alliances);
        dataset.alliances().forEach(alliance -> claim(allianceIds, alliance));
        for (StudioType type : StudioTypes.customTypesOf(dataset)) {
            if (!types.has(type)) {
                studioType(type);
            }
        }
        dataset.persons().forEach(this::person);
        dataset.institutions().forEach(this::institution);
        dataset.clusters().forEach(this::cluster);
        dataset.alliances().forEach(this::alliance);
        dataset.projects().forEach(this::project);
        return this;
    }

    /**
     * Writes a person record.
     *
     * @param person the person, not null
     * @return this writer
     */
    public JsonLinesWriter person(Person person) {
        return line(RecordType.PERSON, null, EntityCodecs.PERSON, person);
    }

    /**
     * Writes an institution record.
     *
     * @param institution the institution, not null
     * @return this writer
     */
    public JsonLinesWriter institution(Institution institution) {
        return line(RecordType.INSTITUTION, null, EntityCodecs.INSTITUTION, institution);
    }

    /**
     * Writes a custom studio type record.
     *
     * @param type the studio type, not null
     * @return this writer
     * @throws IllegalArgumentException if its code is built in or this writer defined it before
     */
    public JsonLinesWriter studioType(StudioType type) {
        Objects.requireNonNull(type, "type");
        writable();
        types.defineWritten(type);
        return line(RecordType.STUDIO_TYPE, null, EntityCodecs.STUDIO_TYPE, type);
    }

    /**
     * Writes a cluster record without its studios, then one studio record per studio.
     *
     * @param cluster the cluster, not null
     * @return this writer
     * @throws IllegalArgumentException if the type of a studio differs from the built-in type of its
     *     code, or from the type this writer defined with that code, or if the cluster has studios and
     *     this writer has written a cluster of its identifier before (a reader would give them to that
     *     one); nothing of the cluster is written
     */
    public JsonLinesWriter cluster(Cluster cluster) {
        Objects.requireNonNull(cluster, "cluster");
        writable();
        cluster.studios().forEach(types::checkWritten);
        claim(clusters, cluster);
        line(RecordType.CLUSTER, null, EntityCodecs.CLUSTER_LINE, cluster);
        cluster.studios().forEach(studio -> studio(cluster.id(), studio));
        return this;
    }

    /**
     * Writes a studio record.
     *
     * @param cluster the cluster the studio belongs to, not null
     * @param studio the studio, not null
     * @return this writer
     * @throws IllegalArgumentException if its type differs from the built-in type of its code, or from
     *     the type this writer defined with that code
     */
    public JsonLinesWriter studio(ClusterId cluster, Studio studio) {
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(studio, "studio");
        writable();
        types.checkWritten(studio);
        return line(RecordType.STUDIO, cluster.value(), EntityCodecs.STUDIO, studio);
    }

    /**
     * Writes an alliance record without its children, then its session, exchange and resource records.
     *
     * @param alliance the alliance, not null
     * @return this writer
     * @throws IllegalArgumentException if the alliance has sessions, exchanges or resources and this
     *     writer has written an alliance of its identifier before (a reader would give them to that
     *     one); nothing of the alliance is written
     */
    public JsonLinesWriter alliance(Alliance alliance) {
        Objects.requireNonNull(alliance, "alliance");
        writable();
        claim(alliances, alliance);
        line(RecordType.ALLIANCE, null, EntityCodecs.ALLIANCE_LINE, alliance);
        alliance.sessions().forEach(session -> session(alliance.id(), session));
        alliance.exchanges().forEach(exchange -> exchange(alliance.id(), exchange));
        alliance.resources().forEach(resource -> resource(alliance.id(), resource));
        return this;
    }

    /**
     * Writes a joint session record.
     *
     * @param alliance the alliance the session belongs to, not null
     * @param session the session, not null
     * @return this writer
     */
    public JsonLinesWriter session(AllianceId alliance, JointSession session) {
        Objects.requireNonNull(alliance, "alliance");
        return line(RecordType.SESSION, alliance.value(), EntityCodecs.SESSION, session);
    }

    /**
     * Writes an exchange record.
     *
     * @param alliance the alliance the exchange belongs to, not null
     * @param exchange the exchange, not null
     * @return this writer
     */
    public JsonLinesWriter exchange(AllianceId alliance, Exchange exchange) {
        Objects.requireNonNull(alliance, "alliance");
        return line(RecordType.EXCHANGE, alliance.value(), EntityCodecs.EXCHANGE, exchange);
    }

    /**
     * Writes a shared resource record.
     *
     * @param alliance the alliance the resource belongs to, not null
     * @param resource the resource, not null
     * @return this writer
     */
    public JsonLinesWriter resource(AllianceId alliance, SharedResource resource) {
        Objects.requireNonNull(alliance, "alliance");
        return line(RecordType.RESOURCE, alliance.value(), EntityCodecs.RESOURCE, resource);
    }

    /**
     * Writes a project community record.
     *
     * @param project the project community, not null
     * @return this writer
     */
    public JsonLinesWriter project(ProjectCommunity project) {
        return line(RecordType.PROJECT, null, EntityCodecs.PROJECT, project);
    }

    private <T> JsonLinesWriter line(RecordType type, String parent, ObjectCodec<T> codec, T entity) {
        Objects.requireNonNull(entity, type.recordName());
        writable();
        long number = lines + 1;
        try {
            LineCodec.write(generator, type, parent, codec, entity);
            generator.writeRaw('\n');
        } catch (JacksonException e) {
            failedLine = number;
            throw Generators.failure(e);
        }
        lines = number;
        return this;
    }

    /** Adds a cluster's identifier to those written, refusing a cluster with studios that repeats one. */
    private static void claim(Set<ClusterId> written, Cluster cluster) {
        if (!written.add(cluster.id()) && !cluster.studios().isEmpty()) {
            throw new InvalidValueException("集群标识" + Checks.quoteZh(cluster.id().value())
                    + "重复，且后一个集群有工作室：工作室行只凭集群标识归属，读回时会归入第一个同标识的集群",
                    "the cluster identifier " + Checks.quote(cluster.id().value()) + " is repeated by a cluster"
                            + " with studios: a studio line names its cluster by identifier only, so a reader"
                            + " would give them to the first cluster of that identifier");
        }
    }

    /** Adds an alliance's identifier to those written, refusing an alliance with children that repeats one. */
    private static void claim(Set<AllianceId> written, Alliance alliance) {
        boolean parent = !alliance.sessions().isEmpty() || !alliance.exchanges().isEmpty()
                || !alliance.resources().isEmpty();
        if (!written.add(alliance.id()) && parent) {
            throw new InvalidValueException("联盟标识" + Checks.quoteZh(alliance.id().value())
                    + "重复，且后一个联盟有联合研修、交流或共享资源：这些行只凭联盟标识归属，读回时会归入第一个同标识的联盟",
                    "the alliance identifier " + Checks.quote(alliance.id().value()) + " is repeated by an alliance"
                            + " with sessions, exchanges or resources: their lines name their alliance by identifier"
                            + " only, so a reader would give them to the first alliance of that identifier");
        }
    }

    /** Refuses to write once the writer is closed, or once a line failed part-way. */
    private void writable() {
        if (closed) {
            throw new IllegalStateException("This writer is closed");
        }
        if (failedLine > 0) {
            throw new IllegalStateException("This writer writes no more lines: writing failed at line " + failedLine
                    + "; lines are buffered, so the output may end inside that line or an earlier one");
        }
    }

    /**
     * Flushes the lines written; the stream stays open. Closing a closed writer does nothing.
     *
     * @throws UncheckedIOException if the stream fails
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            generator.close();
        } catch (JacksonException e) {
            throw Generators.failure(e);
        }
    }
}
