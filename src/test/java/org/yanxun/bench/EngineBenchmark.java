package org.yanxun.bench;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.yanxun.Dataset;
import org.yanxun.Studio;
import org.yanxun.Tier;
import org.yanxun.examples.ExampleCommunities;
import org.yanxun.policy.Policy;
import org.yanxun.policy.Presets;
import org.yanxun.rules.Report;
import org.yanxun.rules.RuleEngine;

/**
 * Validating Liwan-shaped clusters of 258 to 100,000 studios, against two baselines in the same run:
 * {@link HandWrittenChecks} (a plain loop doing the same checks as the engine restricted to them) and
 * Hibernate Validator on annotated beans holding what its annotations can express per studio (id
 * format, name, cycle years, member and host counts, member fields); and {@link ReadingFloor}, which only
 * reads what the loop reads, so that the growth of both with the data can be set against that of reading
 * it. Run with
 * {@code ./mvnw -Pbench -DskipTests verify -Djmh.args="EngineBenchmark"}; see docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-XX:+IgnoreUnrecognizedVMOptions", "-XX:+UseTransparentHugePages"})
public class EngineBenchmark {

    @Param({"258", "1000", "10000", "100000"})
    int studios;

    private Dataset dataset;
    private Policy policy;
    private Policy subsetPolicy;
    private RuleEngine engine;
    private RuleEngine subsetEngine;
    private RuleEngine beanEngine;
    private List<StudioBean> beans;
    private ValidatorFactory factory;
    private Validator validator;
    private final LocalDate asOf = ExampleCommunities.LIWAN_AS_OF;

    @Setup(Level.Trial)
    public void setUp() {
        dataset = ScaledCommunities.liwan(studios);
        policy = Presets.guangzhouLiwan2026();
        subsetPolicy = only(policy, HandWrittenChecks.CODES);
        engine = RuleEngine.of(policy);
        subsetEngine = RuleEngine.of(subsetPolicy);
        beanEngine = RuleEngine.of(only(policy, BEAN_CHECKS));
        beans = dataset.studios().stream().map(StudioBean::of).toList();
        factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
        validator = factory.getValidator();
    }

    /** The checks the annotated beans express: one host, the member range, the cycle length. */
    static final Set<String> BEAN_CHECKS = Set.of("STUDIO_HOST_COUNT", "STUDIO_MEMBER_COUNT", "STUDIO_CYCLE_LENGTH");

    static Policy only(Policy policy, Set<String> codes) {
        TreeSet<String> others = new TreeSet<>();
        RuleEngine.builtInRules().forEach(rule -> others.add(rule.info().code()));
        others.removeAll(codes);
        return policy.withDisabledRules(others);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        factory.close();
    }

    /** The whole built-in catalogue. */
    @Benchmark
    public Report engineFullCatalogue() {
        return engine.validate(dataset, asOf);
    }

    /** The engine with only the rules the hand-written loop implements. */
    @Benchmark
    public Report engineSameChecks() {
        return subsetEngine.validate(dataset, asOf);
    }

    /** Baseline: the same checks as one hand-written loop. */
    @Benchmark
    public List<String> handWrittenLoop() {
        return HandWrittenChecks.run(dataset, subsetPolicy, asOf);
    }

    /**
     * The floor under the growth of the loop and the engine: reading what any implementation of the
     * checks must reach, with no map and no check (see {@link ReadingFloor}).
     */
    @Benchmark
    public ReadingFloor.Reading readingFloor() {
        return ReadingFloor.run(dataset, asOf);
    }

    /** The engine with only the checks the annotated beans express, to compare with Hibernate Validator. */
    @Benchmark
    public Report engineBeanChecks() {
        return beanEngine.validate(dataset, asOf);
    }

    /** Baseline: Hibernate Validator on one annotated bean per studio. */
    @Benchmark
    public int hibernateValidator() {
        int violations = 0;
        for (StudioBean bean : beans) {
            violations += validator.validate(bean).size();
        }
        return violations;
    }

    /** A studio as an application's annotated DTO: what Bean Validation annotations can express. */
    public static final class StudioBean {
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]*")
        final String id;
        @NotBlank @Size(max = 200)
        final String name;
        @NotBlank
        final String researchDirection;
        @Min(2) @Max(2)
        final int cycleYears;
        @NotNull
        final LocalDate start;
        @Size(min = 1, max = 1)
        final List<@Valid MemberBean> hosts;
        @Size(min = 3, max = 15)
        final List<@Valid MemberBean> members;

        StudioBean(String id, String name, String researchDirection, int cycleYears, LocalDate start,
                List<MemberBean> hosts, List<MemberBean> members) {
            this.id = id;
            this.name = name;
            this.researchDirection = researchDirection;
            this.cycleYears = cycleYears;
            this.start = start;
            this.hosts = hosts;
            this.members = members;
        }

        static StudioBean of(Studio studio) {
            return new StudioBean(studio.id().value(), studio.name(), studio.researchDirection(),
                    studio.type().form() == org.yanxun.StudioForm.STUDIO ? studio.cycle().years() : 2,
                    studio.cycle().start(), members(studio, Tier.HOST), members(studio, Tier.MEMBER));
        }

        private static List<MemberBean> members(Studio studio, Tier tier) {
            return studio.membershipsOf(tier).stream()
                    .map(m -> new MemberBean(m.person().value(), m.tier().code(), m.joinedOn())).toList();
        }
    }

    /** A membership as an annotated DTO. */
    public static final class MemberBean {
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]*")
        final String person;
        @NotBlank
        final String tier;
        @NotNull
        final LocalDate joinedOn;

        MemberBean(String person, String tier, LocalDate joinedOn) {
            this.person = person;
            this.tier = tier;
            this.joinedOn = joinedOn;
        }
    }
}
