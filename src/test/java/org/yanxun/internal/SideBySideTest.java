package org.yanxun.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Pieces of work run on threads of their own and give their results in order; failures end them all. */
class SideBySideTest {

    @Test
    void run_givesWhatEachPieceGave_inOrder_eachOnAThreadOfItsOwn() {
        List<String> threads = new ArrayList<>();

        List<String> given = SideBySide.run(4, "piece", i -> {
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
    void run_onePiece_startsNoThread() {
        assertThat(SideBySide.run(1, "piece", i -> Thread.currentThread())).containsExactly(Thread.currentThread());
    }

    @Test
    void run_failures_throwsTheFirstInOrder_afterEveryThreadEnded() {
        assertThatThrownBy(() -> SideBySide.run(4, "failing", i -> {
            if (i > 1) {
                throw new IllegalStateException("piece " + i);
            }
            return i;
        })).hasMessage("piece 2");
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(thread -> thread.getName().startsWith("failing"));
    }

    @Test
    void run_theCallingThreadsPieceFails_interruptsTheOthers() {
        Error failure = new AssertionError("first piece");
        CountDownLatch never = new CountDownLatch(1);
        boolean[] interrupted = new boolean[1];

        assertThatThrownBy(() -> SideBySide.run(2, "waiting", i -> {
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
    void run_callerInterruptedWhileWaiting_cancels_andStaysInterrupted() {
        CountDownLatch never = new CountDownLatch(1);
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> SideBySide.run(2, "slow", i -> {
                if (i == 1) {
                    try {
                        never.await();
                    } catch (InterruptedException e) {
                        return "stopped";
                    }
                }
                return "done";
            })).isInstanceOf(CancellationException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
