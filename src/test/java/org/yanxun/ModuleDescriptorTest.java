package org.yanxun;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The compiled module descriptor; the tests themselves run on the class path. */
class ModuleDescriptorTest {

    private static ModuleDescriptor descriptor;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = Files.newInputStream(ModelTypes.classesDirectory().resolve("module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
    }

    private static Set<String> exported() {
        return descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    }

    @Test
    void name_isOrgYanxun() {
        assertThat(descriptor.name()).isEqualTo("org.yanxun");
    }

    @Test
    void exports_modelAndExamples() {
        assertThat(exported()).contains("org.yanxun", "org.yanxun.examples");
    }

    @Test
    void exports_notInternal() {
        assertThat(exported()).doesNotContain("org.yanxun.internal");
    }

    @Test
    void exports_notCli() {
        assertThat(exported()).doesNotContain("org.yanxun.cli");
    }

    @Test
    void exports_areUnqualified() {
        assertThat(descriptor.exports()).noneMatch(ModuleDescriptor.Exports::isQualified);
    }

    @Test
    void exports_validation() {
        assertThat(exported()).contains("org.yanxun.validation");
    }

    @Test
    void requires_hibernateValidatorStaticOnly() {
        assertThat(descriptor.requires()).filteredOn(r -> r.name().equals("org.hibernate.validator"))
                .singleElement().satisfies(r -> assertThat(r.modifiers()).contains(ModuleDescriptor.Requires.Modifier.STATIC));
    }
}
