package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yanxun.Alliance;
import org.yanxun.Cluster;
import org.yanxun.Dataset;
import org.yanxun.InvalidValueException;
import org.yanxun.StudioForm;
import org.yanxun.StudioType;
import org.yanxun.examples.ExampleCommunities;

class JsonLineTest {

    private static final ReadError ERROR = new ReadError(ReadErrorCode.JSON_SYNTAX, "", 1, 1, "错", "error");

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void lineRecords_lineBelowOne_areRefusedInBothLanguages(long line) {
        var person = ExampleCommunities.liwan2026().persons().get(0);

        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> new JsonLine.PersonLine(line, person))
                .withMessage("Line must be at least 1, was " + line)
                .satisfies(e -> assertThat(e.zh()).isEqualTo("行号至少为 1，实为 " + line));
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> new JsonLine.ErrorLine(line,
                List.of(ERROR)));
    }

    static List<Arguments> lineRecords() {
        Dataset liwan = ExampleCommunities.liwan2026();
        Cluster cluster = liwan.clusters().get(0);
        Alliance alliance = ExampleCommunities.qiyingen().alliances().get(0);
        Alliance bare = new Alliance(alliance.id(), alliance.name(), alliance.parent(), alliance.members(),
                alliance.plan(), List.of(), List.of(), List.of());
        StudioType custom = new StudioType("CUSTOM_A", StudioForm.STUDIO, 1, "甲", "a");
        return List.of(
                Arguments.of("person", (LongFunction<JsonLine>) n -> new JsonLine.PersonLine(n,
                        liwan.persons().get(0))),
                Arguments.of("institution", (LongFunction<JsonLine>) n -> new JsonLine.InstitutionLine(n,
                        liwan.institutions().get(0))),
                Arguments.of("studioType", (LongFunction<JsonLine>) n -> new JsonLine.StudioTypeLine(n, custom)),
                Arguments.of("cluster", (LongFunction<JsonLine>) n -> new JsonLine.ClusterLine(n,
                        cluster.withStudios(List.of()))),
                Arguments.of("studio", (LongFunction<JsonLine>) n -> new JsonLine.StudioLine(n, cluster.id(),
                        cluster.studios().get(0))),
                Arguments.of("alliance", (LongFunction<JsonLine>) n -> new JsonLine.AllianceLine(n, bare)),
                Arguments.of("session", (LongFunction<JsonLine>) n -> new JsonLine.SessionLine(n, alliance.id(),
                        alliance.sessions().get(0))),
                Arguments.of("exchange", (LongFunction<JsonLine>) n -> new JsonLine.ExchangeLine(n, alliance.id(),
                        alliance.exchanges().get(0))),
                Arguments.of("resource", (LongFunction<JsonLine>) n -> new JsonLine.ResourceLine(n, alliance.id(),
                        alliance.resources().get(0))),
                Arguments.of("project", (LongFunction<JsonLine>) n -> new JsonLine.ProjectLine(n,
                        liwan.projects().get(0))),
                Arguments.of("error", (LongFunction<JsonLine>) n -> new JsonLine.ErrorLine(n, List.of(ERROR))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lineRecords")
    void lineRecord_lineZero_isRefused_andLineOneAccepted(String type, LongFunction<JsonLine> create) {
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> create.apply(0))
                .withMessage("Line must be at least 1, was 0");
        assertThat(create.apply(1).line()).isEqualTo(1);
    }

    @Test
    void lineRecords_firstLine_isAccepted() {
        assertThat(new JsonLine.ErrorLine(1, List.of(ERROR)).line()).isEqualTo(1);
    }

    @Test
    void clusterLine_clusterWithStudios_isRefused_andWithoutThemAccepted() {
        Cluster liwan = ExampleCommunities.liwan2026().clusters().get(0);

        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> new JsonLine.ClusterLine(1, liwan))
                .withMessage("A cluster line holds no studios (they are lines of their own), but this cluster has "
                        + liwan.studios().size())
                .satisfies(e -> assertThat(e.zh()).startsWith("集群行不含工作室"));
        assertThat(new JsonLine.ClusterLine(1, liwan.withStudios(List.of())).cluster().id()).isEqualTo(liwan.id());
    }

    @Test
    void allianceLine_allianceWithChildren_isRefused_andWithoutThemAccepted() {
        Alliance alliance = ExampleCommunities.qiyingen().alliances().stream()
                .filter(a -> !a.sessions().isEmpty()).findFirst().orElseThrow();
        int children = alliance.sessions().size() + alliance.exchanges().size() + alliance.resources().size();

        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> new JsonLine.AllianceLine(1, alliance))
                .withMessage("An alliance line holds no sessions, exchanges or resources (they are lines of their"
                        + " own), but this alliance has " + children)
                .satisfies(e -> assertThat(e.zh())
                        .isEqualTo("联盟行不含联合研修、交流和资源（它们是单独的行），而它有 " + children + " 项"));
        Alliance bare = new Alliance(alliance.id(), alliance.name(), alliance.parent(), alliance.members(),
                alliance.plan(), List.of(), List.of(), List.of());
        assertThat(new JsonLine.AllianceLine(1, bare).alliance().id()).isEqualTo(alliance.id());
    }

    @Test
    void errorLine_nullErrors_isRefusedNamingThem() {
        assertThatNullPointerException().isThrownBy(() -> new JsonLine.ErrorLine(1, null)).withMessage("errors");
    }
}
