package org.yanxun.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.yanxun.ChildJvm;

/**
 * The keys of the built-in keyed rules hash alike in every JVM, as a distributed run needs: Spark, for
 * one, sends each key to the executor its hash code names, computed in the JVM that mapped the record
 * (see {@code examples/spark}). A key that hashes an enum constant, whose hash code is its identity hash,
 * would send the states of one key to several executors, where they are never merged.
 */
class KeyHashStabilityTest {

    @Test
    void keys_hashAlikeInAnotherJvm() throws Exception {
        List<String> here = KeyHashes.lines();

        List<String> there = inAnotherJvm(1_000);

        assertThat(here).as("keys of every shape, the exchange flows among them")
                .anyMatch(line -> line.startsWith("PersonId ")).anyMatch(line -> line.startsWith("Flow "));
        assertThat(there).isEqualTo(here);
    }

    private static List<String> inAnotherJvm(int identityHashesTaken) throws Exception {
        Process process = new ProcessBuilder(ChildJvm.command(List.of(), KeyHashes.class,
                Integer.toString(identityHashesTaken))).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> lines = List.of(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .split("\n"));
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the program ends").isTrue();
        assertThat(process.exitValue()).isZero();
        return lines;
    }
}
