package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.yanxun.Dataset;
import org.yanxun.examples.ExampleCommunities;

/**
 * A stream that cannot tell how much it holds, as the JDK's stream of a pipe such as {@code /dev/stdin}
 * cannot ("Illegal seek"), is read whole.
 */
class PipeInputTest {

    /** Gives at most 100 bytes a read, as a pipe may, and fails when asked what is available. */
    private static InputStream pipe(byte[] bytes) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] into, int offset, int length) throws IOException {
                return super.read(into, offset, Math.min(length, 100));
            }

            @Override
            public int available() throws IOException {
                throw new IOException("Illegal seek");
            }
        };
    }

    @Test
    void read_streamThatCannotTellWhatIsAvailable_readsTheDocument() {
        Dataset qiyingen = ExampleCommunities.qiyingen();
        byte[] document = DatasetWriter.compact().writeToString(qiyingen).getBytes(StandardCharsets.UTF_8);

        ReadResult<Dataset> read = DatasetReader.create().read(pipe(document));

        assertThat(read.errors()).isEmpty();
        assertThat(read.value()).contains(qiyingen);
    }
}
