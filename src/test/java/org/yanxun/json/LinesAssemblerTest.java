package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yanxun.examples.ExampleCommunities;

/** Assembling a dataset from its lines: the error limit and references to parents not in the file. */
class LinesAssemblerTest {

    @Test
    void readDataset_moreErrorsThanTheLimit_keepsTheLimitThenSaysSo() {
        JsonLinesReader reader = JsonLinesReader.create().withLimits(JsonLimits.defaults().withMaxErrors(2));

        List<ReadError> errors = reader.readDataset("a\nb\nc\nd\n").errors();

        assertThat(errors).extracting(ReadError::code).containsExactly(ReadErrorCode.JSON_SYNTAX,
                ReadErrorCode.JSON_SYNTAX, ReadErrorCode.JSON_LIMIT);
    }

    @Test
    void readDataset_errorsUpToTheLimit_areAllKeptWithoutLimitError() {
        JsonLinesReader reader = JsonLinesReader.create().withLimits(JsonLimits.defaults().withMaxErrors(2));

        assertThat(reader.readDataset("a\nb\n").errors()).extracting(ReadError::code)
                .containsExactly(ReadErrorCode.JSON_SYNTAX, ReadErrorCode.JSON_SYNTAX);
    }

    @Test
    void readDataset_childrenOfMissingParents_nameTheParentKindInEachLanguage() {
        String studio = firstLineOfType(JsonLinesWriter.writeToString(ExampleCommunities.liwan2026()), "studio");
        String session = firstLineOfType(JsonLinesWriter.writeToString(ExampleCommunities.qiyingen()), "session");

        List<ReadError> errors = JsonLinesReader.create().readDataset(studio + "\n" + session + "\n").errors();

        String cluster = ExampleCommunities.liwan2026().clusters().get(0).id().value();
        String alliance = ExampleCommunities.qiyingen().alliances().get(0).id().value();
        assertThat(errors).extracting(ReadError::code).containsOnly(ReadErrorCode.JSONL_UNKNOWN_PARENT);
        assertThat(errors).extracting(ReadError::zh).containsExactly(
                "第 1 行引用的集群“" + cluster + "”不在文件中",
                "第 2 行引用的联盟“" + alliance + "”不在文件中");
        assertThat(errors).extracting(ReadError::en).containsExactly(
                "line 1 names the cluster '" + cluster + "', which is not in the file",
                "line 2 names the alliance '" + alliance + "', which is not in the file");
    }

    private static String firstLineOfType(String lines, String type) {
        return lines.lines().filter(l -> l.startsWith("{\"type\":\"" + type + "\"")).findFirst().orElseThrow();
    }
}
