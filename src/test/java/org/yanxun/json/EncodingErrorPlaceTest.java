package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yanxun.Dataset;

/**
 * An encoding error of a whole document takes its place among the parser's errors: a syntax error
 * before it is reported, not the encoding error.
 */
class EncodingErrorPlaceTest {

    /** The ways a document reaches a reader: as bytes or as text, whole or one byte or character a read. */
    enum Input {
        BYTES, BYTES_ONE_A_READ, STRING, READER, READER_ONE_A_READ;

        /**
         * Reads a document of ASCII text in which {@code §} stands for the ill-formed bytes {@code C0 AF}
         * in bytes and for the unpaired surrogate U+D800 in text.
         */
        ReadResult<Dataset> read(String document) {
            byte[] bytes = document.replace("§", "\u00C0\u00AF").getBytes(StandardCharsets.ISO_8859_1);
            String text = document.replace("§", "\ud800");
            DatasetReader reader = DatasetReader.create();
            return switch (this) {
                case BYTES -> reader.read(new ByteArrayInputStream(bytes));
                case BYTES_ONE_A_READ -> reader.read(new ByteArrayInputStream(bytes) {
                    @Override
                    public synchronized int read(byte[] b, int off, int len) {
                        return super.read(b, off, Math.min(len, 1));
                    }

                    @Override
                    public synchronized int available() {
                        // Else a buffered stream reading this one reads on while some is available.
                        return 0;
                    }
                });
                case STRING -> reader.read(text);
                case READER -> reader.read(new StringReader(text));
                case READER_ONE_A_READ -> reader.read(new StringReader(text) {
                    @Override
                    public int read(char[] b, int off, int len) throws IOException {
                        return super.read(b, off, Math.min(len, 1));
                    }
                });
            };
        }
    }

    @ParameterizedTest
    @EnumSource(Input.class)
    void read_syntaxErrorBeforeAnEncodingErrorReadWithIt_isTheSyntaxError(Input input) {
        // Both within the first read of the parser, whose buffer holds 4,000 characters or 8,000 bytes.
        String document = "{\"schemaVersion\":\"1.0\",\n  @\"x-note\":\"" + "a".repeat(3000) + "§\"\n}";

        ReadResult<Dataset> read = input.read(document);

        assertThat(read.errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo(ReadErrorCode.JSON_SYNTAX);
            assertThat(error.line()).isEqualTo(2);
            assertThat(error.column()).isEqualTo(3);
        });
    }

    @ParameterizedTest
    @EnumSource(Input.class)
    void read_encodingErrorBeforeASyntaxErrorReadWithIt_isTheEncodingError(Input input) {
        String document = "{\"schemaVersion\":\"1.0\",\n  \"x-note\":\"§" + "a".repeat(3000)
                + "\",\n  @\"x-more\":1\n}";

        ReadResult<Dataset> read = input.read(document);

        assertThat(read.errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo(ReadErrorCode.JSON_ENCODING);
            assertThat(error.line()).isEqualTo(2);
            assertThat(error.column()).isEqualTo(13);
        });
    }
}
