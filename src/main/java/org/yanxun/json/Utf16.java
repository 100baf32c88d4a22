package org.yanxun.json;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Locale;

/**
 * Checks that text is well-formed UTF-16, with no unpaired surrogate: the parser passes one into the
 * values it reads, and {@link String#getBytes} replaces one with {@code ?}, so text given as a string
 * or a reader would otherwise be read as other text than it holds. Bytes with the same fault are
 * refused as ill-formed UTF-8 ({@link Utf8}).
 */
final class Utf16 {

    private Utf16() {
    }

    /** The Chinese message for an unpaired surrogate, such as U+D800. */
    static String zh(char surrogate) {
        return "输入含不成对的代理码元 " + hex(surrogate) + "：它不是字符，无法以 UTF-8 编码";
    }

    /** The English message for an unpaired surrogate. */
    static String en(char surrogate) {
        return "input holds the unpaired surrogate " + hex(surrogate)
                + ", which is not a character and cannot be encoded as UTF-8";
    }

    private static String hex(char surrogate) {
        return "U+" + Integer.toHexString(surrogate).toUpperCase(Locale.ROOT);
    }

    /**
     * A reader that checks the text read through it. A read that meets an unpaired surrogate returns
     * the characters before it, so that the parser meets any error of its own before the surrogate
     * first, and the next read fails with {@link Utf8.Malformed}, which tells where the surrogate is:
     * its line and column, the column counted in characters from 1 and a line ended, as the parser ends
     * one, by {@code \r\n}, a lone {@code \r} or a lone {@code \n}. A read fails at once if the
     * surrogate is its first character, or before it. Once failed, every read and skip fails alike: no
     * character past the surrogate is returned. A read ends with a high surrogate only if it was asked
     * for one character and the low one is known to follow: otherwise it gives the low one too, or leaves
     * the high one to the next read, so that a high surrogate that ends the text fails as unpaired even
     * where the parser would stop at it as an unexpected character.
     */
    static final class CheckingReader extends FilterReader {
        private final char[] one = new char[1];
        private final TextPosition position = new TextPosition();
        /** The characters the last read returned, in the parser's buffer, and where they are in it. */
        private char[] last;
        private int lastFrom;
        private int lastTo;
        /** The offset in the text of the first character of the last read, and of the character after it. */
        private long lastStart;
        private long end;
        /** A high surrogate that ended the last read, whose low surrogate must start the next, or 0. */
        private char high;
        /** A character read from the text and not yet given to the parser, or -1: see {@link #pairLast}. */
        private int held = -1;
        /** The unpaired surrogate met, which every read after the one that met it throws; or null. */
        private Utf8.Malformed failure;

        CheckingReader(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(char[] b, int off, int len) throws IOException {
            if (failure != null) {
                throw failure;
            }
            if (len == 0) {
                return 0;
            }
            int n;
            if (held >= 0) {
                b[off] = (char) held;
                held = -1;
                n = 1;
            } else {
                n = in.read(b, off, len);
            }
            if (n > 0 && Character.isHighSurrogate(b[off + n - 1])) {
                n = pairLast(b, off, len, n);
            }
            if (n < 0) {
                // No read ends with a high surrogate whose low one it has not seen (pairLast): none is left.
                return n;
            }
            int checked = check(b, off, off + n) - off;
            last = b;
            lastFrom = off;
            lastTo = off + checked;
            lastStart = end;
            end += checked;
            return checked;
        }

        /**
         * Makes a read whose characters end with a high surrogate end with its pair, or before it. A parser
         * that stops at a character that cannot come where it stands (a high surrogate after a document's
         * last value, say) would otherwise report it as unexpected, never asking for the next read, which
         * finds whether the surrogate is paired: an unpaired surrogate is an encoding error wherever it
         * stands, and the last character of a text cannot have a pair.
         *
         * @return the number of characters the read gives
         */
        private int pairLast(char[] b, int off, int len, int n) throws IOException {
            if (n > 1) {
                if (Character.isHighSurrogate(b[off + n - 2])) {
                    return n; // the first is unpaired, which the check finds, giving the characters before it
                }
                held = b[off + n - 1];
                return n - 1;
            }
            int next = in.read();
            if (next >= 0 && len > 1) {
                b[off + 1] = (char) next;
                return 2;
            }
            if (next >= 0 && Character.isLowSurrogate((char) next)) {
                held = next;
                return 1;
            }
            failure = unpaired(b[off], position.column());
            throw failure;
        }

        /**
         * Finds the character where a number stops following JSON's grammar of numbers, in the characters
         * of the last read as they stand in the parser's buffer. Reading text, the parser places an
         * unexpected character after a number's {@code .} or exponent at the {@code .} or the {@code e}
         * when the whole number is in its buffer; this finds the character itself.
         *
         * @param start the offset in the text of the number's first character
         * @param character the character expected there, which the parser names
         * @return the offset in the text of the first character that cannot come where it does, or -1 if
         *     the number does not start in the last read, does not stop before its end, or stops at
         *     another character
         */
        long numberStop(long start, int character) {
            if (last == null || start < lastStart || start >= end) {
                return -1;
            }
            int at = stopOfNumber(lastFrom + (int) (start - lastStart));
            return at < lastTo && last[at] == character ? lastStart + (at - lastFrom) : -1;
        }

        /** The index of the first character, from a number's first, that the grammar of numbers refuses. */
        private int stopOfNumber(int first) {
            int at = first < lastTo && last[first] == '-' ? first + 1 : first;
            if (at < lastTo && last[at] == '0') {
                at++;
            } else if (digits(at) == at) {
                return at;
            } else {
                at = digits(at);
            }
            if (at < lastTo && last[at] == '.') {
                if (digits(at + 1) == at + 1) {
                    return at + 1;
                }
                at = digits(at + 1);
            }
            if (at < lastTo && (last[at] == 'e' || last[at] == 'E')) {
                at++;
                if (at < lastTo && (last[at] == '+' || last[at] == '-')) {
                    at++;
                }
                if (digits(at) == at) {
                    return at;
                }
                at = digits(at);
            }
            return at;
        }

        /** The index after the digits that start at an index, that index if none does. */
        private int digits(int from) {
            int at = from;
            while (at < lastTo && last[at] >= '0' && last[at] <= '9') {
                at++;
            }
            return at;
        }

        @Override
        public boolean ready() throws IOException {
            return held >= 0 || super.ready();
        }

        @Override
        public long skip(long n) throws IOException {
            // Every character passes the check: skip by reading.
            char[] skipped = new char[(int) Math.min(n, 8192)];
            return Math.max(read(skipped, 0, skipped.length), 0);
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        /**
         * Checks the characters just read, after a high surrogate that ended the read before, if any,
         * and returns where the well-formed ones end: the end, or an unpaired surrogate.
         */
        private int check(char[] b, int from, int to) throws Utf8.Malformed {
            for (int i = from; i < to; i++) {
                char c = b[i];
                if (high != 0 && !Character.isLowSurrogate(c)) {
                    return stop(i - 1, from, unpaired(high, position.column() - 1));
                }
                if (high == 0 && Character.isLowSurrogate(c)) {
                    return stop(i, from, unpaired(c, position.column()));
                }
                high = Character.isHighSurrogate(c) ? c : 0;
                position.count(c);
            }
            return to;
        }

        /**
         * Keeps the failure of an unpaired surrogate at an index of a read, to throw on the next read,
         * and returns the index; throws it now if no character of the read comes before it.
         */
        private int stop(int at, int from, Utf8.Malformed unpaired) throws Utf8.Malformed {
            failure = unpaired;
            if (at <= from) {
                throw unpaired;
            }
            return at;
        }

        private Utf8.Malformed unpaired(char surrogate, long at) {
            return new Utf8.Malformed(position.line(), at, zh(surrogate), en(surrogate));
        }
    }
}
