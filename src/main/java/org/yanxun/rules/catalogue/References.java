package org.yanxun.rules.catalogue;

import org.yanxun.Alliance;
import org.yanxun.Certificate;
import org.yanxun.Cluster;
import org.yanxun.Exchange;
import org.yanxun.Expert;
import org.yanxun.Identifier;
import org.yanxun.JointSession;
import org.yanxun.MentoringPair;
import org.yanxun.ProjectCommunity;
import org.yanxun.ProjectMember;
import org.yanxun.Studio;
import org.yanxun.rules.Entity;
import org.yanxun.rules.Location;

/**
 * The identifiers a record declares and the identifiers it refers to, each with its location.
 */
final class References {

    private References() {
    }

    /** The kind of entity an identifier names, with its English word. */
    enum Kind {
        PERSON("人员", "person"), INSTITUTION("机构", "institution"), CLUSTER("集群", "cluster"),
        STUDIO("工作室", "studio"), ALLIANCE("联盟", "alliance"), SESSION("联合研修", "session"),
        EXCHANGE("交流", "exchange"), RESOURCE("资源", "resource"), PROJECT("项目", "project");

        final String zh;
        final String en;

        Kind(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }
    }

    /** The kind of entity an identifier names. */
    static Kind kindOf(Identifier id) {
        if (id instanceof org.yanxun.PersonId) {
            return Kind.PERSON;
        } else if (id instanceof org.yanxun.InstitutionId) {
            return Kind.INSTITUTION;
        } else if (id instanceof org.yanxun.ClusterId) {
            return Kind.CLUSTER;
        } else if (id instanceof org.yanxun.StudioId) {
            return Kind.STUDIO;
        } else if (id instanceof org.yanxun.AllianceId) {
            return Kind.ALLIANCE;
        } else if (id instanceof org.yanxun.SessionId) {
            return Kind.SESSION;
        } else if (id instanceof org.yanxun.ExchangeId) {
            return Kind.EXCHANGE;
        } else if (id instanceof org.yanxun.ResourceId) {
            return Kind.RESOURCE;
        } else if (id instanceof org.yanxun.ProjectId) {
            return Kind.PROJECT;
        }
        throw new AssertionError("an identifier of no known kind: " + id.getClass());
    }

    /**
     * Receives the identifier a record declares.
     *
     * @param <T> what receives it, passed through so that a receiver need not capture it
     */
    @FunctionalInterface
    interface Declaration<T> {
        /** Receives the identifier declared by the record at {@code record}. */
        void of(T target, Identifier id, Location record);
    }

    /**
     * Emits the identifier the record declares, with the location of the record: the identifier is at
     * its {@code id} property ({@link #idOf}), built only for a finding.
     */
    static <T> void declared(Entity entity, T target, Declaration<T> out) {
        if (entity instanceof Entity.OfPerson e) {
            out.of(target, e.person().id(), e.location());
        } else if (entity instanceof Entity.OfInstitution e) {
            out.of(target, e.institution().id(), e.location());
        } else if (entity instanceof Entity.OfCluster e) {
            out.of(target, e.cluster().id(), e.location());
        } else if (entity instanceof Entity.OfStudio e) {
            out.of(target, e.studio().id(), e.location());
        } else if (entity instanceof Entity.OfAlliance e) {
            out.of(target, e.alliance().id(), e.location());
        } else if (entity instanceof Entity.OfSession e) {
            out.of(target, e.session().id(), e.location());
        } else if (entity instanceof Entity.OfExchange e) {
            out.of(target, e.exchange().id(), e.location());
        } else if (entity instanceof Entity.OfResource e) {
            out.of(target, e.resource().id(), e.location());
        } else if (entity instanceof Entity.OfProject e) {
            out.of(target, e.project().id(), e.location());
        }
    }

    /** The location of the identifier a record at a location declares. */
    static Location idOf(Location record) {
        return record.child("id");
    }

    /**
     * Receives one reference: the identifier and where it is, below a record's location, so that the
     * location is built only for a reference that is reported ({@link #at}).
     *
     * @param <T> what receives it, passed through so that a receiver need not capture it
     */
    @FunctionalInterface
    interface Reference<T> {
        /**
         * Receives a reference at {@code record/name}, {@code record/name/index} or
         * {@code record/name/index/property}.
         *
         * @param index the array index, or -1 for none
         * @param property the element's property, or null for none
         */
        void to(T target, Identifier id, Location record, String name, int index, String property);
    }

    /** The location of a reference that {@link Reference#to} received. */
    static Location at(Location record, String name, int index, String property) {
        return index < 0 ? record.child(name) : property == null ? record.child(name, index)
                : record.child(name, index, property);
    }

    /** Emits every identifier the record refers to, with where the reference is. */
    static <T> void referred(Entity entity, T target, Reference<T> out) {
        // Each record's location is asked of its own class: a call on Entity, which sees every class of
        // record, would go through the interface's method table.
        if (entity instanceof Entity.OfPerson e) {
            if (e.person().employer().isPresent()) {
                out.to(target, e.person().employer().get(), e.location(), "employer", -1, null);
            }
        } else if (entity instanceof Entity.OfCluster e) {
            Cluster cluster = e.cluster();
            out.to(target, cluster.organiser(), e.location(), "organiser", -1, null);
            out.to(target, cluster.undertaker(), e.location(), "undertaker", -1, null);
        } else if (entity instanceof Entity.OfStudio e) {
            studio(e.studio(), e.location(), target, out);
            out.to(target, e.cluster(), parentOf(e.location()), "cluster", -1, null);
        } else if (entity instanceof Entity.OfAlliance e) {
            Location at = e.location();
            Alliance alliance = e.alliance();
            if (alliance.parent().isPresent()) {
                out.to(target, alliance.parent().get(), at, "parent", -1, null);
            }
            for (int i = 0; i < alliance.members().size(); i++) {
                out.to(target, alliance.members().get(i).institution(), at, "members", i, "institution");
            }
        } else if (entity instanceof Entity.OfSession e) {
            Location at = e.location();
            session(e.session(), at, target, out);
            out.to(target, e.alliance(), parentOf(at), "alliance", -1, null);
        } else if (entity instanceof Entity.OfExchange e) {
            Location at = e.location();
            Exchange exchange = e.exchange();
            out.to(target, exchange.from(), at, "from", -1, null);
            out.to(target, exchange.to(), at, "to", -1, null);
            for (int i = 0; i < exchange.participants().size(); i++) {
                out.to(target, exchange.participants().get(i), at, "participants", i, null);
            }
            out.to(target, e.alliance(), parentOf(at), "alliance", -1, null);
        } else if (entity instanceof Entity.OfResource e) {
            Location at = e.location();
            out.to(target, e.resource().contributor(), at, "contributor", -1, null);
            out.to(target, e.alliance(), parentOf(at), "alliance", -1, null);
        } else if (entity instanceof Entity.OfProject e) {
            Location at = e.location();
            ProjectCommunity project = e.project();
            for (int i = 0; i < project.members().size(); i++) {
                ProjectMember member = project.members().get(i);
                out.to(target, member.person(), at, "members", i, "person");
                out.to(target, member.institution(), at, "members", i, "institution");
                if (member.studio().isPresent()) {
                    out.to(target, member.studio().get(), at, "members", i, "studio");
                }
            }
        }
    }

    private static <T> void studio(Studio studio, Location at, T target, Reference<T> out) {
        out.to(target, studio.hostInstitution(), at, "hostInstitution", -1, null);
        for (int i = 0; i < studio.memberships().size(); i++) {
            out.to(target, studio.memberships().get(i).person(), at, "memberships", i, "person");
        }
        for (int i = 0; i < studio.mentoringPairs().size(); i++) {
            MentoringPair pair = studio.mentoringPairs().get(i);
            out.to(target, pair.mentor(), at, "mentoringPairs", i, "mentor");
            out.to(target, pair.apprentice(), at, "mentoringPairs", i, "apprentice");
        }
        for (int i = 0; i < studio.certificates().size(); i++) {
            Certificate certificate = studio.certificates().get(i);
            out.to(target, certificate.issuer(), at, "certificates", i, "issuer");
            if (certificate.holder().isPresent()) {
                out.to(target, certificate.holder().get(), at, "certificates", i, "holder");
            }
        }
    }

    private static <T> void session(JointSession session, Location at, T target, Reference<T> out) {
        for (int i = 0; i < session.units().size(); i++) {
            out.to(target, session.units().get(i).institution(), at, "units", i, "institution");
        }
        for (int i = 0; i < session.experts().size(); i++) {
            Expert expert = session.experts().get(i);
            if (expert.institution().isPresent()) {
                out.to(target, expert.institution().get(), at, "experts", i, "institution");
            }
        }
        for (int i = 0; i < session.presentations().size(); i++) {
            out.to(target, session.presentations().get(i).speaker(), at, "presentations", i, "speaker");
        }
    }

    /**
     * The location below which a child record names its parent. In a JSON Lines record the reference
     * sits beside the entity ({@code line 12 /cluster}); in a dataset document the parent encloses the
     * child, so the reference always resolves and is never reported.
     */
    private static Location parentOf(Location at) {
        return at.line().isPresent() ? Location.ofLine(at.line().getAsLong()) : at;
    }
}
