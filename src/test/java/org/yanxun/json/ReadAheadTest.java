package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.UndeclaredThrowableException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.yanxun.examples.ExampleCommunities;

/** Lines read on a second thread reach the consumer as a plain read hands them over, with bounded memory. */
class ReadAheadTest {

    private static final JsonLinesReader READER = JsonLinesReader.create()
            .withLimits(JsonLimits.defaults().withMaxLineBytes(10_000));

    @Test
    void read_linesOfEveryKind_sameLinesInTheSameOrderAsAPlainRead() {
        String text = JsonLinesWriter.writeToString(ExampleCommunities.qiyingen()) + "not json\n\n"
                + "{\"type\":\"person\",\"person\":{\"id\":\"" + "p".repeat(20_000) + "\"}}\n" + "{\"type\":\"studio\"";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        List<JsonLine> plain = new ArrayList<>();
        long plainLines = READER.read(new ByteArrayInputStream(bytes), plain::add);
        List<JsonLine> ahead = new ArrayList<>();

        long lines = ReadAhead.read(receiver -> READER.readInto(new ByteArrayInputStream(bytes), receiver),
                (line, size) -> ahead.add(line));

        assertThat(lines).isEqualTo(plainLines);
        assertThat(ahead).isEqualTo(plain);
        assertThat(ahead).filteredOn(JsonLine.ErrorLine.class::isInstance).extracting(JsonLine::line)
                .as("bad JSON, a line too long and a last line cut short").hasSize(3);
    }

    @Test
    void read_manyBatches_everyLineOnceInOrder() {
        int count = 10_000;
        List<Long> seen = new ArrayList<>();

        long lines = ReadAhead.read(numbered(count, 10), (line, bytes) -> seen.add(line.line()));

        assertThat(lines).isEqualTo(count);
        assertThat(seen).hasSize(count).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void read_skippedLines_reachTheConsumerInOrderWithTheLines() {
        List<String> seen = new ArrayList<>();

        long lines = ReadAhead.read(receiver -> {
            for (int i = 1; i <= 1_000; i++) {
                if (i % 3 == 0) {
                    receiver.skipped(i);
                } else {
                    receiver.accept(errorLine(i), 10);
                }
            }
            return 1_000;
        }, new JsonLinesReader.Receiver() {
            @Override
            public void accept(JsonLine line, int bytes) {
                seen.add(line.line() + " " + bytes);
            }

            @Override
            public void skipped(long number) {
                seen.add(number + " skipped");
            }
        });

        assertThat(lines).isEqualTo(1_000);
        assertThat(seen).hasSize(1_000).startsWith("1 10", "2 10", "3 skipped", "4 10")
                .endsWith("999 skipped", "1000 10");
    }

    @Test
    void read_slowConsumer_readsAtMostTheBudgetAheadAndOneLine() {
        int bytesPerLine = 100_000;
        AtomicLong read = new AtomicLong();
        AtomicLong consumed = new AtomicLong();
        AtomicLong mostAhead = new AtomicLong();
        ReadAhead.Source source = receiver -> {
            for (int i = 1; i <= 500; i++) {
                receiver.accept(errorLine(i), bytesPerLine);
                long ahead = read.addAndGet(bytesPerLine) - consumed.get();
                mostAhead.accumulateAndGet(ahead, Math::max);
            }
            return 500;
        };

        ReadAhead.read(source, (line, bytes) -> {
            sleepMillis(line.line() % 50 == 0 ? 5 : 0);
            consumed.addAndGet(bytesPerLine);
        });

        assertThat(mostAhead.get()).isGreaterThan(bytesPerLine)
                .isLessThanOrEqualTo(ReadAhead.BUDGET_BYTES + 2L * bytesPerLine);
    }

    @Test
    void read_lineLargerThanTheBudget_isHandedOverAlone() {
        List<Long> seen = new ArrayList<>();

        long lines = ReadAhead.read(numbered(5, 3 * ReadAhead.BUDGET_BYTES), (line, bytes) -> seen.add(line.line()));

        assertThat(lines).isEqualTo(5);
        assertThat(seen).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void read_smallLinesThenOneLargerThanTheBudget_handsOverTheSmallOnesBeforeWaiting() {
        List<Long> seen = new ArrayList<>();
        ReadAhead.Source source = receiver -> {
            for (int i = 1; i <= 10; i++) {
                receiver.accept(errorLine(i), 100);
            }
            receiver.accept(errorLine(11), 2 * ReadAhead.BUDGET_BYTES);
            return 11;
        };

        long lines = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> ReadAhead.read(source, (line, bytes) -> seen.add(line.line())));

        assertThat(lines).isEqualTo(11);
        assertThat(seen).hasSize(11).isSorted();
    }

    @Test
    void read_returnsWhenTheReadingThreadHasEnded_aDaemonThread() {
        Thread[] reading = new Thread[1];

        ReadAhead.read(receiver -> {
            reading[0] = Thread.currentThread();
            receiver.accept(errorLine(1), 10);
            return 1;
        }, (line, bytes) -> { });

        assertThat(reading[0]).isNotSameAs(Thread.currentThread());
        assertThat(reading[0].isDaemon()).isTrue();
        assertThat(reading[0].isAlive()).isFalse();
    }

    @Test
    void read_consumerThrowsWhileTheReaderWaitsForBudget_theReadingThreadStops() throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicLong read = new AtomicLong();
        ReadAhead.Source endless = receiver -> {
            try {
                for (long i = 1; ; i++) {
                    receiver.accept(errorLine(i), ReadAhead.BUDGET_BYTES / 2);
                    read.incrementAndGet();
                }
            } finally {
                stopped.countDown();
            }
        };
        IllegalStateException failure = new IllegalStateException("the consumer broke");

        assertThatThrownBy(() -> ReadAhead.read(endless, (line, bytes) -> {
            // By now the reader has filled the budget and waits for the consumer to free some.
            sleepMillis(300);
            throw failure;
        })).isSameAs(failure);

        assertThat(stopped.await(10, TimeUnit.SECONDS)).as("the reading thread stopped").isTrue();
        assertThat(read.get()).isLessThanOrEqualTo(4);
    }

    @Test
    void read_consumerThrows_propagatesAndTheReadingThreadStops() throws InterruptedException {
        AtomicLong read = new AtomicLong();
        CountDownLatch stopped = new CountDownLatch(1);
        ReadAhead.Source endless = receiver -> {
            try {
                for (long i = 1; ; i++) {
                    receiver.accept(errorLine(i), 10);
                    read.incrementAndGet();
                }
            } finally {
                stopped.countDown();
            }
        };
        IllegalStateException failure = new IllegalStateException("the consumer broke");

        assertThatThrownBy(() -> ReadAhead.read(endless, (line, bytes) -> {
            if (line.line() == 1_000) {
                throw failure;
            }
        })).isSameAs(failure);

        assertThat(stopped.await(10, TimeUnit.SECONDS)).as("the reading thread stopped").isTrue();
        assertThat(read.get()).isLessThan(ReadAhead.BUDGET_BYTES / 10 + 1_000 + 1);
    }

    @Test
    void read_sourceThrows_propagatesAfterTheLinesBefore() {
        IllegalStateException failure = new IllegalStateException("the source broke");
        List<Long> seen = new ArrayList<>();
        ReadAhead.Source broken = receiver -> {
            for (int i = 1; i <= 1_000; i++) {
                receiver.accept(errorLine(i), 10);
            }
            throw failure;
        };

        assertThatThrownBy(() -> ReadAhead.read(broken, (line, bytes) -> seen.add(line.line()))).isSameAs(failure);
        assertThat(seen).as("every line before the failure, as a plain read").hasSize(1_000);
    }

    @Test
    void read_sourceThrowsAnError_propagatesIt() {
        StackOverflowError failure = new StackOverflowError("deep");

        assertThatExceptionOfType(StackOverflowError.class).isThrownBy(() -> ReadAhead.read(receiver -> {
            throw failure;
        }, (line, bytes) -> { })).isSameAs(failure);
    }

    @Test
    void read_callingThreadInterrupted_stopsWithAnIoErrorAndKeepsTheFlag() {
        List<JsonLine> seen = new ArrayList<>();
        Thread.currentThread().interrupt();
        try {
            ReadAhead.read(numbered(2_000, 10), (line, bytes) -> seen.add(line));

            assertThat(Thread.currentThread().isInterrupted()).isTrue();
            assertThat(seen).last().isInstanceOfSatisfying(JsonLine.ErrorLine.class, error -> assertThat(
                    error.errors()).extracting(ReadError::code).containsExactly(ReadErrorCode.JSON_IO));
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void read_streamThatPauses_linesBeforeThePauseReachTheConsumer() {
        byte[] first = "x\n".repeat(10).getBytes(StandardCharsets.UTF_8);
        CountDownLatch tenSeen = new CountDownLatch(10);
        // More input comes only once the lines so far are validated, as in a request and reply.
        InputStream pausing = new PausingStream(first, tenSeen);

        long lines = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> ReadAhead.read(
                receiver -> READER.readInto(pausing, receiver), (line, bytes) -> tenSeen.countDown()));

        assertThat(lines).isEqualTo(10);
    }

    @Test
    void read_consumerThrowsWhileTheReaderWaitsForInput_returnsOnceTheReaderHasEnded() {
        CountDownLatch more = new CountDownLatch(1);
        PausingStream slow = new PausingStream("x\n".getBytes(StandardCharsets.UTF_8), more);
        IllegalStateException failure = new IllegalStateException("stop");
        Thread release = new Thread(() -> {
            sleepMillis(300);
            more.countDown();
        });
        release.start();

        assertThatThrownBy(() -> ReadAhead.read(receiver -> READER.readInto(slow, receiver), (line, bytes) -> {
            throw failure;
        })).isSameAs(failure);

        assertThat(more.getCount()).as("waited for the read in progress").isZero();
        assertThat(slow.reading.isAlive()).isFalse();
    }

    @Test
    void read_sourceThrowsACheckedExceptionSneakily_propagatesItAsTheCause() {
        Exception checked = new java.io.IOException("disk gone");

        assertThatExceptionOfType(UndeclaredThrowableException.class).isThrownBy(() -> ReadAhead.read(
                receiver -> ReadAheadTest.<RuntimeException>sneaky(checked), (line, bytes) -> { }))
                .withCause(checked);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> long sneaky(Throwable throwable) throws T {
        throw (T) throwable;
    }

    /** A stream that gives some bytes at its first read, then ends once a latch opens. */
    private static final class PausingStream extends InputStream {
        private final byte[] first;
        private final CountDownLatch end;
        private int reads;
        /** The thread that read last. */
        volatile Thread reading;

        PausingStream(byte[] first, CountDownLatch end) {
            this.first = first;
            this.end = end;
        }

        @Override
        public int read() {
            throw new UnsupportedOperationException();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            reading = Thread.currentThread();
            if (reads++ == 0) {
                System.arraycopy(first, 0, buffer, offset, first.length);
                return first.length;
            }
            awaitUninterruptibly(end);
            return -1;
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static ReadAhead.Source numbered(int count, int bytes) {
        return receiver -> {
            for (int i = 1; i <= count; i++) {
                receiver.accept(errorLine(i), bytes);
            }
            return count;
        };
    }

    private static JsonLine errorLine(long line) {
        return new JsonLine.ErrorLine(line, List.of(new ReadError(ReadErrorCode.JSON_SYNTAX, "", line, 1, "坏", "bad")));
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
