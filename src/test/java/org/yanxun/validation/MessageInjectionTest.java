package org.yanxun.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yanxun.Studio;

/**
 * Text from the data reaches messages only as message parameters: expression and message-key syntax
 * in a studio name is printed, never evaluated, with and without the Expression Language.
 */
class MessageInjectionTest {

    private static final String HOSTILE = "林老师${7*7}#{7*7}{org.yanxun.validation.RegionCode.message}工作室";

    static final class Holder {
        @ValidStudio(asOf = "2026-03-01")
        final Studio studio;
        @Identifier
        final String id;

        Holder(Studio studio, String id) {
            this.studio = studio;
            this.id = id;
        }
    }

    static Stream<Arguments> validators() {
        return Stream.of(
                Arguments.of("EL, en", Validators.withEl(Validators.EN)),
                Arguments.of("EL, zh", Validators.withEl(Validators.ZH)),
                Arguments.of("no EL, en", Validators.withoutEl(Validators.EN)),
                Arguments.of("no EL, zh", Validators.withoutEl(Validators.ZH)));
    }

    private static List<String> studioMessages(Validator validator) {
        Studio studio = Fixtures.renamed(Fixtures.withTwoMembers(Fixtures.liwanStudio()), HOSTILE);
        return validator.validate(new Holder(studio, null)).stream().map(ConstraintViolation::getMessage).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validators")
    void studioName_withExpressions_appearsLiterally(String name, Validator validator) {
        assertThat(studioMessages(validator)).anySatisfy(message -> assertThat(message).contains(HOSTILE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validators")
    void studioName_withExpressions_notEvaluated(String name, Validator validator) {
        assertThat(studioMessages(validator)).noneSatisfy(message -> assertThat(message).containsAnyOf(
                "49", "GB/T 2260", "行政区划代码"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validators")
    void identifier_withExpressions_staticMessage(String name, Validator validator) {
        List<String> messages = validator.validate(new Holder(null, "${7*7}#{7*7}")).stream()
                .map(ConstraintViolation::getMessage).toList();
        assertThat(messages).singleElement().satisfies(message -> assertThat(message)
                .isIn("must be 1 to 64 ASCII letters, digits and . _ : -, starting with a letter or digit",
                        "须为 1 至 64 个 ASCII 字母、数字或 . _ : -，并以字母或数字开头"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validators")
    void findingMessage_inLocaleOfValidator(String name, Validator validator) {
        boolean chinese = name.endsWith("zh");
        assertThat(studioMessages(validator)).anySatisfy(message -> assertThat(message)
                .contains(chinese ? "名成员" : "members").doesNotContain(chinese ? "members" : "名成员"));
    }

}
