package org.yanxun.json;

import java.io.BufferedInputStream;
import java.io.IOException;

/**
 * Checks that a byte stream starts like UTF-8, because Jackson would otherwise detect UTF-16 or
 * UTF-32 from a byte-order mark or zero bytes, and JSON exchanged between systems must be UTF-8
 * (RFC 8259, section 8.1).
 */
final class Encoding {

    /** The length of a UTF-8 byte-order mark, in bytes. */
    static final int BYTE_ORDER_MARK_LENGTH = 3;

    private Encoding() {
    }

    /**
     * Peeks at the first bytes of a stream, leaving them unread.
     *
     * @param in the stream, which supports mark and reset
     * @param line the line the stream starts at, for the error
     * @return the {@code JSON_ENCODING} error, or null if the stream may be UTF-8
     * @throws IOException if the stream fails, or is interrupted, before its first bytes are read
     */
    static ReadError problem(BufferedInputStream in, long line) throws IOException {
        byte[] head = new byte[4];
        in.mark(head.length);
        int n = in.readNBytes(head, 0, head.length);
        in.reset();
        return problem(head, n, line);
    }

    /**
     * Skips a UTF-8 byte-order mark that is the whole of a stream, so that the stream is empty, as one
     * holding the mark and spaces is. A mark followed by anything is left to the parser, which passes it
     * and counts its three bytes in the columns of line 1 (but cannot tell a mark alone from the start
     * of a longer input).
     *
     * @param in the stream, at its start, which supports mark and reset
     * @throws IOException if the stream fails
     */
    static void skipByteOrderMarkAlone(BufferedInputStream in) throws IOException {
        byte[] head = new byte[BYTE_ORDER_MARK_LENGTH + 1];
        in.mark(head.length);
        int n = in.readNBytes(head, 0, head.length);
        if (n != BYTE_ORDER_MARK_LENGTH || !startsWithByteOrderMark(head, n)) {
            in.reset();
        }
    }

    /**
     * Tells whether bytes start with a UTF-8 byte-order mark ({@code EF BB BF}).
     *
     * @param bytes the bytes
     * @param length how many of them hold input
     * @return true if the first three do
     */
    static boolean startsWithByteOrderMark(byte[] bytes, int length) {
        return length >= BYTE_ORDER_MARK_LENGTH && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF;
    }

    /**
     * Checks the first bytes of an input.
     *
     * @param head the first bytes
     * @param n how many of them there are
     * @param line the line they start, for the error
     * @return the {@code JSON_ENCODING} error, or null if the input may be UTF-8
     */
    static ReadError problem(byte[] head, int n, long line) {
        if (n >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
                || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
            return notUtf8(line, "发现 UTF-16 字节顺序标记", "UTF-16 byte-order mark found");
        }
        for (int i = 0; i < Math.min(n, 2); i++) {
            if (head[i] == 0) {
                return notUtf8(line, "第 " + (i + 1) + " 个字节为零（是 UTF-16 或 UTF-32 编码？）",
                        "byte " + (i + 1) + " is zero (UTF-16 or UTF-32?)");
            }
        }
        return null;
    }

    private static ReadError notUtf8(long line, String zh, String en) {
        return new ReadError(ReadErrorCode.JSON_ENCODING, "", line, 1, "输入须为 UTF-8 编码：" + zh,
                "input must be UTF-8: " + en);
    }
}
