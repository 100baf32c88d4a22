package org.yanxun.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;
import org.yanxun.Alliance;
import org.yanxun.Cluster;
import org.yanxun.Dataset;
import org.yanxun.Studio;
import org.yanxun.examples.ExampleCommunities;

/**
 * The command-line entry point of the library.
 *
 * <p>{@code summary} prints the built-in example communities.
 */
public final class Main {

    private Main() {
    }

    /**
     * Runs a command.
     *
     * @param args the command and its arguments
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String command = args.length == 0 ? "summary" : args[0];
        if (!command.equals("summary")) {
            err.println("未知命令 / unknown command: " + command + " (commands: summary)");
            return 2;
        }
        summarise(ExampleCommunities.liwan2026(), out);
        summarise(ExampleCommunities.qiyingen(), out);
        return 0;
    }

    private static void summarise(Dataset dataset, PrintStream out) {
        for (Cluster cluster : dataset.clusters()) {
            out.printf("Cluster %s — %s (region %s, launched %s)%n", cluster.id(), cluster.name(), cluster.region(),
                    cluster.launchedOn());
            Map<String, Integer> counts = new TreeMap<>();
            for (Studio studio : cluster.studios()) {
                counts.merge(studio.type().zh() + " " + studio.type().code(), 1, Integer::sum);
            }
            counts.forEach((type, count) -> out.printf("  %4d  %s%n", count, type));
            out.printf("  %4d  studios and workshops, %d persons (synthetic)%n", cluster.studios().size(),
                    dataset.persons().size());
        }
        for (Alliance alliance : dataset.alliances()) {
            out.printf("Alliance %s — %s: %d member units, %d joint sessions, %d exchanges, %d shared resources%n",
                    alliance.id(), alliance.name(), alliance.members().size(), alliance.sessions().size(),
                    alliance.exchanges().size(), alliance.resources().size());
            alliance.sessions().forEach(s -> out.printf("  %s  %s%n", s.date(), s.theme()));
        }
    }
}
