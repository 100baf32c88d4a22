package org.yanxun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every labelled enum of the model: stable codes and labels in both languages. */
class LabelledTest {

    private static List<Class<?>> labelledEnums() {
        return ModelTypes.all().stream().filter(c -> c.isEnum() && Labelled.class.isAssignableFrom(c)).toList();
    }

    @Test
    void scan_findsTheLabelledEnums() {
        assertThat(labelledEnums()).contains(ExchangeKind.class, Stage.class, Tier.class, Province.class);
    }

    @TestFactory
    Stream<DynamicTest> code_isTheConstantName() {
        return each(constant -> assertThat(constant.code()).isEqualTo(((Enum<?>) constant).name()));
    }

    @TestFactory
    Stream<DynamicTest> zh_containsChineseCharacters() {
        return each(constant -> assertThat(constant.zh()).matches(".*\\p{IsHan}.*"));
    }

    @TestFactory
    Stream<DynamicTest> en_isNotBlankAndHasNoChineseCharacters() {
        return each(constant -> assertThat(constant.en()).isNotBlank().doesNotMatch(".*\\p{IsHan}.*"));
    }

    @TestFactory
    Stream<DynamicTest> zh_isDistinctWithinTheEnum() {
        return labelledEnums().stream().map(type -> DynamicTest.dynamicTest(type.getSimpleName(),
                () -> assertThat(Arrays.stream(type.getEnumConstants()).map(c -> ((Labelled) c).zh()))
                        .doesNotHaveDuplicates()));
    }

    @Test
    void exchangeKinds_areTheFourMutualMechanisms() {
        assertThat(Arrays.stream(ExchangeKind.values()).map(ExchangeKind::zh))
                .containsExactly("管理干部互挂", "研训员互派", "培训者互学", "参训教师互访");
    }

    private static Stream<DynamicTest> each(java.util.function.Consumer<Labelled> check) {
        return labelledEnums().stream().flatMap(type -> Arrays.stream(type.getEnumConstants()))
                .map(constant -> DynamicTest.dynamicTest(constant.getClass().getSimpleName() + "." + constant,
                        () -> check.accept((Labelled) constant)));
    }
}
