package org.yanxun.json;

import java.util.Objects;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonFactoryBuilder;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * Factories of Jackson objects configured for untrusted input with the same limits as the Yanxun
 * readers, for applications that use Jackson databind themselves, such as
 * {@code SafeJson.mapper().readValue(json, MyRecord.class)}.
 *
 * <p>A {@linkplain #mapper(JsonLimits) mapper} applies the {@link JsonLimits} through
 * {@code StreamReadConstraints}; rejects duplicate keys ({@code STRICT_DUPLICATE_DETECTION}),
 * trailing tokens, unknown properties and null for primitives; never coerces between scalar
 * shapes (no {@code "5"} for a number, {@code 1.5} for an integer, {@code 5} or {@code true} for a
 * string, no empty string as null); and resolves no polymorphic type: its type validator allows no
 * subtype at all, so a class name in the input can never select a class. It is stricter than the
 * readers in one way and looser in another: an integer is not a floating-point value either ({@code 2}
 * for a {@code double} is an error; write {@code 2.0}), and a missing property takes its type's default
 * ({@code null}, {@code 0}, {@code false}) as in plain databind, where the readers report
 * {@link ReadErrorCode#JSON_MISSING}: check required values yourself. The mapper reports
 * problems as Jackson exceptions; use {@link DatasetReader} and {@link JsonLinesReader} to get
 * located, bilingual {@link ReadError}s instead.
 *
 * <p>This class is immutable and thread-safe; so are the mappers and factories it returns.
 */
public final class SafeJson {

    private static final JsonFactory DEFAULT_FACTORY = buildFactory(JsonLimits.defaults());
    private static final JsonFactory DEFAULT_CODEC_FACTORY = buildCodecFactory(JsonLimits.defaults());
    private static final JsonMapper DEFAULT_MAPPER = buildMapper(JsonLimits.defaults());

    private SafeJson() {
    }

    /**
     * Returns a streaming factory with the default limits.
     *
     * @return the factory
     */
    public static JsonFactory factory() {
        return DEFAULT_FACTORY;
    }

    /**
     * Returns a streaming factory with given limits: limits applied, duplicate keys rejected, the
     * caller's streams and writers left open.
     *
     * @param limits the limits, not null
     * @return the factory
     */
    public static JsonFactory factory(JsonLimits limits) {
        Objects.requireNonNull(limits, "limits");
        return limits.equals(JsonLimits.defaults()) ? DEFAULT_FACTORY : buildFactory(limits);
    }

    /**
     * Returns the factory the Yanxun readers parse with: as {@link #factory(JsonLimits)}, but leaving
     * duplicate keys to the codecs, which report them as {@link ReadErrorCode#JSON_DUPLICATE_KEY}
     * errors and read on ({@link Cursor#duplicate}). A codec knows which properties an object has
     * given, so it finds a duplicate for free, where the parser keeps a hash set of names per object:
     * an eighth of the time spent binding a line and a sixth of the memory allocated. Its parsers take
     * their buffers from a pool per thread, not from Jackson's default pool shared by all threads: a
     * reader of JSON Lines starts a parser per line, and taking and returning the buffers through the
     * shared pool's queue took about 3 % of the time spent reading a line. (Threads share no buffers
     * then: each thread, a virtual one too, allocates its own and keeps them while it lives.)
     *
     * @param limits the limits, not null
     * @return the factory
     */
    static JsonFactory codecFactory(JsonLimits limits) {
        return limits.equals(JsonLimits.defaults()) ? DEFAULT_CODEC_FACTORY : buildCodecFactory(limits);
    }

    /**
     * Returns a mapper with the default limits.
     *
     * @return the mapper
     */
    public static JsonMapper mapper() {
        return DEFAULT_MAPPER;
    }

    /**
     * Returns a mapper with given limits and the strictness described above.
     *
     * @param limits the limits, not null
     * @return the mapper
     */
    public static JsonMapper mapper(JsonLimits limits) {
        Objects.requireNonNull(limits, "limits");
        return limits.equals(JsonLimits.defaults()) ? DEFAULT_MAPPER : buildMapper(limits);
    }

    private static JsonFactory buildFactory(JsonLimits limits) {
        return builder(limits).enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    }

    private static JsonFactory buildCodecFactory(JsonLimits limits) {
        return builder(limits)
                .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .recyclerPool(JsonRecyclerPools.threadLocalPool())
                .build();
    }

    private static JsonFactoryBuilder builder(JsonLimits limits) {
        Objects.requireNonNull(limits, "limits");
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberLength())
                .maxNameLength(limits.maxNameLength())
                .maxDocumentLength(limits.maxDocumentBytes())
                .build();
        return JsonFactory.builder()
                .streamReadConstraints(constraints)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET);
    }

    private static JsonMapper buildMapper(JsonLimits limits) {
        return JsonMapper.builder(buildFactory(limits))
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT,
                        DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT,
                        DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfigDefaults(config -> {
                    for (CoercionInputShape shape : CoercionInputShape.values()) {
                        config.setCoercion(shape, CoercionAction.Fail);
                    }
                })
                .polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder().build())
                .build();
    }
}
