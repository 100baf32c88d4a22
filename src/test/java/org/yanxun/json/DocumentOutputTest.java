package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yanxun.ChildJvm;
import org.yanxun.Dataset;
import org.yanxun.Fifos;
import org.yanxun.InvalidValueException;
import org.yanxun.Studio;
import org.yanxun.StudioForm;
import org.yanxun.StudioType;
import org.yanxun.examples.ExampleCommunities;
import org.yanxun.rules.catalogue.Mutations;

/** Writing a file replaces it whole or leaves it as it was ({@link DocumentOutput}). */
class DocumentOutputTest {

    @TempDir
    Path dir;

    static List<BiConsumer<Dataset, Path>> writers() {
        return List.of(DatasetWriter.compact()::write, JsonLinesWriter::write);
    }

    /** The Liwan data with a studio whose type has a built-in code but other names, which no document holds. */
    private static Dataset unwritable() {
        StudioType impostor = StudioType.of(StudioType.BACKBONE_WORKSHOP.code(), StudioForm.WORKSHOP, 2, "冒名工作坊",
                "impostor workshop");
        return Mutations.studio(ExampleCommunities.liwan2026(), 0, s -> new Studio(s.id(), s.name(), impostor,
                s.level(), s.hostInstitution(), s.researchDirection(), s.stages(), s.subjects(), s.cycle(), s.status(),
                s.memberships(), s.evaluations(), s.activities(), s.mentoringPairs(), s.certificates()));
    }

    private Path existing() throws IOException {
        Path file = dir.resolve("data.json");
        Files.writeString(file, "the file as it was");
        return file;
    }

    /** The file holds what {@link #existing} wrote, and no temporary file is left beside it. */
    private void assertAsItWasAndAlone(Path file) throws IOException {
        assertThat(Files.readString(file)).isEqualTo("the file as it was");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @ParameterizedTest
    @MethodSource("writers")
    void write_datasetTheWriterRefuses_leavesTheFileAsItWas(BiConsumer<Dataset, Path> writer) throws IOException {
        Path file = existing();

        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> writer.accept(unwritable(), file))
                .withMessageContaining("differs from another type with that code");

        assertAsItWasAndAlone(file);
    }

    @ParameterizedTest
    @MethodSource("writers")
    void write_nullDataset_leavesTheFileAsItWas(BiConsumer<Dataset, Path> writer) throws IOException {
        Path file = existing();

        assertThatNullPointerException().isThrownBy(() -> writer.accept(null, file)).withMessage("dataset");

        assertThat(Files.readString(file)).isEqualTo("the file as it was");
    }

    @ParameterizedTest
    @MethodSource("writers")
    void write_dataset_replacesTheFileWithNothingBeside(BiConsumer<Dataset, Path> writer) throws IOException {
        Path file = existing();

        writer.accept(ExampleCommunities.qiyingen(), file);

        assertThat(Files.readString(file)).contains("qijiang");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @ParameterizedTest
    @MethodSource("writers")
    void write_intoAMissingDirectory_failsNamingTheFileWithoutWriting(BiConsumer<Dataset, Path> writer) {
        Path file = dir.resolve("missing").resolve("data.json");

        assertThatExceptionOfType(UncheckedIOException.class)
                .isThrownBy(() -> writer.accept(ExampleCommunities.qiyingen(), file))
                .withMessage("Cannot write " + file + ": the directory " + file.getParent() + " does not exist");
        assertThat(file).doesNotExist();
    }

    @Test
    void replace_writerWhoseStreamFails_failsNamingTheFileAndLeavesItAsItWas() throws IOException {
        Path file = existing();
        IOException full = new IOException("No space left on device");

        assertThatExceptionOfType(UncheckedIOException.class)
                .isThrownBy(() -> DocumentOutput.replace(file, out -> {
                    throw new UncheckedIOException(full.getMessage(), full);
                }))
                .withMessage("Cannot write " + file + ": No space left on device")
                .withCause(full);
        assertAsItWasAndAlone(file);
    }

    @ParameterizedTest
    @MethodSource("writers")
    void write_overAFile_keepsItsPermissions(BiConsumer<Dataset, Path> writer) throws IOException {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "POSIX permissions");
        Path file = existing();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

        writer.accept(ExampleCommunities.qiyingen(), file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
    }

    @ParameterizedTest
    @MethodSource("writers")
    void write_newFile_getsTheDefaultPermissionsNotATemporaryFilesOwnerOnlyOnes(BiConsumer<Dataset, Path> writer)
            throws IOException {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "POSIX permissions");
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path file = dir.resolve("new.json");

        writer.accept(ExampleCommunities.qiyingen(), file);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @ParameterizedTest
    @MethodSource("writers")
    void write_throughSymbolicLinks_replacesTheFileTheyPointToAndKeepsThem(BiConsumer<Dataset, Path> writer)
            throws IOException {
        Path file = existing();
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), file.getFileName());
        Path linkToLink = Files.createSymbolicLink(dir.resolve("again.json"), link);

        writer.accept(ExampleCommunities.qiyingen(), linkToLink);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.isSymbolicLink(linkToLink)).isTrue();
        assertThat(Files.readString(file)).contains("qijiang");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactlyInAnyOrder(file, link, linkToLink);
        }
    }

    @ParameterizedTest
    @MethodSource("writers")
    void write_throughALinkWhoseParentsParentIsReachedThroughAnotherLink_replacesTheFileTheSystemFinds(
            BiConsumer<Dataset, Path> writer) throws IOException {
        Path sub = Files.createDirectories(dir.resolve("real").resolve("sub"));
        Path data = Files.writeString(dir.resolve("real").resolve("data.json"), "old");
        Path linkDir = Files.createSymbolicLink(dir.resolve("linkdir"), sub);
        Files.createSymbolicLink(sub.resolve("f.json"), Path.of("..", "data.json"));

        writer.accept(ExampleCommunities.qiyingen(), linkDir.resolve("f.json"));

        assertThat(Files.readString(data)).contains("qijiang");
        assertThat(dir.resolve("data.json")).doesNotExist();
    }

    @Test
    void replace_overAPrivateFile_theNewContentIsNeverReadableByOthers() throws IOException {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "POSIX permissions");
        Path file = existing();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        List<String> whileWriting = new java.util.ArrayList<>();

        DocumentOutput.replace(file, out -> {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(f -> !f.equals(file)).forEach(f -> whileWriting.add(permissions(f)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        assertThat(whileWriting).containsExactly("rw-------");
    }

    private static String permissions(Path file) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("writers")
    void write_throughADanglingLink_createsTheFileItPointsTo(BiConsumer<Dataset, Path> writer) throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("target.json"));

        writer.accept(ExampleCommunities.qiyingen(), link);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(dir.resolve("target.json"))).contains("qijiang");
    }

    @ParameterizedTest
    @MethodSource("writers")
    void write_throughALinkLoop_failsNamingTheFile(BiConsumer<Dataset, Path> writer) throws IOException {
        Path one = dir.resolve("one.json");
        Files.createSymbolicLink(one, Path.of("two.json"));
        Files.createSymbolicLink(dir.resolve("two.json"), Path.of("one.json"));

        assertThatExceptionOfType(UncheckedIOException.class)
                .isThrownBy(() -> writer.accept(ExampleCommunities.qiyingen(), one))
                .withMessageStartingWith("Cannot write " + one + ": ")
                .withMessageContaining("too many levels of symbolic links");
    }

    @ParameterizedTest
    @MethodSource("writers")
    void write_ontoADirectory_failsNamingTheFileInWordsNotClassNames(BiConsumer<Dataset, Path> writer)
            throws IOException {
        Path directory = Files.createDirectory(dir.resolve("out.json"));

        assertThatExceptionOfType(UncheckedIOException.class)
                .isThrownBy(() -> writer.accept(ExampleCommunities.qiyingen(), directory))
                .withMessageStartingWith("Cannot write " + directory + ": ")
                .withMessageNotContaining("Exception");
        assertThat(directory).isEmptyDirectory();
    }

    @ParameterizedTest
    @MethodSource("writers")
    void write_ontoADirectory_leavesNoFileBesideIt(BiConsumer<Dataset, Path> writer) throws IOException {
        Path directory = Files.createDirectory(dir.resolve("out.json"));

        assertThatExceptionOfType(UncheckedIOException.class)
                .isThrownBy(() -> writer.accept(ExampleCommunities.qiyingen(), directory));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).as("the document written beside it is deleted").containsExactly(directory);
        }
    }

    @ParameterizedTest
    @MethodSource("writers")
    void write_throughAsManyLinksAsAllowed_replacesTheFileTheyLeadTo(BiConsumer<Dataset, Path> writer)
            throws IOException {
        Path file = existing();
        Path first = file;
        for (int i = 0; i < DocumentOutput.MAX_LINKS; i++) {
            first = Files.createSymbolicLink(dir.resolve("link" + i + ".json"), first.getFileName());
        }

        writer.accept(ExampleCommunities.qiyingen(), first);

        assertThat(Files.readString(file)).isNotEqualTo("the file as it was").startsWith("{");
        assertThat(Files.isSymbolicLink(first)).isTrue();
    }

    @ParameterizedTest
    @MethodSource("writers")
    void write_throughALinkIntoAMissingDirectory_failsSayingThereIsNoSuchFile(BiConsumer<Dataset, Path> writer)
            throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("out.json"), dir.resolve("missing").resolve("data.json"));

        assertThatExceptionOfType(UncheckedIOException.class)
                .isThrownBy(() -> writer.accept(ExampleCommunities.qiyingen(), link))
                .withMessage("Cannot write " + link + ": no such file or directory");
    }

    @Test
    void replace_fileBesideThatCannotBeDeleted_failsWithTheDeletionFailureSuppressed() throws IOException {
        Path file = existing();
        IOException full = new IOException("No space left on device");

        UncheckedIOException thrown = catchThrowableOfType(UncheckedIOException.class,
                () -> DocumentOutput.replace(file, out -> {
                    try (Stream<Path> files = Files.list(dir)) {
                        Path beside = files.filter(f -> f.getFileName().toString().endsWith(".part")).findFirst()
                                .orElseThrow();
                        // A folder that is not empty where the file beside was: deleting it fails.
                        Files.delete(beside);
                        Files.createFile(Files.createDirectory(beside).resolve("kept"));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    throw new UncheckedIOException(full.getMessage(), full);
                }));

        assertThat(thrown).hasMessage("Cannot write " + file + ": No space left on device").hasCause(full);
        assertThat(full.getSuppressed()).singleElement().isInstanceOf(DirectoryNotEmptyException.class);
        assertThat(Files.readString(file)).isEqualTo("the file as it was");
    }

    @ParameterizedTest
    @MethodSource("writers")
    void write_toAPipe_writesIntoIt_andLeavesItAPipe(BiConsumer<Dataset, Path> writer) throws Exception {
        Path fifo = Fifos.make(dir.resolve("pipe.json"));
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), fifo);
        Dataset liwan = ExampleCommunities.liwan2026();
        for (Path target : List.of(fifo, link)) {
            CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
                try (InputStream in = Files.newInputStream(fifo)) {
                    return in.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });

            writer.accept(liwan, target);

            assertThat(read.get(30, TimeUnit.SECONDS)).isNotEmpty();
            assertThat(Files.isRegularFile(fifo)).isFalse();
            assertThat(Files.isSymbolicLink(link)).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/dev/stdout", "/dev/stderr", "/dev/fd/1", "/proc/self/fd/1", "/proc/42/fd/7",
            "/dev/fd/../fd/1"})
    void isStream_aFileDescriptorOfTheProcess(String path) {
        assertThat(DocumentOutput.isStream(Path.of(path))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/dev/shm/report.json", "/proc/self/fd", "/proc/self/task/1/fd/1", "/tmp/fd/1"})
    void isStream_notADescriptor_andNoFile_isReplacedAsAFile(String path) {
        assertThat(DocumentOutput.isStream(Path.of(path))).isFalse();
    }

    @Test
    void isStream_aLinkToTheStandardOutput() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("out.json"), Path.of("/dev/stdout"));

        assertThat(DocumentOutput.isStream(link)).isTrue();
        assertThat(DocumentOutput.descriptor(link)).contains(Path.of("/dev/stdout"));
        assertThat(DocumentOutput.descriptor(existing())).isEmpty();
    }

    /** What a process writes to its standard output before and after the document stays in that order. */
    @ParameterizedTest
    @ValueSource(strings = {"/dev/stdout", "/dev/fd/1", "/proc/self/fd/1", "link"})
    void write_toTheStandardOutput_sentToAFile_keepsWhatCameBeforeAndAfter(String target) throws Exception {
        assumeTrue(Files.exists(Path.of("/proc/self/fd/1")), "a system with /proc");
        Path link = Files.createSymbolicLink(dir.resolve("out.json"), Path.of("/dev/stdout"));
        Path output = dir.resolve("output.txt");
        Process process = new ProcessBuilder(ChildJvm.command(List.of(), WriteToAPath.class,
                target.equals("link") ? link.toString() : target))
                .redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the program ends").isTrue();
        assertThat(process.exitValue()).isZero();

        String document = DatasetWriter.compact().writeToString(ExampleCommunities.qiyingen());
        String expected = "BEFORE " + document + "\nAFTER\n";
        assertThat(Files.readString(output)).isEqualTo(expected);
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    /** What a process writes to its standard error before and after the document stays in that order. */
    @ParameterizedTest
    @ValueSource(strings = {"/dev/stderr", "/dev/fd/2", "/proc/self/fd/2"})
    void write_toTheStandardError_sentToAFile_keepsWhatCameBeforeAndAfter(String target) throws Exception {
        assumeTrue(Files.exists(Path.of("/proc/self/fd/2")), "a system with /proc");
        Path output = dir.resolve("errors.txt");
        Process process = new ProcessBuilder(ChildJvm.command(List.of(), WriteToAPath.class, target, "err"))
                .redirectError(output.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the program ends").isTrue();
        assertThat(process.exitValue()).isZero();

        String document = DatasetWriter.compact().writeToString(ExampleCommunities.qiyingen());
        assertThat(Files.readString(output)).isEqualTo("BEFORE " + document + "\nAFTER\n");
    }

    @Test
    void isStream_aRegularFileOrAFolder_isNot() throws IOException {
        assertThat(DocumentOutput.isStream(existing())).isFalse();
        assertThat(DocumentOutput.isStream(dir)).isFalse();
    }
}
