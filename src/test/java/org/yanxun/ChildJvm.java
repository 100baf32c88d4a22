package org.yanxun;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Commands that run a class of the tests' class path in a JVM of its own, as a test needs a fresh one. */
public final class ChildJvm {

    private ChildJvm() {
    }

    /**
     * The command that runs a class's {@code main} with the JVM this test runs on and its class path.
     *
     * @param options options of the JVM, such as a heap limit
     * @param main the class
     * @param args its arguments
     * @return the command, for a {@link ProcessBuilder}
     */
    public static List<String> command(List<String> options, Class<?> main, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return command;
    }
}
