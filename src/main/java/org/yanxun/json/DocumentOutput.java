package org.yanxun.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Replaces a file with what a writer writes, all or nothing: the writer writes a new file beside it,
 * which replaces the file only once it is written whole. A writer that fails (a studio type the
 * document cannot hold, a full disk) leaves the file as it was, rather than empty or cut short; a
 * truncated document could otherwise read back as a smaller valid one.
 */
final class DocumentOutput {

    private DocumentOutput() {
    }

    /**
     * Replaces a file with the bytes a writer writes to a stream.
     *
     * @param path the file, not null
     * @param writer what writes the bytes; it does not close the stream
     * @throws UncheckedIOException if the file cannot be written
     */
    static void replace(Path path, Consumer<OutputStream> writer) {
        Objects.requireNonNull(path, "path");
        Path absolute = path.toAbsolutePath();
        Path written;
        try {
            written = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".part");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            try (OutputStream out = Files.newOutputStream(written)) {
                writer.accept(out);
            }
            move(written, absolute);
        } catch (IOException e) {
            deleteQuietly(written, e);
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            deleteQuietly(written, e);
            throw e;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file, Throwable failure) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
