package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The codecs, not the parser, find a property given twice in one object: wherever it is, it is a
 * {@link ReadErrorCode#JSON_DUPLICATE_KEY} at the object's pointer, and reading goes on to the
 * other errors; the same name in different objects is no duplicate.
 */
class DuplicatePropertyTest {

    private static final String PERSON = "\"id\":\"p1\",\"name\":\"n\",\"synthetic\":true";

    private static List<ReadError> lineErrors(String line) {
        JsonLine read = JsonLinesReader.create().parseLine(line, 1);
        return read instanceof JsonLine.ErrorLine error ? error.errors() : List.of();
    }

    private static List<ReadError> duplicates(List<ReadError> errors) {
        return errors.stream().filter(e -> e.code() == ReadErrorCode.JSON_DUPLICATE_KEY).toList();
    }

    @Test
    void line_propertyOfARecordTwice_isReportedAtTheRecord() {
        List<ReadError> errors = lineErrors("{\"type\":\"person\",\"person\":{" + PERSON + ",\"id\":\"p2\"}}");

        assertThat(errors).extracting(ReadError::code, ReadError::pointer)
                .containsExactly(tuple(ReadErrorCode.JSON_DUPLICATE_KEY, "/person"));
        assertThat(errors.get(0).en()).isEqualTo("duplicate property: 'id'");
        assertThat(errors.get(0).zh()).isEqualTo("对象中属性重复：“id”");
        assertThat(errors.get(0).column()).isGreaterThan(40);
    }

    @Test
    void line_duplicateAndAMissingProperty_reportsBoth() {
        List<ReadError> errors = lineErrors(
                "{\"type\":\"person\",\"person\":{\"id\":\"p1\",\"id\":\"p1\",\"synthetic\":true}}");

        assertThat(errors).extracting(ReadError::code, ReadError::pointer).containsExactlyInAnyOrder(
                tuple(ReadErrorCode.JSON_DUPLICATE_KEY, "/person"), tuple(ReadErrorCode.JSON_MISSING, "/person"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"type\":\"person\",\"type\":\"person\",\"person\":{" + PERSON + "}}",
        "{\"type\":\"person\",\"person\":{" + PERSON + "},\"person\":{" + PERSON + "}}",
        "{\"type\":\"studio\",\"cluster\":\"c1\",\"cluster\":\"c1\",\"studio\":{}}",
        "{\"type\":\"person\",\"x-a\":1,\"person\":{" + PERSON + "},\"x-a\":2}",
        "{\"type\":\"person\",\"other\":1,\"person\":{" + PERSON + "},\"other\":2}",
        "{\"type\":\"bogus\",\"thing\":1,\"thing\":2}",
    })
    void line_topLevelPropertyTwice_isReportedAtTheLine(String line) {
        assertThat(duplicates(lineErrors(line))).extracting(ReadError::pointer).containsExactly("");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\"x-ext\":{\"a\":1,\"a\":2}",
        "\"x-ext\":[0,{\"b\":{\"a\":1,\"c\":[],\"a\":2}}]",
        "\"x-a\":1,\"x-a\":{}",
        "\"extra\":{\"a\":1,\"a\":2}",
    })
    void line_duplicateInsideAnExtensionOrUnknownProperty_isReported(String property) {
        List<ReadError> errors = lineErrors("{\"type\":\"person\",\"person\":{" + PERSON + "," + property + "}}");

        assertThat(duplicates(errors)).hasSize(1).allSatisfy(e -> assertThat(e.pointer()).startsWith("/person"));
    }

    @Test
    void line_duplicateInsideAValueOfTheWrongType_isReportedBesideTheTypeError() {
        List<ReadError> errors = lineErrors("{\"type\":\"person\",\"person\":{\"id\":\"p1\",\"name\":{\"a\":1,\"a\":2},"
                + "\"synthetic\":true}}");

        assertThat(errors).extracting(ReadError::code, ReadError::pointer).containsExactlyInAnyOrder(
                tuple(ReadErrorCode.JSON_TYPE, "/person/name"),
                tuple(ReadErrorCode.JSON_DUPLICATE_KEY, "/person/name"));
    }

    @Test
    void line_sameNameInDifferentObjects_isNoDuplicate() {
        String line = "{\"type\":\"person\",\"x-top\":{\"id\":1},\"person\":{" + PERSON
                + ",\"x-a\":{\"id\":1,\"x\":{\"id\":2,\"x\":[{\"id\":3},{\"id\":3}]}},\"x-b\":[{\"a\":1},{\"a\":1}]}}";

        assertThat(JsonLinesReader.create().parseLine(line, 1)).isInstanceOf(JsonLine.PersonLine.class);
    }

    @Test
    void mapKeyTwice_isReportedAtTheMap() {
        CodecReads.Read<?> read = CodecReads.read(ReportCodecs.COUNTS, "{\"ERROR\":1,\"WARNING\":0,\"ERROR\":2}");

        assertThat(read.value()).isNull();
        assertThat(read.errors()).extracting(ReadError::code, ReadError::pointer)
                .containsExactly(tuple(ReadErrorCode.JSON_DUPLICATE_KEY, ""));
    }

    @Test
    void studioCountTwice_isReportedAtTheCounts() {
        CodecReads.Read<?> read = CodecReads.read(ValueCodecs.CLUSTER_PLAN,
                "{\"studioCounts\":{\"BACKBONE_WORKSHOP\":1,\"BACKBONE_WORKSHOP\":2}}");

        assertThat(read.errors()).extracting(ReadError::code, ReadError::pointer)
                .containsExactly(tuple(ReadErrorCode.JSON_DUPLICATE_KEY, "/studioCounts"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"kind\":\"holdsPost\",\"post\":\"PRINCIPAL\",\"post\":\"TEACHER\"}",
        "{\"kind\":\"holdsPost\",\"x-a\":1,\"post\":\"PRINCIPAL\",\"x-a\":1}",
        "{\"kind\":\"holdsPost\",\"post\":\"PRINCIPAL\",\"kind\":\"holdsPost\"}",
    })
    void hostCriterionPropertyTwice_isReportedAtTheCriterion(String json) {
        CodecReads.Read<?> read = CodecReads.read(HostCriterionCodec.INSTANCE, json);

        assertThat(read.value()).isNull();
        assertThat(read.errors()).extracting(ReadError::code, ReadError::pointer)
                .containsExactly(tuple(ReadErrorCode.JSON_DUPLICATE_KEY, ""));
    }

    @Test
    void distinctProperties_ofAMapAStudioCountAndACriterion_areRead() {
        assertThat(CodecReads.read(ReportCodecs.COUNTS, "{\"ERROR\":1,\"WARNING\":0}").errors()).isEmpty();
        assertThat(CodecReads.read(ValueCodecs.CLUSTER_PLAN,
                "{\"studioCounts\":{\"BACKBONE_WORKSHOP\":1,\"PRINCIPAL_STUDIO\":2}}").errors()).isEmpty();
        assertThat(CodecReads.read(HostCriterionCodec.INSTANCE,
                "{\"kind\":\"holdsPost\",\"x-a\":{\"post\":1},\"post\":\"PRINCIPAL\"}").errors()).isEmpty();
    }

    @Test
    void document_propertyTwice_isReportedAndTheRestIsRead() {
        ReadResult<?> result = DatasetReader.create().read("{\"schemaVersion\":\"1.0\",\"schemaVersion\":\"1.0\","
                + "\"persons\":[{" + PERSON + ",\"name\":\"m\"},{\"id\":\"p2\",\"synthetic\":true}]}");

        assertThat(result.value()).isEmpty();
        assertThat(result.errors()).extracting(ReadError::code, ReadError::pointer).contains(
                tuple(ReadErrorCode.JSON_DUPLICATE_KEY, ""), tuple(ReadErrorCode.JSON_DUPLICATE_KEY, "/persons/0"),
                tuple(ReadErrorCode.JSON_MISSING, "/persons/1"));
    }

    @Test
    void publicFactory_stillRejectsDuplicates_theReadersFactoryLeavesThemToTheCodecs() {
        String json = "{\"a\":1,\"a\":2}";

        assertThatExceptionOfType(JacksonException.class).isThrownBy(() -> readAll(SafeJson.factory(), json))
                .withMessageContaining("Duplicate Object property");
        assertThat(readAll(SafeJson.codecFactory(JsonLimits.defaults()), json)).isEqualTo(6);
    }

    private static int readAll(JsonFactory factory, String json) {
        int tokens = 0;
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), json)) {
            while (parser.nextToken() != null) {
                tokens++;
            }
        }
        return tokens;
    }
}
