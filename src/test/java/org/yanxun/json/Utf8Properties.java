package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * The UTF-8 check agrees with the JDK's strict decoder on any bytes, and the checking stream, read in
 * reads of any size, returns the bytes before the first ill-formed sequence and then fails, exactly
 * when the bytes are ill-formed, at that sequence, counting lines as the parser does.
 */
class Utf8Properties {

    /**
     * Bytes near the edges of the well-formed ranges: lead bytes each followed by up to three bytes
     * from either side of the continuation range, with line breaks, ASCII and well-formed text between.
     */
    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<Integer> leads = Arbitraries.of(0x0A, 0x0D, 0x41, 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0,
                0xE1, 0xE4, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xF8, 0xFF);
        Arbitrary<Integer> nexts = Arbitraries.of(0x0A, 0x0D, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0);
        Arbitrary<byte[]> sequences = Combinators.combine(leads, nexts.list().ofMaxSize(3)).as((lead, next) -> {
            byte[] sequence = new byte[1 + next.size()];
            sequence[0] = (byte) (int) lead;
            for (int i = 0; i < next.size(); i++) {
                sequence[i + 1] = (byte) (int) next.get(i);
            }
            return sequence;
        });
        Arbitrary<byte[]> text = Arbitraries.strings().ofMaxLength(6).map(t -> t.getBytes(StandardCharsets.UTF_8));
        return Arbitraries.frequencyOf(Tuple.of(4, sequences), Tuple.of(1, text)).list().ofMaxSize(20).map(parts -> {
            ByteBuffer joined = ByteBuffer.allocate(parts.stream().mapToInt(p -> p.length).sum());
            parts.forEach(joined::put);
            return joined.array();
        });
    }

    @Property(tries = 3000)
    void malformedAt_agreesWithTheJdksStrictDecoder(@ForAll("bytes") byte[] bytes) {
        assertThat(Utf8.malformedAt(bytes, 0, bytes.length) < 0).isEqualTo(decodes(bytes));
    }

    @Property(tries = 1000)
    void malformedAt_isWhereTheLongestWellFormedPrefixEnds(@ForAll("bytes") byte[] bytes) {
        int at = Utf8.malformedAt(bytes, 0, bytes.length);
        if (at >= 0) {
            assertThat(decodes(Arrays.copyOf(bytes, at))).isTrue();
            for (int end = at + 1; end <= Math.min(bytes.length, at + 4); end++) {
                assertThat(decodes(Arrays.copyOf(bytes, end))).isFalse();
            }
        }
    }

    @Property(tries = 2000)
    void malformedOrAt_isTheFirstOfTheByteSoughtAndTheIllFormedSequence(@ForAll("bytes") byte[] bytes,
            @ForAll @IntRange(min = 0, max = 9) int from) {
        int start = Math.min(from, bytes.length);
        int malformed = Utf8.malformedAt(bytes, start, bytes.length);
        int sought = LineSplitter.indexOf(bytes, start, bytes.length, (byte) '\r');

        assertThat(Utf8.malformedOrAt(bytes, start, bytes.length, (byte) '\r'))
                .isEqualTo(sought < 0 ? malformed : malformed < 0 ? sought : Math.min(sought, malformed));
    }

    @Property(tries = 1000)
    void checkingStream_readInPiecesOfAnySize_failsAtTheFirstIllFormedSequence(@ForAll("bytes") byte[] bytes,
            @ForAll @IntRange(min = 1, max = 9) int piece) {
        InputStream in = new Utf8.CheckingStream(new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, piece));
            }
        });
        ByteArrayOutputStream returned = new ByteArrayOutputStream();
        Utf8.Malformed failure = catchThrowableOfType(Utf8.Malformed.class, () -> {
            byte[] buffer = new byte[16];
            int n;
            while ((n = in.read(buffer, 0, buffer.length)) >= 0) {
                returned.write(buffer, 0, n);
            }
        });

        int at = Utf8.malformedAt(bytes, 0, bytes.length);
        byte[] read = returned.toByteArray();
        if (at < 0) {
            assertThat(failure).isNull();
            assertThat(read).isEqualTo(bytes);
        } else {
            assertThat(failure).isNotNull();
            assertThat(failure.line()).isEqualTo(lineAndColumn(bytes, at)[0]);
            assertThat(failure.column()).isEqualTo(lineAndColumn(bytes, at)[1]);
            assertThat(failure.en()).containsPattern("bytes? " + String.format(Locale.ROOT, "%02X", bytes[at] & 0xFF));
            // The bytes before the sequence, and at most its first bytes, cut by the end of a read.
            assertThat(read).isEqualTo(Arrays.copyOf(bytes, read.length));
            assertThat(read.length).isBetween(at, at + 3);
            for (int i = at + 1; i < read.length; i++) {
                assertThat(bytes[i] & 0xC0).isEqualTo(0x80);
            }
            // Reading again fails alike.
            assertThat(catchThrowableOfType(Utf8.Malformed.class, () -> in.read(new byte[4]))).isSameAs(failure);
            assertThat(catchThrowableOfType(Utf8.Malformed.class, in::read)).isSameAs(failure);
            assertThat(catchThrowableOfType(Utf8.Malformed.class, () -> in.skip(4))).isSameAs(failure);
        }
    }

    /**
     * The line and column of a byte, both from 1, with lines ended as the parser ends them: by
     * {@code \r\n}, a lone {@code \r} or a lone {@code \n}.
     */
    private static long[] lineAndColumn(byte[] bytes, int at) {
        long line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\r' || bytes[i] == '\n') {
                if (bytes[i] == '\r' || i == 0 || bytes[i - 1] != '\r') {
                    line++;
                }
                lineStart = i + 1;
            }
        }
        return new long[] {line, at - lineStart + 1};
    }

    private static boolean decodes(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

}
