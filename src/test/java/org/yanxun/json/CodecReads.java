package org.yanxun.json;

import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;

/** Reads one JSON value with one codec, with the readers' factory, as a document reader does for each of its values. */
final class CodecReads {

    record Read<T>(T value, List<ReadError> errors) {
        List<ReadErrorCode> codes() {
            return errors.stream().map(ReadError::code).toList();
        }
    }

    private CodecReads() {
    }

    static <T> Read<T> read(Codec<T> codec, String json) {
        try (JsonParser parser = SafeJson.codecFactory(JsonLimits.defaults())
                .createParser(ObjectReadContext.empty(), json)) {
            Cursor cursor = new Cursor(parser, 100, 0, StudioTypes.forLines());
            parser.nextToken();
            T value = codec.read(cursor);
            return new Read<>(value, List.copyOf(cursor.errors()));
        }
    }
}
