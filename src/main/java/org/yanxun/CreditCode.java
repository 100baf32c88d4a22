package org.yanxun;

import java.util.Objects;
import org.yanxun.internal.Checks;

/**
 * A unified social credit code (统一社会信用代码) of GB 32100-2015, such as
 * {@code 91350100M000100Y43}.
 *
 * <p>The code has 18 characters from the alphabet {@code 0-9 A-H J-N P-R T-U W-Y} (no I, O, S, V
 * or Z): a registration authority, an organisation category, a six-digit administrative division
 * code, a nine-character organisation code and a check character computed from the first 17 with
 * the weights of the standard. Every single-character change of a valid code is caught by the
 * check character.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the 18 characters, upper case
 */
public record CreditCode(String value) implements Comparable<CreditCode> {

    /** The 31 characters of the code alphabet, in the order of their numeric values. */
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /**
     * Creates a credit code, checking its invariants.
     *
     * @param value the 18 characters, upper case
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is outside what its parameter allows
     */
    public CreditCode {
        Objects.requireNonNull(value, "value");
        InvalidValueException problem = problem(value);
        if (problem != null) {
            throw problem;
        }
    }

    /**
     * Obtains a credit code from its 18 characters.
     *
     * @param text the code, not null
     * @return the credit code
     * @throws IllegalArgumentException if {@code text} is not a valid credit code
     */
    public static CreditCode parse(String text) {
        return new CreditCode(text);
    }

    /**
     * Tells whether a text is a valid credit code.
     *
     * @param text the text, not null
     * @return true if {@link #parse(String)} would accept it
     */
    public static boolean isValid(String text) {
        return problem(Objects.requireNonNull(text, "text")) == null;
    }

    /**
     * Computes the check character for the first 17 characters of a credit code.
     *
     * @param first17 the first 17 characters, from the code alphabet, not null
     * @return the check character
     * @throws IllegalArgumentException if {@code first17} is not 17 characters of the alphabet
     */
    public static char checkCharacter(String first17) {
        Objects.requireNonNull(first17, "first17");
        if (first17.length() != 17) {
            throw new InvalidValueException("统一社会信用代码主体须为 17 个字符，实为 " + first17.length() + " 个",
                    "Credit code body must be 17 characters, was " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int digit = ALPHABET.indexOf(first17.charAt(i));
            if (digit < 0) {
                String actual = characterAt(first17, i);
                throw new InvalidValueException("统一社会信用代码第 " + (i + 1) + " 位不在代码字符集中："
                        + Checks.quoteZh(actual) + "（代码主体" + Checks.quoteZh(first17) + "）",
                        "Credit code character " + (i + 1) + " is not in the code alphabet: " + Checks.quote(actual)
                        + inCodeEn(first17));
            }
            sum += digit * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** What is wrong with a text as a credit code, or null if nothing is. */
    private static InvalidValueException problem(String text) {
        if (text.length() != 18) {
            return new InvalidValueException("统一社会信用代码须为 18 个字符，实为 " + text.length() + " 个："
                    + Checks.quoteZh(text), "Credit code must be 18 characters, was " + text.length() + ": "
                    + Checks.quote(text));
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(text.charAt(i)) < 0) {
                String actual = characterAt(text, i);
                return new InvalidValueException("统一社会信用代码第 " + (i + 1) + " 位须为 " + ALPHABET + " 之一，实为"
                        + Checks.quoteZh(actual) + inCodeZh(text), "Credit code character " + (i + 1)
                        + " must be one of " + ALPHABET + ", was " + Checks.quote(actual) + inCodeEn(text));
            }
        }
        for (int i = 2; i < 8; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                String division = text.substring(2, 8);
                return new InvalidValueException("统一社会信用代码第 3 至 8 位须为行政区划代码，实为"
                        + Checks.quoteZh(division) + inCodeZh(text), "Credit code characters 3 to 8 must be a division"
                        + " code, was " + Checks.quote(division) + inCodeEn(text));
            }
        }
        char expected = checkCharacter(text.substring(0, 17));
        char actual = text.charAt(17);
        if (actual != expected) {
            return new InvalidValueException("统一社会信用代码校验位应为 " + expected + "，实为 " + actual + inCodeZh(text),
                    "Credit code check character must be " + expected + ", was " + actual + inCodeEn(text));
        }
        return null;
    }

    /** The character at an index of a text, both halves of a surrogate pair if it starts one. */
    private static String characterAt(String text, int index) {
        return text.substring(index, index + Character.charCount(text.codePointAt(index)));
    }

    /** Names the whole code after the part of it a Chinese message quotes: {@code （代码“…”）}. */
    private static String inCodeZh(String text) {
        return "（代码" + Checks.quoteZh(text) + "）";
    }

    /** Names the whole code after the part of it an English message quotes: a space, then {@code (in '…')}. */
    private static String inCodeEn(String text) {
        return " (in " + Checks.quote(text) + ")";
    }

    /**
     * Returns the six digits of the administrative division in which the organisation registered.
     *
     * @return characters 3 to 8 of the code
     */
    public String divisionDigits() {
        return value.substring(2, 8);
    }

    @Override
    public int compareTo(CreditCode other) {
        return value.compareTo(other.value);
    }

    /**
     * Returns the 18 characters.
     *
     * @return the code
     */
    @Override
    public String toString() {
        return value;
    }
}
