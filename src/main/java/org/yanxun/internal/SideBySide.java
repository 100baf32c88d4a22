package org.yanxun.internal;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.IntFunction;

/**
 * Runs a few pieces of work side by side: the first on the calling thread, each other on a thread of
 * its own, started for the call and ended by it.
 */
public final class SideBySide {

    private SideBySide() {
    }

    /**
     * Runs pieces of work side by side and returns what each gave, in order. If a piece throws, the
     * threads still working are interrupted (work that reads a file ends at its next read, which the
     * interrupt closes) and the first failure in the order of the pieces is thrown. The threads have
     * ended when this returns or throws, unless the calling thread is interrupted while it waits for them.
     *
     * @param <T> what a piece gives
     * @param count the number of pieces, at least 1
     * @param name the name of the threads, to which each adds the number of its piece
     * @param work does the piece of a number from 0
     * @return what each piece gave, in order
     * @throws CancellationException if the calling thread is interrupted while it waits, which leaves it
     *     interrupted
     */
    @SuppressWarnings("unchecked")
    public static <T> List<T> run(int count, String name, IntFunction<? extends T> work) {
        Object[] given = new Object[count];
        Throwable[] failures = new Throwable[count];
        Thread[] threads = new Thread[count];
        for (int i = 1; i < count; i++) {
            int piece = i;
            threads[i] = new Thread(() -> {
                try {
                    given[piece] = work.apply(piece);
                } catch (RuntimeException | Error e) {
                    failures[piece] = e;
                }
            }, name + "-" + i);
            threads[i].setDaemon(true);
            threads[i].start();
        }
        try {
            given[0] = work.apply(0);
        } catch (RuntimeException | Error e) {
            failures[0] = e;
            interrupt(threads, 1);
        }
        for (int i = 1; i < count; i++) {
            try {
                threads[i].join();
            } catch (InterruptedException e) {
                interrupt(threads, i);
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while waiting for " + name + " threads");
            }
            if (failures[i] != null) {
                interrupt(threads, i + 1);
            }
        }
        for (Throwable failure : failures) {
            if (failure instanceof RuntimeException e) {
                throw e;
            } else if (failure instanceof Error e) {
                throw e;
            }
        }
        return (List<T>) Arrays.asList(given);
    }

    private static void interrupt(Thread[] threads, int from) {
        for (int i = Math.max(1, from); i < threads.length; i++) {
            threads[i].interrupt();
        }
    }
}
