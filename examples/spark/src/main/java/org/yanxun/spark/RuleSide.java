package org.yanxun.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.yanxun.Alliance;
import org.yanxun.Institution;
import org.yanxun.StudioType;
import org.yanxun.json.JsonLine;
import org.yanxun.json.JsonLinesReader;
import org.yanxun.json.PolicyReader;
import org.yanxun.policy.Policy;
import org.yanxun.policy.Severity;
import org.yanxun.rules.Dimensions;
import org.yanxun.rules.Finding;
import org.yanxun.rules.FindingSink;
import org.yanxun.rules.Grouping;
import org.yanxun.rules.KeyedRule;
import org.yanxun.rules.Rule;
import org.yanxun.rules.RuleContext;
import org.yanxun.rules.RuleEngine;

/**
 * What an executor needs to run the rules: the engine, the context (policy, date and the broadcast
 * reference data) and the keyed groupings, built once per executor JVM and job. Spark ships closures
 * and broadcast values, not engines: a closure names its job by a {@link Job} key, and the executor
 * builds the engine from it here. The rule API's groupings and rules are not serialisable; their
 * states and keys are.
 */
final class RuleSide {

    /**
     * What identifies the rule side of a job: the policy (its JSON form, which any policy has and
     * which serialises as a string), the date and the reference data's lines.
     */
    record Job(String policyJson, LocalDate asOf, long broadcastId) implements java.io.Serializable {
    }

    private static final Map<Job, RuleSide> SIDES = new ConcurrentHashMap<>();

    final RuleEngine engine;
    final RuleContext context;
    /** The custom studio types of the file, by the line that first defines each code, in line order. */
    private final NavigableMap<Long, StudioType> studioTypes = new TreeMap<>();
    /** The distinct groupings of the keyed rules, in rule order. */
    final List<Grouping<?, ?>> groupings = new ArrayList<>();

    private RuleSide(Job job, List<String> dimensionLines) {
        Policy policy = PolicyReader.create().withRuleCodes(RuleEngine.builtInCodes()).read(job.policyJson())
                .orElseThrow();
        engine = RuleEngine.of(policy);
        context = new RuleContext(policy, job.asOf(), dimensions(dimensionLines, studioTypes));
        for (Rule rule : engine.rules()) {
            if (rule instanceof KeyedRule<?, ?> keyed && groupings.stream().noneMatch(g -> g == keyed.grouping())) {
                groupings.add(keyed.grouping());
            }
        }
    }

    /** The rule side of a job on this JVM, built at its first use from the broadcast lines. */
    static RuleSide of(Job job, List<String> dimensionLines) {
        return SIDES.computeIfAbsent(job, j -> new RuleSide(j, dimensionLines));
    }

    /**
     * Reads reference data from its lines, each {@code line number TAB text}, in line order: the
     * institutions and alliances, and the first definition of each custom studio type.
     */
    private static Dimensions dimensions(List<String> numberedLines, Map<Long, StudioType> studioTypes) {
        List<Institution> institutions = new ArrayList<>();
        List<Alliance> alliances = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        JsonLinesReader reader = JsonLinesReader.create();
        for (String numbered : numberedLines) {
            int tab = numbered.indexOf('\t');
            long number = Long.parseLong(numbered.substring(0, tab));
            JsonLine line = reader.parseLine(numbered.substring(tab + 1), number);
            if (line instanceof JsonLine.InstitutionLine l) {
                institutions.add(l.institution());
            } else if (line instanceof JsonLine.AllianceLine l) {
                alliances.add(l.alliance());
            } else if (line instanceof JsonLine.StudioTypeLine l && codes.add(l.studioType().code())) {
                studioTypes.put(number, l.studioType());
            }
        }
        return Dimensions.of(institutions, alliances);
    }

    /**
     * Reads one line as the in-process reader reads it in its place in the file: with the custom
     * studio types defined on earlier lines.
     */
    JsonLine parse(JsonLinesReader reader, String text, long number) {
        return reader.parseLine(text, number, studioTypes.headMap(number, false).values());
    }

    /** The sink of a rule: findings with the policy's severity for its code, as the engine makes them. */
    FindingSink sink(Rule rule, List<Finding> findings) {
        Policy policy = context.policy();
        Severity severity = policy.severityOf(rule.info().code(), rule.info().defaultSeverity());
        return (location, zh, en) -> findings.add(new Finding(rule.info().code(), severity, location, zh, en,
                policy.id()));
    }
}
