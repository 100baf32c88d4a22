package org.yanxun.json;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.yanxun.internal.Checks;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.ContentReference;

/**
 * Checks that bytes are well-formed UTF-8 (the Unicode Standard, table 3-7): the parser decodes an
 * overlong form such as {@code C0 AF} as {@code /} and a sequence above U+10FFFF into lone
 * surrogates without complaint, so a value would be read as other text than its bytes hold.
 */
final class Utf8 {

    /** Reads eight bytes as one word, to pass over ASCII quickly. */
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080_8080_8080_8080L;
    private static final long LOW_BITS = 0x0101_0101_0101_0101L;
    /** The byte given to {@link #malformedOrAt} to seek none: {@code 80} is not ASCII. */
    private static final byte NO_STOP = (byte) 0x80;

    private Utf8() {
    }

    /**
     * Finds the first byte of a range that does not belong to a well-formed UTF-8 sequence, a sequence
     * cut short by the end of the range included.
     *
     * @param bytes the bytes
     * @param from the first index checked
     * @param to the index after the last checked
     * @return the index of the first byte of the first ill-formed sequence, or -1 if there is none
     */
    static int malformedAt(byte[] bytes, int from, int to) {
        return malformedOrAt(bytes, from, to, NO_STOP);
    }

    /**
     * Finds the first byte of a range that is either a given ASCII byte or the first byte of an
     * ill-formed UTF-8 sequence, in the single pass of {@link #malformedAt}: a line of JSON Lines is
     * checked for a carriage return and for UTF-8 at once rather than read twice.
     *
     * <p>Eight bytes are read as one word: its bytes with the high bit set are not ASCII, and the byte
     * sought is found as {@link LineSplitter#indexOf} finds it. A word with neither is passed over whole.
     *
     * @param bytes the bytes
     * @param from the first index checked
     * @param to the index after the last checked
     * @param stop the ASCII byte sought, or {@code 80} to seek none
     * @return the index of the first such byte or ill-formed sequence, or -1 if there is none
     */
    static int malformedOrAt(byte[] bytes, int from, int to, byte stop) {
        long pattern = LOW_BITS * (stop & 0xFF);
        int i = from;
        while (i < to) {
            if (i <= to - Long.BYTES) {
                long word = (long) WORDS.get(bytes, i);
                long matched = word ^ pattern;
                long flags = (word | (matched - LOW_BITS) & ~matched) & HIGH_BITS;
                if (flags == 0) {
                    i += Long.BYTES;
                    continue;
                }
                // The lowest flag is the first byte that is not ASCII or is the one sought.
                i += Long.numberOfTrailingZeros(flags) >>> 3;
            }
            int lead = bytes[i] & 0xFF;
            if (lead < 0x80) {
                if (lead == stop) {
                    return i;
                }
                i++;
                continue;
            }
            // Most text past ASCII here is Chinese: three bytes whose lead byte allows any continuation.
            if (lead >= 0xE1 && lead != 0xED && lead <= 0xEF && i + 2 < to
                    && (bytes[i + 1] & 0xC0) == 0x80 && (bytes[i + 2] & 0xC0) == 0x80) {
                i += 3;
                continue;
            }
            int length = lengthOf(lead);
            if (length == 0 || i + length > to || !fits(bytes[i + 1] & 0xFF, lead)) {
                return i;
            }
            for (int k = 2; k < length; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += length;
        }
        return -1;
    }

    /** The length of a sequence with this lead byte, or 0 if no well-formed sequence starts with it. */
    private static int lengthOf(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 3;
        }
        return lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
    }

    /**
     * Tells whether a second byte may follow a lead byte: the ranges that rule out overlong forms
     * ({@code E0}, {@code F0}), surrogates ({@code ED}) and code points above U+10FFFF ({@code F4}).
     */
    private static boolean fits(int second, int lead) {
        return switch (lead) {
            case 0xE0 -> second >= 0xA0 && second <= 0xBF;
            case 0xED -> second >= 0x80 && second <= 0x9F;
            case 0xF0 -> second >= 0x90 && second <= 0xBF;
            case 0xF4 -> second >= 0x80 && second <= 0x8F;
            default -> second >= 0x80 && second <= 0xBF;
        };
    }

    /**
     * The Chinese message for the ill-formed sequence at {@code at}: its bytes, such as {@code C0 AF}, why
     * they are no UTF-8, and, where they start as Chinese text in GBK would ({@link #readsAsGbk}), how to
     * convert the file.
     */
    static String zh(byte[] bytes, int at, int to) {
        return "输入不是有效的 UTF-8：字节 " + describe(bytes, at, to) + " 不是合法的 UTF-8 序列（"
                + Cause.of(bytes, at, to).zh + "）"
                + (readsAsGbk(bytes, at, to) ? "；若文件以 GBK 或 GB18030 保存，请先转为 UTF-8，如 iconv -f GB18030 -t UTF-8" : "");
    }

    /** The English message for the ill-formed sequence at {@code at}, as {@link #zh(byte[], int, int)}. */
    static String en(byte[] bytes, int at, int to) {
        String shown = describe(bytes, at, to);
        String bytesAre = shown.indexOf(' ') < 0 ? "byte " + shown + " is" : "bytes " + shown + " are";
        return "input is not valid UTF-8: " + bytesAre + " not a well-formed UTF-8 sequence ("
                + Cause.of(bytes, at, to).en + ")" + (readsAsGbk(bytes, at, to)
                        ? "; if the file was saved as GBK or GB18030, convert it to UTF-8 first, as iconv -f GB18030 "
                                + "-t UTF-8 does"
                        : "");
    }

    /** Why a sequence is ill-formed. */
    private enum Cause {
        NO_LEAD("前面没有首字节的后续字节", "a continuation byte with no lead byte"),
        NEVER_USED("UTF-8 不使用的字节", "a byte UTF-8 never uses"),
        CUT_SHORT("序列不完整", "cut short"),
        OVERLONG("过长编码", "an overlong form"),
        SURROGATE("代理区码点", "a surrogate"),
        ABOVE_MAX("超出 U+10FFFF", "above U+10FFFF");

        final String zh;
        final String en;

        Cause(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        static Cause of(byte[] bytes, int at, int to) {
            int lead = bytes[at] & 0xFF;
            if (lead >= 0x80 && lead <= 0xBF) {
                return NO_LEAD;
            }
            if (lengthOf(lead) == 0) {
                // C0 and C1 could start only the overlong two-byte form of an ASCII character.
                return lead == 0xC0 || lead == 0xC1 ? OVERLONG : NEVER_USED;
            }
            if (at + 1 < to && (bytes[at + 1] & 0xC0) == 0x80 && !fits(bytes[at + 1] & 0xFF, lead)) {
                return lead == 0xED ? SURROGATE : lead == 0xF4 ? ABOVE_MAX : OVERLONG;
            }
            return CUT_SHORT;
        }
    }

    /**
     * Tells whether an ill-formed sequence starts as Chinese text in GBK (or GB18030) would: with a
     * common Chinese character of GB2312 (a lead byte B0 to F7 and a trail byte A1 to FE), or with two
     * characters of GBK in a row (a lead byte 81 to FE and a trail byte 40 to FE but 7F, twice). Text in
     * Latin-1 or Windows-1252, whose letters beyond ASCII stand alone ({@code Müller}: FC 6C), rarely does.
     */
    private static boolean readsAsGbk(byte[] bytes, int at, int to) {
        return at + 1 < to && between(bytes[at], 0xB0, 0xF7) && between(bytes[at + 1], 0xA1, 0xFE)
                || gbkPairAt(bytes, at, to) && gbkPairAt(bytes, at + 2, to);
    }

    private static boolean gbkPairAt(byte[] bytes, int at, int to) {
        return at + 1 < to && between(bytes[at], 0x81, 0xFE) && between(bytes[at + 1], 0x40, 0xFE)
                && bytes[at + 1] != 0x7F;
    }

    private static boolean between(byte b, int low, int high) {
        return (b & 0xFF) >= low && (b & 0xFF) <= high;
    }

    /**
     * Describes the bytes of an ill-formed sequence, such as {@code C0 AF}, for a message; the three
     * bytes of a surrogate, which text with an unpaired one gives ({@link #encode}), with the surrogate,
     * such as {@code ED A0 80 (U+D800)}.
     */
    static String describe(byte[] bytes, int at, int to) {
        int lead = bytes[at] & 0xFF;
        int length = lead < 0xC0 ? 1 : CheckingStream.sequenceLength(lead);
        StringBuilder shown = new StringBuilder(String.format(Locale.ROOT, "%02X", lead));
        int value = lead & 0x0F;
        int end = at + 1;
        for (; end < Math.min(to, at + length) && (bytes[end] & 0xC0) == 0x80; end++) {
            shown.append(String.format(Locale.ROOT, " %02X", bytes[end] & 0xFF));
            value = value << 6 | bytes[end] & 0x3F;
        }
        if (lead == 0xED && end == at + 3 && Character.isSurrogate((char) value)) {
            shown.append(String.format(Locale.ROOT, " (U+%04X)", value));
        }
        return shown.toString();
    }

    /**
     * Encodes text as UTF-8, except that an unpaired surrogate, which {@link String#getBytes} would
     * replace with {@code ?}, is encoded as a code point would be: three bytes that the check refuses
     * ({@link #malformedAt}), so the text is refused where it is rather than read altered.
     *
     * @param text the text
     * @return the bytes
     */
    static byte[] encode(String text) {
        if (Checks.unpairedSurrogateAt(text) < 0) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int c = text.codePointAt(i);
            if (c < 0x80) {
                out.write(c);
            } else if (c < 0x800) {
                out.write(0xC0 | c >> 6);
                out.write(0x80 | c & 0x3F);
            } else if (c < 0x10000) {
                out.write(0xE0 | c >> 12);
                out.write(0x80 | c >> 6 & 0x3F);
                out.write(0x80 | c & 0x3F);
            } else {
                out.write(0xF0 | c >> 18);
                out.write(0x80 | c >> 12 & 0x3F);
                out.write(0x80 | c >> 6 & 0x3F);
                out.write(0x80 | c & 0x3F);
            }
        }
        return out.toByteArray();
    }

    /**
     * A stream that checks the bytes read through it. A read that meets an ill-formed sequence returns
     * the well-formed bytes before it, so that the parser meets any error of its own before the
     * sequence first, and the next read fails with {@link Malformed}, which tells where the sequence
     * starts: its line and column, the column counted in bytes from 1 and a line ended, as the parser
     * ends one, by {@code \r\n}, a lone {@code \r} or a lone {@code \n}. A read fails at once if the
     * sequence starts at its first byte, or before it. Once failed, every read and skip fails alike:
     * no byte past the sequence is returned. A read that ends inside a sequence that may still be
     * well-formed returns its first bytes, and the next read checks it whole.
     */
    static final class CheckingStream extends FilterInputStream {
        /** The bytes of a sequence cut by the end of a read, kept to check with the next read. */
        private final byte[] held = new byte[4];
        private final byte[] one = new byte[1];
        private int heldCount;
        private final TextPosition position = new TextPosition();
        /** The ill-formed sequence met, which every read after the one that met it throws; or null. */
        private Malformed failure;

        CheckingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (failure != null) {
                throw failure;
            }
            int n = in.read(b, off, len);
            if (n < 0) {
                if (heldCount > 0) {
                    failure = malformed(held, 0, heldCount);
                    throw failure;
                }
                return n;
            }
            return check(b, off, off + n) - off;
        }

        @Override
        public long skip(long n) throws IOException {
            // Every byte passes the check: skip by reading.
            byte[] skipped = new byte[(int) Math.min(n, 8192)];
            int read = read(skipped, 0, skipped.length);
            return Math.max(read, 0);
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        /**
         * Checks the bytes just read, with the start of a sequence the read before cut, and returns
         * where the well-formed ones end: the end, or the start of an ill-formed sequence, which is kept
         * to throw on the next read, or thrown now if no byte of this read comes before it.
         */
        private int check(byte[] b, int from, int to) throws Malformed {
            int start = from;
            if (heldCount > 0) {
                int need = lengthOf(held[0] & 0xFF) - heldCount;
                int taken = Math.min(need, to - from);
                System.arraycopy(b, from, held, heldCount, taken);
                heldCount += taken;
                if (taken < need && cutAt(held, 0, heldCount) == 0) {
                    return to;
                }
                if (malformedAt(held, 0, heldCount) >= 0) {
                    failure = malformed(held, 0, heldCount);
                    throw failure;
                }
                position.countOthers(heldCount);
                heldCount = 0;
                start = from + taken;
            }
            int end = cutAt(b, start, to);
            int bad = malformedAt(b, start, end);
            count(b, start, bad < 0 ? end : bad);
            if (bad >= 0) {
                failure = malformed(b, bad, to);
                if (bad == from) {
                    throw failure;
                }
                return bad;
            }
            System.arraycopy(b, end, held, 0, to - end);
            heldCount = to - end;
            return to;
        }

        /**
         * Where a sequence starts that the end of the bytes cuts short and that its bytes so far do not
         * make ill-formed, or the end if none does.
         */
        private static int cutAt(byte[] b, int from, int to) {
            for (int i = to - 1; i >= Math.max(from, to - 3); i--) {
                int at = b[i] & 0xFF;
                if (at < 0x80) {
                    return to;
                }
                if (at >= 0xC0) {
                    boolean cut = lengthOf(at) > to - i && (i + 1 == to || fits(b[i + 1] & 0xFF, at));
                    return cut ? i : to;
                }
            }
            return to;
        }

        /** The length of a sequence by its lead byte, ill-formed or not, to describe it whole. */
        private static int sequenceLength(int lead) {
            return lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        }

        /** Counts the lines and the columns, in bytes, of well-formed bytes. */
        private void count(byte[] b, int from, int to) {
            for (int i = from; i < to; i++) {
                position.count(b[i]);
            }
        }

        private Malformed malformed(byte[] bytes, int at, int to) {
            return new Malformed(position.line(), position.column(), zh(bytes, at, to), en(bytes, at, to));
        }
    }

    /**
     * The first ill-formed sequence of a stream, or unpaired surrogate of a reader ({@link Utf16}):
     * where it starts and what is wrong, in Chinese and in English.
     */
    static final class Malformed extends IOException {
        @Serial
        private static final long serialVersionUID = 1L;

        private final long line;
        private final long column;
        private final String zh;
        private final String en;

        Malformed(long line, long column, String zh, String en) {
            super(en + " (line " + line + ", column " + column + ")");
            this.line = line;
            this.column = column;
            this.zh = zh;
            this.en = en;
        }

        long line() {
            return line;
        }

        long column() {
            return column;
        }

        String zh() {
            return zh;
        }

        String en() {
            return en;
        }

        /** Where the sequence starts, as the parser gives locations. */
        TokenStreamLocation location() {
            return new TokenStreamLocation(ContentReference.unknown(), -1, -1, (int) Math.min(Integer.MAX_VALUE, line),
                    (int) Math.min(Integer.MAX_VALUE, column));
        }

        /** The read error that says so, at the start of the sequence. */
        ReadError toError() {
            return new ReadError(ReadErrorCode.JSON_ENCODING, "", line, (int) Math.min(Integer.MAX_VALUE, column),
                    zh, en);
        }
    }
}
