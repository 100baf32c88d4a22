package org.yanxun.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.UndeclaredThrowableException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Pieces of work run on threads of their own and give their results in order; a failure stops the
 * others, and the threads have always ended when the call returns or throws.
 */
class SideBySideTest {

    @AfterEach
    void noThreadLeft() {
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(thread -> thread.getName().startsWith("piece-"));
        assertThat(Thread.interrupted()).as("the test left the thread interrupted").isFalse();
    }

    /** Throws a checked exception from code that declares none, as some libraries do. */
    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void sneakyThrow(Throwable t) throws T {
        throw (T) t;
    }

    /** Waits until the other pieces are told to stop; true if it was told. */
    private static boolean awaitStop(java.util.function.BooleanSupplier stop) {
        long end = System.nanoTime() + 10_000_000_000L;
        while (!stop.getAsBoolean()) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.onSpinWait();
        }
        return true;
    }

    @Test
    void run_givesWhatEachPieceGave_inOrder_eachOnAThreadOfItsOwn() {
        List<String> threads = new ArrayList<>();

        List<String> given = SideBySide.run(4, "piece", (i, stop) -> {
            synchronized (threads) {
                threads.add(Thread.currentThread().getName());
            }
            return "[" + i + "]";
        });

        assertThat(given).containsExactly("[0]", "[1]", "[2]", "[3]");
        assertThat(threads).containsExactlyInAnyOrder(Thread.currentThread().getName(), "piece-1", "piece-2",
                "piece-3");
    }

    @Test
    void run_aThreadCannotBeStarted_theStartedPiecesAreToldToStop_noOtherRuns_andTheFailureIsThrown() {
        OutOfMemoryError noRoom = new OutOfMemoryError("unable to create native thread");
        int[] made = new int[1];
        boolean[] ran = new boolean[5];
        boolean[] stopped = new boolean[5];

        assertThatThrownBy(() -> SideBySide.run(5, "piece", (i, stop) -> {
            ran[i] = true;
            stopped[i] = awaitStop(stop);
            return i;
        }, task -> {
            if (++made[0] == 3) {
                throw noRoom;
            }
            return new Thread(task);
        })).isSameAs(noRoom);

        assertThat(ran).containsExactly(false, true, true, false, false);
        assertThat(stopped).containsExactly(false, true, true, false, false);
    }

    @Test
    void run_onePiece_startsNoThread() {
        assertThat(SideBySide.run(1, "piece", (i, stop) -> Thread.currentThread())).containsExactly(Thread.currentThread());
    }

    @Test
    void run_aPieceOnAThreadFails_theOthersAreToldToStop_andItsFailureIsThrown() {
        IllegalStateException failure = new IllegalStateException("piece 2");
        boolean[] stopped = new boolean[4];

        assertThatThrownBy(() -> SideBySide.run(4, "piece", (i, stop) -> {
            if (i == 2) {
                throw failure;
            }
            stopped[i] = awaitStop(stop);
            throw new IllegalStateException("stopped " + i);
        })).isSameAs(failure);
        assertThat(stopped).containsExactly(true, true, false, true);
    }

    @Test
    void run_theCallingThreadsPieceFails_interruptsTheOthers() {
        Error failure = new AssertionError("first piece");
        CountDownLatch never = new CountDownLatch(1);
        boolean[] interrupted = new boolean[1];

        assertThatThrownBy(() -> SideBySide.run(2, "piece", (i, stop) -> {
            if (i == 0) {
                throw failure;
            }
            try {
                never.await();
            } catch (InterruptedException e) {
                interrupted[0] = true;
            }
            return i;
        })).isSameAs(failure);
        assertThat(interrupted[0]).isTrue();
    }

    @Test
    void run_aCheckedExceptionThrownSneakily_isThrownInsideAnUndeclaredThrowable() {
        Exception checked = new Exception("declared nowhere");
        for (int failing = 0; failing < 2; failing++) {
            int piece = failing;
            assertThatThrownBy(() -> SideBySide.run(2, "piece", (i, stop) -> {
                if (i == piece) {
                    SideBySideTest.<RuntimeException>sneakyThrow(checked);
                }
                return awaitStop(stop);
            })).isInstanceOf(UndeclaredThrowableException.class).hasCause(checked);
        }
    }

    @Test
    void run_callerInterruptedWhileWaiting_passesTheInterruptOn_waitsForTheThreads_andStaysInterrupted() {
        CountDownLatch never = new CountDownLatch(1);
        Thread.currentThread().interrupt();
        List<String> given;
        try {
            given = SideBySide.run(2, "piece", (i, stop) -> {
                if (i == 1) {
                    try {
                        never.await();
                    } catch (InterruptedException e) {
                        return "interrupted";
                    }
                }
                return "done";
            });
        } finally {
            assertThat(Thread.interrupted()).as("still interrupted").isTrue();
        }
        assertThat(given).containsExactly("done", "interrupted");
    }
}
