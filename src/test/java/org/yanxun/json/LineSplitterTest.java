package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A line over the limit is skipped and reported with its full length, however the stream delivers it. */
class LineSplitterTest {

    private static final JsonLinesReader TEN_BYTES = JsonLinesReader.create()
            .withLimits(JsonLimits.defaults().withMaxLineBytes(10));

    private static ReadError tooLong(InputStream in) {
        List<JsonLine> lines = new ArrayList<>();
        TEN_BYTES.read(in, lines::add);
        assertThat(lines).hasSize(1);
        return ((JsonLine.ErrorLine) lines.get(0)).errors().get(0);
    }

    @Test
    void read_longLineInOneRead_reportsItsLength() {
        ReadError error = tooLong(new ByteArrayInputStream("x".repeat(30).getBytes(StandardCharsets.US_ASCII)));

        assertThat(error.code()).isEqualTo(ReadErrorCode.JSONL_LINE_TOO_LONG);
        assertThat(error.en()).isEqualTo("line 1 is 30 bytes long, more than the limit of 10 bytes; it was skipped");
    }

    @Test
    void read_longLineOneByteAtATime_reportsItsLength() {
        InputStream trickle = new ByteArrayInputStream(("x".repeat(30) + "\n").getBytes(StandardCharsets.US_ASCII)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1));
            }
        };

        assertThat(tooLong(trickle).en())
                .isEqualTo("line 1 is 30 bytes long, more than the limit of 10 bytes; it was skipped");
    }

    @Test
    void split_fromALaterLine_upToALimit_numbersAndLocatesEachLine() throws IOException {
        List<String> seen = new ArrayList<>();
        LineSplitter splitter = new LineSplitter(100, new LineSplitter.Sink() {
            @Override
            public void starting(long number, long offset) {
                seen.add(number + "@" + offset);
            }

            @Override
            public void line(long number, byte[] bytes, int length) {
                seen.add(new String(bytes, 0, length, StandardCharsets.US_ASCII));
            }

            @Override
            public void tooLong(long number, long length) {
                seen.add("too long");
            }
        }, 7);

        long last = splitter.split(new ByteArrayInputStream("ab\r\n\ncd\nef\n".getBytes(StandardCharsets.US_ASCII)), 8);

        assertThat(last).isEqualTo(9);
        assertThat(seen).containsExactly("7@0", "ab", "8@4", "", "9@5", "cd");
    }

    /** What a splitter with some limit hands over for a stream: each line's text, or its length if too long. */
    private static List<String> split(int maxLine, String text, int chunk) throws IOException {
        List<String> seen = new ArrayList<>();
        LineSplitter splitter = new LineSplitter(maxLine, new LineSplitter.Sink() {
            @Override
            public void line(long number, byte[] bytes, int length) {
                seen.add(new String(bytes, 0, length, StandardCharsets.US_ASCII));
            }

            @Override
            public void tooLong(long number, long length) {
                seen.add("too long: " + length);
            }
        });
        splitter.split(new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk));
            }
        });
        return seen;
    }

    @Test
    void split_crlfLineOfTheLimit_isHeldAsAnLfLineIs() throws IOException {
        for (int chunk : new int[] {1, 3, 64}) {
            assertThat(split(10, "0123456789\r\n0123456789\n0123456789\r", chunk)).as("read %d bytes at a time", chunk)
                    .containsExactly("0123456789", "0123456789", "0123456789");
        }
    }

    @Test
    void split_crlfLineOverTheLimit_isTooLongByItsLengthWithoutTheReturn() throws IOException {
        for (int chunk : new int[] {1, 3, 64}) {
            assertThat(split(10, "0123456789A\r\n" + "x".repeat(30) + "\r\n0123456789\r\r\nok\n", chunk))
                    .as("read %d bytes at a time", chunk)
                    .containsExactly("too long: 11", "too long: 30", "too long: 11", "ok");
        }
    }

    @Test
    void split_largestLimit_holdsLines() throws IOException {
        assertThat(split(Integer.MAX_VALUE, "ab\r\ncd", 64)).containsExactly("ab", "cd");
    }

    @Test
    void split_linesOfTheLimitLongerThanTheFirstBuffer_areHeldWhole() throws IOException {
        String line = "x".repeat(10_000);
        for (int chunk : new int[] {64, 64 * 1024}) {
            assertThat(split(10_000, line + "\r\n" + line + "\n", chunk)).as("read %d bytes at a time", chunk)
                    .containsExactly(line, line);
        }
    }
}
