package org.yanxun.json;

import java.util.Optional;
import org.yanxun.InvalidValueException;
import org.yanxun.policy.Policy;
import org.yanxun.policy.PolicyProblem;
import org.yanxun.policy.Presets;

/**
 * The rule of policy documents that the id of a built-in preset stands for that preset: a document
 * travels to readers who see only its id, and findings name the policy by it, so a document that takes a
 * preset's id and differs from the preset would make every finding quote the preset for limits it does
 * not set. In code a policy derived from a preset may keep the id; a document may not.
 */
final class PresetIds {

    private PresetIds() {
    }

    /**
     * The problem of a policy that takes the id of a built-in preset it differs from.
     *
     * @param policy the policy
     * @return the problem at {@code id}, or empty for the preset itself and for an id of no preset
     */
    static Optional<PolicyProblem> taken(Policy policy) {
        return Presets.byId(policy.id()).filter(preset -> !preset.equals(policy)).map(preset -> new PolicyProblem("id",
                "id“" + policy.id() + "”是内置预设的 id，而这份政策与该预设不同，报告会把它当作该预设：请给这份政策一个自己的 id",
                "the id '" + policy.id() + "' is that of a built-in preset, which this policy differs from, so its "
                        + "report would name the preset: give the policy an id of its own"));
    }

    /**
     * Refuses a policy that takes the id of a built-in preset it differs from.
     *
     * @param policy the policy
     * @throws InvalidValueException if it does
     */
    static void requireNotTaken(Policy policy) {
        taken(policy).ifPresent(problem -> {
            throw new InvalidValueException("政策 " + policy.id() + " 不能写成文档：" + problem.zh() + "（withId）",
                    "Policy " + policy.id() + " cannot be written as a document: " + problem.en() + " (withId)");
        });
    }
}
