package org.yanxun.internal;

import java.util.List;
import java.util.Locale;

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
        return n + " " + (n == 1 ? noun : plural(noun));
    }

    /**
     * A noun phrase with its indefinite article, such as {@code a studio} or {@code an education-expert studio}:
     * {@code an} before a vowel letter but for the {@code u} of {@code uni-}, {@code use} and {@code usu-},
     * which sound as {@code you}.
     *
     * @param phrase the noun phrase, not empty
     * @return the phrase after {@code a} or {@code an}
     */
    public static String indefinite(String phrase) {
        String lower = phrase.toLowerCase(Locale.ROOT);
        boolean vowel = "aeiou".indexOf(lower.charAt(0)) >= 0
                && !(lower.startsWith("uni") || lower.startsWith("use") || lower.startsWith("usu"));
        return (vowel ? "an " : "a ") + phrase;
    }

    /**
     * The plural of a noun that adds an {@code s}, such as {@code online trainees}.
     *
     * @param noun the noun in the singular, not null
     * @return the noun in the plural
     */
    public static String plural(String noun) {
        return noun + "s";
    }

    /**
     * Items as an English sentence lists them, the last two joined by a conjunction, such as
     * {@code preschool, junior secondary school or senior secondary school}.
     *
     * @param conjunction the word before the last item, such as {@code and} or {@code or}, not null
     * @param items the items, not null
     * @return the items joined, or an empty text for no item
     */
    public static String list(String conjunction, List<String> items) {
        int n = items.size();
        if (n <= 1) {
            return n == 0 ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, n - 1)) + " " + conjunction + " " + items.get(n - 1);
    }

    /**
     * Continues an English message after a colon with another one, such as the refusal of a model's
     * constructor, which starts as a sentence does: {@code Region code must be 6 digits} after
     * {@code wrong format: } reads {@code region code must be 6 digits}. The first letter goes to lower case
     * unless the first word holds another capital, as a code or an acronym does ({@code ID}, {@code GB/T},
     * {@code UTF-8}, {@code JSON}), which keeps its case.
     *
     * @param message the message embedded, or null
     * @return the message with its first letter in lower case, or the message itself (null for null)
     */
    public static String afterColon(String message) {
        if (message == null || message.isEmpty() || !Character.isUpperCase(message.charAt(0))) {
            return message;
        }
        for (int i = 1; i < message.length() && !Character.isWhitespace(message.charAt(i)); i++) {
            if (Character.isUpperCase(message.charAt(i))) {
                return message;
            }
        }
        return Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }
}
