package org.yanxun.rules.catalogue;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * How a message lists many items: the first {@value #LISTED}, then how many more there are, so that no
 * message grows with the data.
 */
final class Listing {

    /** The most items a message names before it counts the rest. */
    static final int LISTED = 10;

    private Listing() {
    }

    /**
     * Items joined by a separator: the first {@value #LISTED}, then how many more there are
     * ({@code 化学、物理 …另有 3 个}, {@code chemistry, physics, … and 3 more}).
     */
    static String joined(Collection<?> items, String separator, boolean zh) {
        String first = items.stream().limit(LISTED).map(String::valueOf).collect(Collectors.joining(separator));
        int rest = items.size() - LISTED;
        return rest <= 0 ? first : zh ? first + " " + moreZh(rest) : first + separator + moreEn(rest);
    }

    /** The count of items not named, as a Chinese message says it: {@code …另有 3 个}. */
    static String moreZh(long rest) {
        return "…另有 " + rest + " 个";
    }

    /** The count of items not named, as an English message says it: {@code … and 3 more}. */
    static String moreEn(long rest) {
        return "… and " + rest + " more";
    }
}
