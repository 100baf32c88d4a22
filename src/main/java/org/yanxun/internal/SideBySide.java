package org.yanxun.internal;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * Runs a few pieces of work side by side: the first on the calling thread, each other on a thread of
 * its own, started for the call and ended by it.
 */
public final class SideBySide {

    /** A piece of work, which may stop early once another piece has failed. */
    @FunctionalInterface
    public interface Piece<T> {

        /**
         * Does one piece.
         *
         * @param piece the number of the piece, from 0
         * @param stop true once another piece has failed: long work asks it now and then and ends
         * @return what the piece gives
         */
        T run(int piece, BooleanSupplier stop);
    }

    private SideBySide() {
    }

    /**
     * Runs pieces of work side by side and returns what each gave, in order.
     *
     * <p>If a piece throws, the other pieces are told to {@code stop} and their threads are interrupted
     * (work that reads a file ends at its next read, which the interrupt closes); once every thread has
     * ended, the failure thrown first is thrown: an {@link Error} or {@link RuntimeException} as it is,
     * a checked exception thrown without being declared inside an
     * {@link java.lang.reflect.UndeclaredThrowableException}. If the calling thread is interrupted while
     * it waits for the others, the interrupt is passed on to their threads, they are still waited for,
     * and the calling thread stays interrupted. The threads have ended whenever this returns or throws.
     *
     * @param <T> what a piece gives
     * @param count the number of pieces, at least 1
     * @param name the name of the threads, to which each adds the number of its piece
     * @param work does the piece of a number from 0
     * @return what each piece gave, in order
     */
    public static <T> List<T> run(int count, String name, Piece<? extends T> work) {
        return run(count, name, work, Thread::new);
    }

    /**
     * Runs pieces of work side by side as {@link #run(int, String, Piece)} does, on threads a factory
     * makes. If a thread cannot be made or started (the system has no room for another), no further
     * piece starts, the threads started are stopped as when a piece fails, and that failure is thrown
     * once they have ended.
     */
    @SuppressWarnings("unchecked")
    static <T> List<T> run(int count, String name, Piece<? extends T> work, ThreadFactory factory) {
        Object[] given = new Object[count];
        Thread[] threads = new Thread[count];
        AtomicReference<Throwable> first = new AtomicReference<>();
        BooleanSupplier stop = () -> first.get() != null;
        boolean started = true;
        for (int i = 1; i < count && started; i++) {
            int piece = i;
            try {
                threads[i] = factory.newThread(() -> {
                    try {
                        given[piece] = work.run(piece, stop);
                    } catch (Throwable e) {
                        failed(first, e, threads);
                    }
                });
                threads[i].setName(name + "-" + i);
                threads[i].setDaemon(true);
                threads[i].start();
            } catch (Throwable e) {
                started = false;
                failed(first, e, threads);
            }
        }
        if (started) {
            try {
                given[0] = work.run(0, stop);
            } catch (Throwable e) {
                failed(first, e, threads);
            }
        }
        boolean interrupted = false;
        for (int i = 1; i < count; i++) {
            while (threads[i] != null && threads[i].isAlive()) {
                try {
                    threads[i].join();
                } catch (InterruptedException e) {
                    interrupted = true;
                    interrupt(threads);
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (first.get() != null) {
            throw Rethrow.unchecked(first.get(), "a piece of " + name + " failed");
        }
        return (List<T>) Arrays.asList(given);
    }

    /** Keeps the failure thrown first and stops the other pieces. */
    private static void failed(AtomicReference<Throwable> first, Throwable failure, Thread[] threads) {
        if (first.compareAndSet(null, failure)) {
            interrupt(threads);
        }
    }

    /** Interrupts every thread of the pieces but the calling one's. */
    private static void interrupt(Thread[] threads) {
        for (int i = 1; i < threads.length; i++) {
            if (threads[i] != null && threads[i] != Thread.currentThread()) {
                threads[i].interrupt();
            }
        }
    }
}
