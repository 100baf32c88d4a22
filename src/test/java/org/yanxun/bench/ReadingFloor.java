package org.yanxun.bench;

import java.time.LocalDate;
import org.yanxun.Certificate;
import org.yanxun.Cluster;
import org.yanxun.Dataset;
import org.yanxun.Identifier;
import org.yanxun.Institution;
import org.yanxun.Membership;
import org.yanxun.MentoringPair;
import org.yanxun.Person;
import org.yanxun.Studio;

/**
 * The floor of the engine benchmark: one pass over a dataset that reads, in the order
 * {@link HandWrittenChecks} reads them, the parts of it that any implementation of its checks must
 * reach, and keeps nothing: every identifier declared or referred to, hashed as a lookup hashes it, and
 * each studio's cycle and each membership's tier and dates, compared with the day of validation. It
 * compares no identifiers, reads no host's {@code Person}, and has no map, no set and no state from one
 * record to the next, so it does none of the checks; any validator doing them reads at least this much. Its time tells how reading the data
 * alone grows with the data on the machine at hand: when a data set outgrows the processor's caches,
 * every object read costs more, whatever is done with it.
 */
final class ReadingFloor {

    private ReadingFloor() {
    }

    /**
     * What a pass read: how many identifiers, and a digest of their hashes and of the dates compared, so
     * that no read can be left out by the compiler.
     *
     * @param identifiers the identifiers read, declared and referred to
     * @param digest a sum over everything read
     */
    record Reading(long identifiers, long digest) {
    }

    static Reading run(Dataset dataset, LocalDate asOf) {
        Tally tally = new Tally();
        for (Person person : dataset.persons()) {
            tally.read(person.id());
        }
        for (Institution institution : dataset.institutions()) {
            tally.read(institution.id());
        }
        for (Person person : dataset.persons()) {
            person.employer().ifPresent(tally::read);
        }
        for (Cluster cluster : dataset.clusters()) {
            tally.read(cluster.id());
            tally.read(cluster.organiser());
            tally.read(cluster.undertaker());
        }
        for (Studio studio : dataset.studios()) {
            tally.read(studio.id());
            tally.read(studio.hostInstitution());
            for (MentoringPair pair : studio.mentoringPairs()) {
                tally.read(pair.mentor());
                tally.read(pair.apprentice());
            }
            for (Certificate certificate : studio.certificates()) {
                tally.read(certificate.issuer());
                certificate.holder().ifPresent(tally::read);
            }
            tally.digest += studio.type().code().hashCode() + studio.cycle().years() + studio.status().ordinal()
                    + (studio.cycle().isActiveOn(asOf) ? 1 : 0);
            for (Membership m : studio.memberships()) {
                tally.read(m.person());
                tally.digest += m.tier().ordinal() + (m.isActiveOn(asOf) ? 1 : 0);
            }
        }
        return new Reading(tally.identifiers, tally.digest);
    }

    private static final class Tally {
        long identifiers;
        long digest;

        void read(Identifier id) {
            identifiers++;
            digest += id.hashCode();
        }
    }
}
