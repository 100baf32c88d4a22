package org.yanxun.json;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import org.yanxun.policy.Policy;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * A writer of policy documents, such as {@code PolicyWriter.pretty().writeToString(Presets.guangzhouLiwan2026())}.
 *
 * <p>Output is deterministic: properties in record component order, maps in key order (enumeration
 * keys in declaration order), sets in their natural order, an empty optional omitted, host criteria
 * named by {@code kind}. Bytes are UTF-8; the pretty form indents by two spaces with {@code \n}. The
 * writer does not close streams passed to it. This class is immutable and thread-safe.
 */
public final class PolicyWriter {

    private static final PolicyWriter COMPACT = new PolicyWriter(false);
    private static final PolicyWriter PRETTY = new PolicyWriter(true);

    private final boolean pretty;

    private PolicyWriter(boolean pretty) {
        this.pretty = pretty;
    }

    /**
     * Returns a writer of compact JSON.
     *
     * @return the writer
     */
    public static PolicyWriter compact() {
        return COMPACT;
    }

    /**
     * Returns a writer of indented JSON.
     *
     * @return the writer
     */
    public static PolicyWriter pretty() {
        return PRETTY;
    }

    /**
     * Writes a policy to a stream as UTF-8; the stream is flushed, not closed.
     *
     * @param policy the policy, not null
     * @param out the stream, not null
     * @throws UncheckedIOException if the stream fails
     * @throws IllegalArgumentException if the policy has {@linkplain Policy#problems() problems} or takes the
     *     id of a built-in preset it differs from, which no reader accepts either (nothing is written then), or
     *     a date is outside the years 0000 to 9999, which no reader accepts; the stream may then hold the start
     *     of the document
     */
    public void write(Policy policy, OutputStream out) {
        Objects.requireNonNull(policy, "policy").requireConsistent();
        PresetIds.requireNotTaken(policy);
        Objects.requireNonNull(out, "out");
        try (JsonGenerator generator = Generators.open(out, pretty)) {
            PolicyCodecs.POLICY.write(generator, policy);
        } catch (JacksonException e) {
            throw Generators.failure(e);
        }
    }

    /**
     * Writes a policy to a file, replacing it once the document is written whole: if writing fails, the
     * file is left as it was.
     * A file replaced keeps its POSIX permissions, a new one gets the default ones, and a symbolic link
     * is followed to the file it points to. A pipe, a device or a descriptor such as {@code /dev/stdout}
     * is not replaced but written at its end, as far as the writing gets.
     *
     * @param policy the policy, not null
     * @param path the file, not null
     * @throws UncheckedIOException if the file cannot be written
     * @throws IllegalArgumentException if the policy has {@linkplain Policy#problems() problems}, takes the id
     *     of a built-in preset it differs from, or has a date outside the years 0000 to 9999; the file is then
     *     left as it was
     */
    public void write(Policy policy, Path path) {
        Objects.requireNonNull(policy, "policy");
        DocumentOutput.replace(path, out -> write(policy, out));
    }

    /**
     * Writes a policy to a string.
     *
     * @param policy the policy, not null
     * @return the document
     * @throws IllegalArgumentException if the policy has {@linkplain Policy#problems() problems}, takes the id
     *     of a built-in preset it differs from, or has a date outside the years 0000 to 9999
     */
    public String writeToString(Policy policy) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(policy, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
