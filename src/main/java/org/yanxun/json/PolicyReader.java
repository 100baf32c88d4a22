package org.yanxun.json;

import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.yanxun.policy.Policy;
import org.yanxun.policy.PolicyProblem;
import tools.jackson.core.JsonParser;
import tools.jackson.core.json.JsonFactory;

/**
 * A reader of policy documents from untrusted input, such as
 * {@code PolicyReader.create().read(Path.of("my-district-2027.json")).orElseThrow()}.
 *
 * <p>A policy document is {@code {"schemaVersion":"1.0","kind":"policy", ...}} with one property per
 * record component of {@link Policy} and its parts, validated by
 * {@code https://yanxun.org/schemas/1.0/policy.schema.json}. Besides the shape, the reader reports
 * every {@linkplain Policy#problems() problem} of a well-formed policy (a minimum above its maximum,
 * dates out of order) as a {@link ReadErrorCode#JSON_VALUE} error at the offending field, so a result
 * with a value always holds a policy the rule engine accepts. It never throws for bad input and never
 * returns a half-built policy.
 *
 * <p>Input must be UTF-8. The reader does not close streams and readers passed to it; it closes
 * files it opens. This class is immutable and thread-safe.
 *
 * <pre>{@code
 * Policy mine = PolicyReader.create().read(Path.of("examples/sample-district-2027.policy.json")).orElseThrow();
 * RuleEngine engine = RuleEngine.of(mine);
 * }</pre>
 */
public final class PolicyReader {

    private static final PolicyReader DEFAULT = new PolicyReader(JsonLimits.defaults());

    private final JsonLimits limits;
    private final JsonFactory factory;

    private PolicyReader(JsonLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.factory = SafeJson.codecFactory(limits);
    }

    /**
     * Returns a reader with the default limits.
     *
     * @return the reader
     */
    public static PolicyReader create() {
        return DEFAULT;
    }

    /**
     * Returns a reader with given limits.
     *
     * @param limits the limits, not null
     * @return the reader
     */
    public static PolicyReader withLimits(JsonLimits limits) {
        return new PolicyReader(limits);
    }

    /**
     * Reads a policy document from a file.
     *
     * @param path the file, not null
     * @return the policy, or every error found
     */
    public ReadResult<Policy> read(Path path) {
        return DocumentInput.fromPath(path, this::read);
    }

    /**
     * Reads a policy document from a stream of UTF-8 bytes, which is left open.
     *
     * @param in the stream, not null
     * @return the policy, or every error found
     */
    public ReadResult<Policy> read(InputStream in) {
        return DocumentInput.fromStream(in, this::parse);
    }

    /**
     * Reads a policy document from characters; the reader is left open.
     *
     * @param reader the characters, not null
     * @return the policy, or every error found
     */
    public ReadResult<Policy> read(Reader reader) {
        return DocumentInput.fromReader(reader, this::parse);
    }

    /**
     * Reads a policy document from a string.
     *
     * @param json the document, not null
     * @return the policy, or every error found
     */
    public ReadResult<Policy> read(String json) {
        return DocumentInput.fromString(json, this::parse);
    }

    private ReadResult<Policy> parse(Function<JsonFactory, JsonParser> open) {
        return DocumentInput.read(open, factory, limits, StudioTypes.forLines(), cursor -> {
            cursor.recordLocations();
            Policy policy = Failures.readRoot(cursor, PolicyCodecs.POLICY::read, limits.maxErrors());
            if (policy != null && cursor.errorCount() == 0) {
                Map<String, String> disabled = cursor.elementsByText("/disabledRules");
                for (PolicyProblem p : policy.problems()) {
                    if (cursor.errorCount() == limits.maxErrors()) {
                        Failures.tooManyErrors(cursor, limits.maxErrors());
                        break;
                    }
                    String pointer = PolicyPointers.of(p.field(), disabled::get);
                    cursor.fatal(ReadErrorCode.JSON_VALUE, pointer, cursor.locationOf(pointer), p.zh(), p.en());
                }
            }
            return policy;
        });
    }

}
