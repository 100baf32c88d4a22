package org.yanxun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubjectTest {

    @Test
    void of_constantCode_equalsTheConstant() {
        assertThat(Subject.of("MATHEMATICS")).isEqualTo(Subject.MATHEMATICS);
    }

    @Test
    void of_codeOfEveryConstant_isTheConstantItself() throws IllegalAccessException {
        for (Field field : Subject.class.getFields()) {
            if (field.getType() == Subject.class && Modifier.isStatic(field.getModifiers())) {
                Subject constant = (Subject) field.get(null);
                assertThat(Subject.of(constant.code())).as(field.getName()).isSameAs(constant);
            }
        }
    }

    @Test
    void labels_ofEveryConstant_areItsOwn() throws IllegalAccessException {
        for (Field field : Subject.class.getFields()) {
            if (field.getType() == Subject.class && Modifier.isStatic(field.getModifiers())) {
                Subject constant = (Subject) field.get(null);
                assertThat(constant.zh()).as(field.getName()).isNotEqualTo(constant.code()).doesNotContainPattern("[A-Z_]");
                assertThat(constant.en()).as(field.getName()).isNotEqualTo(constant.code()).doesNotContain("_");
            }
        }
        assertThat(List.of(Subject.MATHEMATICS.zh(), Subject.MATHEMATICS.en())).containsExactly("数学", "mathematics");
    }

    @Test
    void labels_ofALocalCourse_areItsCode() {
        Subject local = Subject.of("LINGNAN_CULTURE_2");
        assertThat(List.of(local.zh(), local.en())).containsExactly("LINGNAN_CULTURE_2", "LINGNAN_CULTURE_2");
    }

    @Test
    void of_localCourse_isAccepted() {
        assertThat(Subject.of("LINGNAN_CULTURE_2").code()).isEqualTo("LINGNAN_CULTURE_2");
    }

    @Test
    void of_lowerCase_throwsQuotingTheCode() {
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Subject.of("art"))
                .withMessage("Subject code must be 1 to 40 upper-case letters, digits or _, starting with a letter, "
                        + "was 'art'");
    }

    @Test
    void of_leadingDigit_throwsQuotingTheCode() {
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Subject.of("1ART"))
                .withMessageEndingWith("was '1ART'");
    }

    @Test
    void of_41Characters_throwsQuotingTheCode() {
        String code = "A".repeat(41);
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Subject.of(code))
                .withMessageEndingWith("was '" + code + "'");
    }

    @Test
    void of_40Characters_isAccepted() {
        assertThat(Subject.of("A".repeat(40)).code()).hasSize(40);
    }

    @Test
    void compareTo_ordersByCode() {
        assertThat(Subject.CHINESE).isLessThan(Subject.MATHEMATICS);
    }

    @Test
    void toString_isTheCode() {
        assertThat(Subject.EARLY_CHILDHOOD).hasToString("EARLY_CHILDHOOD");
    }
}
