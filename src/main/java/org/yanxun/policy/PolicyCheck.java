package org.yanxun.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.yanxun.Cycle;
import org.yanxun.Province;
import org.yanxun.StudioType;
import org.yanxun.internal.Checks;

/**
 * The consistency checks of {@link Policy#problems()}.
 */
final class PolicyCheck {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");
    private static final Pattern RULE_CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final int MAX_COUNT = 100_000;
    private static final int MAX_DAYS = 3660;

    private final List<PolicyProblem> problems = new ArrayList<>();

    private PolicyCheck() {
    }

    static List<PolicyProblem> problems(Policy policy) {
        PolicyCheck check = new PolicyCheck();
        check.policy(policy);
        return List.copyOf(check.problems);
    }

    static List<PolicyProblem> unknownRuleCodes(Policy policy, Set<String> ruleCodes) {
        PolicyCheck check = new PolicyCheck();
        policy.severities().keySet().stream().filter(code -> !ruleCodes.contains(code))
                .forEach(code -> check.unknownRuleCode("severities." + code, code));
        policy.disabledRules().stream().filter(code -> !ruleCodes.contains(code))
                .forEach(code -> check.unknownRuleCode("disabledRules." + code, code));
        return List.copyOf(check.problems);
    }

    private void unknownRuleCode(String field, String code) {
        add(field, "没有代码为“" + Checks.shorten(code) + "”的规则", "no rule has the code " + Checks.quote(code));
    }

    private void policy(Policy policy) {
        if (!ID.matcher(policy.id()).matches()) {
            add("id", "标识须为 1 至 64 个小写字母、数字、点或连字符，以字母或数字开头，实为“" + Checks.shorten(policy.id()) + "”",
                    "must be 1 to 64 lower-case letters, digits, dots or hyphens, starting with a letter or digit, was "
                            + Checks.quote(policy.id()));
        }
        text("nameZh", policy.nameZh());
        text("nameEn", policy.nameEn());
        text("source", policy.source());
        date("effectiveFrom", policy.effectiveFrom());
        policy.effectiveUntil().ifPresent(until -> date("effectiveUntil", until));
        policy.effectiveUntil().filter(until -> until.isBefore(policy.effectiveFrom())).ifPresent(until ->
                add("effectiveUntil", "失效日期 " + until + " 早于生效日期 " + policy.effectiveFrom(),
                        "ends on " + until + ", before it starts on " + policy.effectiveFrom()));
        studios(policy.studios());
        range("clusters.planCountTolerance", policy.clusters().planCountTolerance(), 0, MAX_COUNT);
        alliances(policy.alliances());
        policy.severities().keySet().forEach(code -> ruleCode("severities." + code, code));
        policy.disabledRules().forEach(code -> ruleCode("disabledRules." + code, code));
        policy.severities().keySet().stream().filter(policy.disabledRules()::contains).forEach(code ->
                add("severities." + code, "规则 " + Checks.shorten(code) + " 已停用（disabledRules），这一严重级别不会生效",
                        "the rule " + Checks.quote(code) + " is disabled (disabledRules), so this severity is never "
                                + "used"));
    }

    private void studios(StudioPolicy studios) {
        studios.types().forEach((code, type) -> {
            String field = "studios.types." + code;
            if (!code.equals(type.type().code())) {
                add(field + ".type", "键 " + code + " 与类型代码 " + type.type().code() + " 不一致",
                        "key " + code + " does not match type code " + type.type().code());
            } else if (StudioType.builtIn(code).filter(builtIn -> !builtIn.equals(type.type())).isPresent()) {
                // Rules find a studio's type policy by the whole type, so a changed label would hide it.
                add(field + ".type", "不能重新定义内置工作室类型 " + code + "（形式、梯级和名称须与内置类型一致）",
                        "must not redefine the built-in studio type " + code
                                + " (its form, rung and names must be the built-in type's)");
            }
            range(field + ".cycleYears", type.cycleYears(), 1, Cycle.MAX_YEARS);
            minMax(field + ".minMembers", type.minMembers(), field + ".maxMembers", type.maxMembers(), 0, MAX_COUNT);
            range(field + ".minOnlineTrainees", type.minOnlineTrainees(), 0, MAX_COUNT);
            if (type.hostCriteria().isEmpty()) {
                add(field + ".hostCriteria", "至少需要一项主持人条件", "needs at least one host criterion");
            }
            hostCriteria(field + ".hostCriteria", type.hostCriteria());
            MemberEligibility members = type.members();
            // A value out of range is one problem: its order with the other is not checked as well.
            boolean inRange = members.minTeachingYears().stream()
                    .allMatch(min -> range(field + ".members.minTeachingYears", min, 0, 60));
            inRange &= members.maxTeachingYears().stream()
                    .allMatch(max -> range(field + ".members.maxTeachingYears", max, 0, 60));
            members.maxAge().ifPresent(max -> range(field + ".members.maxAge", max, 16, 100));
            if (inRange && members.minTeachingYears().isPresent() && members.maxTeachingYears().isPresent()) {
                order(field + ".members.minTeachingYears", members.minTeachingYears().getAsInt(),
                        members.maxTeachingYears().getAsInt());
            }
        });
        range("studios.hostsPerStudio", studios.hostsPerStudio(), 1, 10);
        range("studios.maxHostedAtOnce", studios.maxHostedAtOnce(), 1, 100);
        range("studios.maxJoinedAtOnce", studios.maxJoinedAtOnce(), 1, 100);
        range("studios.newTeacherMaxYears", studios.newTeacherMaxYears(), 0, 60);
        range("studios.ladderMaxStep", studios.ladderMaxStep(), 0, 9);
        studios.honourRungs().forEach((kind, rung) -> range("studios.honourRungs." + kind.code(), rung, 0, 9));
        studios.honourLevels().forEach((kind, levels) -> {
            if (levels.isEmpty()) {
                add("studios.honourLevels." + kind.code(), "至少需要一个级别", "needs at least one level");
            }
        });
        if (studios.grades().isEmpty()) {
            add("studios.grades", "至少需要一个考核等级", "needs at least one grade");
        }
        range("studios.evaluationWindowMonths", studios.evaluationWindowMonths(), 0, 24);
        range("studios.midTermMinCycleYears", studios.midTermMinCycleYears(), 1, Cycle.MAX_YEARS + 1);
        if (studios.mentorTiers().isEmpty()) {
            add("studios.mentorTiers", "至少需要一个可任导师的梯队", "needs at least one tier that may mentor");
        }
        range("studios.maxApprenticesPerMentor", studios.maxApprenticesPerMentor(), 1, 100);
    }

    /**
     * Adds a problem for each honour's term out of range, and for each host criterion that repeats an
     * earlier one: a second copy qualifies no one more.
     */
    private void hostCriteria(String field, List<HostCriterion> criteria) {
        Set<HostCriterion> seen = new HashSet<>();
        for (int i = 0; i < criteria.size(); i++) {
            HostCriterion criterion = criteria.get(i);
            if (criterion instanceof HostCriterion.HonourAtLeast honour && honour.termYears().isPresent()) {
                range(field + "." + i + ".termYears", honour.termYears().getAsInt(), 1,
                        HostCriterion.HonourAtLeast.MAX_TERM_YEARS);
            }
            if (!seen.add(criterion)) {
                add(field + "." + i, "与前面一项主持人条件重复（" + criterion.zh() + "）",
                        "repeats an earlier host criterion (" + criterion.en() + ")");
            }
        }
    }

    private void alliances(AlliancePolicy alliances) {
        range("alliances.leadUnits", alliances.leadUnits(), 0, 100);
        if (alliances.memberKinds().isEmpty()) {
            add("alliances.memberKinds", "至少需要一种成员机构类型", "needs at least one member kind");
        }
        EnumSet<Province> quoted = EnumSet.noneOf(Province.class);
        for (int i = 0; i < alliances.compositionQuotas().size(); i++) {
            ProvinceQuota quota = alliances.compositionQuotas().get(i);
            String field = "alliances.compositionQuotas." + i;
            minMax(field + ".min", quota.min(), field + ".max", quota.max(), 0, MAX_COUNT);
            if (!quoted.add(quota.province())) {
                add("alliances.compositionQuotas." + i + ".province", quota.province().zh() + "的名额已设定，不能重复设定",
                        quota.province().en() + " already has a quota; it cannot have a second");
            }
        }
        range("alliances.planYears", alliances.planYears(), 1, 10);
        PlanStructure plan = alliances.planStructure();
        range("alliances.planStructure.mechanisms", plan.mechanisms(), 0, 100);
        range("alliances.planStructure.resourceKinds", plan.resourceKinds(), 0, 100);
        range("alliances.planStructure.topics", plan.topics(), 0, 100);
        range("alliances.planStructure.activityKinds", plan.activityKinds(), 0, 100);
        range("alliances.planStructure.keyTasks", plan.keyTasks(), 0, 100);
        range("alliances.minSessionsPerYear", alliances.minSessionsPerYear(), 0, 365);
        range("alliances.maxConsecutiveHostings", alliances.maxConsecutiveHostings(), 1, 1000);
        range("alliances.minExternalExperts", alliances.minExternalExperts(), 0, 100);
        alliances.exchanges().forEach((kind, limits) -> {
            String field = "alliances.exchanges." + kind.code();
            minMax(field + ".minDays", limits.minDays(), field + ".maxDays", limits.maxDays(), 1, MAX_DAYS);
        });
        range("alliances.reciprocityTolerance", alliances.reciprocityTolerance(), 0, MAX_COUNT);
        range("alliances.freshnessMonths", alliances.freshnessMonths(), 1, 1200);
        range("alliances.sharingGraceMonths", alliances.sharingGraceMonths(), 0, 1200);
    }

    private void text(String field, String value) {
        int bad = Checks.unprintableAt(value);
        if (value.isBlank() || Checks.isLongerThan(value, 500)) {
            add(field, "须为 1 至 500 个字符的非空文本", "must be non-blank text of at most 500 characters");
        } else if (bad >= 0) {
            String code = String.format(Locale.ROOT, "U+%04X", (int) value.charAt(bad));
            add(field, "第 " + (bad + 1) + " 个字符 " + code + " 是控制字符或不成对的代理码元",
                    "character " + (bad + 1) + ", " + code + ", is a control character or an unpaired surrogate");
        }
    }

    private void ruleCode(String field, String code) {
        if (!RULE_CODE.matcher(code).matches()) {
            add(field, "规则代码须为 1 至 64 个大写字母、数字和下划线，以字母开头，实为“" + Checks.shorten(code) + "”",
                    "rule code must be 1 to 64 upper-case letters, digits and _, starting with a letter, was "
                            + Checks.quote(code));
        }
    }

    /** Adds a problem if a date is outside the years a document can hold. */
    private void date(String field, LocalDate value) {
        if (value.getYear() < Checks.MIN_YEAR || value.getYear() > Checks.MAX_YEAR) {
            add(field, "须在 0000 至 9999 年之间，实为 " + value, "must be in the years 0000 to 9999, was " + value);
        }
    }

    /** Adds a problem if the value is outside {@code min} to {@code max}; tells whether it is inside. */
    private boolean range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            add(field, "须在 " + min + " 至 " + max + " 之间，实为 " + value,
                    "must be " + min + " to " + max + ", was " + value);
            return false;
        }
        return true;
    }

    /**
     * Adds a problem for a minimum or maximum outside {@code least} to {@code most}, else one if the
     * minimum is above the maximum: a value out of range is one problem, and its order with the other is
     * not checked as well.
     */
    private void minMax(String minField, int min, String maxField, int max, int least, int most) {
        boolean inRange = range(minField, min, least, most);
        inRange &= range(maxField, max, least, most);
        if (inRange) {
            order(minField, min, max);
        }
    }

    private void order(String field, int min, int max) {
        if (min > max) {
            add(field, "最小值 " + min + " 大于最大值 " + max, "minimum " + min + " is above maximum " + max);
        }
    }

    private void add(String field, String zh, String en) {
        problems.add(new PolicyProblem(field, zh, en));
    }
}
