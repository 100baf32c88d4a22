package org.yanxun.generators;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.yanxun.Alliance;
import org.yanxun.Certificate;
import org.yanxun.Cluster;
import org.yanxun.CreditCode;
import org.yanxun.Dataset;
import org.yanxun.Honour;
import org.yanxun.Institution;
import org.yanxun.InstitutionId;
import org.yanxun.InstitutionKind;
import org.yanxun.Level;
import org.yanxun.Membership;
import org.yanxun.MentoringPair;
import org.yanxun.Person;
import org.yanxun.PersonId;
import org.yanxun.ProjectCommunity;
import org.yanxun.ProjectMember;
import org.yanxun.RegionCode;
import org.yanxun.Studio;
import org.yanxun.StudioId;
import org.yanxun.Tier;
import org.yanxun.Title;
import org.yanxun.examples.ExampleCommunities;
import org.yanxun.policy.Policy;
import org.yanxun.policy.Presets;
import org.yanxun.policy.StudioPolicy;

/**
 * Draws <em>valid</em> datasets: datasets with no ERROR finding under the policy they come with.
 *
 * <p>{@link RandomEntities} draws well-formed entities whose references point nowhere, so a dataset
 * of them is full of findings. Here every part is consistent with the others: the studios and
 * their people are a random subset of the Liwan 2026 cluster (each studio with the persons it names,
 * some members dropped down to the policy's minimum), the alliance is the 綦营恩 alliance with a
 * random subset of its sessions, exchanges and resources, and extra persons and institutions are
 * drawn so that every reference they hold resolves and every code agrees with its region. Document
 * order is shuffled.
 */
public final class ValidDatasets {

    private static final Dataset LIWAN = ExampleCommunities.liwan2026();
    private static final Dataset QIYINGEN = ExampleCommunities.qiyingen();
    private static final List<String> COUNTY_REGIONS = List.of("440103", "440104", "500110", "511322", "511903",
            "110101", "330106");
    private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** The studio part that every preset shares, whose honour rules the persons drawn keep. */
    private static final StudioPolicy PRESET_STUDIOS = Presets.guangzhouLiwan2026().studios();

    private final RandomEntities random;
    private final Random source;

    /**
     * Creates a source of valid datasets.
     *
     * @param source the randomness, not null
     */
    public ValidDatasets(Random source) {
        this.source = source;
        this.random = new RandomEntities(source);
    }

    /**
     * Draws a valid scenario: a cluster, an alliance or both, under a preset they satisfy.
     *
     * @return the scenario
     */
    public Scenario scenario() {
        return switch (source.nextInt(3)) {
            case 0 -> scenario(true, false);
            case 1 -> scenario(false, true);
            default -> scenario(true, true);
        };
    }

    /**
     * Draws a valid scenario with the parts asked for.
     *
     * @param cluster whether to include the cluster with at least one studio
     * @param alliance whether to include the alliance
     * @return the scenario
     */
    public Scenario scenario(boolean cluster, boolean alliance) {
        List<Person> persons = new ArrayList<>();
        List<Institution> institutions = new ArrayList<>();
        List<Cluster> clusters = new ArrayList<>();
        List<Alliance> alliances = new ArrayList<>();
        List<ProjectCommunity> projects = new ArrayList<>();
        if (cluster) {
            Cluster whole = LIWAN.clusters().get(0);
            List<Studio> studios = studios(whole.studios());
            Set<PersonId> named = new HashSet<>();
            studios.forEach(studio -> named.addAll(persons(studio)));
            LIWAN.persons().stream().filter(p -> named.contains(p.id())).forEach(persons::add);
            institutions.addAll(LIWAN.institutions());
            clusters.add(whole.withStudios(studios));
            if (source.nextBoolean()) {
                projects.addAll(projects(studios));
            }
        }
        if (alliance) {
            persons.addAll(QIYINGEN.persons());
            institutions.addAll(QIYINGEN.institutions());
            alliances.add(alliance(QIYINGEN.alliances().get(0)));
        }
        for (int i = source.nextInt(4); i > 0; i--) {
            institutions.add(institution());
        }
        List<InstitutionId> employers = institutions.stream().map(Institution::id).toList();
        for (int i = source.nextInt(4); i > 0; i--) {
            persons.add(person(employers));
        }
        Collections.shuffle(persons, source);
        Collections.shuffle(institutions, source);
        Dataset dataset = Dataset.of(persons, institutions, clusters, alliances, projects);
        boolean liwanRules = cluster && (!alliance || source.nextBoolean());
        Policy policy = liwanRules ? Presets.guangzhouLiwan2026() : Presets.chengyuQiyingen2023();
        return new Scenario(dataset, policy,
                cluster ? ExampleCommunities.LIWAN_AS_OF : ExampleCommunities.QIYINGEN_AS_OF);
    }

    private List<Studio> studios(List<Studio> all) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            indexes.add(i);
        }
        Collections.shuffle(indexes, source);
        List<Integer> kept = new ArrayList<>(indexes.subList(0, 1 + source.nextInt(8)));
        if (source.nextBoolean()) {
            Collections.sort(kept);
        }
        return kept.stream().map(all::get).map(this::fewerMembers).toList();
    }

    /** Drops up to three in-person members that no mentoring pair names; the Liwan minimum is three of six. */
    private Studio fewerMembers(Studio studio) {
        Set<PersonId> paired = new HashSet<>();
        studio.mentoringPairs().forEach(pair -> {
            paired.add(pair.mentor());
            paired.add(pair.apprentice());
        });
        int drop = source.nextInt(4);
        Studio.Builder builder = studio.toBuilder().clearMemberships();
        for (Membership membership : studio.memberships()) {
            if (drop > 0 && membership.tier() == Tier.MEMBER && !paired.contains(membership.person())) {
                drop--;
            } else {
                builder.membership(membership);
            }
        }
        return builder.build();
    }

    private static Set<PersonId> persons(Studio studio) {
        Set<PersonId> ids = new HashSet<>();
        studio.memberships().forEach(m -> ids.add(m.person()));
        for (MentoringPair pair : studio.mentoringPairs()) {
            ids.add(pair.mentor());
            ids.add(pair.apprentice());
        }
        for (Certificate certificate : studio.certificates()) {
            certificate.holder().ifPresent(ids::add);
        }
        return ids;
    }

    private static List<ProjectCommunity> projects(List<Studio> studios) {
        Set<StudioId> kept = new HashSet<>();
        Set<PersonId> people = new HashSet<>();
        studios.forEach(studio -> {
            kept.add(studio.id());
            people.addAll(persons(studio));
        });
        List<ProjectCommunity> projects = new ArrayList<>();
        for (ProjectCommunity project : LIWAN.projects()) {
            List<ProjectMember> members = project.members().stream()
                    .filter(m -> m.studio().map(kept::contains).orElse(true) && people.contains(m.person()))
                    .toList();
            projects.add(new ProjectCommunity(project.id(), project.title(), project.period(), project.goals(),
                    members));
        }
        return projects;
    }

    private Alliance alliance(Alliance whole) {
        return new Alliance(whole.id(), whole.name(), whole.parent(), whole.members(), whole.plan(),
                subset(whole.sessions()), subset(whole.exchanges()), subset(whole.resources()));
    }

    private <T> List<T> subset(List<T> values) {
        return values.stream().filter(value -> source.nextInt(4) != 0).toList();
    }

    /** An institution below province level whose credit code names its own region. */
    public Institution institution() {
        RegionCode region = RegionCode.parse(random.pick(COUNTY_REGIONS));
        Institution institution = new Institution(random.institutionId(), random.text(4),
                random.pick(InstitutionKind.class), region, Optional.empty());
        if (source.nextBoolean()) {
            StringBuilder body = new StringBuilder();
            body.append(CREDIT_ALPHABET.charAt(source.nextInt(CREDIT_ALPHABET.length())));
            body.append(CREDIT_ALPHABET.charAt(source.nextInt(CREDIT_ALPHABET.length())));
            body.append(region.value());
            for (int i = 0; i < 9; i++) {
                body.append(CREDIT_ALPHABET.charAt(source.nextInt(CREDIT_ALPHABET.length())));
            }
            String first17 = body.toString();
            institution = institution.withCreditCode(CreditCode.parse(first17 + CreditCode.checkCharacter(first17)));
        }
        return institution;
    }

    /**
     * A person outside every community, employed by one of the institutions or by none, whose honours
     * are at levels their kinds are awarded at and who has at least the title each requires under the
     * presets (特级教师 is provincial and needs 高级).
     */
    public Person person(List<InstitutionId> employers) {
        Person drawn = random.person();
        Optional<InstitutionId> employer = employers.isEmpty() || source.nextBoolean() ? Optional.empty()
                : Optional.of(random.pick(employers));
        Optional<Title> title = drawn.title();
        List<Honour> honours = new ArrayList<>();
        for (Honour honour : drawn.honours()) {
            Level level = PRESET_STUDIOS.isAwardedAt(honour.kind(), honour.level()) ? honour.level()
                    : PRESET_STUDIOS.honourLevels().get(honour.kind()).iterator().next();
            honours.add(Honour.of(honour.kind(), level, honour.awardedOn()));
            Optional<Title> required = PRESET_STUDIOS.titleRequiredBy(honour.kind());
            if (required.isPresent() && !title.map(held -> held.isAtLeast(required.get())).orElse(false)) {
                title = required;
            }
        }
        return new Person(drawn.id(), drawn.name(), drawn.synthetic(), drawn.birthDate(), title,
                honours, drawn.posts(), drawn.stages(), drawn.subjects(), employer, drawn.teachingSince());
    }
}
