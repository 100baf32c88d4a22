package org.yanxun.json;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * Replaces a file with what a writer writes, all or nothing: the writer writes a new file beside it,
 * which replaces the file only once it is written whole. A writer that fails (a studio type the
 * document cannot hold, a full disk) leaves the file as it was, rather than empty or cut short; a
 * truncated document could otherwise read back as a smaller valid one.
 *
 * <p>The new file is created as any file is (its permissions follow the process's umask) and takes the
 * permissions of the file it replaces where the file system has POSIX permissions. A symbolic link is
 * followed: the file it points to is replaced, and the link stays.
 *
 * <p>A path that names a stream is written in place: an existing file that is neither a regular file
 * nor a directory (a pipe, a device such as {@code /dev/null}), and a file descriptor of the process
 * ({@code /dev/stdout}, {@code /dev/fd/1}, {@code /proc/self/fd/1}, or a symbolic link to one), whichever
 * file that descriptor has open. Replacing it would put a regular file in the place of the device or
 * pipe, or cut off what the process wrote before. The standard output and error are written through the
 * process's own descriptors, where what it writes next follows; any other stream at its end, as a
 * shell's {@code >>} writes it. A stream cannot be written all or nothing: a writer that fails leaves
 * what it wrote.
 */
final class DocumentOutput {

    /** The most symbolic links followed to the file, as an operating system allows (Linux: 40). */
    static final int MAX_LINKS = 40;
    private static final int MAX_NAME_TRIES = 100;
    private static final Path DEVICES = Path.of("/dev");
    private static final Path STDOUT = DEVICES.resolve("stdout");
    private static final Path STDERR = DEVICES.resolve("stderr");
    private static final Path PROCESSES = Path.of("/proc");

    private DocumentOutput() {
    }

    /**
     * Replaces a file with the bytes a writer writes to a stream.
     *
     * @param path the file, not null
     * @param writer what writes the bytes; it does not close the stream
     * @throws UncheckedIOException if the file cannot be written; its message names {@code path}
     */
    static void replace(Path path, Consumer<OutputStream> writer) {
        Objects.requireNonNull(path, "path");
        if (isStream(path)) {
            writeAtTheEnd(path, writer);
            return;
        }
        Path target;
        Path written;
        try {
            target = followLinks(path.toAbsolutePath());
            written = createBeside(target);
        } catch (IOException e) {
            throw failure(path, e);
        }
        try {
            // Before a byte is written: a private file's new content is never readable by others.
            keepPermissions(target, written);
            try (OutputStream out = Files.newOutputStream(written)) {
                writer.accept(out);
            }
            move(written, target);
        } catch (IOException e) {
            deleteQuietly(written, e);
            throw failure(path, e);
        } catch (UncheckedIOException e) {
            deleteQuietly(written, e.getCause());
            throw failure(path, e.getCause());
        } catch (RuntimeException | Error e) {
            deleteQuietly(written, e);
            throw e;
        }
    }

    /**
     * Tells whether a path names a stream, written in place: an existing file that is neither a regular
     * file nor a directory, or a file descriptor of the process ({@link #descriptor}), named by the path
     * or by a symbolic link on the way to its file.
     */
    static boolean isStream(Path path) {
        return descriptor(path).isPresent()
                || Files.exists(path) && !Files.isRegularFile(path) && !Files.isDirectory(path);
    }

    /**
     * The file descriptor of the process that a path names, itself or by a symbolic link on the way to its
     * file: a path in the folders {@code /dev/fd} or {@code /proc/PID/fd}, or {@code /dev/stdout} or
     * {@code /dev/stderr}; empty if it names none.
     */
    static Optional<Path> descriptor(Path path) {
        try {
            return links(path.toAbsolutePath()).stream().map(Path::normalize).filter(DocumentOutput::isDescriptor)
                    .findFirst();
        } catch (IOException | SecurityException e) {
            // A path whose links cannot be followed names no descriptor; writing it fails on its own.
            return Optional.empty();
        }
    }

    private static boolean isDescriptor(Path path) {
        Path folder = path.getParent();
        return path.equals(STDOUT) || path.equals(STDERR) || DEVICES.resolve("fd").equals(folder)
                || folder != null && folder.getNameCount() == 3 && folder.startsWith(PROCESSES)
                        && folder.endsWith("fd");
    }

    /**
     * Writes to a stream at its end. The process's standard output and error ({@code /dev/stdout},
     * descriptor 1 or 2 of {@code /dev/fd} or {@code /proc/self/fd}) are written through the descriptors
     * the process holds, after flushing {@link System#out} and {@link System#err}, so that what the
     * process writes next follows the document; any other is opened again, at its end.
     */
    private static void writeAtTheEnd(Path path, Consumer<OutputStream> writer) {
        FileDescriptor standard = descriptor(path).map(DocumentOutput::standard).orElse(null);
        try {
            if (standard != null) {
                System.out.flush();
                System.err.flush();
                // Not closed: the descriptor is the process's own.
                OutputStream out = new FileOutputStream(standard);
                writer.accept(out);
                out.flush();
                return;
            }
            try (OutputStream out = Files.newOutputStream(path, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                writer.accept(out);
            }
        } catch (IOException e) {
            throw failure(path, e);
        } catch (UncheckedIOException e) {
            throw failure(path, e.getCause());
        }
    }

    /** The standard output or error a descriptor's path names, or null for any other. */
    private static FileDescriptor standard(Path descriptor) {
        String name = descriptor.getFileName().toString();
        Path process = descriptor.getParent().getParent();
        boolean own = descriptor.startsWith(DEVICES) || process.endsWith("self")
                || process.endsWith(Long.toString(ProcessHandle.current().pid()));
        if (descriptor.equals(STDOUT) || own && name.equals("1")) {
            return FileDescriptor.out;
        }
        return descriptor.equals(STDERR) || own && name.equals("2") ? FileDescriptor.err : null;
    }

    /** The file a path names once its symbolic links, if any, are followed; it need not exist. */
    private static Path followLinks(Path path) throws IOException {
        List<Path> links = links(path);
        return links.get(links.size() - 1);
    }

    /**
     * The path and each path its symbolic links lead to, in turn, ending at the file (which need not
     * exist).
     *
     * @throws FileSystemException past {@value #MAX_LINKS} links
     */
    private static List<Path> links(Path path) throws IOException {
        List<Path> hops = new ArrayList<>(List.of(path));
        for (Path hop = path; Files.isSymbolicLink(hop); hops.add(hop)) {
            if (hops.size() > MAX_LINKS) {
                throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
            }
            // Not normalised: ".." after a folder that is itself a link is for the file system to resolve.
            hop = hop.resolveSibling(Files.readSymbolicLink(hop));
        }
        return hops;
    }

    /** Creates an empty file beside another, named after it, with the default permissions. */
    private static Path createBeside(Path target) throws IOException {
        for (int tries = 1; ; tries++) {
            Path beside = target.resolveSibling("." + target.getFileName() + "."
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".part");
            try {
                return Files.createFile(beside);
            } catch (FileAlreadyExistsException e) {
                if (tries == MAX_NAME_TRIES) {
                    throw e;
                }
            }
        }
    }

    /** Gives the new file the POSIX permissions of the file it replaces, if there is one. */
    private static void keepPermissions(Path target, Path written) throws IOException {
        if (Files.isRegularFile(target) && Files.getFileAttributeView(target, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(written, Files.getPosixFilePermissions(target));
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * The failure to write a file, which names the file the caller gave, not the file beside it that
     * a {@link FileSystemException} names, and says why in words, not in the names of exception classes.
     */
    private static UncheckedIOException failure(Path path, IOException e) {
        Path directory = path.toAbsolutePath().getParent();
        String why;
        if (e instanceof NoSuchFileException && directory != null && !Files.isDirectory(directory)) {
            why = "the directory " + directory + " does not exist";
        } else if (e instanceof FileSystemException system) {
            why = system.getReason() != null ? system.getReason()
                    : system instanceof AccessDeniedException ? "permission denied"
                    : system instanceof NoSuchFileException ? "no such file or directory"
                    : "the file system refused it";
        } else {
            why = Objects.requireNonNullElse(e.getMessage(), "the output failed");
        }
        return new UncheckedIOException("Cannot write " + path + ": " + why, e);
    }

    private static void deleteQuietly(Path file, Throwable failure) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
