package org.yanxun.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;

/**
 * The command-line entry point: {@code yanxun COMMAND [ARGUMENTS]}; see {@link Cli} and
 * {@code docs/cli.md}.
 *
 * <p>This is the only place where the command line reads the system clock and the default locale; it
 * prints the date and policy it used. Elsewhere the library reads neither of its own accord: a
 * validation runs as of the date its caller gives, and the Bean Validation constraints without one ask
 * the validator's {@code ClockProvider} and give messages in the validator's locale.
 */
public final class Main {

    private Main() {
    }

    /**
     * Runs a command and exits with its status: 0 when there is no error, 1 when the data has errors,
     * 2 for unreadable input, bad arguments or output that could not be written.
     *
     * @param args the command and its arguments
     */
    public static void main(String[] args) {
        // Standard output itself rather than System.out, a PrintStream that would keep its write errors to
        // itself: the command line checks its output stream for them, to fail rather than exit 0 on a full disk.
        PrintStream out = new PrintStream(new TerminalSafeStream(new BufferedOutputStream(
                new FileOutputStream(FileDescriptor.out))), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new TerminalSafeStream(System.err), true, StandardCharsets.UTF_8);
        System.exit(new Cli(out, err, Locale.getDefault(), Clock.systemDefaultZone()).run(args));
    }
}
