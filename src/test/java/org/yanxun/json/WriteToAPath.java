package org.yanxun.json;

import java.nio.file.Path;
import org.yanxun.examples.ExampleCommunities;

/**
 * Prints a line, writes the Qiyingen example to the path its argument names, such as {@code /dev/stdout},
 * and prints another line: run with its output sent to a file, the file shows in which order they came.
 */
final class WriteToAPath {

    private WriteToAPath() {
    }

    public static void main(String[] args) {
        System.out.println("BEFORE");
        DatasetWriter.compact().write(ExampleCommunities.qiyingen(), Path.of(args[0]));
        System.out.println();
        System.out.println("AFTER");
    }
}
