package org.yanxun.rules;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.yanxun.InvalidValueException;
import org.yanxun.Labelled;
import org.yanxun.StudioType;
import org.yanxun.policy.HostCriterion;
import org.yanxun.policy.Policy;

/**
 * The rule catalogue as a Markdown document: for each rule its code, titles, shape, default
 * severity, what it checks, the policy fields it reads and their values in each policy given.
 *
 * <p>{@code docs/rules.md} is this document for the built-in rules and presets; a test keeps it in
 * step with the code. Applications that add rules can document their own catalogue the same way.
 */
public final class CatalogueDocument {

    private CatalogueDocument() {
    }

    /**
     * Renders a catalogue.
     *
     * @param rules the rules, not null
     * @param policies the policies whose values to show, not null
     * @return the Markdown text, ending with a newline
     * @throws IllegalArgumentException if a rule names a policy field that policies do not have, such as
     *     {@code studios.noSuchField}; a key a policy's map lacks, such as a studio type it does not define,
     *     shows as {@code —}, and the fields named below it are not checked then
     */
    public static String markdown(List<Rule> rules, List<Policy> policies) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(policies, "policies");
        StringBuilder out = new StringBuilder();
        out.append("# Rule catalogue\n\n")
                .append("<!-- Generated from the code by CatalogueDocument; do not edit. ")
                .append("Regenerate: ./mvnw -q compile exec:java -Dexec.args=\"rules --markdown\" > docs/rules.md -->\n\n")
                .append("Codes are part of the public API. A *local* rule reads one record and runs as a map; a ")
                .append("*keyed* rule reads every record that shares its key and runs as a group-by. A policy can ")
                .append("switch any rule off (`disabledRules`) or change its severity (`severities`). A rule that ")
                .append("throws an exception is reported as `").append(RuleEngine.ENGINE_RULE_FAILED)
                .append("` (ERROR), once for each record or key it fails on, and the other rules still run.\n\n")
                .append("| code | severity | shape | title |\n|---|---|---|---|\n");
        for (Rule rule : rules) {
            RuleInfo info = rule.info();
            out.append("| [`").append(info.code()).append("`](#").append(info.code().toLowerCase(java.util.Locale.ROOT))
                    .append(") | ").append(info.defaultSeverity()).append(" | ").append(shape(info)).append(" | ")
                    .append(info.titleEn()).append(" · ").append(info.titleZh()).append(" |\n");
        }
        out.append("\n## Policies\n\n");
        for (Policy policy : policies) {
            out.append("- `").append(policy.id()).append("` — ").append(policy.nameEn()).append(" (")
                    .append(policy.nameZh()).append("); confidence ").append(policy.confidence())
                    .append("; effective from ").append(policy.effectiveFrom())
                    .append(policy.effectiveUntil().map(until -> " until " + until).orElse(""))
                    .append(".\n  Source: ").append(policy.source()).append("\n");
        }
        for (Rule rule : rules) {
            rule(out, rule.info(), policies);
        }
        return out.toString();
    }

    private static String shape(RuleInfo info) {
        return info.shape() == Shape.LOCAL ? "local" : "keyed by " + info.key();
    }

    private static void rule(StringBuilder out, RuleInfo info, List<Policy> policies) {
        out.append("\n## ").append(info.code()).append("\n\n")
                .append("**").append(info.titleEn()).append("** · ").append(info.titleZh()).append(" — ")
                .append(info.defaultSeverity()).append(", ").append(shape(info)).append(".\n\n")
                .append(info.description()).append("\n");
        if (info.policyFields().isEmpty()) {
            out.append("\nPolicy fields: none.\n");
            return;
        }
        out.append("\n| policy field |");
        policies.forEach(policy -> out.append(" `").append(policy.id()).append("` |"));
        out.append("\n|---|");
        policies.forEach(policy -> out.append("---|"));
        out.append("\n");
        for (String field : info.policyFields()) {
            out.append("| `").append(field).append("` |");
            for (Policy policy : policies) {
                String value;
                try {
                    value = value(policy, field);
                } catch (InvalidValueException e) {
                    throw new InvalidValueException("规则 " + info.code() + " 所列政策字段“" + field + "”：" + e.zh(),
                            "Rule " + info.code() + " names the policy field '" + field + "': " + e.getMessage());
                }
                out.append(" ").append(escape(value)).append(" |");
            }
            out.append("\n");
        }
    }

    private static String escape(String cell) {
        return cell.replace("|", "\\|");
    }

    /** Resolves a dotted field path such as {@code studios.types.*.minMembers} and formats the value. */
    static String value(Object root, String path) {
        List<String> shown = new ArrayList<>();
        resolve(root, path.split("\\."), 0, "", shown);
        return String.join("; ", shown);
    }

    private static void resolve(Object node, String[] path, int index, String prefix, List<String> shown) {
        if (index == path.length || node == null) {
            // A key the policy's map lacks has no value, nor has anything below it.
            shown.add(prefix + format(node));
            return;
        }
        String segment = path[index];
        if (node instanceof Map<?, ?> map && segment.equals("*")) {
            map.forEach((key, value) -> resolve(value, path, index + 1, format(key) + ": ", shown));
        } else if (node instanceof Map<?, ?> map) {
            Object value = map.get(segment);
            resolve(value, path, index + 1, prefix, shown);
        } else if (node.getClass().isRecord()) {
            resolve(component(node, segment), path, index + 1, prefix, shown);
        } else {
            throw new InvalidValueException("“" + segment + "”之前的值没有字段", "the value before '" + segment
                    + "' has no fields");
        }
    }

    private static Object component(Object record, String name) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                Method accessor = component.getAccessor();
                try {
                    return accessor.invoke(record);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("Cannot read policy field " + name, e);
                }
            }
        }
        throw new InvalidValueException(record.getClass().getSimpleName() + " 没有字段“" + name + "”",
                record.getClass().getSimpleName() + " has no field '" + name + "'");
    }

    private static String format(Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Optional<?> optional) {
            return optional.map(CatalogueDocument::format).orElse("none");
        }
        if (value instanceof OptionalInt optional) {
            return optional.isPresent() ? Integer.toString(optional.getAsInt()) : "none";
        }
        if (value instanceof Collection<?> collection) {
            return collection.isEmpty() ? "none"
                    : collection.stream().map(CatalogueDocument::format).collect(Collectors.joining(", "));
        }
        if (value instanceof Map<?, ?> map) {
            return map.isEmpty() ? "none" : map.entrySet().stream()
                    .map(e -> format(e.getKey()) + "=" + format(e.getValue())).collect(Collectors.joining(", "));
        }
        if (value instanceof HostCriterion criterion) {
            return criterion.en();
        }
        if (value instanceof StudioType type) {
            return type.en() + " · " + type.zh();
        }
        if (value instanceof Labelled labelled) {
            return labelled.code();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value.getClass().isRecord()) {
            return java.util.Arrays.stream(value.getClass().getRecordComponents())
                    .map(c -> c.getName() + "=" + format(component(value, c.getName())))
                    .collect(Collectors.joining(", ", "(", ")"));
        }
        return value.toString();
    }
}
