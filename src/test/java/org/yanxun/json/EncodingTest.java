package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** UTF-16 and UTF-32 input is refused before parsing, with the reason. */
class EncodingTest {

    private static List<ReadError> read(int... bytes) {
        byte[] data = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            data[i] = (byte) bytes[i];
        }
        return DatasetReader.create().read(new ByteArrayInputStream(data)).errors();
    }

    @Test
    void read_utf16BigEndianWithByteOrderMark_isEncodingErrorNamingTheMark() {
        assertThat(read(0xFE, 0xFF, 0x00, '{', 0x00, '}')).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(ReadErrorCode.JSON_ENCODING);
            assertThat(e.en()).isEqualTo("input must be UTF-8: UTF-16 byte-order mark found");
        });
    }

    @Test
    void read_utf16LittleEndianWithByteOrderMark_isEncodingErrorNamingTheMark() {
        assertThat(read(0xFF, 0xFE, '{', 0x00, '}', 0x00)).extracting(ReadError::en)
                .containsExactly("input must be UTF-8: UTF-16 byte-order mark found");
    }

    @Test
    void read_byteOrderMarkAlone_isEncodingErrorNamingTheMark() {
        assertThat(read(0xFE, 0xFF)).extracting(ReadError::en)
                .containsExactly("input must be UTF-8: UTF-16 byte-order mark found");
    }
}
