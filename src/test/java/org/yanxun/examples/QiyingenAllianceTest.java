package org.yanxun.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yanxun.Alliance;
import org.yanxun.Dataset;
import org.yanxun.Exchange;
import org.yanxun.ExchangeKind;
import org.yanxun.Institution;
import org.yanxun.InstitutionId;
import org.yanxun.JointSession;
import org.yanxun.Person;
import org.yanxun.Presentation;
import org.yanxun.SessionRole;
import org.yanxun.UnitRole;

class QiyingenAllianceTest {

    private static final InstitutionId QIJIANG = InstitutionId.of("qijiang-tts");
    private static final InstitutionId YINGSHAN = InstitutionId.of("yingshan-tts");
    private static final InstitutionId ENYANG = InstitutionId.of("enyang-tts");

    private static Dataset qiyingen;
    private static Alliance alliance;

    @BeforeAll
    static void build() {
        qiyingen = ExampleCommunities.qiyingen();
        alliance = qiyingen.alliances().get(0);
    }

    @Test
    void institutions_areTheThreeTrainingSchoolsWithTheirRegions() {
        assertThat(qiyingen.institutions()).extracting(i -> i.id().value() + "@" + i.region())
                .containsExactly("qijiang-tts@500110", "yingshan-tts@511322", "enyang-tts@511903");
    }

    @Test
    void institutions_areInChongqingAndSichuan() {
        assertThat(qiyingen.institutions()).extracting(i -> i.region().province().en())
                .containsExactly("Chongqing", "Sichuan", "Sichuan");
    }

    @Test
    void membersWith_lead_isQijiangOnly() {
        assertThat(alliance.membersWith(UnitRole.LEAD)).containsExactly(QIJIANG);
    }

    @Test
    void membersWith_partner_isYingshanAndEnyang() {
        assertThat(alliance.membersWith(UnitRole.PARTNER)).containsExactly(YINGSHAN, ENYANG);
    }

    @Test
    void sessions_areTheFiveReportedMonths() {
        assertThat(alliance.sessions()).extracting(s -> YearMonth.from(s.date())).containsExactly(
                YearMonth.of(2022, 7), YearMonth.of(2022, 11), YearMonth.of(2023, 4), YearMonth.of(2023, 12),
                YearMonth.of(2024, 4));
    }

    @Test
    void session2022November_isHostedByYingshanWithTheOthersCoHosting() {
        JointSession november = alliance.sessions().get(1);
        assertThat(List.of(november.unitsWith(SessionRole.HOST), november.unitsWith(SessionRole.CO_HOST)))
                .containsExactly(List.of(YINGSHAN), List.of(QIJIANG, ENYANG));
    }

    @Test
    void session2023April_isOrganisedByQijiangAndHostedByAllThree() {
        JointSession april = alliance.sessions().get(2);
        assertThat(List.of(april.unitsWith(SessionRole.ORGANISER), april.unitsWith(SessionRole.HOST)))
                .containsExactly(List.of(QIJIANG), List.of(QIJIANG, YINGSHAN, ENYANG));
    }

    @Test
    void exchanges_coverAllFourKinds() {
        assertThat(alliance.exchanges()).extracting(Exchange::kind).containsOnly(ExchangeKind.values());
    }

    @Test
    void exchanges_ofEveryKind_runBothWaysBetweenEveryPair() {
        for (ExchangeKind kind : ExchangeKind.values()) {
            Set<List<InstitutionId>> flows = alliance.exchanges().stream().filter(e -> e.kind() == kind)
                    .map(e -> List.of(e.from(), e.to())).collect(Collectors.toSet());
            assertThat(flows).as(kind.code()).containsExactlyInAnyOrder(List.of(QIJIANG, YINGSHAN),
                    List.of(YINGSHAN, QIJIANG), List.of(YINGSHAN, ENYANG), List.of(ENYANG, YINGSHAN),
                    List.of(ENYANG, QIJIANG), List.of(QIJIANG, ENYANG));
        }
    }

    @Test
    void exchanges_are24() {
        assertThat(alliance.exchanges()).hasSize(24);
    }

    @Test
    void persons_areAllSynthetic() {
        assertThat(qiyingen.persons()).isNotEmpty().allMatch(Person::synthetic);
    }

    @Test
    void exchangeParticipants_resolveAndWorkAtTheSendingUnit() {
        assertThat(alliance.exchanges()).allMatch(e -> e.participants().stream()
                .allMatch(p -> qiyingen.person(p).flatMap(Person::employer).equals(java.util.Optional.of(e.from()))));
    }

    @Test
    void references_resolve() {
        Set<InstitutionId> known = qiyingen.institutions().stream().map(Institution::id).collect(Collectors.toSet());
        assertThat(alliance.sessions().stream().flatMap(s -> s.units().stream()).map(u -> u.institution()))
                .allMatch(known::contains);
    }

    @Test
    void presentationSpeakers_resolve() {
        assertThat(alliance.sessions().stream().flatMap(s -> s.presentations().stream()).map(Presentation::speaker))
                .allMatch(id -> qiyingen.person(id).isPresent());
    }

    @Test
    void resourceContributors_resolve() {
        assertThat(alliance.resources()).allMatch(r -> qiyingen.institution(r.contributor()).isPresent());
    }

    @Test
    void employers_resolve() {
        assertThat(qiyingen.persons()).allMatch(p -> p.employer().flatMap(qiyingen::institution).isPresent());
    }

    @Test
    void plan_isThreeThreeThreeThree() {
        assertThat(alliance.plan()).hasValueSatisfying(plan -> assertThat(List.of(plan.mechanisms().size(),
                plan.resourceKinds().size(), plan.topics().size(), plan.activityKinds().size()))
                .containsExactly(3, 3, 3, 3));
    }

    @Test
    void qiyingen_twoCalls_areEqual() {
        assertThat(ExampleCommunities.qiyingen()).isEqualTo(qiyingen).hasSameHashCodeAs(qiyingen);
    }

    @Test
    void asOf_isAfterTheLastSessionAndExchange() {
        assertThat(alliance.sessions()).extracting(JointSession::date)
                .allMatch(date -> date.isBefore(ExampleCommunities.QIYINGEN_AS_OF));
        assertThat(alliance.exchanges()).extracting(Exchange::end)
                .allMatch(date -> date.isBefore(ExampleCommunities.QIYINGEN_AS_OF));
    }
}
