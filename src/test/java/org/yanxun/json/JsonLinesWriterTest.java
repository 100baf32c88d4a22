package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yanxun.Alliance;
import org.yanxun.Cluster;
import org.yanxun.ClusterId;
import org.yanxun.Dataset;
import org.yanxun.InvalidValueException;
import org.yanxun.Person;
import org.yanxun.Studio;
import org.yanxun.StudioForm;
import org.yanxun.StudioType;
import org.yanxun.examples.ExampleCommunities;

/**
 * The record methods of the writer: each returns the writer it was called on, refuses what a reader
 * or the dataset writer refuses, names a null argument, and is refused once the writer is closed.
 */
class JsonLinesWriterTest {

    /** A stream that keeps its first {@code limit} bytes, then fails. */
    private static final class FailingAfter extends OutputStream {
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private final int limit;

        FailingAfter(int limit) {
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            int room = limit - kept.size();
            kept.write(b, off, Math.min(room, len));
            if (len > room) {
                throw new IOException("disk full");
            }
        }
    }

    @Test
    void streamFailingPartWayThroughALine_writesNoMoreLines() {
        List<Person> persons = ExampleCommunities.liwan2026().persons();
        FailingAfter out = new FailingAfter(5_000);
        JsonLinesWriter writer = JsonLinesWriter.to(out);
        long failed = 0;
        for (int i = 0; i < persons.size() && failed == 0; i++) {
            try {
                writer.person(persons.get(i));
            } catch (UncheckedIOException e) {
                assertThat(e).hasRootCauseMessage("disk full");
                failed = i + 1;
            }
        }
        long line = failed;

        assertThat(line).as("the line whose write reached the stream").isPositive();
        assertThatIllegalStateException().isThrownBy(() -> writer.person(persons.get(0)))
                .withMessage("This writer writes no more lines: writing failed at line " + line + "; lines are "
                        + "buffered, so the output may end inside that line or an earlier one");
        List<JsonLine> lines = new ArrayList<>();
        JsonLinesReader.create().read(new ByteArrayInputStream(out.kept.toByteArray()), lines::add);
        assertThat(lines.subList(0, lines.size() - 1)).allMatch(JsonLine.PersonLine.class::isInstance);
        assertThat(lines.get(lines.size() - 1)).as("the start of a line cut short")
                .isInstanceOf(JsonLine.ErrorLine.class);
    }

    @Test
    void recordMethods_returnTheSameWriter_andWriteOneLineEach() {
        Dataset liwan = ExampleCommunities.liwan2026();
        Dataset qiyingen = ExampleCommunities.qiyingen();
        Cluster cluster = liwan.clusters().get(0);
        Alliance alliance = qiyingen.alliances().get(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        try (JsonLinesWriter writer = JsonLinesWriter.to(out)) {
            assertThat(writer.person(liwan.persons().get(0))).isSameAs(writer);
            assertThat(writer.institution(liwan.institutions().get(0))).isSameAs(writer);
            assertThat(writer.studioType(new StudioType("CUSTOM_A", StudioForm.STUDIO, 1, "甲", "a"))).isSameAs(writer);
            assertThat(writer.studio(cluster.id(), cluster.studios().get(0))).isSameAs(writer);
            assertThat(writer.session(alliance.id(), alliance.sessions().get(0))).isSameAs(writer);
            assertThat(writer.exchange(alliance.id(), alliance.exchanges().get(0))).isSameAs(writer);
            assertThat(writer.resource(alliance.id(), alliance.resources().get(0))).isSameAs(writer);
            assertThat(writer.project(liwan.projects().get(0))).isSameAs(writer);
        }

        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(8);
    }

    @Test
    void groupMethods_returnTheSameWriter() {
        Dataset liwan = ExampleCommunities.liwan2026();
        Dataset qiyingen = ExampleCommunities.qiyingen();

        try (JsonLinesWriter writer = JsonLinesWriter.to(new ByteArrayOutputStream())) {
            assertThat(writer.cluster(liwan.clusters().get(0))).isSameAs(writer);
            assertThat(writer.alliance(qiyingen.alliances().get(0))).isSameAs(writer);
        }
        try (JsonLinesWriter writer = JsonLinesWriter.to(new ByteArrayOutputStream())) {
            assertThat(writer.dataset(qiyingen)).isSameAs(writer);
        }
    }

    /** A type with a built-in code but other names, which no document holds. */
    private static final StudioType IMPOSTOR = StudioType.of(StudioType.BACKBONE_WORKSHOP.code(), StudioForm.WORKSHOP, 2,
            "冒名工作坊", "impostor workshop");

    private static Studio withType(Studio s, StudioType type) {
        return new Studio(s.id(), s.name(), type, s.level(), s.hostInstitution(), s.researchDirection(), s.stages(),
                s.subjects(), s.cycle(), s.status(), s.memberships(), s.evaluations(), s.activities(),
                s.mentoringPairs(), s.certificates());
    }

    @Test
    void studio_typeWithABuiltInCodeButOtherNames_isRefusedAsTheDatasetWriterRefusesIt() {
        Cluster cluster = ExampleCommunities.liwan2026().clusters().get(0);
        Studio impostor = withType(cluster.studios().get(0), IMPOSTOR);
        Dataset dataset = ExampleCommunities.liwan2026().withClusters(List.of(cluster.withStudios(List.of(impostor))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        try (JsonLinesWriter writer = JsonLinesWriter.to(out)) {
            InvalidValueException refusal = catchThrowableOfType(InvalidValueException.class,
                    () -> writer.studio(cluster.id(), impostor));
            InvalidValueException datasetRefusal = catchThrowableOfType(InvalidValueException.class,
                    () -> DatasetWriter.compact().writeToString(dataset));

            assertThat(refusal).hasMessage(datasetRefusal.getMessage())
                    .hasMessageContaining("differs from another type with that code");
            assertThat(refusal.zh()).isEqualTo(datasetRefusal.zh());
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> writer.cluster(dataset.clusters().get(0)));
            writer.person(ExampleCommunities.liwan2026().persons().get(0));
        }
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).as("the person only, no cluster").hasSize(1);
    }

    @Test
    void studioType_builtInCode_isRefusedAsAReaderRefusesIt() {
        try (JsonLinesWriter writer = JsonLinesWriter.to(new ByteArrayOutputStream())) {
            assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> writer.studioType(IMPOSTOR))
                    .withMessage("must not redefine the built-in studio type 'BACKBONE_WORKSHOP'")
                    .satisfies(e -> assertThat(e.zh()).isEqualTo("不能重新定义内置工作室类型“BACKBONE_WORKSHOP”"));
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> writer.studioType(StudioType.BACKBONE_WORKSHOP));
        }
    }

    @Test
    void studioTypeAndStudio_codeDefinedBeforeWithOtherNames_areRefused() {
        StudioType first = new StudioType("CUSTOM_A", StudioForm.STUDIO, 1, "甲", "a");
        StudioType second = new StudioType("CUSTOM_A", StudioForm.STUDIO, 2, "乙", "b");
        Cluster cluster = ExampleCommunities.liwan2026().clusters().get(0);

        try (JsonLinesWriter writer = JsonLinesWriter.to(new ByteArrayOutputStream())) {
            writer.studioType(first);
            assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> writer.studioType(second))
                    .withMessage("studio type defined twice: 'CUSTOM_A'");
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> writer.studio(cluster.id(), withType(cluster.studios().get(0), second)))
                    .withMessageContaining("differs from another type with that code");
            assertThat(writer.studio(cluster.id(), withType(cluster.studios().get(0), first))).isSameAs(writer);
        }
    }

    @Test
    void dataset_twiceWithTheSameCustomType_definesItOnceAndReadsBack() {
        StudioType custom = new StudioType("CUSTOM_A", StudioForm.STUDIO, 1, "甲", "a");
        Dataset liwan = ExampleCommunities.liwan2026();
        Cluster cluster = liwan.clusters().get(0);
        Dataset first = Dataset.empty().withClusters(List.of(cluster.withStudios(
                List.of(withType(cluster.studios().get(0), custom)))));
        Dataset second = Dataset.empty().withClusters(List.of(new Cluster(ClusterId.of("other"), cluster.name(),
                cluster.region(), cluster.organiser(), cluster.undertaker(), cluster.launchedOn(),
                List.of(withType(cluster.studios().get(1), custom)), Optional.empty())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        try (JsonLinesWriter writer = JsonLinesWriter.to(out)) {
            writer.dataset(first).dataset(second);
        }

        String lines = out.toString(StandardCharsets.UTF_8);
        assertThat(lines.lines().filter(line -> line.startsWith("{\"type\":\"studioType\""))).hasSize(1);
        assertThat(JsonLinesReader.create().readDataset(lines).errors()).isEmpty();
    }

    static List<Arguments> recordMethods() {
        Dataset liwan = ExampleCommunities.liwan2026();
        Dataset qiyingen = ExampleCommunities.qiyingen();
        Cluster cluster = liwan.clusters().get(0);
        Alliance alliance = qiyingen.alliances().get(0);
        return List.of(
                Arguments.of("dataset", (Consumer<JsonLinesWriter>) w -> w.dataset(liwan)),
                Arguments.of("empty dataset", (Consumer<JsonLinesWriter>) w -> w.dataset(Dataset.empty())),
                Arguments.of("person", (Consumer<JsonLinesWriter>) w -> w.person(liwan.persons().get(0))),
                Arguments.of("institution", (Consumer<JsonLinesWriter>) w -> w.institution(liwan.institutions().get(0))),
                Arguments.of("studioType", (Consumer<JsonLinesWriter>) w -> w.studioType(
                        new StudioType("CUSTOM_A", StudioForm.STUDIO, 1, "甲", "a"))),
                Arguments.of("cluster", (Consumer<JsonLinesWriter>) w -> w.cluster(cluster)),
                Arguments.of("studio", (Consumer<JsonLinesWriter>) w -> w.studio(cluster.id(), cluster.studios().get(0))),
                Arguments.of("alliance", (Consumer<JsonLinesWriter>) w -> w.alliance(alliance)),
                Arguments.of("session", (Consumer<JsonLinesWriter>) w -> w.session(alliance.id(),
                        alliance.sessions().get(0))),
                Arguments.of("exchange", (Consumer<JsonLinesWriter>) w -> w.exchange(alliance.id(),
                        alliance.exchanges().get(0))),
                Arguments.of("resource", (Consumer<JsonLinesWriter>) w -> w.resource(alliance.id(),
                        alliance.resources().get(0))),
                Arguments.of("project", (Consumer<JsonLinesWriter>) w -> w.project(liwan.projects().get(0))));
    }

    /** A cluster of the Liwan example under the given identifier, with the given studios. */
    private static Cluster liwanCluster(String id, List<Studio> studios) {
        Cluster cluster = ExampleCommunities.liwan2026().clusters().get(0);
        return new Cluster(ClusterId.of(id), cluster.name(), cluster.region(), cluster.organiser(),
                cluster.undertaker(), cluster.launchedOn(), studios, Optional.empty());
    }

    @Test
    void dataset_repeatedClusterIdentifierWithStudiosAfterTheFirst_isRefusedBeforeAnyLine() {
        List<Studio> studios = ExampleCommunities.liwan2026().studios();
        Dataset dataset = Dataset.empty().withClusters(List.of(liwanCluster("c", List.of(studios.get(0))),
                liwanCluster("c", List.of(studios.get(1)))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        try (JsonLinesWriter writer = JsonLinesWriter.to(out)) {
            assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> writer.dataset(dataset))
                    .withMessage("the cluster identifier 'c' is repeated by a cluster with studios: a studio line names"
                            + " its cluster by identifier only, so a reader would give them to the first cluster of"
                            + " that identifier")
                    .satisfies(e -> assertThat(e.zh()).isEqualTo("集群标识“c”重复，且后一个集群有工作室：工作室行只凭"
                            + "集群标识归属，读回时会归入第一个同标识的集群"));
        }
        assertThat(out.size()).isZero();
        assertThat(DatasetReader.create().read(DatasetWriter.compact().writeToString(dataset)).orElseThrow())
                .as("a document keeps each cluster's studios").isEqualTo(dataset);
    }

    @Test
    void dataset_repeatedAllianceIdentifierWithChildrenAfterTheFirst_isRefusedBeforeAnyLine() {
        Alliance alliance = ExampleCommunities.qiyingen().alliances().get(0);
        Alliance bare = new Alliance(alliance.id(), alliance.name(), alliance.parent(), alliance.members(),
                alliance.plan(), List.of(), List.of(), List.of());
        Alliance withResource = new Alliance(alliance.id(), alliance.name(), alliance.parent(), alliance.members(),
                alliance.plan(), List.of(), List.of(), List.of(alliance.resources().get(0)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        try (JsonLinesWriter writer = JsonLinesWriter.to(out)) {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> writer.dataset(Dataset.empty().withAlliances(List.of(bare, withResource))))
                    .withMessage("the alliance identifier '" + alliance.id() + "' is repeated by an alliance with"
                            + " sessions, exchanges or resources: their lines name their alliance by identifier only,"
                            + " so a reader would give them to the first alliance of that identifier")
                    .satisfies(e -> assertThat(e.zh()).isEqualTo("联盟标识“" + alliance.id() + "”重复，且后一个联盟有"
                            + "联合研修、交流或共享资源：这些行只凭联盟标识归属，读回时会归入第一个同标识的联盟"));
        }
        assertThat(out.size()).isZero();
    }

    @Test
    void dataset_repeatedIdentifierWithoutLaterChildren_isWrittenAndReadsBackEqual() {
        List<Studio> studios = ExampleCommunities.liwan2026().studios();
        Alliance alliance = ExampleCommunities.qiyingen().alliances().get(0);
        Alliance bare = new Alliance(alliance.id(), alliance.name(), alliance.parent(), alliance.members(),
                alliance.plan(), List.of(), List.of(), List.of());
        Dataset dataset = Dataset.empty()
                .withClusters(List.of(liwanCluster("c", studios), liwanCluster("c", List.of())))
                .withAlliances(List.of(alliance, bare));

        Dataset back = JsonLinesReader.create().readDataset(JsonLinesWriter.writeToString(dataset)).orElseThrow();

        assertThat(back).isEqualTo(dataset);
    }

    @Test
    void cluster_identifierWrittenBefore_isRefusedWithStudiosOnly() {
        List<Studio> studios = ExampleCommunities.liwan2026().studios();
        Alliance alliance = ExampleCommunities.qiyingen().alliances().get(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        try (JsonLinesWriter writer = JsonLinesWriter.to(out)) {
            writer.cluster(liwanCluster("c", List.of())).alliance(alliance);
            assertThat(writer.cluster(liwanCluster("c", List.of()))).isSameAs(writer);
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> writer.cluster(liwanCluster("c", List.of(studios.get(0)))))
                    .withMessageStartingWith("the cluster identifier 'c' is repeated");
            assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> writer.alliance(alliance))
                    .withMessageStartingWith("the alliance identifier '" + alliance.id() + "' is repeated");
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> writer.dataset(Dataset.empty().withClusters(
                            List.of(liwanCluster("c", List.of(studios.get(0)))))))
                    .as("a dataset after the lines").withMessageStartingWith("the cluster identifier 'c' is repeated");
        }
        assertThat(out.toString(StandardCharsets.UTF_8).lines())
                .as("two clusters and the alliance with its children, nothing of the refused ones")
                .hasSize(2 + 1 + alliance.sessions().size() + alliance.exchanges().size()
                        + alliance.resources().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordMethods")
    void recordMethod_afterClose_throwsIllegalState(String method, Consumer<JsonLinesWriter> write) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonLinesWriter writer = JsonLinesWriter.to(out);
        writer.close();

        assertThatIllegalStateException().isThrownBy(() -> write.accept(writer)).withMessage("This writer is closed");
        assertThat(out.size()).isZero();
    }

    /** Record methods given what an open writer would refuse for itself, on a writer that wrote {@code alliance}. */
    static List<Arguments> refusedRecords() {
        Cluster cluster = ExampleCommunities.liwan2026().clusters().get(0);
        Studio impostor = withType(cluster.studios().get(0), IMPOSTOR);
        Alliance alliance = ExampleCommunities.qiyingen().alliances().get(0);
        return List.of(
                Arguments.of("studioType", (Consumer<JsonLinesWriter>) w -> w.studioType(IMPOSTOR)),
                Arguments.of("cluster", (Consumer<JsonLinesWriter>) w -> w.cluster(cluster.withStudios(
                        List.of(impostor)))),
                Arguments.of("studio", (Consumer<JsonLinesWriter>) w -> w.studio(cluster.id(), impostor)),
                Arguments.of("alliance", (Consumer<JsonLinesWriter>) w -> w.alliance(alliance)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedRecords")
    void recordMethod_afterClose_isRefusedAsClosedBeforeTheRecordIsChecked(String method,
            Consumer<JsonLinesWriter> write) {
        JsonLinesWriter writer = JsonLinesWriter.to(new ByteArrayOutputStream());
        writer.alliance(ExampleCommunities.qiyingen().alliances().get(0));
        writer.close();

        assertThatIllegalStateException().isThrownBy(() -> write.accept(writer)).withMessage("This writer is closed");
    }

    @Test
    void close_twice_isQuiet() {
        JsonLinesWriter writer = JsonLinesWriter.to(new ByteArrayOutputStream());
        writer.close();

        assertThatNoException().isThrownBy(writer::close);
    }

    static List<Arguments> nullArguments() {
        Cluster cluster = ExampleCommunities.liwan2026().clusters().get(0);
        Alliance alliance = ExampleCommunities.qiyingen().alliances().get(0);
        return List.of(
                Arguments.of("studioType", "type", (Consumer<JsonLinesWriter>) w -> w.studioType(null)),
                Arguments.of("studio", "cluster", (Consumer<JsonLinesWriter>) w -> w.studio(null,
                        cluster.studios().get(0))),
                Arguments.of("studio", "studio", (Consumer<JsonLinesWriter>) w -> w.studio(cluster.id(), null)),
                Arguments.of("session", "alliance", (Consumer<JsonLinesWriter>) w -> w.session(null,
                        alliance.sessions().get(0))),
                Arguments.of("session", "session", (Consumer<JsonLinesWriter>) w -> w.session(alliance.id(), null)),
                Arguments.of("exchange", "alliance", (Consumer<JsonLinesWriter>) w -> w.exchange(null,
                        alliance.exchanges().get(0))),
                Arguments.of("exchange", "exchange", (Consumer<JsonLinesWriter>) w -> w.exchange(alliance.id(), null)),
                Arguments.of("resource", "alliance", (Consumer<JsonLinesWriter>) w -> w.resource(null,
                        alliance.resources().get(0))),
                Arguments.of("resource", "resource", (Consumer<JsonLinesWriter>) w -> w.resource(alliance.id(), null)),
                Arguments.of("person", "person", (Consumer<JsonLinesWriter>) w -> w.person(null)),
                Arguments.of("cluster", "cluster", (Consumer<JsonLinesWriter>) w -> w.cluster(null)),
                Arguments.of("alliance", "alliance", (Consumer<JsonLinesWriter>) w -> w.alliance(null)),
                Arguments.of("dataset", "dataset", (Consumer<JsonLinesWriter>) w -> w.dataset(null)));
    }

    @ParameterizedTest(name = "{0}: null {1}")
    @MethodSource("nullArguments")
    void recordMethod_nullArgument_throwsNpeNamingTheParameter(String method, String parameter,
            Consumer<JsonLinesWriter> write) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        try (JsonLinesWriter writer = JsonLinesWriter.to(out)) {
            assertThatNullPointerException().isThrownBy(() -> write.accept(writer)).withMessage(parameter);
        }
        assertThat(out.size()).isZero();
    }
}
