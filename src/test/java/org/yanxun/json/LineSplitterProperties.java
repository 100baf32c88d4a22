package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Finding newlines eight bytes at a time finds what a byte-by-byte search finds, and the lines split
 * from any bytes, delivered in reads of any size, are the bytes between the newlines.
 */
class LineSplitterProperties {

    /** Bytes thick with newlines and with the bytes a word-wise search could confuse with one. */
    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<Byte> tricky = Arbitraries.of((byte) '\n', (byte) '\r', (byte) 0x0B, (byte) 0x09, (byte) 0x00,
                (byte) 0x8A, (byte) 0xFF, (byte) 'x');
        return Arbitraries.oneOf(tricky, Arbitraries.bytes()).array(byte[].class).ofMaxSize(200);
    }

    @Property(tries = 500)
    void indexOfNewline_findsTheFirstNewline_asAByteByByteSearch(@ForAll("bytes") byte[] bytes,
            @ForAll @IntRange(max = 16) int from, @ForAll @IntRange(max = 16) int cut) {
        int start = Math.min(from, bytes.length);
        int end = Math.max(start, bytes.length - cut);

        assertThat(LineSplitter.indexOfNewline(bytes, start, end)).isEqualTo(naiveIndexOfNewline(bytes, start, end));
    }

    @Property(tries = 300)
    void split_anyBytesInReadsOfAnySize_givesTheBytesBetweenNewlines(@ForAll("bytes") byte[] bytes,
            @ForAll @IntRange(min = 1, max = 70) int readSize) throws IOException {
        List<String> lines = new ArrayList<>();
        InputStream in = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, readSize));
            }
        };
        LineSplitter splitter = new LineSplitter(1000, new LineSplitter.Sink() {
            @Override
            public void line(long number, byte[] line, int length) {
                lines.add(number + ":" + hex(line, 0, length));
            }

            @Override
            public void tooLong(long number, long length) {
                lines.add(number + ": too long");
            }
        });

        long last = splitter.split(in);

        assertThat(lines).isEqualTo(naiveLines(bytes));
        assertThat(last).isEqualTo(lines.size());
    }

    private static int naiveIndexOfNewline(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** The lines as the splitter documents them: a last line only if not empty, a trailing {@code \r} dropped. */
    private static List<String> naiveLines(byte[] bytes) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length ? i > start : bytes[i] == '\n') {
                int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
                lines.add((lines.size() + 1) + ":" + hex(bytes, start, end));
                start = i + 1;
            }
        }
        return lines;
    }

    private static String hex(byte[] bytes, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            text.append(String.format(Locale.ROOT, "%02x", bytes[i]));
        }
        return text.toString();
    }
}
