package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yanxun.examples.ExampleCommunities;

/** What the model refuses while a document is read is said in Chinese in the Chinese message, not quoted in English. */
class BilingualValueErrorsTest {

    private static final String DOCUMENT = DatasetWriter.compact().writeToString(ExampleCommunities.qiyingen());

    private static ReadError onlyError(String document) {
        ReadResult<?> result = DatasetReader.create().read(document);
        assertThat(result.errors()).hasSize(1);
        return result.errors().get(0);
    }

    @Test
    void read_nameTooLong_isSaidInBothLanguages() {
        String name = ExampleCommunities.qiyingen().persons().get(0).name();
        ReadError error = onlyError(DOCUMENT.replaceFirst("\"" + name + "\"", "\"" + "名".repeat(600) + "\""));

        assertThat(error.code()).isEqualTo(ReadErrorCode.JSON_VALUE);
        assertThat(error.zh()).isEqualTo("人员的取值无效：属性“name”最多 100 个字符，实为 600 个");
        assertThat(error.en()).isEqualTo("invalid person: name must be at most 100 characters, was 600");
    }

    @Test
    void read_nameWithAnUnpairedSurrogateEscape_isSaidInBothLanguages() {
        String name = ExampleCommunities.qiyingen().persons().get(0).name();
        ReadError error = onlyError(DOCUMENT.replaceFirst("\"" + name + "\"", "\"" + name + "\\\\ud800\""));

        assertThat(error.code()).isEqualTo(ReadErrorCode.JSON_VALUE);
        assertThat(error.zh()).isEqualTo("人员的取值无效：属性“name”在第 " + (name.length() + 1)
                + " 个字符处含不成对的代理码元 U+D800");
        assertThat(error.en()).isEqualTo("invalid person: name must not contain an unpaired surrogate, was U+D800 at "
                + "character " + (name.length() + 1));
    }

    @Test
    void read_exchangeEndingBeforeItStarts_isSaidInBothLanguages() {
        String document = DOCUMENT.replaceFirst("(\"exchanges\":\\[\\{.*?\"end\":\")(\\d{4})", "$11999");

        ReadError error = onlyError(document);

        assertThat(error.zh()).startsWith("交流的取值无效：交流 ").contains("的结束不能早于开始，实为 ")
                .doesNotContain("must");
        assertThat(error.en()).startsWith("invalid exchange: exchange ").contains("must not end before it starts");
    }

    @Test
    void read_identifierWithASpace_isSaidInBothLanguages() {
        String id = ExampleCommunities.qiyingen().persons().get(0).id().value();
        ReadError error = onlyError(DOCUMENT.replaceFirst("\"" + id + "\"", "\"a b\""));

        assertThat(error.zh()).isEqualTo("格式不正确：人员标识须以字母或数字开头，且只含字母、数字和 . _ : -，实为“a b”");
        assertThat(error.en()).isEqualTo("wrong format: person identifier must start with a letter or digit and contain"
                + " only letters, digits and . _ : -, was 'a b'");
    }

    @Test
    void read_institutionWithoutRegion_namesTheInstitutionInEachLanguage() {
        String region = ExampleCommunities.qiyingen().institutions().get(0).region().value();
        ReadError error = onlyError(DOCUMENT.replaceFirst(",\"region\":\"" + region + "\"", ""));

        assertThat(error.code()).isEqualTo(ReadErrorCode.JSON_MISSING);
        assertThat(error.pointer()).isEqualTo("/institutions/0");
        assertThat(error.zh()).isEqualTo("机构缺少必需属性“region”");
        assertThat(error.en()).isEqualTo("the institution is missing the required property 'region'");
    }

    @Test
    void read_postOfNoCode_namesThePostsInEachLanguage() {
        ReadError error = onlyError(DOCUMENT.replaceFirst("\"posts\":\\[\"", "\"posts\":[\"ASTRONAUT\",\""));

        assertThat(error.code()).isEqualTo(ReadErrorCode.JSON_ENUM);
        assertThat(error.zh()).isEqualTo(
                "代码“ASTRONAUT”不是岗位的取值之一：TEACHER, PRINCIPAL, PARTY_SECRETARY, RESEARCH_TRAINER, TRAINER, CADRE");
        assertThat(error.en()).isEqualTo("code 'ASTRONAUT' is not one of the post codes: "
                + "TEACHER, PRINCIPAL, PARTY_SECRETARY, RESEARCH_TRAINER, TRAINER, CADRE");
    }

    @Test
    void read_regionCodeOfFourDigits_isSaidInBothLanguages() {
        String region = ExampleCommunities.qiyingen().institutions().get(0).region().value();
        ReadError error = onlyError(DOCUMENT.replaceFirst("\"region\":\"" + region + "\"", "\"region\":\"5001\""));

        assertThat(error.zh()).isEqualTo("格式不正确：行政区划代码须为 6 位数字，实为“5001”");
        assertThat(error.en()).isEqualTo("wrong format: region code must be 6 digits, was '5001'");
    }

    @Test
    void read_blankName_quotesTheFieldAsAPropertyInChinese() {
        String name = ExampleCommunities.qiyingen().persons().get(0).name();
        ReadError error = onlyError(DOCUMENT.replaceFirst("\"" + name + "\"", "\"  \""));

        assertThat(error.code()).isEqualTo(ReadErrorCode.JSON_VALUE);
        assertThat(error.zh()).isEqualTo("人员的取值无效：属性“name”不能为空白，实为“  ”");
        assertThat(error.en()).isEqualTo("invalid person: name must not be blank, was '  '");
    }

    @Test
    void read_teachingBeforeBirth_continuesTheEnglishInLowerCase() {
        ReadError error = onlyError("{\"schemaVersion\":\"1.0\",\"kind\":\"dataset\",\"persons\":[{\"id\":\"p-1\","
                + "\"name\":\"n\",\"synthetic\":true,\"birthDate\":\"1990-01-01\",\"teachingSince\":\"1980-09-01\"}]}");

        assertThat(error.code()).isEqualTo(ReadErrorCode.JSON_VALUE);
        assertThat(error.zh()).isEqualTo("人员的取值无效：p-1 的从教日期 1980-09-01 早于出生日期 1990-01-01");
        assertThat(error.en())
                .isEqualTo("invalid person: person p-1 started teaching on 1980-09-01, before birth on 1990-01-01");
    }
}
