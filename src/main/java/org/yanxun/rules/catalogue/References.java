package org.yanxun.rules.catalogue;

import java.util.function.BiConsumer;
import org.yanxun.Alliance;
import org.yanxun.Certificate;
import org.yanxun.Cluster;
import org.yanxun.Exchange;
import org.yanxun.Expert;
import org.yanxun.Identifier;
import org.yanxun.JointSession;
import org.yanxun.Membership;
import org.yanxun.MentoringPair;
import org.yanxun.Person;
import org.yanxun.ProjectCommunity;
import org.yanxun.ProjectMember;
import org.yanxun.SharedResource;
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
        }
        return Kind.PROJECT;
    }

    /**
     * Emits the identifier the record declares, with the location of the record: the identifier is at
     * its {@code id} property ({@link #idOf}), built only for a finding.
     */
    static void declared(Entity entity, BiConsumer<Identifier, Location> out) {
        if (entity instanceof Entity.OfPerson e) {
            out.accept(e.person().id(), e.location());
        } else if (entity instanceof Entity.OfInstitution e) {
            out.accept(e.institution().id(), e.location());
        } else if (entity instanceof Entity.OfCluster e) {
            out.accept(e.cluster().id(), e.location());
        } else if (entity instanceof Entity.OfStudio e) {
            out.accept(e.studio().id(), e.location());
        } else if (entity instanceof Entity.OfAlliance e) {
            out.accept(e.alliance().id(), e.location());
        } else if (entity instanceof Entity.OfSession e) {
            out.accept(e.session().id(), e.location());
        } else if (entity instanceof Entity.OfExchange e) {
            out.accept(e.exchange().id(), e.location());
        } else if (entity instanceof Entity.OfResource e) {
            out.accept(e.resource().id(), e.location());
        } else if (entity instanceof Entity.OfProject e) {
            out.accept(e.project().id(), e.location());
        }
    }

    /** The location of the identifier a record at a location declares. */
    static Location idOf(Location record) {
        return record.child("id");
    }

    /** Emits every identifier the record refers to, at the location of the reference. */
    static void referred(Entity entity, BiConsumer<Identifier, Location> out) {
        Location at = entity.location();
        if (entity instanceof Entity.OfPerson e) {
            Person person = e.person();
            person.employer().ifPresent(id -> ref(out, id, at.child("employer")));
        } else if (entity instanceof Entity.OfCluster e) {
            Cluster cluster = e.cluster();
            ref(out, cluster.organiser(), at.child("organiser"));
            ref(out, cluster.undertaker(), at.child("undertaker"));
        } else if (entity instanceof Entity.OfStudio e) {
            studio(e.studio(), at, out);
            ref(out, e.cluster(), parentReference(at, "cluster"));
        } else if (entity instanceof Entity.OfAlliance e) {
            Alliance alliance = e.alliance();
            alliance.parent().ifPresent(id -> ref(out, id, at.child("parent")));
            for (int i = 0; i < alliance.members().size(); i++) {
                ref(out, alliance.members().get(i).institution(), at.child("members", i, "institution"));
            }
        } else if (entity instanceof Entity.OfSession e) {
            session(e.session(), at, out);
            ref(out, e.alliance(), parentReference(at, "alliance"));
        } else if (entity instanceof Entity.OfExchange e) {
            Exchange exchange = e.exchange();
            ref(out, exchange.from(), at.child("from"));
            ref(out, exchange.to(), at.child("to"));
            for (int i = 0; i < exchange.participants().size(); i++) {
                ref(out, exchange.participants().get(i), at.child("participants", i));
            }
            ref(out, e.alliance(), parentReference(at, "alliance"));
        } else if (entity instanceof Entity.OfResource e) {
            SharedResource resource = e.resource();
            ref(out, resource.contributor(), at.child("contributor"));
            ref(out, e.alliance(), parentReference(at, "alliance"));
        } else if (entity instanceof Entity.OfProject e) {
            ProjectCommunity project = e.project();
            for (int i = 0; i < project.members().size(); i++) {
                ProjectMember member = project.members().get(i);
                Location m = at.child("members", i);
                ref(out, member.person(), m.child("person"));
                ref(out, member.institution(), m.child("institution"));
                member.studio().ifPresent(id -> ref(out, id, m.child("studio")));
            }
        }
    }

    private static void studio(Studio studio, Location at, BiConsumer<Identifier, Location> out) {
        ref(out, studio.hostInstitution(), at.child("hostInstitution"));
        for (int i = 0; i < studio.memberships().size(); i++) {
            Membership membership = studio.memberships().get(i);
            ref(out, membership.person(), at.child("memberships", i, "person"));
        }
        for (int i = 0; i < studio.mentoringPairs().size(); i++) {
            MentoringPair pair = studio.mentoringPairs().get(i);
            ref(out, pair.mentor(), at.child("mentoringPairs", i, "mentor"));
            ref(out, pair.apprentice(), at.child("mentoringPairs", i, "apprentice"));
        }
        for (int i = 0; i < studio.certificates().size(); i++) {
            Certificate certificate = studio.certificates().get(i);
            Location c = at.child("certificates", i);
            ref(out, certificate.issuer(), c.child("issuer"));
            certificate.holder().ifPresent(id -> ref(out, id, c.child("holder")));
        }
    }

    private static void session(JointSession session, Location at, BiConsumer<Identifier, Location> out) {
        for (int i = 0; i < session.units().size(); i++) {
            ref(out, session.units().get(i).institution(), at.child("units", i, "institution"));
        }
        for (int i = 0; i < session.experts().size(); i++) {
            Expert expert = session.experts().get(i);
            Location x = at.child("experts", i, "institution");
            expert.institution().ifPresent(id -> ref(out, id, x));
        }
        for (int i = 0; i < session.presentations().size(); i++) {
            ref(out, session.presentations().get(i).speaker(), at.child("presentations", i, "speaker"));
        }
    }

    /**
     * Where a child record names its parent. In a JSON Lines record the reference sits beside the entity
     * ({@code line 12 /cluster}); in a dataset document the parent encloses the child, so the reference
     * always resolves and is never reported.
     */
    private static Location parentReference(Location at, String property) {
        return at.line().isPresent() ? Location.ofLine(at.line().getAsLong()).child(property) : at.child(property);
    }

    private static void ref(BiConsumer<Identifier, Location> out, Identifier id, Location at) {
        out.accept(id, at);
    }
}
