package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A studio type may be defined once, and never under a built-in code. */
class StudioTypesTest {

    private static final String HEAD = "{\"schemaVersion\":\"1.0\",\"kind\":\"dataset\"";

    private static String type(String code) {
        return "{\"code\":\"" + code + "\",\"form\":\"STUDIO\",\"rung\":1,\"zh\":\"甲\",\"en\":\"a\"}";
    }

    @Test
    void define_builtInCode_isRedefinitionOfTheBuiltIn() {
        assertThat(DatasetReader.create().read(HEAD + ",\"studioTypes\":[" + type("BACKBONE_WORKSHOP") + "]}").errors())
                .singleElement().satisfies(e -> {
                    assertThat(e.en()).isEqualTo("must not redefine the built-in studio type 'BACKBONE_WORKSHOP'");
                    assertThat(e.zh()).isEqualTo("不能重新定义内置工作室类型“BACKBONE_WORKSHOP”");
                });
    }

    @Test
    void define_sameCodeTwice_isDefinedTwice() {
        assertThat(DatasetReader.create()
                .read(HEAD + ",\"studioTypes\":[" + type("CUSTOM_A") + "," + type("CUSTOM_A") + "]}").errors())
                .singleElement().satisfies(e -> {
                    assertThat(e.en()).isEqualTo("studio type defined twice: 'CUSTOM_A'");
                    assertThat(e.zh()).isEqualTo("工作室类型重复定义“CUSTOM_A”");
                });
    }
}
