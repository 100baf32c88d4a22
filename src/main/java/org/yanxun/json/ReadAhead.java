package org.yanxun.json;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.yanxun.internal.Rethrow;

/**
 * Reads and parses lines on a second thread while the calling thread consumes them, so that binding
 * lines to the model and running the rules take a core each. The lines reach the consumer in order,
 * on the calling thread, as a plain read hands them over; the lines read so far are handed over before
 * the reading thread reads more input, so a stream that pauses does not hold them back.
 *
 * <p>What is read ahead is bounded by the bytes of its lines: at most {@link #BUDGET_BYTES} of lines
 * not yet consumed, plus the line being read; a longer line waits until everything before it has been
 * consumed. The reading thread never interrupts or closes the input. When the call returns or throws,
 * the reading thread has ended: if the consumer throws, the reading thread stops before its next line
 * or its next read of the input, and the call waits for that (unless the calling thread is
 * interrupted meanwhile); if reading throws, the exception propagates from the calling thread. If the
 * calling thread is interrupted while it waits for lines, reading stops with a
 * {@link ReadErrorCode#JSON_IO} line and the interrupt stays set (a plain read, which has no one to
 * wait for, reads on: the interrupt only stops it where the input's own reads react to it).
 *
 * <p>One read ahead serves one read; it is not thread-safe beyond its two threads.
 */
final class ReadAhead {

    /** The most bytes of lines read ahead of the consumer. */
    static final int BUDGET_BYTES = 4 << 20;
    /** The most lines handed over at once. */
    private static final int BATCH_LINES = 256;
    /** The bytes of lines after which a batch is handed over, though it holds fewer lines. */
    private static final int BATCH_BYTES = 64 << 10;
    /** How often the consumer, waiting for lines, checks that the reading thread is still alive. */
    private static final long CHECK_MILLIS = 100;
    /** Handed over when reading failed; the failure is in {@link #failure}. */
    private static final Batch FAILED = new Batch(null);

    /** Reads lines into a receiver and returns the number of lines, as {@link JsonLinesReader} does. */
    @FunctionalInterface
    interface Source {
        long read(JsonLinesReader.Receiver receiver);
    }

    private final Semaphore budget = new Semaphore(BUDGET_BYTES);
    private final BlockingQueue<Batch> handed = new LinkedBlockingQueue<>();
    private volatile boolean cancelled;
    private volatile Throwable failure;
    private Batch filling = new Batch();

    private ReadAhead() {
    }

    /**
     * Reads every line of a source on a new thread and hands each, and each line it skipped, to a
     * consumer on this thread.
     *
     * @param source the lines
     * @param consumer receives each line and each skipped line, in order; not {@code beforeRead}
     * @return the number of lines the source read
     */
    static long read(Source source, JsonLinesReader.Receiver consumer) {
        ReadAhead ahead = new ReadAhead();
        Thread reader = new Thread(() -> ahead.produce(source), "yanxun-read-ahead");
        reader.setDaemon(true);
        reader.start();
        try {
            return ahead.consume(consumer, reader);
        } catch (Throwable e) {
            // As it is, or a checked exception the consumer threw without declaring it wrapped, as a plain read gives it.
            throw Rethrow.unchecked(e, "the receiver of the lines failed");
        } finally {
            ahead.cancel();
            awaitEnd(reader);
        }
    }

    /** On the reading thread: reads every line into batches, then hands over the end or the failure. */
    private void produce(Source source) {
        try {
            long lines = source.read(new JsonLinesReader.Receiver() {
                @Override
                public void accept(JsonLine line, int bytes) {
                    add(line, 0, bytes);
                }

                @Override
                public void skipped(long number) {
                    add(null, number, 0);
                }

                @Override
                public void beforeRead() {
                    stopIfCancelled();
                    hand();
                }
            });
            hand();
            handed.add(Batch.end(lines));
        } catch (Cancelled e) {
            // The consumer has gone; nothing waits for more lines.
        } catch (Throwable e) {
            // Any throwable, checked ones thrown sneakily too; if even this fails, the consumer finds
            // the thread dead.
            failure = e;
            hand();
            handed.add(FAILED);
        }
    }

    /** Adds a line, or with no line the number of a skipped line, to the batch being filled. */
    private void add(JsonLine line, long skipped, int bytes) {
        int permits = Math.min(Math.max(bytes, 1), BUDGET_BYTES);
        if (!budget.tryAcquire(permits)) {
            // The lines held back in this batch would otherwise never be consumed to free the budget.
            hand();
            budget.acquireUninterruptibly(permits);
        }
        stopIfCancelled();
        filling.add(line, skipped, bytes, permits);
        if (filling.count == BATCH_LINES || filling.permits >= BATCH_BYTES) {
            hand();
        }
    }

    private void stopIfCancelled() {
        if (cancelled) {
            throw new Cancelled();
        }
    }

    private void hand() {
        if (filling.count > 0) {
            handed.add(filling);
            filling = new Batch();
        }
    }

    /** On the calling thread: hands the lines of every batch to the consumer until the end. */
    private long consume(JsonLinesReader.Receiver consumer, Thread reader) {
        long lastLine = 0;
        while (true) {
            Batch batch;
            try {
                batch = handed.poll(CHECK_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                long line = lastLine + 1;
                consumer.accept(new JsonLine.ErrorLine(line, List.of(DocumentInput.interrupted(line))), 0);
                return line;
            }
            if (batch == null) {
                // A thread that ended has added its last batch, so an empty queue then stays empty.
                if (!reader.isAlive() && handed.isEmpty()) {
                    throw failed();
                }
                continue;
            }
            if (batch == FAILED) {
                throw failed();
            }
            if (batch.lines == null) {
                return batch.total;
            }
            for (int i = 0; i < batch.count; i++) {
                if (batch.lines[i] != null) {
                    consumer.accept(batch.lines[i], batch.bytes[i]);
                } else {
                    consumer.skipped(batch.skipped[i]);
                }
            }
            lastLine = batch.lineOf(batch.count - 1);
            budget.release(batch.permits);
        }
    }

    /** The failure of the reading thread, to throw on the calling thread. */
    private RuntimeException failed() {
        Throwable cause = failure;
        return cause == null ? new IllegalStateException("the thread reading the lines ended without finishing")
                : Rethrow.unchecked(cause, "reading the lines failed");
    }

    /** Stops the reading thread before its next line or read, waking it if it waits for budget. */
    private void cancel() {
        cancelled = true;
        budget.release(BUDGET_BYTES);
    }

    /** Waits for the reading thread to end; an interrupt stops the wait and stays set. */
    private static void awaitEnd(Thread reader) {
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Some lines handed over at once, or the end of the lines. */
    private static final class Batch {
        /** The lines, null for a line skipped. */
        final JsonLine[] lines;
        /** The bytes of each line read. */
        final int[] bytes;
        /** The number of each line skipped. */
        final long[] skipped;
        int count;
        int permits;
        long total;

        Batch() {
            this.lines = new JsonLine[BATCH_LINES];
            this.bytes = new int[BATCH_LINES];
            this.skipped = new long[BATCH_LINES];
        }

        private Batch(JsonLine[] lines) {
            this.lines = lines;
            this.bytes = null;
            this.skipped = null;
        }

        static Batch end(long total) {
            Batch end = new Batch(null);
            end.total = total;
            return end;
        }

        void add(JsonLine line, long skippedLine, int lineBytes, int linePermits) {
            lines[count] = line;
            skipped[count] = skippedLine;
            bytes[count++] = lineBytes;
            permits += linePermits;
        }

        long lineOf(int index) {
            return lines[index] != null ? lines[index].line() : skipped[index];
        }
    }

    /** Unwinds the reading thread once the consumer has gone. */
    private static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super(null, null, false, false);
        }
    }
}
