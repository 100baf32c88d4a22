package org.yanxun.samples;

import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import org.yanxun.examples.ExampleCommunities;
import org.yanxun.policy.Confidence;
import org.yanxun.policy.Policy;
import org.yanxun.policy.Presets;
import org.yanxun.policy.StudioPolicy;
import org.yanxun.policy.StudioTypePolicy;
import org.yanxun.rules.Report;
import org.yanxun.rules.RuleEngine;

/**
 * Derives a policy for another district from the Liwan preset by changing single values — 3-year
 * studio cycles and members aged 40 or under — and validates the Liwan example against it, to see
 * what the other district's rules would say about it.
 */
public final class CustomDistrictPolicy {

    private CustomDistrictPolicy() {
    }

    public static void main(String[] args) {
        Policy other = policy();
        System.out.println("problems: " + other.problems());
        Report report = RuleEngine.of(other).validate(ExampleCommunities.liwan2026(), ExampleCommunities.LIWAN_AS_OF);
        System.out.println(report);
        System.out.println(report.countsByCode());
    }

    /**
     * Builds the other district's policy; {@code examples/sample-district-2027.policy.json} is this policy as a
     * file.
     *
     * @return the policy
     */
    public static Policy policy() {
        Policy liwan = Presets.guangzhouLiwan2026();
        SortedMap<String, StudioTypePolicy> types = new TreeMap<>(liwan.studios().types());
        types.replaceAll((code, type) -> type.type().form() == org.yanxun.StudioForm.STUDIO
                ? type.withCycleYears(3).withMembers(type.members().withMaxAge(OptionalInt.of(40)))
                : type);
        StudioPolicy studios = liwan.studios().withTypes(types);
        return liwan.withId("sample-district-2027")
                .withNameZh("示例区2027年教师研训共同体").withNameEn("Sample district 2027")
                .withSource("An illustration: 3-year studio cycles as in Guangdong, an age cap of 40 as in Qingdao 2017.")
                .withConfidence(Confidence.LOW)
                .withStudios(studios);
    }
}
