package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadErrorTest {

    @Test
    void toString_rootPointerOfNoLine_isShownAsSlashWithoutAPlace() {
        assertThat(new ReadError(ReadErrorCode.JSON_IO, "", 0, 0, "读不了", "cannot read"))
                .hasToString("JSON_IO at /: cannot read");
    }

    @Test
    void toString_rootPointerOnALine_isShownAsSlashWithThePlace() {
        assertThat(new ReadError(ReadErrorCode.JSON_EMPTY, "", 1, 0, "空", "empty"))
                .hasToString("JSON_EMPTY at / (line 1, column 0): empty");
    }

    @Test
    void toString_pointer_isShownAsIs() {
        assertThat(new ReadError(ReadErrorCode.JSON_TYPE, "/persons/0/name", 3, 14, "类型", "wrong type"))
                .hasToString("JSON_TYPE at /persons/0/name (line 3, column 14): wrong type");
    }
}
