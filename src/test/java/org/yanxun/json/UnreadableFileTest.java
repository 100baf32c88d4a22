package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A file that cannot be read is one {@code JSON_IO} error, said in both languages for the usual causes. */
class UnreadableFileTest {

    @TempDir
    Path dir;

    private static ReadError onlyError(Path path) {
        ReadResult<?> result = DatasetReader.create().read(path);
        assertThat(result.errors()).hasSize(1);
        ReadError error = result.errors().get(0);
        assertThat(error.code()).isEqualTo(ReadErrorCode.JSON_IO);
        return error;
    }

    @Test
    void missingFile_andDirectory_namedAsSuch() {
        Path missing = dir.resolve("missing.json");

        assertThat(onlyError(missing).zh()).isEqualTo("文件不存在：" + missing);
        assertThat(onlyError(missing).en()).isEqualTo("no such file: " + missing);
        assertThat(onlyError(dir).zh()).isEqualTo("这是目录，不是文件：" + dir);
    }

    @Test
    void missingFile_whoseNameHoldsAnEscape_namedPrintable() {
        Path missing = dir.resolve("clear\u001B[2J.json");

        assertThat(onlyError(missing).en()).isEqualTo("no such file: " + dir + "/clear\\u001B[2J.json");
        assertThat(onlyError(missing).zh()).doesNotContain("\u001B");
    }

    @Test
    void missingFile_whoseNameHoldsALineBreak_namedWithTheEscapeNotASpace() {
        Path missing = dir.resolve("no\nne.json");

        assertThat(onlyError(missing).en()).isEqualTo("no such file: " + dir + "/no\\u000Ane.json");
        assertThat(onlyError(missing).zh()).isEqualTo("文件不存在：" + dir + "/no\\u000Ane.json");
    }

    @Test
    void symbolicLinkLoop_saidInChineseToo() throws IOException {
        Path first = dir.resolve("first.json");
        Files.createSymbolicLink(first, dir.resolve("second.json"));
        Files.createSymbolicLink(dir.resolve("second.json"), first);

        ReadError error = onlyError(first);

        assertThat(error.zh()).isEqualTo("无法读取文件 " + first + "：符号链接层数过多，或许是循环链接");
        assertThat(error.en()).startsWith("cannot read " + first + ": Too many levels of symbolic links");
    }

    @Test
    void fileUsedAsAFolder_andNameTooLong_saidInChineseToo() throws IOException {
        Path file = Files.writeString(dir.resolve("data.json"), "{}");

        assertThat(onlyError(file.resolve("x.json")).zh()).endsWith("：路径中有一段不是目录");
        assertThat(onlyError(dir.resolve("n".repeat(300) + ".json")).zh()).endsWith("：文件名过长");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Too many levels of symbolic links or unable to access attributes of symbolic link | 符号链接层数过多，或许是循环链接
            Not a directory           | 路径中有一段不是目录
            File name too long        | 文件名过长
            Input/output error        | 输入输出错误
            Too many open files       | 打开的文件过多
            Operation not permitted   | 不允许此操作
            No such device or address | 没有此设备或地址
            """)
    void reasonOfTheSystem_saidInChinese(String reason, String zh) {
        ReadError error = DocumentInput.unreadable(dir, new FileSystemException("x", null, reason));

        assertThat(error.zh()).isEqualTo("无法读取文件 " + dir + "：" + zh);
        assertThat(error.en()).isEqualTo("cannot read " + dir + ": " + reason);
    }

    @Test
    void reasonNotKnownHere_keepsTheSystemsWords() {
        ReadError error = DocumentInput.unreadable(dir, new FileSystemException("x", null, "Stale file"));

        assertThat(error.zh()).isEqualTo("无法读取文件 " + dir + "：Stale file");
    }
}
