package org.yanxun.samples;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.yanxun.Cluster;
import org.yanxun.ClusterId;
import org.yanxun.Cycle;
import org.yanxun.Dataset;
import org.yanxun.Honour;
import org.yanxun.HonourKind;
import org.yanxun.HostDuty;
import org.yanxun.Institution;
import org.yanxun.InstitutionId;
import org.yanxun.InstitutionKind;
import org.yanxun.Level;
import org.yanxun.Membership;
import org.yanxun.Person;
import org.yanxun.PersonId;
import org.yanxun.PlannedActivity;
import org.yanxun.Post;
import org.yanxun.RegionCode;
import org.yanxun.Stage;
import org.yanxun.Studio;
import org.yanxun.StudioId;
import org.yanxun.StudioType;
import org.yanxun.Subject;
import org.yanxun.Tier;
import org.yanxun.Title;
import org.yanxun.policy.Presets;
import org.yanxun.rules.Report;
import org.yanxun.rules.RuleEngine;

/**
 * Builds a famous-teacher studio in code, with a host and two members, and validates it under the
 * Liwan 2026 policy. Two members are too few (the policy asks for 3 to 15), so the report shows one
 * error.
 */
public final class BuildAStudio {

    private BuildAStudio() {
    }

    public static void main(String[] args) {
        LocalDate launch = LocalDate.of(2026, 1, 9);
        RegionCode liwan = RegionCode.parse("440103");
        InstitutionId school = InstitutionId.of("sample-school");
        InstitutionId bureau = InstitutionId.of("sample-bureau");

        Person host = Person.builder(PersonId.of("sample-host"), "陈思雨").synthetic(true)
                .title(Title.SENIOR).post(Post.TEACHER).stage(Stage.PRIMARY).subject(Subject.MATHEMATICS)
                .honour(Honour.of(HonourKind.FAMOUS_TEACHER, Level.DISTRICT, LocalDate.of(2022, 9, 10)))
                .teachingSince(LocalDate.of(2001, 9, 1)).employer(school).build();
        List<Person> members = List.of(member("sample-m1", "李博文", school), member("sample-m2", "黄嘉宁", school));

        Studio.Builder studio = Studio.builder(StudioId.of("sample-studio"), "陈思雨名教师工作室",
                        StudioType.FAMOUS_TEACHER_STUDIO)
                .hostInstitution(school).researchDirection("大单元教学设计与实施")
                .stage(Stage.PRIMARY).subject(Subject.MATHEMATICS)
                .cycle(Cycle.of(launch, 2))
                .membership(Membership.of(host.id(), Tier.HOST, launch))
                .activity(PlannedActivity.of("示范课", HostDuty.NAVIGATOR, launch.plusMonths(2)))
                .activity(PlannedActivity.of("师徒结对", HostDuty.INHERITOR, launch.plusMonths(3)))
                .activity(PlannedActivity.of("课题研究", HostDuty.PRACTITIONER, launch.plusMonths(6)));
        members.forEach(m -> studio.membership(Membership.of(m.id(), Tier.MEMBER, launch)));

        Cluster cluster = new Cluster(ClusterId.of("sample-cluster"), "示例集群", liwan, bureau, bureau, launch,
                List.of(studio.build()), Optional.empty());
        Dataset dataset = Dataset.of(
                List.of(host, members.get(0), members.get(1)),
                List.of(Institution.of(school, "示例小学", InstitutionKind.SCHOOL, liwan),
                        Institution.of(bureau, "示例教育局", InstitutionKind.EDUCATION_BUREAU, liwan)),
                List.of(cluster), List.of(), List.of());

        Report report = RuleEngine.of(Presets.guangzhouLiwan2026()).validate(dataset, LocalDate.of(2026, 3, 1));
        System.out.println(report);
        report.findings().forEach(finding -> System.out.println(finding.code() + " " + finding.pointer() + " "
                + finding.messageEn()));
    }

    private static Person member(String id, String name, InstitutionId school) {
        return Person.builder(PersonId.of(id), name).synthetic(true).title(Title.FIRST_GRADE).post(Post.TEACHER)
                .stage(Stage.PRIMARY).subject(Subject.MATHEMATICS)
                .honour(Honour.of(HonourKind.BACKBONE_TEACHER, Level.DISTRICT, LocalDate.of(2023, 9, 10)))
                .teachingSince(LocalDate.of(2012, 9, 1)).employer(school).build();
    }
}
