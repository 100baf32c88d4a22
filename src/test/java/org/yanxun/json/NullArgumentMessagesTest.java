package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yanxun.HonourKind;
import org.yanxun.Level;
import org.yanxun.policy.Presets;
import org.yanxun.policy.Severity;
import org.yanxun.rules.Location;
import org.yanxun.rules.Report;
import org.yanxun.rules.RuleInfo;

/**
 * A null where the API says "not null" is refused with a message that names what was null, not with the
 * JDK's account of the library's own code ("Cannot invoke … because "coll" is null").
 */
class NullArgumentMessagesTest {

    private static Set<String> withNull() {
        Set<String> codes = new HashSet<>(Set.of("STUDIO_HOST_COUNT"));
        codes.add(null);
        return codes;
    }

    static Stream<Arguments> calls() {
        Report report = Report.of("p", java.time.LocalDate.of(2026, 1, 1), List.of());
        TreeMap<HonourKind, Set<Level>> levels = new TreeMap<>((a, b) -> a == null ? -1 : b == null ? 1 : a.compareTo(b));
        levels.put(null, Set.of(Level.PROVINCIAL));
        return Stream.of(
                call("problem of no errors", () -> ProblemDetailsWriter.english().writeToString((List<ReadError>) null),
                        "errors"),
                call("problem of a null error", () -> ProblemDetailsWriter.english()
                        .writeToString(Arrays.asList((ReadError) null)), "errors must not contain null"),
                call("policy problem of no errors", () -> ProblemDetailsWriter.chinese()
                        .writeUnreadablePolicyToString(null), "errors"),
                call("lines report without errors", () -> new JsonLinesReport(report, null, 0), "readErrors"),
                call("read exception without errors", () -> new JsonReadException(null), "errors"),
                call("JSON Lines text", () -> JsonLinesReader.create().readDataset((String) null), "text"),
                call("location segments", () -> Location.root().child((Object[]) null), "segments"),
                call("rule policy fields", () -> RuleInfo.local("OWN_RULE", Severity.ERROR, "标题", "title", "d",
                        (String[]) null), "policyFields"),
                call("a null policy field", () -> RuleInfo.local("OWN_RULE", Severity.ERROR, "标题", "title", "d",
                        "a", null), "policyFields must not contain null"),
                call("rule codes with null", () -> PolicyReader.create().withRuleCodes(withNull()),
                        "ruleCodes must not contain null"),
                call("unknown codes with null", () -> Presets.guangzhouLiwan2026().unknownRuleCodes(withNull()),
                        "ruleCodes must not contain null"),
                call("honour levels of a null kind", () -> Presets.guangzhouLiwan2026().studios()
                        .withHonourLevels(levels), "honourLevels must not contain a null key"),
                call("safe factory of no limits", () -> SafeJson.factory(null), "limits"),
                call("safe mapper of no limits", () -> SafeJson.mapper(null), "limits"));
    }

    private static Arguments call(String name, Executable call, String message) {
        return Arguments.of(name, call, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    void nullArgument_isRefusedNamingIt(String name, Executable call, String message) {
        assertThatNullPointerException().isThrownBy(call::execute).withMessage(message);
    }
}
