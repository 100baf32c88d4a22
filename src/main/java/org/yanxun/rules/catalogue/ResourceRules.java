package org.yanxun.rules.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.yanxun.ResourceKind;
import org.yanxun.SharedResource;
import org.yanxun.internal.English;
import org.yanxun.policy.Severity;
import org.yanxun.rules.Entity;
import org.yanxun.rules.LocalRule;
import org.yanxun.rules.Rule;
import org.yanxun.rules.RuleInfo;

/**
 * Rules on the shared resource library: kinds, contributors, freshness (定期更新维护) and sharing (互移).
 */
final class ResourceRules {

    private ResourceRules() {
    }

    static List<Rule> all() {
        return List.of(kind(), contributor(), freshness(), sharing());
    }

    private static Rule kind() {
        return LocalRule.of(RuleInfo.local("RESOURCE_KIND", Severity.WARNING, "资源类别不在政策范围内",
                "Resource kind not admitted",
                "A shared resource is of a kind the policy admits to the library. The presets admit all five kinds "
                        + "of the 綦营恩 library, so only a policy that admits fewer makes the rule fire.",
                "alliances.resourceKinds"),
                Entity.OfResource.class, (record, context, sink) -> {
                    SharedResource resource = record.resource();
                    if (!context.policy().alliances().resourceKinds().contains(resource.kind())) {
                        Set<ResourceKind> admitted = context.policy().alliances().resourceKinds();
                        sink.add(record.location().child("kind"), "资源“" + resource.title() + "”的类别“"
                                        + resource.kind().zh() + "”不在政策认可的范围内（" + Admitted.zh(admitted) + "）",
                                "resource '" + resource.title() + "' is of kind '" + resource.kind().en()
                                        + "', which the policy does not admit (" + Admitted.en(admitted) + ")");
                    }
                });
    }

    private static Rule contributor() {
        return LocalRule.of(RuleInfo.local("RESOURCE_CONTRIBUTOR", Severity.ERROR, "资源贡献单位不是联盟成员",
                "Contributor outside the alliance",
                "A shared resource is contributed by a member institution of its alliance."),
                Entity.OfResource.class, (record, context, sink) -> context.dimensions().alliance(record.alliance())
                        .filter(alliance -> !context.dimensions().isMember(alliance.id(), record.resource().contributor()))
                        .ifPresent(alliance -> sink.add(record.location().child("contributor"), "资源“"
                                        + record.resource().title() + "”的贡献单位"
                                        + Units.zh(context, record.resource().contributor()) + "不是联盟“"
                                        + alliance.name() + "”的成员",
                                "resource '" + record.resource().title() + "' comes from "
                                        + Units.en(context, record.resource().contributor())
                                        + ", not a member of alliance '" + alliance.name() + "'")));
    }

    private static Rule freshness() {
        return LocalRule.of(RuleInfo.local("RESOURCE_FRESHNESS", Severity.WARNING, "资源久未审核",
                "Resource not reviewed recently",
                "A shared resource was last reviewed no more than the policy's number of months before the as-of "
                        + "date (定期更新维护).", "alliances.freshnessMonths"),
                Entity.OfResource.class, (record, context, sink) -> {
                    int months = context.policy().alliances().freshnessMonths();
                    LocalDate due = record.resource().lastReviewedOn().plusMonths(months);
                    if (due.isBefore(context.asOf())) {
                        sink.add(record.location().child("lastReviewedOn"), "资源“" + record.resource().title()
                                        + "”最近一次审核于 " + record.resource().lastReviewedOn() + "，距今已超过 " + months + " 个月",
                                "resource '" + record.resource().title() + "' was last reviewed on "
                                        + record.resource().lastReviewedOn() + ", more than " + English.count(months, "month") + " ago");
                    }
                });
    }

    private static Rule sharing() {
        return LocalRule.of(RuleInfo.local("RESOURCE_SHARING", Severity.INFO, "资源未移入共享平台", "Resource not shared",
                "A resource is moved to the shared platform (互移) within the policy's number of months of its "
                        + "creation.", "alliances.sharingGraceMonths"),
                Entity.OfResource.class, (record, context, sink) -> {
                    SharedResource resource = record.resource();
                    int months = context.policy().alliances().sharingGraceMonths();
                    if (!resource.shared() && resource.createdOn().plusMonths(months).isBefore(context.asOf())) {
                        sink.add(record.location().child("shared"), "资源“" + resource.title() + "”创建于 "
                                        + resource.createdOn() + "，超过 " + months + " 个月仍未共享",
                                "resource '" + resource.title() + "' was created on " + resource.createdOn()
                                        + " and is still not shared after " + English.count(months, "month"));
                    }
                });
    }
}
