package org.yanxun.internal;

import java.util.AbstractList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.RandomAccess;
import java.util.Set;
import org.yanxun.Membership;
import org.yanxun.PersonId;

/**
 * The unmodifiable memberships of a studio, which know from when they were made whether any person holds
 * more than one of them. Rules that count a studio's persons count a person listed twice once, so they
 * would otherwise read every member's identifier at each validation; in a data set too large for the
 * processor's caches that read is most of their time, while a studio's identifiers are at hand when the
 * studio is made.
 */
public final class Memberships extends AbstractList<Membership> implements RandomAccess {

    /** How many memberships the bits of a {@code long} tell apart by hash before a set is used. */
    private static final int MASKED = Long.SIZE;

    private final Membership[] items;
    private final boolean eachPersonOnce;

    private Memberships(Membership[] items) {
        this.items = items;
        this.eachPersonOnce = namesEachPersonOnce(items);
    }

    /**
     * Copies memberships, rejecting null ones.
     *
     * @param memberships the memberships, not null
     * @param name the name of the field, for the message
     * @return an unmodifiable copy
     * @throws NullPointerException naming the field if the collection or an element is null
     */
    public static List<Membership> of(Collection<? extends Membership> memberships, String name) {
        return new Memberships(Checks.list(memberships, name).toArray(new Membership[0]));
    }

    /**
     * Tells whether some memberships name each person at most once, as their list knew when it was made;
     * false if it is another list, whose persons have not been compared.
     *
     * @param memberships the memberships
     * @return true only if no person holds two of them
     */
    public static boolean eachPersonOnce(List<Membership> memberships) {
        return memberships instanceof Memberships known && known.eachPersonOnce;
    }

    private static boolean namesEachPersonOnce(Membership[] items) {
        if (items.length > MASKED) {
            Set<PersonId> seen = new HashSet<>();
            for (Membership membership : items) {
                if (!seen.add(membership.person())) {
                    return false;
                }
            }
            return true;
        }
        long hashes = 0;
        for (int i = 0; i < items.length; i++) {
            long bit = 1L << (items[i].person().hashCode() * 0x9E3779B9 >>> 26);
            if ((hashes & bit) != 0 && isListedBefore(items, i)) {
                return false;
            }
            hashes |= bit;
        }
        return true;
    }

    private static boolean isListedBefore(Membership[] items, int index) {
        for (int i = 0; i < index; i++) {
            if (items[i].person().equals(items[index].person())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Membership get(int index) {
        return items[index];
    }

    @Override
    public int size() {
        return items.length;
    }
}
