package org.yanxun.json;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

/**
 * Reads and parses lines on a second thread while the calling thread consumes them, so that binding
 * lines to the model and running the rules take a core each. The lines reach the consumer in order,
 * on the calling thread, exactly as a plain read hands them over.
 *
 * <p>What is read ahead is bounded by the bytes of its lines: at most {@link #BUDGET_BYTES} of lines
 * not yet consumed, plus the line being read; a longer line waits until everything before it has been
 * consumed. If the consumer throws, the reading thread stops at its next line and the exception
 * propagates; if reading throws, the exception propagates from the calling thread. The reading thread
 * never interrupts or closes the input, so a caller's stream is left open as a plain read leaves it.
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

    /** Reads lines into a receiver and returns the number of lines, as {@link JsonLinesReader} does. */
    @FunctionalInterface
    interface Source {
        long read(JsonLinesReader.Receiver receiver);
    }

    private final Semaphore budget = new Semaphore(BUDGET_BYTES);
    private final BlockingQueue<Batch> handed = new LinkedBlockingQueue<>();
    private volatile boolean cancelled;
    private Batch filling = new Batch();

    private ReadAhead() {
    }

    /**
     * Reads every line of a source on a new thread and hands each to a consumer on this thread.
     *
     * @param source the lines
     * @param consumer receives each line, in order
     * @return the number of lines the source read
     */
    static long read(Source source, Consumer<? super JsonLine> consumer) {
        ReadAhead ahead = new ReadAhead();
        Thread reader = new Thread(() -> ahead.produce(source), "yanxun-read-ahead");
        reader.setDaemon(true);
        reader.start();
        boolean done = false;
        try {
            long lines = ahead.consume(consumer);
            done = true;
            joinUninterruptibly(reader);
            return lines;
        } finally {
            if (!done) {
                ahead.cancel();
            }
        }
    }

    /** On the reading thread: reads every line into batches, then hands over the end or the failure. */
    private void produce(Source source) {
        try {
            long lines = source.read(this::add);
            hand();
            handed.add(Batch.end(lines));
        } catch (Cancelled e) {
            // The consumer has gone; nothing waits for more lines.
        } catch (RuntimeException | Error e) {
            hand();
            handed.add(Batch.failed(e));
        }
    }

    private void add(JsonLine line, int bytes) {
        int permits = Math.min(Math.max(bytes, 1), BUDGET_BYTES);
        if (!budget.tryAcquire(permits)) {
            // The lines held back in this batch would otherwise never be consumed to free the budget.
            hand();
            budget.acquireUninterruptibly(permits);
        }
        if (cancelled) {
            throw new Cancelled();
        }
        filling.add(line, permits);
        if (filling.count == BATCH_LINES || filling.permits >= BATCH_BYTES) {
            hand();
        }
    }

    private void hand() {
        if (filling.count > 0) {
            handed.add(filling);
            filling = new Batch();
        }
    }

    /** On the calling thread: hands the lines of every batch to the consumer until the end. */
    private long consume(Consumer<? super JsonLine> consumer) {
        boolean interrupted = false;
        try {
            while (true) {
                Batch batch;
                try {
                    batch = handed.take();
                } catch (InterruptedException e) {
                    // A plain read does not stop when interrupted either; the flag is set again below.
                    interrupted = true;
                    continue;
                }
                if (batch.failure instanceof Error error) {
                    throw error;
                } else if (batch.failure != null) {
                    throw (RuntimeException) batch.failure;
                }
                if (batch.lines == null) {
                    return batch.total;
                }
                for (int i = 0; i < batch.count; i++) {
                    consumer.accept(batch.lines[i]);
                }
                budget.release(batch.permits);
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Stops the reading thread at its next line, waking it if it waits for budget. */
    private void cancel() {
        cancelled = true;
        budget.release(BUDGET_BYTES);
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Some lines handed over at once, or the end of the lines, or the failure of the read. */
    private static final class Batch {
        final JsonLine[] lines;
        int count;
        int permits;
        long total;
        Throwable failure;

        Batch() {
            this.lines = new JsonLine[BATCH_LINES];
        }

        private Batch(JsonLine[] lines) {
            this.lines = lines;
        }

        static Batch end(long total) {
            Batch end = new Batch(null);
            end.total = total;
            return end;
        }

        static Batch failed(Throwable failure) {
            Batch failed = new Batch(null);
            failed.failure = failure;
            return failed;
        }

        void add(JsonLine line, int linePermits) {
            lines[count++] = line;
            permits += linePermits;
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
