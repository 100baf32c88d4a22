package org.yanxun.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.yanxun.Dataset;
import org.yanxun.examples.ExampleCommunities;
import org.yanxun.policy.Policy;
import org.yanxun.policy.Presets;

/**
 * Lists the keys of the built-in keyed rules over the two example datasets, each with its hash code: run
 * as a program, after taking as many identity hashes as its argument says, it prints them one per line,
 * so that a test can compare the hash codes of two JVMs.
 */
final class KeyHashes {

    private KeyHashes() {
    }

    public static void main(String[] args) {
        // Another JVM's history of identity hashes: the next ones it hands out differ.
        for (int i = 0; i < Integer.parseInt(args[0]); i++) {
            System.identityHashCode(new Object());
        }
        lines().forEach(System.out::println);
    }

    /** Each key as its class, its text and its hash code, sorted. */
    static List<String> lines() {
        TreeSet<String> lines = new TreeSet<>();
        add(ExampleCommunities.liwan2026(), Presets.guangzhouLiwan2026(), ExampleCommunities.LIWAN_AS_OF, lines);
        add(ExampleCommunities.qiyingen(), Presets.chengyuQiyingen2023(), ExampleCommunities.QIYINGEN_AS_OF, lines);
        return List.copyOf(lines);
    }

    private static void add(Dataset dataset, Policy policy, LocalDate asOf, TreeSet<String> lines) {
        RuleContext context = new RuleContext(policy, asOf, Dimensions.of(dataset));
        for (Rule rule : RuleEngine.of(policy).rules()) {
            if (rule instanceof KeyedRule<?, ?> keyed) {
                for (Entity entity : Entity.allOf(dataset)) {
                    keyed.grouping().map(entity, context, (key, state) ->
                            lines.add(key.getClass().getSimpleName() + " " + key + " " + key.hashCode()));
                }
            }
        }
    }
}
