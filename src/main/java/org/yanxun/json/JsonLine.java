package org.yanxun.json;

import java.util.List;
import java.util.Objects;
import org.yanxun.Alliance;
import org.yanxun.AllianceId;
import org.yanxun.Cluster;
import org.yanxun.ClusterId;
import org.yanxun.Exchange;
import org.yanxun.Institution;
import org.yanxun.InvalidValueException;
import org.yanxun.JointSession;
import org.yanxun.Person;
import org.yanxun.ProjectCommunity;
import org.yanxun.SharedResource;
import org.yanxun.Studio;
import org.yanxun.StudioType;

/**
 * One line of a JSON Lines file as read by {@link JsonLinesReader}: an entity with its line number,
 * or the errors of a line that could not be read, such as
 * {@code StudioLine[line=12, cluster=liwan-2026, studio=...]}.
 *
 * <p>Each record of the file is {@code {"type":NAME, [parent reference,] NAME:ENTITY}}, where the
 * entity object has exactly the entity schema of the dataset document. The names are
 * {@code person}, {@code institution}, {@code studioType}, {@code cluster} (without its
 * {@code studios}), {@code studio} (with {@code "cluster":ClusterId}), {@code alliance} (without its
 * {@code sessions}, {@code exchanges} and {@code resources}), {@code session}, {@code exchange} and
 * {@code resource} (each with {@code "alliance":AllianceId}) and {@code project}.
 *
 * <p>Every implementation is immutable and thread-safe.
 */
public sealed interface JsonLine {

    /**
     * Returns the 1-based line number in the file.
     *
     * @return the line number
     */
    long line();

    /**
     * A person record.
     *
     * @param line the line number, at least 1
     * @param person the person, not null
     */
    record PersonLine(long line, Person person) implements JsonLine {
        /**
         * Creates the record, checking its invariants.
         *
         * @param line the line number, at least 1
         * @param person the person, not null
         * @throws IllegalArgumentException if {@code line} is less than 1
         */
        public PersonLine {
            requireLine(line);
            Objects.requireNonNull(person, "person");
        }
    }

    /**
     * An institution record.
     *
     * @param line the line number, at least 1
     * @param institution the institution, not null
     */
    record InstitutionLine(long line, Institution institution) implements JsonLine {
        /**
         * Creates the record, checking its invariants.
         *
         * @param line the line number, at least 1
         * @param institution the institution, not null
         * @throws IllegalArgumentException if {@code line} is less than 1
         */
        public InstitutionLine {
            requireLine(line);
            Objects.requireNonNull(institution, "institution");
        }
    }

    /**
     * A custom studio type record; studios on later lines may use its code.
     *
     * @param line the line number, at least 1
     * @param studioType the studio type, not null
     */
    record StudioTypeLine(long line, StudioType studioType) implements JsonLine {
        /**
         * Creates the record, checking its invariants.
         *
         * @param line the line number, at least 1
         * @param studioType the studio type, not null
         * @throws IllegalArgumentException if {@code line} is less than 1
         */
        public StudioTypeLine {
            requireLine(line);
            Objects.requireNonNull(studioType, "studioType");
        }
    }

    /**
     * A cluster record; its studios are studio records, so {@code cluster.studios()} is empty.
     *
     * @param line the line number, at least 1
     * @param cluster the cluster without studios, not null
     */
    record ClusterLine(long line, Cluster cluster) implements JsonLine {
        /**
         * Creates the record, checking its invariants.
         *
         * @param line the line number, at least 1
         * @param cluster the cluster without studios, not null
         * @throws IllegalArgumentException if {@code line} is less than 1 or the cluster has studios, which
         *     are records of their own
         */
        public ClusterLine {
            requireLine(line);
            Objects.requireNonNull(cluster, "cluster");
            if (!cluster.studios().isEmpty()) {
                throw new InvalidValueException("集群行不含工作室（工作室是单独的行），而它有 " + cluster.studios().size() + " 个",
                        "A cluster line holds no studios (they are lines of their own), but this cluster has "
                                + cluster.studios().size());
            }
        }
    }

    /**
     * A studio record with the cluster it belongs to.
     *
     * @param line the line number, at least 1
     * @param cluster the identifier of the cluster, not null
     * @param studio the studio, not null
     */
    record StudioLine(long line, ClusterId cluster, Studio studio) implements JsonLine {
        /**
         * Creates the record, checking its invariants.
         *
         * @param line the line number, at least 1
         * @param cluster the identifier of the cluster, not null
         * @param studio the studio, not null
         * @throws IllegalArgumentException if {@code line} is less than 1
         */
        public StudioLine {
            requireLine(line);
            Objects.requireNonNull(cluster, "cluster");
            Objects.requireNonNull(studio, "studio");
        }
    }

    /**
     * An alliance record; its sessions, exchanges and resources are records of their own, so those
     * lists are empty.
     *
     * @param line the line number, at least 1
     * @param alliance the alliance without children, not null
     */
    record AllianceLine(long line, Alliance alliance) implements JsonLine {
        /**
         * Creates the record, checking its invariants.
         *
         * @param line the line number, at least 1
         * @param alliance the alliance without children, not null
         * @throws IllegalArgumentException if {@code line} is less than 1 or the alliance has sessions,
         *     exchanges or resources, which are records of their own
         */
        public AllianceLine {
            requireLine(line);
            Objects.requireNonNull(alliance, "alliance");
            int children = alliance.sessions().size() + alliance.exchanges().size() + alliance.resources().size();
            if (children > 0) {
                throw new InvalidValueException("联盟行不含联合研修、交流和资源（它们是单独的行），而它有 " + children + " 项",
                        "An alliance line holds no sessions, exchanges or resources (they are lines of their own), "
                                + "but this alliance has " + children);
            }
        }
    }

    /**
     * A joint session record with the alliance it belongs to.
     *
     * @param line the line number, at least 1
     * @param alliance the identifier of the alliance, not null
     * @param session the session, not null
     */
    record SessionLine(long line, AllianceId alliance, JointSession session) implements JsonLine {
        /**
         * Creates the record, checking its invariants.
         *
         * @param line the line number, at least 1
         * @param alliance the identifier of the alliance, not null
         * @param session the session, not null
         * @throws IllegalArgumentException if {@code line} is less than 1
         */
        public SessionLine {
            requireLine(line);
            Objects.requireNonNull(alliance, "alliance");
            Objects.requireNonNull(session, "session");
        }
    }

    /**
     * An exchange record with the alliance it belongs to.
     *
     * @param line the line number, at least 1
     * @param alliance the identifier of the alliance, not null
     * @param exchange the exchange, not null
     */
    record ExchangeLine(long line, AllianceId alliance, Exchange exchange) implements JsonLine {
        /**
         * Creates the record, checking its invariants.
         *
         * @param line the line number, at least 1
         * @param alliance the identifier of the alliance, not null
         * @param exchange the exchange, not null
         * @throws IllegalArgumentException if {@code line} is less than 1
         */
        public ExchangeLine {
            requireLine(line);
            Objects.requireNonNull(alliance, "alliance");
            Objects.requireNonNull(exchange, "exchange");
        }
    }

    /**
     * A shared resource record with the alliance it belongs to.
     *
     * @param line the line number, at least 1
     * @param alliance the identifier of the alliance, not null
     * @param resource the resource, not null
     */
    record ResourceLine(long line, AllianceId alliance, SharedResource resource) implements JsonLine {
        /**
         * Creates the record, checking its invariants.
         *
         * @param line the line number, at least 1
         * @param alliance the identifier of the alliance, not null
         * @param resource the resource, not null
         * @throws IllegalArgumentException if {@code line} is less than 1
         */
        public ResourceLine {
            requireLine(line);
            Objects.requireNonNull(alliance, "alliance");
            Objects.requireNonNull(resource, "resource");
        }
    }

    /**
     * A project community record.
     *
     * @param line the line number, at least 1
     * @param project the project community, not null
     */
    record ProjectLine(long line, ProjectCommunity project) implements JsonLine {
        /**
         * Creates the record, checking its invariants.
         *
         * @param line the line number, at least 1
         * @param project the project community, not null
         * @throws IllegalArgumentException if {@code line} is less than 1
         */
        public ProjectLine {
            requireLine(line);
            Objects.requireNonNull(project, "project");
        }
    }

    /**
     * A line that could not be read, with every error found in it.
     *
     * @param line the line number, at least 1
     * @param errors the errors, not empty
     */
    record ErrorLine(long line, List<ReadError> errors) implements JsonLine {
        /**
         * Creates the record, checking its invariants.
         *
         * @param line the line number, at least 1
         * @param errors the errors, not empty
         * @throws IllegalArgumentException if {@code line} is less than 1 or {@code errors} is empty
         */
        public ErrorLine {
            requireLine(line);
            errors = List.copyOf(Objects.requireNonNull(errors, "errors"));
            if (errors.isEmpty()) {
                throw new InvalidValueException("错误行至少要有一个错误", "An error line must hold at least one error");
            }
        }

        /**
         * Returns a summary, bounded however many errors the line has, such as
         * {@code ErrorLine[line=3, 1 error: JSON_MISSING at /studio (line 3, column 1): ...]}.
         *
         * @return the summary
         */
        @Override
        public String toString() {
            return "ErrorLine[line=" + line + ", " + ReadError.summary(errors) + "]";
        }
    }

    /** Refuses a line number below 1, as every line record's constructor does. */
    private static void requireLine(long line) {
        if (line < 1) {
            throw new InvalidValueException("行号至少为 1，实为 " + line, "Line must be at least 1, was " + line);
        }
    }
}
