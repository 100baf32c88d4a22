package org.yanxun.samples;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.yanxun.Cycle;
import org.yanxun.HostDuty;
import org.yanxun.InstitutionId;
import org.yanxun.Membership;
import org.yanxun.PersonId;
import org.yanxun.PlannedActivity;
import org.yanxun.Stage;
import org.yanxun.Studio;
import org.yanxun.StudioId;
import org.yanxun.StudioType;
import org.yanxun.Subject;
import org.yanxun.Tier;
import org.yanxun.policy.Severity;
import org.yanxun.validation.Blocking;
import org.yanxun.validation.RegionCode;
import org.yanxun.validation.StudioSource;
import org.yanxun.validation.ValidStudio;
import org.yanxun.validation.YanxunValidation;

/**
 * An application's studio application form, validated with Jakarta Bean Validation: a field constraint
 * on the district code and the library's studio rules on the whole form. Errors block a save, so the
 * form is validated in the {@link Blocking} group.
 */
public final class ValidateApplicationForm {

    private ValidateApplicationForm() {
    }

    /** The form an application might bind from a web request. */
    @ValidStudio(policy = "guangzhou-liwan-2026", asOf = "2026-03-01", minSeverity = Severity.ERROR,
            groups = Blocking.class)
    public static final class StudioForm implements StudioSource {
        @RegionCode(groups = Blocking.class)
        String district = "440103";
        String name = "陈思雨名教师工作室";
        String host = "t-001";
        List<String> members = new ArrayList<>(List.of("t-002", "t-003"));
        int cycleYears = 2;

        @Override
        public Studio toStudio() {
            LocalDate launch = LocalDate.of(2026, 1, 9);
            Studio.Builder studio = Studio.builder(StudioId.of("form"), name, StudioType.FAMOUS_TEACHER_STUDIO)
                    .hostInstitution(InstitutionId.of("school-1")).researchDirection("大单元教学设计与实施")
                    .stage(Stage.PRIMARY).subject(Subject.MATHEMATICS).cycle(Cycle.of(launch, cycleYears))
                    .membership(Membership.of(PersonId.of(host), Tier.HOST, launch));
            for (HostDuty duty : HostDuty.values()) {
                studio.activity(PlannedActivity.of("计划活动", duty, launch.plusMonths(3)));
            }
            members.forEach(member -> studio.membership(Membership.of(PersonId.of(member), Tier.MEMBER, launch)));
            return studio.build();
        }
    }

    public static void main(String[] args) {
        StudioForm form = new StudioForm();
        form.district = "990103";
        form.cycleYears = 3;
        Validator validator = YanxunValidation.validator();
        Set<ConstraintViolation<StudioForm>> violations = validator.validate(form, Blocking.class);
        violations.stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> System.out.println("[" + v.getPropertyPath() + "] " + v.getMessage()));
        System.out.println(violations.isEmpty() ? "saved" : "not saved: " + violations.size() + " problems");
    }
}
