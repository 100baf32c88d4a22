package org.yanxun.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yanxun.Alliance;
import org.yanxun.Dataset;
import org.yanxun.ProjectCommunity;
import org.yanxun.generators.RandomEntities;
import org.yanxun.rules.Finding;
import org.yanxun.rules.Rule;
import org.yanxun.rules.RuleEngine;

/**
 * The rule groups built afresh, outside the catalogue's one-time initialisation, and the reference
 * and identifier kinds of {@code REF_UNKNOWN} and {@code ID_DUPLICATE}, one by one.
 */
class CatalogueGroupsTest {

    private static List<String> codes(List<Rule> rules) {
        return rules.stream().map(rule -> rule.info().code()).toList();
    }

    @Test
    void groupsBuiltAfresh_inOrder_areTheCatalogue() {
        List<String> fresh = new ArrayList<>();
        for (List<Rule> group : List.of(IdentityRules.all(), StudioRules.all(), PersonRules.all(),
                ClusterRules.all(), AllianceRules.all(), SessionRules.all(), ExchangeRules.all(),
                ResourceRules.all())) {
            assertThat(group).isNotEmpty().doesNotContainNull();
            fresh.addAll(codes(group));
        }

        assertThat(fresh).isEqualTo(codes(Catalogue.rules()));
    }

    @Test
    void groupsBuiltAfresh_holdTheirRules() {
        assertThat(Catalogue.rules()).allSatisfy(rule -> assertThat(rule.info().titleEn()).isNotBlank());
        assertThat(codes(StudioRules.all())).startsWith("STUDIO_HOST_COUNT", "STUDIO_MEMBER_COUNT");
        assertThat(codes(PersonRules.all())).contains("PERSON_HOSTS_TOO_MANY", "EXCHANGE_OVERLAP");
        assertThat(codes(AllianceRules.all())).contains("ALLIANCE_PARENT_CYCLE", "ALLIANCE_COMPOSITION");
        assertThat(codes(SessionRules.all())).contains("SESSION_HOST_UNIT", "SESSION_FREQUENCY");
        assertThat(codes(ExchangeRules.all())).contains("EXCHANGE_PARTIES", "EXCHANGE_KIND_UNUSED");
    }

    @Test
    void refUnknown_everyKindOfReference_isChecked() {
        Set<String> shapes = new TreeSet<>();
        for (long seed = 0; seed < 40; seed++) {
            Dataset dataset = new RandomEntities(new Random(seed)).dataset();
            RuleEngine.of(Mutations.QIYINGEN_POLICY).validate(dataset, java.time.LocalDate.of(2026, 3, 1))
                    .withCode("REF_UNKNOWN").findings().stream().map(Finding::pointer)
                    .map(pointer -> pointer.replaceAll("/\\d+", "/*")).forEach(shapes::add);
        }

        assertThat(shapes).containsExactlyInAnyOrder(
                "/persons/*/employer",
                "/clusters/*/organiser", "/clusters/*/undertaker",
                "/clusters/*/studios/*/hostInstitution", "/clusters/*/studios/*/memberships/*/person",
                "/clusters/*/studios/*/mentoringPairs/*/mentor", "/clusters/*/studios/*/mentoringPairs/*/apprentice",
                "/clusters/*/studios/*/certificates/*/issuer", "/clusters/*/studios/*/certificates/*/holder",
                "/alliances/*/parent", "/alliances/*/members/*/institution",
                "/alliances/*/sessions/*/units/*/institution", "/alliances/*/sessions/*/experts/*/institution",
                "/alliances/*/sessions/*/presentations/*/speaker",
                "/alliances/*/exchanges/*/from", "/alliances/*/exchanges/*/to",
                "/alliances/*/exchanges/*/participants/*",
                "/alliances/*/resources/*/contributor",
                "/projects/*/members/*/person", "/projects/*/members/*/institution",
                "/projects/*/members/*/studio");
    }

    @Test
    void idDuplicate_sessionExchangeResourceAndProjectTwice_eachReported() {
        Alliance a = Mutations.alliance();
        Alliance doubled = new Alliance(a.id(), a.name(), a.parent(), a.members(), a.plan(),
                twice(a.sessions()), twice(a.exchanges()), twice(a.resources()));
        ProjectCommunity project = Mutations.LIWAN.projects().get(0);
        Dataset data = Mutations.QIYINGEN.withAlliances(List.of(doubled)).withProjects(List.of(project, project));

        List<String> pointers = Mutations.pointers(Mutations.qiyingen(data), "ID_DUPLICATE");

        assertThat(pointers).contains(
                "/alliances/0/sessions/" + a.sessions().size() + "/id",
                "/alliances/0/exchanges/" + a.exchanges().size() + "/id",
                "/alliances/0/resources/" + a.resources().size() + "/id",
                "/projects/1/id");
        assertThat(Mutations.pointers(Mutations.qiyingen(Mutations.QIYINGEN), "ID_DUPLICATE")).isEmpty();
    }

    private static <T> List<T> twice(List<T> values) {
        List<T> all = new ArrayList<>(values);
        all.addAll(values);
        return all;
    }
}
