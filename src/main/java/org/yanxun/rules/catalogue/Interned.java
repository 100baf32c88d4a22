package org.yanxun.rules.catalogue;

/**
 * Interns the texts the keyed states keep (JSON Pointers, subject codes, institutions' identifiers)
 * through a small cache in front of {@link String#intern()}, whose table lookup costs more than reading
 * the text on national data. Most of these texts recur (every person line has the pointer
 * {@code /person}), so most lookups end in the cache.
 *
 * <p>The cache is shared by every thread without locks: a slot holds an interned string or null, and a
 * thread that sees a stale slot only interns again. It keeps the last texts it saw after the runs that
 * gave them have ended, so it must not be given personal data: persons' names are interned with
 * {@link String#intern()} alone.
 */
final class Interned {

    /** The slots of the cache, a power of two. */
    static final int SLOTS = 16384;
    private static final String[] RECENT = new String[SLOTS];

    private Interned() {
    }

    /**
     * Returns the canonical copy of a text, as {@link String#intern()} does.
     *
     * @param text the text, not null
     * @return the interned text
     */
    static String of(String text) {
        int hash = text.hashCode();
        int slot = (hash ^ hash >>> 16) & SLOTS - 1;
        String known = RECENT[slot];
        if (known != null && known.equals(text)) {
            return known;
        }
        String interned = text.intern();
        RECENT[slot] = interned;
        return interned;
    }
}
