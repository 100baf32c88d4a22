package org.yanxun.json;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.yanxun.internal.Checks;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * Turns what stops a parse (a Jackson exception, too many errors) into {@link ReadError}s, so no
 * Jackson exception ever reaches the caller.
 */
final class Failures {

    private static final int MESSAGE_LENGTH = 200;

    private Failures() {
    }

    /**
     * Records a Jackson exception that ended the parse.
     *
     * @param e the exception
     * @param cursor the cursor, whose pointer is where parsing stopped, or the object of the property
     *     whose value it stopped in
     * @param trailing true if the exception came while checking for trailing content
     */
    static void record(JacksonException e, Cursor cursor, boolean trailing) {
        if (e.getCause() instanceof Utf8.Malformed malformed) {
            cursor.fatal(ReadErrorCode.JSON_ENCODING, malformed.location(), malformed.zh(), malformed.en());
            return;
        }
        ParserFailure failure = ParserFailure.of(e, cursor.parser(), !trailing);
        // A failure of the input is said in its own words in both languages, as DocumentInput says it.
        String zhDetail = shorten(e instanceof JacksonIOException ? failure.message()
                : ParserMessages.zh(failure.message()));
        String enDetail = shorten(ParserMessages.en(failure.message()));
        ReadErrorCode code = classify(e, failure.message(), trailing);
        String zh = switch (code) {
            case JSON_LIMIT -> "超出安全限制：";
            case JSON_TRUNCATED -> "输入在值的中间结束（文件被截断）：";
            case JSON_ENCODING -> "输入不是有效的 UTF-8：";
            case JSON_IO -> "读取输入失败：";
            case JSON_TRAILING -> "文档结束后还有多余内容：";
            default -> "JSON 语法错误：";
        };
        String en = switch (code) {
            case JSON_LIMIT -> "safety limit exceeded: ";
            case JSON_TRUNCATED -> "input ends in the middle of a value (truncated): ";
            case JSON_ENCODING -> "input is not valid UTF-8: ";
            case JSON_IO -> "input could not be read: ";
            case JSON_TRAILING -> "content after the end of the document: ";
            default -> "JSON syntax error: ";
        };
        // The parser checks a document's length as it loads more input, and then gives neither where the
        // limit was passed nor a column that lies in the input: the error is of the whole document.
        boolean wholeDocument = e instanceof StreamConstraintsException
                && String.valueOf(e.getOriginalMessage()).startsWith(ParserMessages.DOCUMENT_LENGTH);
        if (code == ReadErrorCode.JSON_IO) {
            // A failure of the input is not of the value being read.
            ReadError failed = DocumentInput.readFailure(e.getCause() != null ? e.getCause() : e, 0);
            cursor.fatalOfInput(code, failed.zh(), failed.en());
        } else if (wholeDocument) {
            cursor.fatalOfInput(code, zh + zhDetail, en + enDetail);
        } else {
            cursor.fatal(code, failure, failure.where(), zh + zhDetail, en + enDetail);
        }
    }

    /**
     * Records an input stream's {@code UncheckedIOException}, which the parser lets through, as the failure
     * of the input that its {@code IOException} would have been.
     */
    private static void failedInput(UncheckedIOException e, Cursor cursor) {
        ReadError failed = DocumentInput.readFailure(e.getCause(), 0);
        cursor.fatalOfInput(ReadErrorCode.JSON_IO, failed.zh(), failed.en());
    }

    private static ReadErrorCode classify(JacksonException e, String parserMessage, boolean trailing) {
        String message = String.valueOf(parserMessage);
        if (e instanceof StreamConstraintsException) {
            return ReadErrorCode.JSON_LIMIT;
        }
        if (e instanceof JacksonIOException) {
            return ReadErrorCode.JSON_IO;
        }
        // The parser's messages of an unpaired surrogate escape in a property name, which is ASCII, name
        // a surrogate but no encoding: they are syntax errors.
        if (message.contains("Invalid UTF-8") || message.contains("Invalid UTF-32")
                || message.contains("Unexpected end-of-input in UTF-8")) {
            return ReadErrorCode.JSON_ENCODING;
        }
        if (trailing) {
            return ReadErrorCode.JSON_TRAILING;
        }
        // Jackson reports an end between object entries as a plain read error, not as an end of input.
        if (e instanceof UnexpectedEndOfInputException || message.contains("Unexpected end-of-input")) {
            return ReadErrorCode.JSON_TRUNCATED;
        }
        return ReadErrorCode.JSON_SYNTAX;
    }

    /**
     * Reads the root value of a parse: reports an empty input, reads the value, rejects trailing
     * content, and turns whatever stops the parse into an error.
     *
     * @param <T> the type of the value
     * @param cursor the cursor, before the first token
     * @param reader reads the root value at the cursor
     * @return the value, or null if there was any error
     */
    static <T> T readRoot(Cursor cursor, java.util.function.Function<Cursor, T> reader) {
        T value = null;
        try {
            JsonToken first = cursor.parser().nextToken();
            if (first == null) {
                cursor.fatal(ReadErrorCode.JSON_EMPTY, cursor.location(), "输入为空，没有 JSON 值",
                        "input is empty: it holds no JSON value");
                return null;
            }
            value = reader.apply(cursor);
        } catch (Cursor.TooManyErrors e) {
            cursor.tooManyErrors(e);
            return null;
        } catch (JacksonException e) {
            record(e, cursor, false);
            return null;
        } catch (UncheckedIOException e) {
            failedInput(e, cursor);
            return null;
        }
        try {
            if (cursor.parser().nextToken() != null) {
                cursor.fatal(ReadErrorCode.JSON_TRAILING, cursor.location(), "文档结束后还有多余内容",
                        "content after the end of the document");
            }
        } catch (JacksonException e) {
            record(e, cursor, true);
        } catch (UncheckedIOException e) {
            failedInput(e, cursor);
        }
        return cursor.errorCount() == 0 ? value : null;
    }

    /**
     * The error that stands for the errors of a JSON Lines file beyond the limit, whose lines are all
     * still read.
     *
     * @param maxErrors the error limit
     * @param line the line of the first error left out
     * @return the error
     */
    static ReadError tooManyLineErrors(int maxErrors, long line) {
        return new ReadError(ReadErrorCode.JSON_LIMIT, "", line, 0, "错误过多，只报告前 " + maxErrors + " 个",
                "too many errors: only the first " + maxErrors + " are reported");
    }

    /**
     * Closes a parser, ignoring a failure: the input was already read or has failed.
     *
     * @param parser the parser
     */
    static void close(tools.jackson.core.JsonParser parser) {
        try {
            parser.close();
        } catch (JacksonException e) {
            // Nothing to report: every problem of the input is already an error of the result.
        }
    }

    /**
     * A file name for a message, at most {@code MESSAGE_LENGTH} characters, printable: a line break in it
     * is escaped (<code>&#92;u000A</code>) as every control character is, not made a space, which would name
     * another file.
     */
    static String path(Path file) {
        return Checks.shorten(file.toString(), MESSAGE_LENGTH);
    }

    /** A parser's message on one line, at most {@code MESSAGE_LENGTH} characters, printable. */
    static String shorten(String text) {
        return Checks.shorten(text == null ? "" : text.replace('\n', ' ').replace('\r', ' '), MESSAGE_LENGTH);
    }
}
