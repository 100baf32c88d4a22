package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yanxun.examples.ExampleCommunities;
import org.yanxun.policy.Presets;
import org.yanxun.rules.RuleEngine;
import tools.jackson.core.exc.StreamWriteException;

/**
 * A writer whose stream fails throws the stream's own {@link IOException}, wrapped once: what a caller
 * catches and logs holds no Jackson type.
 */
class WriterFailureTest {

    /** A stream that fails on every write with one exception. */
    private static final class Failing extends OutputStream {
        final IOException failure = new IOException("disk full");

        @Override
        public void write(int b) throws IOException {
            throw failure;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            throw failure;
        }
    }

    static Stream<Consumer<OutputStream>> writers() {
        ReportDocument report = new ReportDocument(RuleEngine.of(Presets.chengyuQiyingen2023())
                .validate(ExampleCommunities.qiyingen(), ExampleCommunities.QIYINGEN_AS_OF), List.of());
        return Stream.of(out -> DatasetWriter.compact().write(ExampleCommunities.qiyingen(), out),
                out -> JsonLinesWriter.write(ExampleCommunities.qiyingen(), out),
                out -> PolicyWriter.pretty().write(Presets.chengyuQiyingen2023(), out),
                out -> ReportWriter.pretty().write(report, out));
    }

    @ParameterizedTest
    @MethodSource("writers")
    void write_toAFailingStream_throwsTheStreamsExceptionWithNoJacksonTypeInTheChain(Consumer<OutputStream> writer) {
        Failing out = new Failing();

        UncheckedIOException thrown = catchThrowableOfType(UncheckedIOException.class, () -> writer.accept(out));

        assertThat(thrown).isNotNull().hasMessage("disk full");
        assertThat(thrown.getCause()).isSameAs(out.failure);
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            assertThat(t.getClass().getName()).doesNotStartWith("tools.jackson");
        }
    }

    @Test
    void failure_ofTheGeneratorItself_isAnIOExceptionWithItsMessage() {
        StreamWriteException refused = new StreamWriteException(null, "nesting too deep");

        UncheckedIOException thrown = Generators.failure(refused);

        assertThat(thrown).hasMessage("java.io.IOException: nesting too deep");
        assertThat(thrown.getCause()).isExactlyInstanceOf(IOException.class).hasMessage("nesting too deep")
                .hasCause(refused);
    }
}
