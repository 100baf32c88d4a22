package org.yanxun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TerminalSafeStreamTest {

    private static String through(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(new TerminalSafeStream(bytes), true, StandardCharsets.UTF_8)) {
            out.print(text);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void controlCharacters_becomeVisibleEscapes() throws IOException {
        assertThat(through("/severities/NO\u001bPE \u0007\u0000\u007f\u0085\u009b"))
                .isEqualTo("/severities/NO\\u001BPE \\u0007\\u0000\\u007F\\u0085\\u009B");
    }

    @Test
    void separatorsAndBidiControls_becomeVisibleEscapes() throws IOException {
        assertThat(through("abc\u202eSSAP :tluseR\u202c\u2028Result: PASSED\u2029\u200e\u200f\u202a\u202b\u202d"
                + "\u2066\u2067\u2068\u2069\u061c"))
                .isEqualTo("abc\\u202ESSAP :tluseR\\u202C\\u2028Result: PASSED\\u2029\\u200E\\u200F\\u202A\\u202B"
                        + "\\u202D\\u2066\\u2067\\u2068\\u2069\\u061C");
    }

    @Test
    void neighboursOfTheEscapedCharacters_passUnchanged() throws IOException {
        // The quotation marks, dashes and ellipsis of Chinese text share their lead bytes with the escaped ones.
        String text = "“引号”—…\u200d\u2010\u2027\u202f\u2065\u206a\u2100€\u061b\u061d\u0627";
        assertThat(through(text)).isEqualTo(text);
    }

    @Test
    void textAndLineBreaks_passUnchanged() throws IOException {
        String text = "结果：通过\tResult: PASSED\r\n© · ¿ é 😀\n";
        assertThat(through(text)).isEqualTo(text);
    }

    @Test
    void c1ControlSplitAcrossWrites_isEscaped_andOtherCharactersSoSplitPass() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TerminalSafeStream out = new TerminalSafeStream(bytes)) {
            out.write(new byte[] {'a', (byte) 0xC2}, 0, 2);
            out.write(new byte[] {(byte) 0x9B, (byte) 0xC2}, 0, 2);
            out.write(new byte[] {(byte) 0xC2, (byte) 0x85, (byte) 0xC2}, 0, 3);
            out.write(new byte[] {(byte) 0xA9, 'z'}, 0, 2);
        }
        // The lead byte followed by another lead byte is no character: it passes as it came, and decodes as U+FFFD.
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("a\\u009B\uFFFD\\u0085©z");
    }

    @Test
    void writesOfWholeArrays_giveWhatByteByByteWritesGive() throws IOException {
        Random random = new Random(7);
        byte[] alphabet = {'a', '\n', '\t', 0x1B, 0x7F, 0, (byte) 0xC2, (byte) 0x85, (byte) 0xA9, (byte) 0xE4, (byte) 0xB8,
                (byte) 0xE2, (byte) 0x80, (byte) 0x81, (byte) 0xA8, (byte) 0xAE, (byte) 0xA6, (byte) 0x8E};
        for (int round = 0; round < 2_000; round++) {
            byte[] input = new byte[random.nextInt(40)];
            for (int i = 0; i < input.length; i++) {
                input[i] = alphabet[random.nextInt(alphabet.length)];
            }
            ByteArrayOutputStream whole = new ByteArrayOutputStream();
            ByteArrayOutputStream single = new ByteArrayOutputStream();
            try (TerminalSafeStream a = new TerminalSafeStream(whole); TerminalSafeStream b = new TerminalSafeStream(single)) {
                int cut = input.length == 0 ? 0 : random.nextInt(input.length + 1);
                a.write(input, 0, cut);
                a.write(input, cut, input.length - cut);
                for (byte octet : input) {
                    b.write(octet);
                }
            }
            assertThat(whole.toByteArray()).as("round %d", round).isEqualTo(single.toByteArray());
        }
    }

    /** Text as the stream shows it: its controls, separators and bidi controls as Java escapes. */
    private static String escaped(String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().forEach(c -> {
            boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F;
            boolean format = c == 0x061C || c == 0x200E || c == 0x200F || c >= 0x2028 && c <= 0x202E
                    || c >= 0x2066 && c <= 0x2069;
            if (control || format) {
                shown.append(String.format(Locale.ROOT, "\\u%04X", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }

    @Test
    void textWrittenInPiecesOfAnySize_isEscapedAsWhole() throws IOException {
        Random random = new Random(11);
        int[] alphabet = {'a', '\n', 0x1B, 0x7F, 0x85, 0x9B, 0xA9, 0x2010, 0x201C, 0x2026, 0x200E, 0x200F, 0x2028,
                0x2029, 0x202A, 0x202E, 0x202F, 0x2065, 0x2066, 0x2069, 0x206A, 0x4E2D, 0x1F600, 0x061B, 0x061C, 0x0627};
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                text.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
            }
            byte[] input = text.toString().getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (TerminalSafeStream out = new TerminalSafeStream(bytes)) {
                for (int i = 0, piece; i < input.length; i += piece) {
                    piece = 1 + random.nextInt(input.length - i);
                    if (random.nextBoolean()) {
                        out.write(input, i, piece);
                    } else {
                        for (int j = i; j < i + piece; j++) {
                            out.write(input[j]);
                        }
                    }
                }
            }
            assertThat(bytes.toString(StandardCharsets.UTF_8)).as("round %d", round).isEqualTo(escaped(text.toString()));
        }
    }

    @Test
    void leadBytesNotFollowedByAnEscapedCharacter_passAsTheyCame() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TerminalSafeStream out = new TerminalSafeStream(bytes)) {
            out.write(new byte[] {(byte) 0xE2, (byte) 0xE2, (byte) 0x80}, 0, 3);
            out.write(new byte[] {(byte) 0xE2, (byte) 0x81, (byte) 0xA6, (byte) 0xE2}, 0, 4);
            out.write(new byte[] {(byte) 0x80, 'z', (byte) 0xE2, (byte) 0x80}, 0, 4);
        }
        assertThat(bytes.toByteArray()).containsExactly(0xE2, 0xE2, 0x80, '\\', 'u', '2', '0', '6', '6', 0xE2, 0x80,
                'z', 0xE2, 0x80);
    }

    @Test
    void leadByteAtTheEnd_isWrittenOnClose() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TerminalSafeStream out = new TerminalSafeStream(bytes)) {
            out.write(0xC2);
        }
        assertThat(bytes.toByteArray()).containsExactly((byte) 0xC2);
    }
}
