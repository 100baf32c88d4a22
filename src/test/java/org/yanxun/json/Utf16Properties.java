package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.yanxun.internal.Checks;

/**
 * The unpaired-surrogate check agrees with the JDK's strict encoder on any text; the checking reader,
 * read in reads of any size, returns the text before the first unpaired surrogate and then fails, at
 * that surrogate, counting lines as the parser does; and text encoded for a JSON Lines line is its
 * UTF-8 when well-formed, and ill-formed where the surrogate is otherwise.
 */
class Utf16Properties {

    /** Text of ASCII, line breaks, Chinese and surrogates, paired or not. */
    @Provide
    Arbitrary<String> text() {
        return Arbitraries.of('a', '\n', '\r', '陈', '\ud800', '\udbff', '\udc00', '\udfff').list()
                .ofMaxSize(20).map(chars -> chars.stream().map(String::valueOf).reduce("", String::concat));
    }

    @Property(tries = 2000)
    void unpairedSurrogateAt_agreesWithTheJdksStrictEncoder(@ForAll("text") String text) {
        assertThat(Checks.unpairedSurrogateAt(text) < 0).isEqualTo(encodes(text));
    }

    @Property(tries = 1000)
    void checkingReader_readInPiecesOfAnySize_failsAtTheFirstUnpairedSurrogate(@ForAll("text") String text,
            @ForAll @IntRange(min = 1, max = 5) int piece) {
        Reader in = new Utf16.CheckingReader(new StringReader(text) {
            @Override
            public int read(char[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, piece));
            }
        });
        StringBuilder read = new StringBuilder();
        Utf8.Malformed failure = catchThrowableOfType(Utf8.Malformed.class, () -> {
            char[] buffer = new char[8];
            int n;
            while ((n = in.read(buffer, 0, buffer.length)) >= 0) {
                read.append(buffer, 0, n);
            }
        });

        int at = Checks.unpairedSurrogateAt(text);
        if (at < 0) {
            assertThat(failure).isNull();
            assertThat(read.toString()).isEqualTo(text);
        } else {
            assertThat(failure).isNotNull();
            assertThat(failure.line()).isEqualTo(lineAndColumn(text, at)[0]);
            assertThat(failure.column()).isEqualTo(lineAndColumn(text, at)[1]);
            assertThat(failure.en()).contains(String.format(Locale.ROOT, "U+%04X", (int) text.charAt(at)));
            // The text before the surrogate, and the surrogate if it is a high one that ended a read.
            assertThat(text).startsWith(read);
            assertThat(read.length() == at || read.length() == at + 1 && Character.isHighSurrogate(text.charAt(at)))
                    .as("%d characters returned, the surrogate at %d", read.length(), at).isTrue();
            // Reading again fails alike.
            assertThat(catchThrowableOfType(Utf8.Malformed.class, () -> in.read(new char[4]))).isSameAs(failure);
            assertThat(catchThrowableOfType(Utf8.Malformed.class, in::read)).isSameAs(failure);
            assertThat(catchThrowableOfType(Utf8.Malformed.class, () -> in.skip(4))).isSameAs(failure);
        }
    }

    /**
     * The line and column of a character, both from 1, with lines ended as the parser ends them: by
     * {@code \r\n}, a lone {@code \r} or a lone {@code \n}.
     */
    private static long[] lineAndColumn(String text, int at) {
        long line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                if (c == '\r' || i == 0 || text.charAt(i - 1) != '\r') {
                    line++;
                }
                lineStart = i + 1;
            }
        }
        return new long[] {line, at - lineStart + 1};
    }

    @Property(tries = 1000)
    void encode_isTheUtf8OfWellFormedText_andIllFormedWhereTheFirstUnpairedSurrogateIs(@ForAll("text") String text) {
        byte[] bytes = Utf8.encode(text);

        int at = Checks.unpairedSurrogateAt(text);
        if (at < 0) {
            assertThat(bytes).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        } else {
            assertThat(Utf8.malformedAt(bytes, 0, bytes.length))
                    .isEqualTo(text.substring(0, at).getBytes(StandardCharsets.UTF_8).length);
        }
    }

    private static boolean encodes(String text) {
        try {
            StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(text));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
