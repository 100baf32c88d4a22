package org.yanxun.internal;

/**
 * English wording shared by messages.
 *
 * <p>Not part of the public API.
 */
public final class English {

    private English() {
    }

    /**
     * A count with its noun in the number the count needs, such as {@code 1 member} or {@code 2 members}.
     *
     * @param n the count
     * @param noun the noun in the singular, whose plural adds an {@code s}
     * @return the count and the noun
     */
    public static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
