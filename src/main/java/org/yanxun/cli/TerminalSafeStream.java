package org.yanxun.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.yanxun.internal.Checks;

/**
 * Writes UTF-8 text with its control characters made visible: each C0 control but tab, line feed and
 * carriage return, DEL, each C1 control (U+0080 to U+009F, two bytes in UTF-8), and each character
 * that reorders or breaks a line (the line and paragraph separators U+2028 and U+2029, and the bidi
 * controls U+061C, U+200E, U+200F, U+202A to U+202E and U+2066 to U+2069: {@link Checks#reordersText})
 * becomes the
 * six characters of a Java escape such as <code>&#92;u001B</code>. A report quotes what its input holds
 * (a property name, a code, a pointer), so this keeps that input from moving the cursor, clearing the
 * screen, reversing the rest of a line or printing a fake result on the terminal the command writes to.
 * Other bytes pass unchanged. A character split across writes is escaped all the same: the bytes that
 * may start one are held until the next byte tells.
 */
final class TerminalSafeStream extends FilterOutputStream {

    /** The UTF-8 lead byte of U+0080 to U+00BF, which holds the C1 controls. */
    private static final int C1_LEAD = 0xC2;
    /** The UTF-8 lead byte of U+0600 to U+063F, which holds the Arabic letter mark U+061C, a bidi control. */
    private static final int ARABIC_LEAD = 0xD8;
    /** The UTF-8 lead byte of U+2000 to U+2FFF, which holds the separators and bidi controls. */
    private static final int FORMAT_LEAD = 0xE2;

    /** The bytes held: a lead byte, and for {@link #FORMAT_LEAD} the second byte once written. */
    private final int[] held = new int[2];
    private int heldLength;

    TerminalSafeStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        int octet = b & 0xFF;
        if (heldLength == 0) {
            start(octet);
        } else if (held[0] != FORMAT_LEAD) {
            // The lead of a two-byte character: a C1 control or the Arabic letter mark is escaped.
            heldLength = 0;
            int c = (held[0] & 0x1F) << 6 | octet & 0x3F;
            if (octet >= 0x80 && octet <= 0xBF && (c <= 0x9F || Checks.reordersText(c))) {
                escape(c);
            } else {
                out.write(held[0]);
                start(octet);
            }
        } else if (heldLength == 1 && (octet == 0x80 || octet == 0x81)) {
            held[heldLength++] = octet;
        } else if (heldLength == 2 && isEscapedFormat(octet)) {
            heldLength = 0;
            escape(codePoint(octet));
        } else {
            release();
            start(octet);
        }
    }

    /** Writes a byte that follows no held byte: escaped, held as a lead, or as it is. */
    private void start(int octet) throws IOException {
        if (octet == C1_LEAD || octet == ARABIC_LEAD || octet == FORMAT_LEAD) {
            held[0] = octet;
            heldLength = 1;
        } else if (needsCare(octet)) {
            escape(octet);
        } else {
            out.write(octet);
        }
    }

    /** Tells whether a byte ends, after the two held, a character to escape. */
    private boolean isEscapedFormat(int octet) {
        if (octet < 0x80 || octet > 0xBF) {
            return false;
        }
        return Checks.reordersText(codePoint(octet));
    }

    /** The code point of the two bytes held and a last continuation byte. */
    private int codePoint(int octet) {
        return (held[0] & 0x0F) << 12 | (held[1] & 0x3F) << 6 | octet & 0x3F;
    }

    /** Writes the bytes held as they are: they start no character to escape. */
    private void release() throws IOException {
        for (int i = 0; i < heldLength; i++) {
            out.write(held[i]);
        }
        heldLength = 0;
    }

    /**
     * Writes the runs of bytes that need no escape as they are, in one call each; a byte that may start
     * an escape, and the bytes it holds, go through {@link #write(int)}.
     */
    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        int end = offset + length;
        int i = offset;
        while (heldLength > 0 && i < end) {
            write(bytes[i++]);
        }
        int run = i;
        for (; i < end; i++) {
            if (!needsCare(bytes[i] & 0xFF)) {
                continue;
            }
            out.write(bytes, run, i - run);
            write(bytes[i]);
            while (heldLength > 0 && i + 1 < end) {
                write(bytes[++i]);
            }
            run = i + 1;
        }
        out.write(bytes, run, end - run);
    }

    /** Tells whether a byte is a control to escape, or a lead byte that may start a character to escape. */
    private static boolean needsCare(int octet) {
        return octet < 0x20 && octet != '\t' && octet != '\n' && octet != '\r' || octet == 0x7F || octet == C1_LEAD
                || octet == ARABIC_LEAD || octet == FORMAT_LEAD;
    }

    @Override
    public void close() throws IOException {
        release();
        super.close();
    }

    private void escape(int codePoint) throws IOException {
        out.write(String.format(Locale.ROOT, "\\u%04X", codePoint).getBytes(StandardCharsets.US_ASCII));
    }
}
