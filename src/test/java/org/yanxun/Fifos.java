package org.yanxun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Named pipes for tests of input that can be read once only. */
public final class Fifos {

    private Fifos() {
    }

    /**
     * Makes a FIFO with {@code mkfifo}; skips the test where there is none.
     *
     * @param path where to make it
     * @return the path
     */
    public static Path make(Path path) {
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            mkfifo.getInputStream().readAllBytes();
            assumeTrue(mkfifo.waitFor() == 0 && Files.exists(path), "mkfifo failed");
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is unavailable: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        assertThat(Files.isRegularFile(path)).isFalse();
        return path;
    }
}
