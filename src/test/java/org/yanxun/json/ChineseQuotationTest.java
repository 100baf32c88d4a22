package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Chinese read error quotes a value with Chinese quotation marks and, as the rules' messages do, puts no
 * space on either side of them; a space between a Chinese character and a Latin word or a number stays.
 */
class ChineseQuotationTest {

    private static final String HEAD = "{\"schemaVersion\":\"1.0\",\"kind\":\"dataset\"";
    private static final String PERSON = "\"person\":{\"id\":\"p\",\"name\":\"n\",\"synthetic\":true}";

    private static ReadError onlyError(String document) {
        List<ReadError> errors = DatasetReader.create().read(document).errors();
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    private static ReadError onlyLineError(String line) {
        JsonLine read = JsonLinesReader.create().parseLine(line, 1);
        assertThat(read).isInstanceOf(JsonLine.ErrorLine.class);
        List<ReadError> errors = ((JsonLine.ErrorLine) read).errors();
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    @Test
    void invalidDate_isQuotedWithoutSpaces() {
        ReadError error = onlyError(HEAD + ",\"persons\":[{\"id\":\"p\",\"name\":\"n\",\"synthetic\":true,"
                + "\"birthDate\":\"1990-02-30\"}]}");

        assertThat(error.code()).isEqualTo(ReadErrorCode.JSON_DATE);
        assertThat(error.zh()).isEqualTo("日期须为有效的 yyyy-MM-dd 格式，实为“1990-02-30”");
        assertThat(error.en()).isEqualTo("date must be a valid yyyy-MM-dd date, was '1990-02-30'");
    }

    @Test
    void unknownProperty_isQuotedWithoutSpaces() {
        ReadError error = onlyError(HEAD + ",\"persons\":[{\"id\":\"p\",\"name\":\"n\",\"synthetic\":true,"
                + "\"nickname\":\"x\"}]}");

        assertThat(error.code()).isEqualTo(ReadErrorCode.JSON_UNKNOWN_PROPERTY);
        assertThat(error.zh()).isEqualTo("未知属性“nickname”（扩展属性须以 x- 开头）");
        assertThat(error.en()).isEqualTo("unknown property 'nickname' (extension properties must start with x-)");
    }

    @Test
    void otherSchemaVersion_quotesBothValuesWithoutSpaces() {
        ReadError error = onlyError("{\"schemaVersion\":\"2.0\",\"kind\":\"dataset\"}");

        assertThat(error.code()).isEqualTo(ReadErrorCode.JSON_VALUE);
        assertThat(error.zh()).isEqualTo("值须为“1.0”，实为“2.0”");
        assertThat(error.en()).isEqualTo("value must be '1.0', was '2.0'");
    }

    @Test
    void unknownStudioTypeCode_isQuotedWithoutSpaces() {
        List<ReadError> errors = DatasetReader.create()
                .read(HEAD + ",\"clusters\":[{\"studios\":[{\"type\":\"NEVER_DEFINED\"}]}]}").errors();

        assertThat(errors).filteredOn(e -> e.code() == ReadErrorCode.JSON_ENUM).singleElement().satisfies(e -> {
            assertThat(e.zh()).isEqualTo("未知的工作室类型代码“NEVER_DEFINED”：既非内置类型，也未在 studioTypes 中定义");
            assertThat(e.en()).isEqualTo("unknown studio type code 'NEVER_DEFINED': neither built in nor defined in"
                    + " studioTypes");
        });
    }

    @Test
    void mapKeyOfNoMember_isQuotedWithoutASpaceAfter() {
        CodecReads.Read<?> read = CodecReads.read(ReportCodecs.COUNTS, "{\"FATAL\":1}");

        assertThat(read.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(ReadErrorCode.JSON_ENUM);
            assertThat(e.zh()).isEqualTo("“FATAL”不是有效的严重程度");
            assertThat(e.en()).isEqualTo("'FATAL' is not a valid severity");
        });
    }

    @Test
    void recordOfUnknownType_isQuotedWithoutSpaces() {
        ReadError error = onlyLineError("{\"type\":\"robot\"}");

        assertThat(error.code()).isEqualTo(ReadErrorCode.JSON_ENUM);
        assertThat(error.zh()).isEqualTo("记录类型“robot”不是以下名称之一：" + RecordType.NAMES);
        assertThat(error.en()).isEqualTo("record type 'robot' is not one of: " + RecordType.NAMES);
    }

    @Test
    void recordWithAnUnknownProperty_isQuotedWithoutSpaces_keepingTheSpacesAroundTheLatinRecordName() {
        ReadError error = onlyLineError("{\"type\":\"person\",\"zz\":1," + PERSON + "}");

        assertThat(error.code()).isEqualTo(ReadErrorCode.JSON_UNKNOWN_PROPERTY);
        assertThat(error.zh()).isEqualTo("未知属性“zz”（类型为 person 的记录）");
        assertThat(error.en()).isEqualTo("unknown property 'zz' in a person record");
    }

    @Test
    void recordWithoutItsType_isQuotedWithoutSpaces() {
        ReadError error = onlyLineError("{" + PERSON + "}");

        assertThat(error.code()).isEqualTo(ReadErrorCode.JSON_MISSING);
        assertThat(error.zh()).isEqualTo("记录缺少必需属性“type”");
        assertThat(error.en()).isEqualTo("record is missing the required property 'type'");
    }

    @Test
    void regionCodeOfAnUnknownProvince_isQuotedWithoutSpaces_keepingTheSpacesAroundGbT() {
        ReadError error = onlyError(HEAD + ",\"institutions\":[{\"id\":\"i\",\"name\":\"n\",\"kind\":\"SCHOOL\","
                + "\"region\":\"990101\"}]}");

        assertThat(error.code()).isEqualTo(ReadErrorCode.JSON_FORMAT);
        assertThat(error.zh()).isEqualTo("格式不正确：行政区划代码须以 GB/T 2260 的省级代码开头，实为“990101”");
        assertThat(error.en()).isEqualTo("wrong format: region code must start with a province-level prefix of"
                + " GB/T 2260, was '990101'");
    }
}
