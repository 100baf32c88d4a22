package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yanxun.rules.RuleEngine;

/**
 * The example error of docs/policies.md, a severity given to a code no rule has in the sample policy,
 * is where the document says: the sample policy changes whenever a policy field is added, and the line
 * quoted with it.
 */
class PolicyDocsExampleTest {

    private static final Pattern EXAMPLE = Pattern.compile(
            "`JSON_VALUE line (\\d+):(\\d+) /severities/STUDIO_HOST_COUNTS\\s+no\\s+rule has the code 'STUDIO_HOST_COUNTS'`");

    @Test
    void unknownSeverityCode_isReportedWherePoliciesMdSays() throws IOException {
        Matcher example = EXAMPLE.matcher(Files.readString(Path.of("docs", "policies.md"), StandardCharsets.UTF_8));
        assertThat(example.find()).as("the example in docs/policies.md").isTrue();
        String policy = Files.readString(Path.of("examples", "sample-district-2027.policy.json"), StandardCharsets.UTF_8);
        assertThat(policy).contains("\"severities\" : { },");

        ReadResult<?> read = PolicyReader.create().withRuleCodes(RuleEngine.builtInCodes())
                .read(policy.replace("\"severities\" : { },", "\"severities\" : {\n    \"STUDIO_HOST_COUNTS\" : \"ERROR\"\n  },"));

        assertThat(read.errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo(ReadErrorCode.JSON_VALUE);
            assertThat(error.pointer()).isEqualTo("/severities/STUDIO_HOST_COUNTS");
            assertThat(error.line() + ":" + error.column()).isEqualTo(example.group(1) + ":" + example.group(2));
        });
    }
}
