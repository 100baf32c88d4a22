package org.yanxun.samples;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.TreeMap;
import org.yanxun.Institution;
import org.yanxun.InstitutionId;
import org.yanxun.PlannedActivity;
import org.yanxun.Studio;
import org.yanxun.examples.ExampleCommunities;
import org.yanxun.json.JsonLinesValidation;
import org.yanxun.policy.Policy;
import org.yanxun.policy.Presets;
import org.yanxun.policy.Severity;
import org.yanxun.rules.Entity;
import org.yanxun.rules.KeyedRule;
import org.yanxun.rules.LocalRule;
import org.yanxun.rules.Location;
import org.yanxun.rules.Report;
import org.yanxun.rules.RuleEngine;
import org.yanxun.rules.RuleInfo;

/**
 * Adds two rules of a district's own to the built-in catalogue, one of each shape, and validates the
 * Liwan example with them, as a document and as a JSON Lines stream:
 *
 * <ul>
 *   <li>{@value #FIRST_ACTIVITY} (local: one studio): a studio's first planned activity falls within three
 *       months of its cycle's start, so that no studio is launched and then left idle;</li>
 *   <li>{@value #STUDIOS_PER_SCHOOL} (keyed by host institution): a school hosts at most 50 studios, so
 *       that studios spread across the district's schools.</li>
 * </ul>
 *
 * <p>Their limits are the rules' own; the policy sets their severity, as it does for a built-in rule: here
 * the keyed rule reports a warning. See {@code docs/own-rules.md}.
 */
public final class DistrictOwnRules {

    /** The code of the local rule. */
    public static final String FIRST_ACTIVITY = "DISTRICT_FIRST_ACTIVITY";
    /** The code of the keyed rule. */
    public static final String STUDIOS_PER_SCHOOL = "DISTRICT_STUDIOS_PER_SCHOOL";

    private static final Period FIRST_ACTIVITY_WITHIN = Period.ofMonths(3);
    private static final int MOST_STUDIOS_PER_SCHOOL = 50;

    private DistrictOwnRules() {
    }

    public static void main(String[] args) {
        RuleEngine engine = engine();
        Report whole = engine.validate(ExampleCommunities.liwan2026(), ExampleCommunities.LIWAN_AS_OF);
        System.out.println(whole);
        whole.withCode(STUDIOS_PER_SCHOOL).findings().forEach(f ->
                System.out.println(f.severity() + " " + f.code() + " " + f.pointer() + " " + f.messageEn()));
        Report streamed = JsonLinesValidation.of(engine)
                .validate(Path.of("examples/liwan-2026.jsonl"), ExampleCommunities.LIWAN_AS_OF).report();
        System.out.println("the JSON Lines file reports the same: "
                + streamed.countsByCode().equals(whole.countsByCode()));
    }

    /**
     * Builds the engine: the Liwan preset's catalogue, the two rules of this district, and the keyed
     * rule's severity lowered to a warning through the policy.
     *
     * @return the engine
     */
    public static RuleEngine engine() {
        Policy liwan = Presets.guangzhouLiwan2026();
        TreeMap<String, Severity> severities = new TreeMap<>(liwan.severities());
        severities.put(STUDIOS_PER_SCHOOL, Severity.WARNING);
        Policy policy = liwan.withId("district-own-rules-2026").withNameZh("示例区自定规则").withNameEn("District's own rules")
                .withSeverities(severities);
        // RuleEngine.of(policy) would refuse this policy: it names a code that only the builder's rules have
        return RuleEngine.builder(policy).add(firstActivity()).add(studiosPerSchool()).build();
    }

    /** A local rule: the engine gives it each studio in turn. */
    static LocalRule<Entity.OfStudio> firstActivity() {
        RuleInfo info = RuleInfo.local(FIRST_ACTIVITY, Severity.ERROR, "首次活动过晚", "First activity too late",
                "A studio's first planned activity falls within three months of the start of its cycle.");
        return LocalRule.of(info, Entity.OfStudio.class, (record, context, sink) -> {
            Studio studio = record.studio();
            LocalDate latest = studio.cycle().start().plus(FIRST_ACTIVITY_WITHIN);
            List<PlannedActivity> activities = studio.activities();
            int first = -1;
            for (int i = 0; i < activities.size(); i++) {
                if (first < 0 || activities.get(i).date().isBefore(activities.get(first).date())) {
                    first = i;
                }
            }
            if (first >= 0 && activities.get(first).date().isAfter(latest)) {
                LocalDate date = activities.get(first).date();
                sink.add(record.location().child("activities", first, "date"),
                        "工作室“" + studio.name() + "”的首次活动在 " + date + "，晚于周期开始三个月后的 " + latest,
                        "studio '" + studio.name() + "' plans its first activity on " + date + ", after " + latest
                                + ", three months into its cycle");
            }
        });
    }

    /**
     * A keyed rule: each studio gives its host institution a state of one studio at the studio's place;
     * the engine merges the states of each institution, in any order, and checks each institution once.
     */
    static KeyedRule<InstitutionId, Hosted> studiosPerSchool() {
        RuleInfo info = RuleInfo.keyed(STUDIOS_PER_SCHOOL, Severity.ERROR, "host institution", "单校工作室过多",
                "Too many studios at one school", "A school hosts at most " + MOST_STUDIOS_PER_SCHOOL
                        + " studios, so that studios spread across the district's schools.");
        return KeyedRule.of(info,
                (entity, context, emit) -> {
                    if (entity instanceof Entity.OfStudio record) {
                        emit.accept(record.studio().hostInstitution(),
                                new Hosted(1, record.location().child("hostInstitution")));
                    }
                },
                Hosted::merge,
                (school, hosted, context, sink) -> {
                    if (hosted.studios() > MOST_STUDIOS_PER_SCHOOL) {
                        // the reference data: every institution of the data set, by identifier
                        String name = context.dimensions().institution(school).map(Institution::name)
                                .orElse(school.value());
                        sink.add(hosted.first(), "学校“" + name + "”（" + school + "）承办 " + hosted.studios()
                                        + " 个工作室，多于 " + MOST_STUDIOS_PER_SCHOOL + " 个",
                                "school '" + name + "' (" + school + ") hosts " + hosted.studios()
                                        + " studios, more than " + MOST_STUDIOS_PER_SCHOOL);
                    }
                });
    }

    /**
     * The state of one host institution: how many studios it hosts and where the first of them names it.
     * Small, immutable and serializable, so that it also travels between Spark's executors; merging keeps
     * the first place in document order, so the result does not depend on the order of the records.
     *
     * @param studios how many studios
     * @param first the place of the first studio's host institution
     */
    record Hosted(int studios, Location first) implements Serializable {

        Hosted merge(Hosted other) {
            return new Hosted(studios + other.studios, first.compareTo(other.first) <= 0 ? first : other.first);
        }
    }
}
