package org.yanxun.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yanxun.Grade;
import org.yanxun.HonourKind;
import org.yanxun.HostDuty;
import org.yanxun.Level;
import org.yanxun.Tier;
import org.yanxun.Title;

/**
 * Each {@code with} method of {@link StudioPolicy} changes its own component and no other: they pass
 * eighteen components by position, several of the same type, so a swap would compile.
 */
class StudioPolicyWithersTest {

    private static final StudioPolicy PRESET = Presets.guangzhouLiwan2026().studios();

    static Stream<Arguments> changes() {
        return Stream.of(
                Arguments.of("types", PRESET.withTypes(new TreeMap<>())),
                Arguments.of("hostsPerStudio", PRESET.withHostsPerStudio(7)),
                Arguments.of("maxHostedAtOnce", PRESET.withMaxHostedAtOnce(8)),
                Arguments.of("maxJoinedAtOnce", PRESET.withMaxJoinedAtOnce(9)),
                Arguments.of("newTeacherMaxYears", PRESET.withNewTeacherMaxYears(11)),
                Arguments.of("ladderMaxStep", PRESET.withLadderMaxStep(5)),
                Arguments.of("honourRungs", PRESET.withHonourRungs(new TreeMap<>(Map.of(HonourKind.RISING_STAR, 9)))),
                Arguments.of("honourTitles", PRESET.withHonourTitles(new TreeMap<>(Map.of(HonourKind.RISING_STAR,
                        Title.THIRD_GRADE)))),
                Arguments.of("honourLevels", PRESET.withHonourLevels(new TreeMap<>(Map.of(HonourKind.RISING_STAR,
                        Set.of(Level.SCHOOL))))),
                Arguments.of("titleOnlyMaxLevel", PRESET.withTitleOnlyMaxLevel(Level.NATIONAL)),
                Arguments.of("grades", PRESET.withGrades(new TreeMap<>(Map.of(Grade.PASS, GradeOutcome.DISSOLVES)))),
                Arguments.of("evaluationWindowMonths", PRESET.withEvaluationWindowMonths(13)),
                Arguments.of("midTermMinCycleYears", PRESET.withMidTermMinCycleYears(4)),
                Arguments.of("requiredDuties", PRESET.withRequiredDuties(EnumSet.of(HostDuty.NAVIGATOR))),
                Arguments.of("mentorTiers", PRESET.withMentorTiers(EnumSet.of(Tier.ONLINE_TRAINEE))),
                Arguments.of("certificateTiers", PRESET.withCertificateTiers(EnumSet.of(Tier.ADVISOR))),
                Arguments.of("maxApprenticesPerMentor", PRESET.withMaxApprenticesPerMentor(42)),
                Arguments.of("nameIncludesHost", PRESET.withNameIncludesHost(!PRESET.nameIncludesHost())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void with_changesItsComponentOnly(String component, StudioPolicy changed) throws ReflectiveOperationException {
        for (RecordComponent each : StudioPolicy.class.getRecordComponents()) {
            Object before = each.getAccessor().invoke(PRESET);
            Object after = each.getAccessor().invoke(changed);
            if (each.getName().equals(component)) {
                assertThat(after).as(each.getName()).isNotEqualTo(before);
            } else {
                assertThat(after).as(each.getName()).isEqualTo(before);
            }
        }
    }

    @Test
    void changes_coverEveryComponent() {
        assertThat(changes().map(arguments -> arguments.get()[0]))
                .containsExactlyElementsOf(Stream.of(StudioPolicy.class.getRecordComponents())
                        .map(RecordComponent::getName).toList());
    }
}
