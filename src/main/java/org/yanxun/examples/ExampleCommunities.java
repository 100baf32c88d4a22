package org.yanxun.examples;

import java.time.LocalDate;
import org.yanxun.Dataset;

/**
 * The two real communities the library was founded on, built in code with synthetic people.
 *
 * <p><b>Liwan 2026 cluster</b> ({@link #liwan2026()}): launched on {@code 2026-01-09} by the Liwan
 * District Education Bureau (主办) and the Liwan Education Development Research Institute (承办), with
 * the published counts of 16 special-grade studios, 11 principal studios, 67 famous-teacher studios,
 * 121 backbone workshops and 43 new-teacher workshops (258 in all), the real schools named in the
 * launch report and the research directions it names for one studio of each type (quoted, but the
 * new-teacher workshop's, which paraphrases its aim: 心中有爱、眼中有孩、手中有法). Every person is
 * synthetic ({@code syn-lw-*}): a host, an assistant and six members per studio. The project
 * community is illustrative of the announced next step, not a reported project.
 *
 * <p><b>綦营恩 alliance</b> ({@link #qiyingen()}): the lead unit 綦江区教师进修学校 ({@code 500110}) and
 * the partner units 营山县教师进修学校 ({@code 511322}) and 恩阳区教师进修学校 ({@code 511903}); the
 * "3-3-3-3" plan structure, with the five key tasks of the "10+20" community; five joint sessions
 * since July 2022. As reported: the
 * months (sessions are dated on the first of the month), the themes of the November 2022, December 2023
 * and April 2024 sessions, what each unit presented (in April 2024 the report describes each unit's
 * approach rather than naming a talk; the example uses those descriptions as titles), the host units of
 * the November 2022 and April 2023 sessions, and the affiliations of the invited experts. Illustrative:
 * the themes of the July 2022 and April 2023 sessions, the host units of the other three, which session
 * each expert came to (but November 2022's), the experts' names, the sessions' modes (but April 2024's,
 * reported offline) and participant layers, the plan's calendar period (2023–2025), the exchanges and
 * all people ({@code syn-qye-*}).
 *
 * <p>Each call builds a new, equal dataset; datasets are immutable and may be shared.
 *
 * <pre>{@code
 * Report report = RuleEngine.of(Presets.guangzhouLiwan2026())
 *         .validate(ExampleCommunities.liwan2026(), ExampleCommunities.LIWAN_AS_OF);
 * report.isSuccessful(); // true: the example breaks no rule of its own policy
 * }</pre>
 */
public final class ExampleCommunities {

    /** The date the Liwan example is meant to be validated on: shortly after the launch. */
    public static final LocalDate LIWAN_AS_OF = LocalDate.of(2026, 3, 1);

    /** The date the 綦营恩 example is meant to be validated on: the date of the report it follows. */
    public static final LocalDate QIYINGEN_AS_OF = LocalDate.of(2025, 10, 8);

    private ExampleCommunities() {
    }

    /**
     * Builds the Liwan 2026 district cluster.
     *
     * @return the dataset: 8 institutions, 1 cluster of 258 studios, 2,064 synthetic persons
     */
    public static Dataset liwan2026() {
        return LiwanCluster2026.build();
    }

    /**
     * Builds the 綦营恩 alliance.
     *
     * @return the dataset: 3 institutions, 1 alliance with 5 sessions, 24 exchanges and 6 resources
     */
    public static Dataset qiyingen() {
        return QiyingenAlliance.build();
    }
}
