package org.yanxun.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Writes UTF-8 text with its control characters made visible: each C0 control but tab, line feed and
 * carriage return, DEL, and each C1 control (U+0080 to U+009F, two bytes in UTF-8) becomes the six
 * characters of a Java escape such as <code>&#92;u001B</code>. A report quotes what its input holds
 * (a property name, a code, a pointer), so this keeps that input from moving the cursor, clearing the
 * screen or printing a fake result on the terminal the command writes to. Other bytes pass unchanged.
 */
final class TerminalSafeStream extends FilterOutputStream {

    /** The UTF-8 lead byte of U+0080 to U+00BF, which holds the C1 controls. */
    private static final int C1_LEAD = 0xC2;

    private boolean leadHeld;

    TerminalSafeStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        int octet = b & 0xFF;
        if (leadHeld) {
            leadHeld = false;
            if (octet >= 0x80 && octet <= 0x9F) {
                escape(octet);
                return;
            }
            out.write(C1_LEAD);
        }
        if (octet == C1_LEAD) {
            leadHeld = true;
        } else if (needsCare(octet)) {
            escape(octet);
        } else {
            out.write(octet);
        }
    }

    /** Writes the runs of bytes that need no escape as they are, in one call each. */
    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        int end = offset + length;
        int start = offset;
        while (leadHeld && start < end) {
            write(bytes[start++]);
        }
        int run = start;
        for (int i = start; i < end; i++) {
            int octet = bytes[i] & 0xFF;
            if (!needsCare(octet)) {
                continue;
            }
            out.write(bytes, run, i - run);
            run = i + 1;
            if (octet != C1_LEAD) {
                escape(octet);
            } else if (i + 1 == end) {
                leadHeld = true;
            } else if ((bytes[i + 1] & 0xFF) >= 0x80 && (bytes[i + 1] & 0xFF) <= 0x9F) {
                escape(bytes[++i] & 0xFF);
                run = i + 1;
            } else {
                out.write(C1_LEAD);
            }
        }
        out.write(bytes, run, end - run);
    }

    /** Tells whether a byte is a control to escape, or the lead byte that may start one. */
    private static boolean needsCare(int octet) {
        return octet < 0x20 && octet != '\t' && octet != '\n' && octet != '\r' || octet == 0x7F || octet == C1_LEAD;
    }

    @Override
    public void close() throws IOException {
        if (leadHeld) {
            leadHeld = false;
            out.write(C1_LEAD);
        }
        super.close();
    }

    private void escape(int octet) throws IOException {
        out.write(String.format(Locale.ROOT, "\\u%04X", octet).getBytes(StandardCharsets.US_ASCII));
    }
}
