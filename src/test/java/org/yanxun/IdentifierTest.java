package org.yanxun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yanxun.internal.Checks;

/** The nine identifier records, which share one format; each is checked through its {@code of}. */
class IdentifierTest {

    static Stream<Class<?>> identifierTypes() {
        return Arrays.stream(Identifier.class.getPermittedSubclasses());
    }

    /** What the messages call each identifier type, in Chinese and in English. */
    private static final Map<Class<?>, List<String>> WORDS = Map.of(
            PersonId.class, List.of("人员标识", "Person identifier"),
            InstitutionId.class, List.of("机构标识", "Institution identifier"),
            StudioId.class, List.of("工作室标识", "Studio identifier"),
            ClusterId.class, List.of("集群标识", "Cluster identifier"),
            AllianceId.class, List.of("联盟标识", "Alliance identifier"),
            SessionId.class, List.of("联合研修标识", "Session identifier"),
            ExchangeId.class, List.of("交流标识", "Exchange identifier"),
            ResourceId.class, List.of("资源标识", "Resource identifier"),
            ProjectId.class, List.of("项目标识", "Project identifier"));

    private static String zh(Class<?> type) {
        return WORDS.get(type).get(0);
    }

    private static String en(Class<?> type) {
        return WORDS.get(type).get(1);
    }

    private static Identifier of(Class<?> type, String value) {
        try {
            Method of = type.getMethod("of", String.class);
            return (Identifier) SampleValues.invoke(of, null, value);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void permittedSubclasses_areTheNineIdentifiers() {
        assertThat(identifierTypes()).containsExactlyInAnyOrder(PersonId.class, InstitutionId.class,
                StudioId.class, ClusterId.class, AllianceId.class, SessionId.class, ExchangeId.class,
                ResourceId.class, ProjectId.class);
    }

    @ParameterizedTest
    @MethodSource("identifierTypes")
    void of_validText_keepsIt(Class<?> type) {
        assertThat(of(type, "liwan-2026-sg-001").value()).isEqualTo("liwan-2026-sg-001");
    }

    @ParameterizedTest
    @MethodSource("identifierTypes")
    void of_punctuationAllowed_isAccepted(Class<?> type) {
        assertThat(of(type, "a._:-9").value()).isEqualTo("a._:-9");
    }

    @ParameterizedTest
    @MethodSource("identifierTypes")
    void of_empty_throwsQuotingTheLengthInEachLanguage(Class<?> type) {
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> of(type, ""))
                .withMessage(en(type) + " must be 1 to 64 characters, was 0: ''")
                .satisfies(e -> assertThat(e.zh()).isEqualTo(zh(type) + "须为 1 至 64 个字符，实为 0 个：“”"));
    }

    @ParameterizedTest
    @MethodSource("identifierTypes")
    void of_65Characters_throwsQuotingTheLength(Class<?> type) {
        String text = "a".repeat(65);
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> of(type, text))
                .withMessage(en(type) + " must be 1 to 64 characters, was 65: '" + text + "'");
    }

    @ParameterizedTest
    @MethodSource("identifierTypes")
    void of_64Characters_isAccepted(Class<?> type) {
        assertThat(of(type, "a".repeat(64)).value()).hasSize(64);
    }

    @ParameterizedTest
    @MethodSource("identifierTypes")
    void of_leadingHyphen_throwsQuotingTheTextInEachLanguage(Class<?> type) {
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> of(type, "-a"))
                .withMessage(en(type)
                        + " must start with a letter or digit and contain only letters, digits and . _ : -, was '-a'")
                .satisfies(e -> assertThat(e.zh()).isEqualTo(zh(type) + "须以字母或数字开头，且只含字母、数字和 . _ : -，实为“-a”"));
    }

    @ParameterizedTest
    @MethodSource("identifierTypes")
    void of_space_throwsQuotingTheText(Class<?> type) {
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> of(type, "a b"))
                .withMessageEndingWith("was 'a b'");
    }

    @ParameterizedTest
    @MethodSource("identifierTypes")
    void toString_isTheValue(Class<?> type) {
        assertThat(of(type, "qijiang-tts")).hasToString("qijiang-tts");
    }

    @ParameterizedTest
    @MethodSource("identifierTypes")
    @SuppressWarnings("unchecked") // each identifier type is Comparable to itself
    void compareTo_ordersByText(Class<?> type) {
        Comparable<Object> a = (Comparable<Object>) of(type, "a-1");
        assertThat(a.compareTo(of(type, "b-1"))).isNegative();
    }

    @Test
    void equals_sameTextOfDifferentTypes_isFalse() {
        assertThat((Object) PersonId.of("x")).isNotEqualTo(InstitutionId.of("x"));
    }

    /** The format the Javadoc of {@link Checks#identifier} states, as a regular expression. */
    private static final Pattern DOCUMENTED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    @Property
    void isIdentifier_acceptsExactlyTheDocumentedFormat(@ForAll("nearIdentifiers") String text) {
        assertThat(Checks.isIdentifier(text)).isEqualTo(DOCUMENTED.matcher(text).matches());
    }

    @Provide
    Arbitrary<String> nearIdentifiers() {
        // ASCII letters, digits and punctuation around the allowed ones, and letters and digits outside ASCII.
        return Arbitraries.strings().withChars("aAzZ09._:-/@[`{ \té中１").ofMaxLength(66);
    }
}
