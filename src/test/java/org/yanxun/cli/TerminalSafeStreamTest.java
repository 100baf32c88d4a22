package org.yanxun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
        byte[] alphabet = {'a', '\n', '\t', 0x1B, 0x7F, 0, (byte) 0xC2, (byte) 0x85, (byte) 0xA9, (byte) 0xE4, (byte) 0xB8};
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

    @Test
    void leadByteAtTheEnd_isWrittenOnClose() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TerminalSafeStream out = new TerminalSafeStream(bytes)) {
            out.write(0xC2);
        }
        assertThat(bytes.toByteArray()).containsExactly((byte) 0xC2);
    }
}
