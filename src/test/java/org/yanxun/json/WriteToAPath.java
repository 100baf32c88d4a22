package org.yanxun.json;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.yanxun.examples.ExampleCommunities;

/**
 * Prints a word, writes the Qiyingen example to the path its first argument names, such as
 * {@code /dev/stdout}, and prints a line: run with its output sent to a file, the file shows in which
 * order they came. It prints as a program that buffers its output does, through a {@link System#out}
 * that flushes only when told, so the word is still in the buffer when the document is written. With a
 * second argument {@code err}, it prints so to the standard error instead.
 */
final class WriteToAPath {

    private WriteToAPath() {
    }

    public static void main(String[] args) {
        boolean err = args.length > 1 && args[1].equals("err");
        PrintStream printed = new PrintStream(new BufferedOutputStream(new FileOutputStream(
                err ? FileDescriptor.err : FileDescriptor.out)), false, StandardCharsets.UTF_8);
        if (err) {
            System.setErr(printed);
        } else {
            System.setOut(printed);
        }
        printed.print("BEFORE ");
        DatasetWriter.compact().write(ExampleCommunities.qiyingen(), Path.of(args[0]));
        printed.println();
        printed.println("AFTER");
        printed.flush();
    }
}
