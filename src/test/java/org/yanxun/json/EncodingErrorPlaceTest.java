package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.yanxun.Dataset;

/**
 * An encoding error of a whole document takes its place among the parser's errors: a syntax error
 * before it is reported, not the encoding error, and the encoding error is on the line the parser
 * would give at its place, whatever the document's line endings.
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

    /** Line endings of a document, each input, and the line the parser counts for the line after them. */
    static Stream<Arguments> lineEndings() {
        List<Arguments> endings = List.of(Arguments.of("LF", List.of("\n", "\n", "\n"), 4),
                Arguments.of("CRLF", List.of("\r\n", "\r\n", "\r\n"), 4),
                Arguments.of("CR", List.of("\r", "\r", "\r"), 4),
                Arguments.of("CRLF, LF, CR", List.of("\r\n", "\n", "\r"), 4),
                Arguments.of("LF, LF CR, CR", List.of("\n", "\n\r", "\r"), 5));
        return endings.stream().flatMap(ending -> Arrays.stream(Input.values())
                .map(input -> Arguments.of(input, ending.get()[0], ending.get()[1], ending.get()[2])));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("lineEndings")
    void read_encodingErrorWhereTheParserFindsASyntaxError_isAtTheParsersLineAndColumn(Input input, String name,
            List<String> endings, int line) {
        // X in a string: a control character the parser refuses there, or else the ill-formed input. (Out
        // of a string, the parser refuses a high surrogate that ends a read before the checker can.)
        String document = "{" + endings.get(0) + "\"schemaVersion\":\"1.0\"," + endings.get(1) + endings.get(2)
                + "  \"x-note\":\"X\"\n}";

        ReadError syntax = input.read(document.replace("X", "\u0001")).errors().get(0);
        ReadError encoding = input.read(document.replace("X", "§")).errors().get(0);

        assertThat(syntax.code()).isEqualTo(ReadErrorCode.JSON_SYNTAX);
        assertThat(syntax.line()).as("the parser's line").isEqualTo(line);
        assertThat(syntax.column()).as("the parser's column").isEqualTo(13);
        assertThat(encoding.code()).isEqualTo(ReadErrorCode.JSON_ENCODING);
        assertThat(encoding.line()).as("the line of the encoding error").isEqualTo(syntax.line());
        assertThat(encoding.column()).as("the column of the encoding error").isEqualTo(syntax.column());
    }
}
