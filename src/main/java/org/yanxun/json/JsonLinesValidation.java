package org.yanxun.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import java.util.function.LongPredicate;
import org.yanxun.Alliance;
import org.yanxun.Institution;
import org.yanxun.InvalidValueException;
import org.yanxun.internal.Checks;
import org.yanxun.internal.SideBySide;
import org.yanxun.rules.Dimensions;
import org.yanxun.rules.Entity;
import org.yanxun.rules.Finding;
import org.yanxun.rules.KeyPartition;
import org.yanxun.rules.Location;
import org.yanxun.rules.Report;
import org.yanxun.rules.RuleEngine;
import org.yanxun.rules.RuleRun;

/**
 * Validates a JSON Lines file with a {@link RuleEngine} as it streams, such as
 * <pre>{@code
 * JsonLinesReport result = JsonLinesValidation.of(RuleEngine.of(Presets.guangzhouLiwan2026()))
 *         .validate(Path.of("liwan.jsonl"), LocalDate.of(2026, 3, 1));
 * result.report().findings().forEach(f -> System.out.println(f.location() + " " + f.messageEn()));
 * // line 12 /studio/memberships/0/person person 'p-0001' is referred to here but is not in the data
 * }</pre>
 *
 * <p>A file is read twice: the first pass keeps only the reference data (the {@code institution}
 * and {@code alliance} lines, wherever they are) as {@link Dimensions}; the second turns each line
 * into an {@link Entity} located at its line, such as {@code line 12 /studio}, and feeds it to one
 * {@link RuleRun}. A stream can be read once only, so its caller gives the dimensions; for the same
 * reason a path that is not a regular file, such as a FIFO or {@code /dev/stdin}, is refused with a
 * {@link ReadErrorCode#JSON_IO} error before it is opened (see {@link #validate(Path, LocalDate)}). A line that
 * cannot be read becomes {@link ReadError}s with its line and the other lines are still validated;
 * at most {@link JsonLimits#maxErrors()} read errors are kept, then one {@link ReadErrorCode#JSON_LIMIT},
 * and a {@link ReadErrorCode#JSON_IO} error that stopped the reading (a pass over the keys adds its own).
 * Memory stays flat apart from the keyed rules' states, which grow with keys (persons, alliances),
 * not with lines, and the findings, which the report holds: a few hundred bytes each, unbounded in
 * number, and not counted in the state memory below, so a file of millions of faulty lines needs the
 * heap for millions of findings.
 *
 * <p>When the keyed states of a file would take more than the {@linkplain #withStateMemory state
 * memory} (by default half the heap), the second pass becomes several: the keys are split by hash into
 * as many {@link KeyPartition}s as needed, and each pass keeps the states of one part, so the file is
 * read once more per part and the report is the same. The pass of the first part reads every line and
 * notes, a bit per line and part, which parts' keys each line touches (see
 * {@link RuleRun#acceptTellingParts}); the passes of the other parts skip, unparsed, the lines that touch
 * none of theirs, such as most person lines. The notes take {@code lines * parts / 8} bytes; a file
 * whose notes would take more than an eighth of the state memory is read whole in every pass. The
 * estimate is {@value #STATE_BYTES_PER_LINE} bytes of states per line, about what the built-in
 * catalogue keeps per person on national-scale data; a catalogue with larger states of its own sets a
 * smaller memory.
 *
 * <p>This class is immutable and thread-safe; each validation runs on the calling thread, which with
 * {@link #withReadAhead} leaves reading and parsing the lines to a second thread of its own, and with
 * {@link #withThreads} shares the work with threads of its own.
 */
public final class JsonLinesValidation {

    /** The bytes of keyed states a line is expected to add, for splitting the keys of a large file. */
    static final long STATE_BYTES_PER_LINE = 300;
    /** The most passes over the keys of one file: a smaller state memory is not honoured. */
    static final int MAX_PARTITIONS = 64;
    /** The most threads that validate one file. */
    public static final int MAX_THREADS = RuleRun.MAX_THREADS;

    private static final LongConsumer NO_PROGRESS = lines -> { };
    private static final long HALF_THE_HEAP = 0;

    private final RuleEngine engine;
    private final JsonLinesReader reader;
    private final LongConsumer progress;
    private final long stateMemory;
    private final boolean readAhead;
    private final int threads;

    private JsonLinesValidation(RuleEngine engine, JsonLinesReader reader, LongConsumer progress, long stateMemory,
            boolean readAhead, int threads) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.stateMemory = stateMemory;
        this.readAhead = readAhead;
        this.threads = threads;
    }

    /**
     * Obtains a validation with an engine, the default reader and no progress callback.
     *
     * @param engine the engine, not null
     * @return the validation
     */
    public static JsonLinesValidation of(RuleEngine engine) {
        return new JsonLinesValidation(engine, JsonLinesReader.create(), NO_PROGRESS, HALF_THE_HEAP, false, 1);
    }

    /**
     * Returns a copy that reads with another reader, such as one with other {@link JsonLimits}.
     *
     * @param value the reader, not null
     * @return the copy
     */
    public JsonLinesValidation withReader(JsonLinesReader value) {
        return new JsonLinesValidation(engine, value, progress, stateMemory, readAhead, threads);
    }

    /**
     * Returns a copy that reports progress: after every line it validates, the callback receives the
     * number of lines read so far. It runs on the validating thread and should be cheap. When a file is
     * validated in several passes (see {@link #withStateMemory}), each pass counts its lines from 1, the
     * lines it skips unparsed included. The last call of a pass receives its number of lines, blank lines
     * included ({@link JsonLinesReport#lines()}), on one thread and on several alike.
     *
     * @param value the callback, not null
     * @return the copy
     */
    public JsonLinesValidation withProgress(LongConsumer value) {
        return new JsonLinesValidation(engine, reader, value, stateMemory, readAhead, threads);
    }

    /**
     * Returns a copy that lets the keyed states of a file take about this much memory: a file whose
     * states would take more is validated in as many passes over its keys as needed, at most
     * {@value #MAX_PARTITIONS}. A stream, which can be read once only, is always validated in one pass.
     *
     * @param bytes the memory for keyed states, positive
     * @return the copy
     * @throws IllegalArgumentException if {@code bytes} is not positive
     */
    public JsonLinesValidation withStateMemory(long bytes) {
        if (bytes <= 0) {
            throw new InvalidValueException("状态内存必须为正，而不是 " + bytes, "state memory must be positive, not " + bytes);
        }
        return new JsonLinesValidation(engine, reader, progress, bytes, readAhead, threads);
    }

    /**
     * Returns a copy that reads and parses the lines on a second thread, ahead of the calling thread,
     * which runs the rules: on a machine with two cores or more a large file is validated in about the
     * time the slower of the two takes instead of their sum; at the end of a pass the two threads
     * check the keyed states side by side ({@link RuleRun#finish(int)}). The report, the read errors and
     * the progress calls are the same, and still come on the calling thread. At most
     * {@value ReadAhead#BUDGET_BYTES} bytes of lines are read ahead. Files are read ahead; a
     * {@linkplain #validate(InputStream, Dimensions, LocalDate) stream} is not: a read of a stream may
     * block for good (a pipe or a socket whose writer stalls), and a thread blocked in it could neither be
     * stopped when the validation fails nor be waited for, so it would outlive the validation and go on
     * consuming the caller's stream. A stream is read on the calling thread, and its keyed states are
     * still checked on two. A file validated on {@linkplain #withThreads several threads} is not read
     * ahead. Off by default: a library should not start threads its caller did not ask for.
     *
     * @param value whether to read ahead on a second thread
     * @return the copy
     */
    public JsonLinesValidation withReadAhead(boolean value) {
        return new JsonLinesValidation(engine, reader, progress, stateMemory, value, threads);
    }

    /**
     * Returns a copy that validates on several threads. The pass that reads a file's reference data
     * also cuts the file into as many byte ranges of about equal size, each starting at a line; each
     * range is read, bound and fed to a {@link RuleRun} of its own on a thread of its own, the calling
     * thread taking the first; the runs are then {@linkplain RuleRun#merge merged} on the calling
     * thread, and the keyed rules {@linkplain RuleRun#finish(int) checked} on as many threads. A stream
     * is read on the calling thread and only its keyed rules are checked on several. Until they are
     * merged, the runs keep their states apart, so a file is split into key partitions as if its states
     * took twice the memory (see {@link #withStateMemory}). The report, the read errors and the line
     * count are the same as on one thread, except for a grouping of your own whose {@code merge}
     * throws, or returns null, when the runs are merged: that ends the validation with what it threw
     * (a {@link NullPointerException} for null; on one thread either is an
     * {@link RuleEngine#ENGINE_RULE_FAILED} finding at the record being folded). A merge that fails for
     * some states only (one that refuses a sum over a limit, say) may fail on one thread and not on
     * several, or the other way, since the runs merge a key's states in another order and grouping: as
     * over key partitions ({@link org.yanxun.rules.KeyPartition}), its report may differ. Progress calls
     * come from the reading threads, one at a time, with the number of lines read so far by all of
     * them, blank lines included. The threads end before the validation returns or throws. If one
     * fails, the others stop at their next line and the validation throws what failed first (a checked
     * exception thrown without being declared inside an
     * {@link java.lang.reflect.UndeclaredThrowableException}, as on one thread). An interrupt of the
     * calling thread is passed on to the reading threads: a read of the file that it stops ends that
     * range with a {@link ReadErrorCode#JSON_IO} read error ("reading was interrupted"), as the read
     * ahead's does, the keys read so far are still checked (those of one part of the keys, when there
     * are several; see {@link #validate(Path, LocalDate)}), and the thread stays interrupted. One
     * thread by default: a library should not start threads its caller did not ask for.
     *
     * @param value the number of threads, from 1 to {@value #MAX_THREADS}
     * @return the copy
     * @throws IllegalArgumentException if {@code value} is out of range
     */
    public JsonLinesValidation withThreads(int value) {
        if (value < 1 || value > MAX_THREADS) {
            throw new InvalidValueException("线程数必须在 1 到 " + MAX_THREADS + " 之间，而不是 " + value,
                    "threads must be from 1 to " + MAX_THREADS + ", not " + value);
        }
        return new JsonLinesValidation(engine, reader, progress, stateMemory, readAhead, value);
    }

    /**
     * Validates a file in two passes, taking the reference data from its own lines; the second becomes
     * several when the keyed states would not fit in the {@linkplain #withStateMemory state memory}.
     *
     * <p>Since the file is read more than once, it must be a regular file, or a symbolic link to one. A
     * path that is neither a regular file nor a directory, such as a FIFO or {@code /dev/stdin} fed by a
     * pipe, is refused before it is opened, so a FIFO does not block: the report has no findings, no line
     * is counted and the one read error is {@link ReadErrorCode#JSON_IO} of no line, saying the path is
     * not a regular file. Such input is validated in one pass as a stream, with
     * {@link #validate(InputStream, Dimensions, LocalDate)}, given its reference data. A missing file and a
     * directory are likewise one {@code JSON_IO} error.
     *
     * <p>The file must not change while it is validated. Its size, time of last change and identity
     * are compared after every pass with what they were before the first, and so is the number of lines
     * each pass read to its end; if any differs, the passes read different content, and the report has
     * no findings and one {@link ReadErrorCode#JSON_IO} read error of no line saying that the file
     * changed. Content rewritten in place with the same size and lines, within the file system's
     * resolution of time, is not seen. A pass over the keys that stops reading (an interrupt, a failure
     * of the file system) keeps its {@code JSON_IO} read error, and no further pass is made, so the keys
     * of the parts after it are not checked.
     *
     * <p>A file without a record (empty, or blank lines alone) is no error here: its report is successful
     * with no finding. An application that must not accept an empty upload checks the file, as the
     * command line does, which reports it as {@link ReadErrorCode#JSON_EMPTY}.
     *
     * @param path the JSON Lines file, not null; a regular file
     * @param asOf the date to validate as of, not null
     * @return the report, the read errors and the number of lines
     * @throws IllegalArgumentException if {@code asOf} is outside the years 0000 to 9999
     */
    public JsonLinesReport validate(Path path, LocalDate asOf) {
        Objects.requireNonNull(path, "path");
        Checks.date(asOf, "asOf");
        ReadError refused = DocumentInput.notRereadable(path);
        if (refused != null) {
            Pass pass = new Pass(engine.start(Dimensions.empty(), asOf), progress, null);
            pass.error(refused);
            return pass.finish(0);
        }
        FileState before = FileState.of(path);
        List<Institution> institutions = new ArrayList<>();
        List<Alliance> alliances = new ArrayList<>();
        LineRanges cuts = threads == 1 ? null : new LineRanges(sizeOf(path), threads);
        // The studio type lines tell the cuts which custom types each range starts with.
        Set<RecordType> read = cuts == null ? EnumSet.of(RecordType.INSTITUTION, RecordType.ALLIANCE)
                : EnumSet.of(RecordType.INSTITUTION, RecordType.ALLIANCE, RecordType.STUDIO_TYPE);
        RecordCounts counts = new RecordCounts();
        long expected = reader.readOnly(path, read, line -> {
            if (line instanceof JsonLine.InstitutionLine l) {
                institutions.add(l.institution());
            } else if (line instanceof JsonLine.AllianceLine l) {
                alliances.add(l.alliance());
            }
        }, cuts, counts);
        Dimensions dimensions = Dimensions.of(institutions, alliances);
        List<LineRanges.Range> ranges = cuts == null ? List.of() : cuts.ranges();
        List<KeyPartition> parts = KeyPartition.split(partitionsFor(expected));
        LineParts needed = parts.size() > 1 && LineParts.bytesFor(expected, parts.size()) <= stateMemory() / 8
                ? new LineParts(expected, parts.size()) : null;
        JsonLinesReport first = pass(path, ranges, counts, dimensions, asOf, parts.get(0), needed,
                JsonLinesReader.EVERY_LINE);
        if (before.changed(path, expected, first)) {
            return changedWhileRead(path, asOf);
        }
        if (parts.size() == 1 || readFailed(first)) {
            return first;
        }
        List<Finding> findings = new ArrayList<>(first.report().findings());
        List<ReadError> errors = new ArrayList<>(first.readErrors());
        for (KeyPartition part : parts.subList(1, parts.size())) {
            LongPredicate wanted = needed == null ? JsonLinesReader.EVERY_LINE
                    : line -> needed.needs(line, part.index());
            JsonLinesReport later = pass(path, ranges, counts, dimensions, asOf, part, null, wanted);
            if (before.changed(path, expected, later)) {
                return changedWhileRead(path, asOf);
            }
            findings.addAll(later.report().findings());
            if (readFailed(later)) {
                errors.addAll(later.readErrors());
                break;
            }
        }
        return new JsonLinesReport(Report.of(engine.policy().id(), asOf, findings), errors, first.lines());
    }

    /** Tells whether a pass stopped reading its file: an interrupt, or a failure of the file system. */
    private static boolean readFailed(JsonLinesReport pass) {
        return pass.readErrors().stream().anyMatch(e -> e.code() == ReadErrorCode.JSON_IO);
    }

    private JsonLinesReport changedWhileRead(Path file, LocalDate asOf) {
        String path = Failures.path(file);
        ReadError changed = new ReadError(ReadErrorCode.JSON_IO, "", 0, 0,
                "文件 " + path + " 在校验期间被修改，各遍读到的内容不同，结果不可信；请在文件不再变化时重新校验",
                "the file " + path + " changed while it was validated, so its passes read different content and "
                        + "the findings cannot be trusted; validate it again once it no longer changes");
        return new JsonLinesReport(Report.of(engine.policy().id(), asOf, List.of()), List.of(changed), 0);
    }

    /**
     * What tells whether a file changed between the passes that read it: its identity, size and time of
     * last change, and the number of lines each pass read. Content rewritten in place with the same size,
     * within the file system's resolution of time, goes unseen.
     */
    private record FileState(Object key, long size, FileTime modified) {

        /** The state of a file now; one of no size and no time if its attributes cannot be read. */
        static FileState of(Path path) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                return new FileState(attributes.fileKey(), attributes.size(), attributes.lastModifiedTime());
            } catch (IOException e) {
                return new FileState(null, -1, null);
            }
        }

        /**
         * Tells whether a file is not as it was: its state differs now, or a pass that read it to its end
         * read another number of lines than the first pass.
         */
        boolean changed(Path path, long lines, JsonLinesReport pass) {
            return !equals(of(path)) || !readFailed(pass) && pass.lines() != lines;
        }
    }

    private static long sizeOf(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0; // The pass that reads the lines reports it.
        }
    }

    /**
     * Reads the wanted lines of a file into a run that keeps one part of the keys: on the calling thread,
     * or range by range on several threads when the file was cut into more than one.
     *
     * @param counts the lines of each record type in the file
     * @param needed where to mark the parts each line needs, or null
     * @param wanted the lines to read; the others are skipped unparsed
     */
    private JsonLinesReport pass(Path path, List<LineRanges.Range> ranges, RecordCounts counts,
            Dimensions dimensions, LocalDate asOf, KeyPartition part, LineParts needed, LongPredicate wanted) {
        if (ranges.size() <= 1) {
            Pass pass = new Pass(start(dimensions, asOf, part, counts, 1), progress, needed);
            long lines = read(receiver -> reader.readInto(path, wanted, receiver), pass);
            pass.reached(lines);
            return pass.finish(lines);
        }
        SharedProgress shared = new SharedProgress(progress);
        List<Pass> passes = SideBySide.run(ranges.size(), "yanxun-range", (i, stop) -> {
            LongConsumer rangeProgress = progress == NO_PROGRESS ? NO_PROGRESS : shared.of(ranges.get(i));
            Pass pass = new Pass(start(dimensions, asOf, part, counts, ranges.size()), rangeProgress, needed, stop);
            pass.lines = reader.readInto(path, ranges.get(i), wanted, pass);
            // The blank lines that end a range, which no line read reports.
            pass.reached(pass.lines);
            return pass;
        });
        Pass first = passes.get(0);
        passes.subList(1, passes.size()).forEach(first::absorb);
        return first.finish(first.lines);
    }

    /** The threads that check the keyed states at the end of a pass: the reading thread helps when it reads ahead. */
    private int checkingThreads() {
        return threads == 1 && readAhead ? 2 : threads;
    }

    /**
     * Starts the run of one part of the keys, or of one range of lines of it, sized for its share of the
     * records counted: the keys of a part are about the same share of each class of key, and so are the
     * records of a range. Nothing is added to spare: a table's size is a power of two, so it has room
     * beyond its share unless the share lies just below one, where a few keys more cost one growth,
     * whereas room to spare would double every table whose share lies below a power of two by less
     * than the spare.
     */
    private RuleRun start(Dimensions dimensions, LocalDate asOf, KeyPartition part, RecordCounts counts, int ranges) {
        RuleRun run = engine.start(dimensions, asOf, part);
        for (RecordType type : RecordType.values()) {
            long share = counts.of(type) / ((long) part.count() * ranges);
            if (type.idClass() != null && share > 0) {
                run.expectKeys(type.idClass(), (int) Math.min(Integer.MAX_VALUE, share));
            }
        }
        return run;
    }

    /** Reads the lines of a source into a pass: on a second thread if this validation reads ahead. */
    private long read(ReadAhead.Source source, Pass pass) {
        return readAhead ? ReadAhead.read(source, pass) : source.read(pass);
    }

    /**
     * How many parts the keys of a file of some lines are split into, by the state memory. On several
     * threads each range's run keeps states of its own until they are merged, and a key read in two
     * ranges has a state in each: twice the memory of one run is allowed for (measured at 100,000
     * studios: at most 540 MB after a collection against 326 MB on one thread).
     */
    int partitionsFor(long lines) {
        if (lines <= 0) {
            return 1;
        }
        long memory = stateMemory();
        // A line is at least a byte, so no file has lines enough to overflow this.
        long needed = lines * STATE_BYTES_PER_LINE * (threads == 1 ? 1 : 2);
        return (int) Math.min(MAX_PARTITIONS, (needed - 1) / memory + 1);
    }

    /** The memory for keyed states, in bytes. */
    private long stateMemory() {
        return stateMemory == HALF_THE_HEAP ? Runtime.getRuntime().maxMemory() / 2 : stateMemory;
    }

    /**
     * Validates a stream in one pass with reference data the caller gives; the stream is left open.
     *
     * <p>The dimensions do not stand in for lines: they are what the rules that read across records
     * look up (an institution's kind and province, an alliance's members and plan), and they must be
     * built from the same {@code institution} and {@code alliance} records the stream holds, which must
     * still be in the stream (with {@link Dimensions#of}, say, from a first read of them). An institution
     * only in the dimensions is not declared, so references to it are {@code REF_UNKNOWN}; a session,
     * exchange or resource whose alliance is missing from them is not checked against its plan or
     * members. {@link #validate(Path, LocalDate)} builds them from the file itself.
     *
     * @param in the stream of UTF-8 JSON Lines, not null
     * @param dimensions the institutions and alliances of the stream's {@code institution} and
     *     {@code alliance} lines, not null
     * @param asOf the date to validate as of, not null
     * @return the report, the read errors and the number of lines
     * @throws IllegalArgumentException if {@code asOf} is outside the years 0000 to 9999
     */
    public JsonLinesReport validate(InputStream in, Dimensions dimensions, LocalDate asOf) {
        Objects.requireNonNull(in, "in");
        Pass pass = new Pass(engine.start(dimensions, asOf), progress, null);
        // Not read ahead: a read of a stream may block for good, and a reading thread blocked in it could
        // neither be stopped when the validation fails nor waited for, so it would outlive the validation.
        return pass.finish(reader.readInto(in, pass));
    }

    /**
     * Turns one line into the record the rule engine reads, located at its line and entity, such as
     * {@code line 12 /studio}; for a distributed engine that reads lines with
     * {@link JsonLinesReader#parseLine(String, long)}.
     *
     * @param line the line, not null
     * @return the record, or empty for a {@code studioType} line (it only defines a type) and an
     *     error line
     */
    public static Optional<Entity> entityOf(JsonLine line) {
        Objects.requireNonNull(line, "line");
        long n = line.line();
        Entity entity = null;
        if (line instanceof JsonLine.PersonLine l) {
            entity = new Entity.OfPerson(l.person(), at(n, "person"));
        } else if (line instanceof JsonLine.InstitutionLine l) {
            entity = new Entity.OfInstitution(l.institution(), at(n, "institution"));
        } else if (line instanceof JsonLine.ClusterLine l) {
            entity = new Entity.OfCluster(l.cluster(), at(n, "cluster"));
        } else if (line instanceof JsonLine.StudioLine l) {
            entity = new Entity.OfStudio(l.studio(), l.cluster(), at(n, "studio"));
        } else if (line instanceof JsonLine.AllianceLine l) {
            entity = new Entity.OfAlliance(l.alliance(), at(n, "alliance"));
        } else if (line instanceof JsonLine.SessionLine l) {
            entity = new Entity.OfSession(l.session(), l.alliance(), at(n, "session"));
        } else if (line instanceof JsonLine.ExchangeLine l) {
            entity = new Entity.OfExchange(l.exchange(), l.alliance(), at(n, "exchange"));
        } else if (line instanceof JsonLine.ResourceLine l) {
            entity = new Entity.OfResource(l.resource(), l.alliance(), at(n, "resource"));
        } else if (line instanceof JsonLine.ProjectLine l) {
            entity = new Entity.OfProject(l.project(), at(n, "project"));
        }
        return Optional.ofNullable(entity);
    }

    private static Location at(long line, String entityName) {
        return new Location(OptionalLong.of(line), "/" + entityName);
    }

    /**
     * The progress of a pass over ranges read side by side: the lines read so far by all of them, blank
     * lines included, given to the callback one call at a time.
     */
    private static final class SharedProgress {
        private final LongConsumer progress;
        private long lines;

        SharedProgress(LongConsumer progress) {
            this.progress = progress;
        }

        /**
         * The progress of one range: each line number it reaches adds the lines since the one before. Its
         * pass reports each number once and in order ({@link Pass#reached}).
         */
        LongConsumer of(LineRanges.Range range) {
            long[] last = {range.firstLine() - 1};
            return line -> {
                add(line - last[0]);
                last[0] = line;
            };
        }

        private synchronized void add(long read) {
            lines += read;
            progress.accept(lines);
        }
    }

    /**
     * One pass over the lines, or over one range of them: feeds entities to the run, keeps the read
     * errors and, in the pass of the first part, marks the parts each line needs. Not thread-safe.
     */
    private final class Pass implements JsonLinesReader.Receiver {
        private final RuleRun run;
        private final LongConsumer progress;
        private final LineParts needed;
        /** True once the pass over another range has failed: this one then stops at its next line. */
        private final BooleanSupplier stop;
        /** The read errors, at most one more than are reported: the one more tells where the limit was reached. */
        private final List<ReadError> errors = new ArrayList<>();
        /** The first failure that stopped the reading ({@code JSON_IO}), kept even past the limit of errors. */
        private ReadError stopped;
        private final int maxErrors = reader.limits().maxErrors();
        /** The number of the last line read, for a pass over a range. */
        private long lines;
        /** The number of the last line reported to the progress callback. */
        private long reported;

        Pass(RuleRun run, LongConsumer progress, LineParts needed) {
            this(run, progress, needed, () -> false);
        }

        Pass(RuleRun run, LongConsumer progress, LineParts needed, BooleanSupplier stop) {
            this.run = run;
            this.progress = progress;
            this.needed = needed;
            this.stop = stop;
        }

        @Override
        public void accept(JsonLine line, int bytes) {
            stopIfAnotherFailed();
            if (line instanceof JsonLine.ErrorLine l) {
                // A later part's pass reads the errors of the lines again, but a failure to read is its own.
                l.errors().stream().filter(e -> run.partition().isFirst() || e.code() == ReadErrorCode.JSON_IO)
                        .forEach(this::error);
            } else if (needed == null) {
                entityOf(line).ifPresent(run::accept);
            } else {
                // A line without an entity defines a studio type, which every pass needs to read the lines after it.
                Optional<Entity> entity = entityOf(line);
                needed.mark(line.line(),
                        entity.isPresent() ? run.acceptTellingParts(entity.get()) : LineParts.EVERY_PART);
            }
            reached(line.line());
        }

        @Override
        public void skipped(long number) {
            stopIfAnotherFailed();
            reached(number);
        }

        /** Reports progress to a line, unless it was reported already. */
        void reached(long line) {
            if (line > reported) {
                reported = line;
                progress.accept(line);
            }
        }

        private void stopIfAnotherFailed() {
            if (stop.getAsBoolean()) {
                throw new CancellationException("the pass over another range of lines failed");
            }
        }

        private void error(ReadError error) {
            if (error.code() == ReadErrorCode.JSON_IO && stopped == null) {
                stopped = error;
            }
            if (errors.size() <= maxErrors) {
                errors.add(error);
            }
        }

        /** Adds the pass over the range that follows this pass's lines. */
        void absorb(Pass next) {
            run.merge(next.run);
            next.errors.forEach(this::error);
            stopped = stopped == null ? next.stopped : stopped;
            lines = Math.max(lines, next.lines);
        }

        JsonLinesReport finish(long lines) {
            List<ReadError> reported = errors;
            if (errors.size() > maxErrors) {
                reported = new ArrayList<>(errors.subList(0, maxErrors));
                reported.add(Failures.tooManyLineErrors(maxErrors, errors.get(maxErrors).line()));
            }
            if (stopped != null && !reported.contains(stopped)) {
                // Past the limit: the lines after it were not read, which the report must still say.
                reported = new ArrayList<>(reported);
                reported.add(stopped);
            }
            return new JsonLinesReport(run.finish(checkingThreads()), reported, lines);
        }
    }
}
