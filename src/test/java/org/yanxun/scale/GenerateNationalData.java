package org.yanxun.scale;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a {@link NationalData} file, its manifest and its policy from the command line:
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.yanxun.scale.GenerateNationalData -Dexec.args="100000 target/national-100k.jsonl"}.
 *
 * <p>Arguments: the number of studios (even), the output file, and optionally the fault rate
 * (default {@value #RATE}) and the seed (default {@value #SEED}).
 */
public final class GenerateNationalData {

    /** The default fault rate: one fault of each code per thousand studios. */
    public static final double RATE = 0.001;
    /** The default seed. */
    public static final long SEED = 2026;

    private GenerateNationalData() {
    }

    /**
     * Runs the generator.
     *
     * @param args studios, file, [rate], [seed]
     */
    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: GenerateNationalData STUDIOS FILE [RATE] [SEED]");
            System.exit(2);
        }
        long studios = Long.parseLong(args[0].replace("_", ""));
        Path file = Path.of(args[1]);
        double rate = args.length > 2 ? Double.parseDouble(args[2]) : RATE;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : SEED;
        long start = System.nanoTime();
        NationalManifest manifest = NationalData.of(studios, rate, seed).write(file);
        System.out.printf(Locale.ROOT, "Wrote %,d lines (%,d persons, %,d memberships) to %s in %.1f s, valid under %s;"
                        + " expected findings %s%n", manifest.lines(), manifest.persons(), manifest.memberships(), file,
                (System.nanoTime() - start) / 1e9, NationalData.policyPathOf(file), manifest.expectedSorted());
    }
}
