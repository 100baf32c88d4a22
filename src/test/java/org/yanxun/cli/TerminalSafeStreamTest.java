package org.yanxun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
    void leadByteAtTheEnd_isWrittenOnClose() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TerminalSafeStream out = new TerminalSafeStream(bytes)) {
            out.write(0xC2);
        }
        assertThat(bytes.toByteArray()).containsExactly((byte) 0xC2);
    }
}
