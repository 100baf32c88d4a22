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

    /** An identifier of a kind: the key of identity rules. */
    record Key(Kind kind, String id) {
    }

    /** Emits the identifier the record declares, at the location of its {@code id}. */
    static void declared(Entity entity, BiConsumer<Key, Location> out) {
        if (entity instanceof Entity.OfPerson e) {
            out.accept(new Key(Kind.PERSON, e.person().id().value()), e.location().child("id"));
        } else if (entity instanceof Entity.OfInstitution e) {
            out.accept(new Key(Kind.INSTITUTION, e.institution().id().value()), e.location().child("id"));
        } else if (entity instanceof Entity.OfCluster e) {
            out.accept(new Key(Kind.CLUSTER, e.cluster().id().value()), e.location().child("id"));
        } else if (entity instanceof Entity.OfStudio e) {
            out.accept(new Key(Kind.STUDIO, e.studio().id().value()), e.location().child("id"));
        } else if (entity instanceof Entity.OfAlliance e) {
            out.accept(new Key(Kind.ALLIANCE, e.alliance().id().value()), e.location().child("id"));
        } else if (entity instanceof Entity.OfSession e) {
            out.accept(new Key(Kind.SESSION, e.session().id().value()), e.location().child("id"));
        } else if (entity instanceof Entity.OfExchange e) {
            out.accept(new Key(Kind.EXCHANGE, e.exchange().id().value()), e.location().child("id"));
        } else if (entity instanceof Entity.OfResource e) {
            out.accept(new Key(Kind.RESOURCE, e.resource().id().value()), e.location().child("id"));
        } else if (entity instanceof Entity.OfProject e) {
            out.accept(new Key(Kind.PROJECT, e.project().id().value()), e.location().child("id"));
        }
    }

    /** Emits every identifier the record refers to, at the location of the reference. */
    static void referred(Entity entity, BiConsumer<Key, Location> out) {
        Location at = entity.location();
        if (entity instanceof Entity.OfPerson e) {
            Person person = e.person();
            person.employer().ifPresent(id -> ref(out, Kind.INSTITUTION, id, at.child("employer")));
        } else if (entity instanceof Entity.OfCluster e) {
            Cluster cluster = e.cluster();
            ref(out, Kind.INSTITUTION, cluster.organiser(), at.child("organiser"));
            ref(out, Kind.INSTITUTION, cluster.undertaker(), at.child("undertaker"));
        } else if (entity instanceof Entity.OfStudio e) {
            studio(e.studio(), at, out);
            ref(out, Kind.CLUSTER, e.cluster(), parentReference(at, "cluster"));
        } else if (entity instanceof Entity.OfAlliance e) {
            Alliance alliance = e.alliance();
            alliance.parent().ifPresent(id -> ref(out, Kind.ALLIANCE, id, at.child("parent")));
            for (int i = 0; i < alliance.members().size(); i++) {
                ref(out, Kind.INSTITUTION, alliance.members().get(i).institution(), at.child("members", i, "institution"));
            }
        } else if (entity instanceof Entity.OfSession e) {
            session(e.session(), at, out);
            ref(out, Kind.ALLIANCE, e.alliance(), parentReference(at, "alliance"));
        } else if (entity instanceof Entity.OfExchange e) {
            Exchange exchange = e.exchange();
            ref(out, Kind.INSTITUTION, exchange.from(), at.child("from"));
            ref(out, Kind.INSTITUTION, exchange.to(), at.child("to"));
            for (int i = 0; i < exchange.participants().size(); i++) {
                ref(out, Kind.PERSON, exchange.participants().get(i), at.child("participants", i));
            }
            ref(out, Kind.ALLIANCE, e.alliance(), parentReference(at, "alliance"));
        } else if (entity instanceof Entity.OfResource e) {
            SharedResource resource = e.resource();
            ref(out, Kind.INSTITUTION, resource.contributor(), at.child("contributor"));
            ref(out, Kind.ALLIANCE, e.alliance(), parentReference(at, "alliance"));
        } else if (entity instanceof Entity.OfProject e) {
            ProjectCommunity project = e.project();
            for (int i = 0; i < project.members().size(); i++) {
                ProjectMember member = project.members().get(i);
                Location m = at.child("members", i);
                ref(out, Kind.PERSON, member.person(), m.child("person"));
                ref(out, Kind.INSTITUTION, member.institution(), m.child("institution"));
                member.studio().ifPresent(id -> ref(out, Kind.STUDIO, id, m.child("studio")));
            }
        }
    }

    private static void studio(Studio studio, Location at, BiConsumer<Key, Location> out) {
        ref(out, Kind.INSTITUTION, studio.hostInstitution(), at.child("hostInstitution"));
        for (int i = 0; i < studio.memberships().size(); i++) {
            Membership membership = studio.memberships().get(i);
            ref(out, Kind.PERSON, membership.person(), at.child("memberships", i, "person"));
        }
        for (int i = 0; i < studio.mentoringPairs().size(); i++) {
            MentoringPair pair = studio.mentoringPairs().get(i);
            ref(out, Kind.PERSON, pair.mentor(), at.child("mentoringPairs", i, "mentor"));
            ref(out, Kind.PERSON, pair.apprentice(), at.child("mentoringPairs", i, "apprentice"));
        }
        for (int i = 0; i < studio.certificates().size(); i++) {
            Certificate certificate = studio.certificates().get(i);
            Location c = at.child("certificates", i);
            ref(out, Kind.INSTITUTION, certificate.issuer(), c.child("issuer"));
            certificate.holder().ifPresent(id -> ref(out, Kind.PERSON, id, c.child("holder")));
        }
    }

    private static void session(JointSession session, Location at, BiConsumer<Key, Location> out) {
        for (int i = 0; i < session.units().size(); i++) {
            ref(out, Kind.INSTITUTION, session.units().get(i).institution(), at.child("units", i, "institution"));
        }
        for (int i = 0; i < session.experts().size(); i++) {
            Expert expert = session.experts().get(i);
            Location x = at.child("experts", i, "institution");
            expert.institution().ifPresent(id -> ref(out, Kind.INSTITUTION, id, x));
        }
        for (int i = 0; i < session.presentations().size(); i++) {
            ref(out, Kind.PERSON, session.presentations().get(i).speaker(), at.child("presentations", i, "speaker"));
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

    private static void ref(BiConsumer<Key, Location> out, Kind kind, Identifier id, Location at) {
        out.accept(new Key(kind, id.value()), at);
    }
}
