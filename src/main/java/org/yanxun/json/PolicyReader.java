package org.yanxun.json;

import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yanxun.internal.Checks;
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
 * dates out of order), or else, when it has none of those, the id of a built-in preset on a policy that
 * differs from it, as a {@link ReadErrorCode#JSON_VALUE} error at the offending field, and, if it
 * was given the rule codes ({@link #withRuleCodes}), every code the policy names that no rule has; so a
 * result with a value holds a policy that a rule engine of those rules accepts. It never throws for bad
 * input and never returns a half-built policy.
 *
 * <p>Input must be UTF-8, and text must hold no unpaired surrogate; either fault is a
 * {@link ReadErrorCode#JSON_ENCODING} error, as for a {@link DatasetReader}. The reader does not close
 * streams and readers passed to it; it closes files it opens. This class is immutable and thread-safe.
 *
 * <pre>{@code
 * Policy mine = PolicyReader.create().withRuleCodes(RuleEngine.builtInCodes())
 *         .read(Path.of("examples/sample-district-2027.policy.json")).orElseThrow();
 * RuleEngine engine = RuleEngine.of(mine);
 * }</pre>
 */
public final class PolicyReader {

    private static final PolicyReader DEFAULT = new PolicyReader(JsonLimits.defaults(), null);

    private final JsonLimits limits;
    private final JsonFactory factory;
    /** The codes the policy may name, or null for any. */
    private final Set<String> ruleCodes;

    private PolicyReader(JsonLimits limits, Set<String> ruleCodes) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.factory = SafeJson.codecFactory(limits);
        this.ruleCodes = ruleCodes;
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
     * Returns a reader like this one with given limits and the same rule codes.
     *
     * @param limits the limits, not null
     * @return the reader
     */
    public PolicyReader withLimits(JsonLimits limits) {
        return new PolicyReader(limits, ruleCodes);
    }

    /**
     * Returns a reader like this one that also reports, as a {@link ReadErrorCode#JSON_VALUE} error at
     * its key or element, every code in {@code severities} or {@code disabledRules} that is not among
     * the codes of the rules the policy is for ({@link Policy#unknownRuleCodes}). Without it any
     * well-formed code is read, and building a rule engine refuses a policy naming a code none of its
     * rules has, without saying where in the document the code is.
     *
     * <pre>{@code
     * PolicyReader.create().withRuleCodes(RuleEngine.builtInCodes()).read(path)
     * }</pre>
     *
     * @param ruleCodes the codes, not null, such as {@link org.yanxun.rules.RuleEngine#builtInCodes()}
     *     with those of rules of your own
     * @return the reader
     */
    public PolicyReader withRuleCodes(Set<String> ruleCodes) {
        return new PolicyReader(limits, Set.copyOf(Checks.list(ruleCodes, "ruleCodes")));
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
            Policy policy = Failures.readRoot(cursor, PolicyCodecs.POLICY::read);
            if (policy != null && cursor.errorCount() == 0) {
                Map<String, String> disabled = cursor.elementsByText("/disabledRules");
                for (PolicyProblem p : problemsOf(policy)) {
                    String pointer = PolicyPointers.of(p.field(), disabled::get);
                    if (cursor.errorCount() == limits.maxErrors()) {
                        cursor.tooManyErrors(pointer, cursor.locationOf(pointer));
                        break;
                    }
                    cursor.fatal(ReadErrorCode.JSON_VALUE, pointer, cursor.locationOf(pointer), p.zh(), p.en());
                }
            }
            return policy;
        });
    }

    /**
     * The policy's problems, or else a preset's id on another policy; then the rule codes it names that
     * are not among {@link #ruleCodes}.
     */
    private List<PolicyProblem> problemsOf(Policy policy) {
        List<PolicyProblem> problems = new ArrayList<>(policy.problems());
        if (problems.isEmpty()) {
            PresetIds.taken(policy).ifPresent(problems::add);
        }
        if (ruleCodes != null) {
            // A code of the wrong form is reported once, as such.
            Set<String> fields = problems.stream().map(PolicyProblem::field).collect(Collectors.toSet());
            policy.unknownRuleCodes(ruleCodes).stream().filter(p -> !fields.contains(p.field())).forEach(problems::add);
        }
        return problems;
    }

}
