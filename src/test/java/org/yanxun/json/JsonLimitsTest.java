package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yanxun.InvalidValueException;

class JsonLimitsTest {

    @Test
    void create_everyLimitOne_isAccepted() {
        assertThat(new JsonLimits(1, 1, 1, 1, 1, 1, 1).maxErrors()).isEqualTo(1);
    }

    @Test
    void withMaxNumberLength_changesThatLimitOnly() {
        JsonLimits limits = JsonLimits.defaults().withMaxNumberLength(12);

        assertThat(limits.maxNumberLength()).isEqualTo(12);
        assertThat(limits.withMaxNumberLength(JsonLimits.defaults().maxNumberLength()))
                .isEqualTo(JsonLimits.defaults());
    }

    @Test
    void readers_withLimits_tellTheLimitsTheyApply() {
        JsonLimits limits = JsonLimits.defaults().withMaxErrors(7);

        assertThat(DatasetReader.create().limits()).isEqualTo(JsonLimits.defaults());
        assertThat(DatasetReader.create().withLimits(limits).limits()).isSameAs(limits);
        assertThat(JsonLinesReader.create().withLimits(limits).limits()).isSameAs(limits);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6})
    void create_oneLimitZero_isRejectedByName(int zero) {
        long[] v = {1, 1, 1, 1, 1, 1, 1};
        v[zero] = 0;
        String[] names = {"maxNestingDepth", "maxStringLength", "maxNumberLength", "maxNameLength", "maxDocumentBytes",
            "maxLineBytes", "maxErrors"};

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new JsonLimits((int) v[0], (int) v[1], (int) v[2], (int) v[3], v[4], (int) v[5],
                        (int) v[6]))
                .withMessage(names[zero] + " must be at least 1, was 0")
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.zh()).isEqualTo("属性“" + names[zero] + "”至少为 1，而不是 0"));
    }
}
