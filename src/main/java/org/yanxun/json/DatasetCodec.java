package org.yanxun.json;

import static org.yanxun.json.ObjectCodec.at;

import java.util.ArrayList;
import java.util.List;
import org.yanxun.Dataset;
import org.yanxun.StudioType;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * The codec of the dataset document: {@code schemaVersion}, {@code kind}, the custom studio types,
 * then the entities in the model's nesting.
 */
final class DatasetCodec {

    /** The schema version this library reads and writes. */
    static final String SCHEMA_VERSION = "1.0";

    /** The {@code kind} of a dataset document. */
    static final String KIND = "dataset";

    /** The custom studio types; each is defined as it is read, and none may follow once read. */
    private static final Codec<List<StudioType>> STUDIO_TYPES = new Codec<>() {
        @Override
        public List<StudioType> read(Cursor cursor) {
            if (cursor.token() != JsonToken.START_ARRAY) {
                cursor.mismatch("数组", "an array");
                cursor.studioTypes().seal();
                return null;
            }
            int before = cursor.errorCount();
            List<StudioType> types = new ArrayList<>();
            cursor.pushIndex(0);
            int index = 0;
            JsonToken token;
            while ((token = cursor.parser().nextToken()) != JsonToken.END_ARRAY && token != null) {
                cursor.setIndex(index++);
                if (token == JsonToken.VALUE_NULL) {
                    cursor.nullValue();
                    continue;
                }
                TokenStreamLocation where = cursor.location();
                StudioType type = EntityCodecs.STUDIO_TYPE.read(cursor);
                if (type != null && cursor.studioTypes().define(type, cursor, cursor.pointer(), where)) {
                    types.add(type);
                }
            }
            cursor.pop();
            cursor.studioTypes().seal();
            return cursor.errorCount() == before ? types : null;
        }

        @Override
        public void write(JsonGenerator generator, List<StudioType> types) {
            generator.writeStartArray();
            for (StudioType type : types) {
                EntityCodecs.STUDIO_TYPE.write(generator, type);
            }
            generator.writeEndArray();
        }
    };

    static final ObjectCodec<Dataset> DATASET = ObjectCodec.<Dataset>of("数据集", "dataset")
            .required("schemaVersion", Scalars.constant(SCHEMA_VERSION), dataset -> SCHEMA_VERSION)
            .required("kind", Scalars.constant(KIND), dataset -> KIND)
            .collection("studioTypes", STUDIO_TYPES, StudioTypes::customTypesOf, List::of)
            .list("persons", EntityCodecs.PERSON, Dataset::persons)
            .list("institutions", EntityCodecs.INSTITUTION, Dataset::institutions)
            .list("clusters", EntityCodecs.CLUSTER, Dataset::clusters)
            .list("alliances", EntityCodecs.ALLIANCE, Dataset::alliances)
            .list("projects", EntityCodecs.PROJECT, Dataset::projects)
            .build(v -> Dataset.of(at(v, 3), at(v, 4), at(v, 5), at(v, 6), at(v, 7)));

    private DatasetCodec() {
    }
}
