package org.yanxun.generators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.yanxun.Alliance;
import org.yanxun.AllianceId;
import org.yanxun.AllianceMember;
import org.yanxun.Cluster;
import org.yanxun.CreditCode;
import org.yanxun.Cycle;
import org.yanxun.Dataset;
import org.yanxun.Evaluation;
import org.yanxun.EvaluationKind;
import org.yanxun.Exchange;
import org.yanxun.Grade;
import org.yanxun.Honour;
import org.yanxun.HonourKind;
import org.yanxun.Institution;
import org.yanxun.InstitutionId;
import org.yanxun.InstitutionKind;
import org.yanxun.JointSession;
import org.yanxun.Level;
import org.yanxun.Membership;
import org.yanxun.Person;
import org.yanxun.PersonId;
import org.yanxun.RegionCode;
import org.yanxun.SessionRole;
import org.yanxun.SessionUnit;
import org.yanxun.SharedResource;
import org.yanxun.Studio;
import org.yanxun.StudioId;
import org.yanxun.StudioStatus;
import org.yanxun.Tier;
import org.yanxun.Title;
import org.yanxun.UnitRole;
import org.yanxun.examples.ExampleCommunities;
import org.yanxun.policy.Policy;

/**
 * A valid scenario and a copy of it with one mutation aimed at one rule code, such as a studio whose
 * in-person members drop below the policy's minimum ({@code STUDIO_MEMBER_COUNT}).
 *
 * @param mutation the mutation applied
 * @param valid the valid scenario
 * @param mutated the scenario with the mutation applied
 */
public record NearValid(Mutation mutation, Scenario valid, Scenario mutated) {

    private static final Alliance QIYINGEN = ExampleCommunities.qiyingen().alliances().get(0);

    /**
     * Draws a mutation and a valid scenario it applies to, and applies it.
     *
     * @param seed the seed of the draw
     * @return the near-valid scenario
     */
    public static NearValid draw(long seed) {
        Random random = new Random(seed);
        Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
        ValidDatasets valid = new ValidDatasets(random);
        Scenario scenario = mutation.needsCluster || mutation.needsAlliance
                ? valid.scenario(mutation.needsCluster, mutation.needsAlliance || random.nextBoolean())
                : valid.scenario();
        return new NearValid(mutation, scenario,
                scenario.withDataset(mutation.apply(scenario.dataset(), scenario.policy(), random)));
    }

    @Override
    public String toString() {
        return mutation + " -> " + mutation.code + " on " + valid;
    }

    /** One change that breaks one rule of a valid dataset. */
    public enum Mutation {
        /** In-person members of a studio drop below the policy's minimum. */
        MEMBERS_BELOW_MINIMUM("STUDIO_MEMBER_COUNT", true, false) {
            @Override
            Dataset apply(Dataset data, Policy policy, Random random) {
                return studio(data, random, studio -> {
                    int keep = policy.studios().of(studio.type()).orElseThrow().minMembers() - 1;
                    Studio.Builder builder = studio.toBuilder().clearMemberships();
                    int kept = 0;
                    for (Membership m : studio.memberships()) {
                        if (m.tier() != Tier.MEMBER || kept++ < keep) {
                            builder.membership(m);
                        }
                    }
                    return builder.build();
                });
            }
        },
        /** More in-person members than the policy's maximum. */
        MEMBERS_ABOVE_MAXIMUM("STUDIO_MEMBER_COUNT", true, false) {
            @Override
            Dataset apply(Dataset data, Policy policy, Random random) {
                List<Person> added = new ArrayList<>();
                Dataset changed = studio(data, random, studio -> {
                    int max = policy.studios().of(studio.type()).orElseThrow().maxMembers();
                    Studio.Builder builder = studio.toBuilder();
                    for (int i = studio.membershipsOf(Tier.MEMBER).size(); i <= max; i++) {
                        PersonId id = PersonId.of("syn-extra-" + i);
                        added.add(Person.builder(id, "成员" + i).synthetic(true).build());
                        builder.membership(Membership.of(id, Tier.MEMBER, studio.cycle().start()));
                    }
                    return builder.build();
                });
                return changed.withPersons(concat(changed.persons(), added));
            }
        },
        /** A membership names a person the dataset does not hold. */
        MEMBERSHIP_UNKNOWN_PERSON("REF_UNKNOWN", true, false) {
            @Override
            Dataset apply(Dataset data, Policy policy, Random random) {
                return studio(data, random, studio -> studio.toBuilder()
                        .membership(Membership.of(PersonId.of("syn-nobody"), Tier.ONLINE_TRAINEE,
                                studio.cycle().start()))
                        .build());
            }
        },
        /** Two persons share an identifier. */
        DUPLICATE_PERSON("ID_DUPLICATE", false, false) {
            @Override
            Dataset apply(Dataset data, Policy policy, Random random) {
                Person copy = data.persons().get(random.nextInt(data.persons().size()));
                List<Person> persons = new ArrayList<>(data.persons());
                persons.add(random.nextInt(persons.size() + 1), copy);
                return data.withPersons(persons);
            }
        },
        /** A person holds the honour 特级教师 with a title below the one the policy requires for it. */
        HONOUR_WITHOUT_TITLE("PERSON_HONOUR_TITLE", false, false) {
            @Override
            Dataset apply(Dataset data, Policy policy, Random random) {
                int at = random.nextInt(data.persons().size());
                Title required = policy.studios().titleRequiredBy(HonourKind.SPECIAL_GRADE_TEACHER).orElseThrow();
                Title below = Title.values()[random.nextInt(required.ordinal())];
                List<Person> persons = new ArrayList<>(data.persons());
                persons.set(at, persons.get(at).toBuilder().title(below)
                        .honour(Honour.of(HonourKind.SPECIAL_GRADE_TEACHER, Level.PROVINCIAL, LocalDate.of(2019, 9, 10)))
                        .build());
                return data.withPersons(persons);
            }
        },
        /** A person holds the honour 特级教师 at a level other than the one the policy awards it at. */
        HONOUR_AT_WRONG_LEVEL("PERSON_HONOUR_LEVEL", false, false) {
            @Override
            Dataset apply(Dataset data, Policy policy, Random random) {
                int at = random.nextInt(data.persons().size());
                Level level = random.nextBoolean() ? Level.NATIONAL : Level.DISTRICT;
                List<Person> persons = new ArrayList<>(data.persons());
                persons.set(at, persons.get(at).toBuilder().title(Title.PROFESSOR)
                        .honour(Honour.of(HonourKind.SPECIAL_GRADE_TEACHER, level, LocalDate.of(2019, 9, 10)))
                        .build());
                return data.withPersons(persons);
            }
        },
        /** Two institutions share an identifier. */
        DUPLICATE_INSTITUTION("ID_DUPLICATE", false, false) {
            @Override
            Dataset apply(Dataset data, Policy policy, Random random) {
                Institution copy = data.institutions().get(random.nextInt(data.institutions().size()));
                return data.withInstitutions(concat(data.institutions(), List.of(copy)));
            }
        },
        /** A studio's cycle is longer or shorter than the policy's for its type. */
        CYCLE_OF_THE_WRONG_LENGTH("STUDIO_CYCLE_LENGTH", true, false) {
            @Override
            Dataset apply(Dataset data, Policy policy, Random random) {
                return studio(data, random, studio -> {
                    int right = policy.studios().of(studio.type()).orElseThrow().cycleYears();
                    int years = (right + random.nextInt(Cycle.MAX_YEARS - 1)) % Cycle.MAX_YEARS + 1;
                    return studio.toBuilder().cycle(Cycle.of(studio.cycle().start(), years)).build();
                });
            }
        },
        /** A member of a studio becomes a second host. */
        SECOND_HOST("STUDIO_HOST_COUNT", true, false) {
            @Override
            Dataset apply(Dataset data, Policy policy, Random random) {
                return studio(data, random, studio -> {
                    Studio.Builder builder = studio.toBuilder().clearMemberships();
                    boolean promoted = false;
                    for (Membership m : studio.memberships()) {
                        if (!promoted && m.tier() == Tier.MEMBER) {
                            builder.membership(new Membership(m.person(), Tier.HOST, m.joinedOn(), m.leftOn()));
                            promoted = true;
                        } else {
                            builder.membership(m);
                        }
                    }
                    return builder.build();
                });
            }
        },
        /** A person holds two overlapping memberships of one studio. */
        MEMBERSHIP_TWICE("STUDIO_DUPLICATE_MEMBER", true, false) {
            @Override
            Dataset apply(Dataset data, Policy policy, Random random) {
                return studio(data, random, studio -> studio.toBuilder()
                        .membership(studio.membershipsOf(Tier.MEMBER).get(0)).build());
            }
        },
        /** An active studio failed an evaluation before the as-of date. */
        FAILED_BUT_ACTIVE("STUDIO_FAILED_CONTINUES", true, false) {
            @Override
            Dataset apply(Dataset data, Policy policy, Random random) {
                return studio(data, random, studio -> studio.toBuilder().status(StudioStatus.ACTIVE)
                        .evaluation(Evaluation.of(EvaluationKind.MID_TERM,
                                ExampleCommunities.LIWAN_AS_OF.minusDays(1 + random.nextInt(30)), Grade.FAIL))
                        .build());
            }
        },
        /** The host of a studio also hosts a second one, over the policy's limit of one. */
        HOSTS_TWO_STUDIOS("PERSON_HOSTS_TOO_MANY", true, false) {
            @Override
            Dataset apply(Dataset data, Policy policy, Random random) {
                Cluster cluster = data.clusters().get(0);
                Studio studio = cluster.studios().get(random.nextInt(cluster.studios().size()));
                Studio copy = studio.toBuilder().build();
                copy = new Studio(StudioId.of(studio.id().value() + "-b"), copy.name() + "二", copy.type(),
                        copy.level(), copy.hostInstitution(), copy.researchDirection(), copy.stages(),
                        copy.subjects(), copy.cycle(), copy.status(), copy.memberships(), copy.evaluations(),
                        copy.activities(), copy.mentoringPairs(), copy.certificates());
                return data.withClusters(List.of(cluster.withStudios(concat(cluster.studios(), List.of(copy)))));
            }
        },
        /** A school's region is a whole province. */
        SCHOOL_AT_PROVINCE_LEVEL("CODE_REGION", false, false) {
            @Override
            Dataset apply(Dataset data, Policy policy, Random random) {
                Institution school = new Institution(InstitutionId.of("school-province"), "省级学校",
                        InstitutionKind.SCHOOL, RegionCode.parse("440000"), Optional.empty());
                return data.withInstitutions(concat(data.institutions(), List.of(school)));
            }
        },
        /** An institution's credit code names a division of another province. */
        CREDIT_CODE_OF_ANOTHER_PROVINCE("CODE_CREDIT", false, false) {
            @Override
            Dataset apply(Dataset data, Policy policy, Random random) {
                String first17 = "12" + "110101" + "MB0000000";
                Institution other = new Institution(InstitutionId.of("school-elsewhere"), "异地学校",
                        InstitutionKind.SCHOOL, RegionCode.parse("440103"),
                        Optional.of(CreditCode.parse(first17 + CreditCode.checkCharacter(first17))));
                return data.withInstitutions(concat(data.institutions(), List.of(other)));
            }
        },
        /** An exchange goes from a unit to itself. */
        EXCHANGE_TO_ITSELF("EXCHANGE_PARTIES", false, true) {
            @Override
            Dataset apply(Dataset data, Policy policy, Random random) {
                return alliance(data, a -> {
                    List<Exchange> exchanges = new ArrayList<>(a.exchanges());
                    Exchange x = exchanges.isEmpty() ? QIYINGEN.exchanges().get(0)
                            : exchanges.remove(random.nextInt(exchanges.size()));
                    exchanges.add(new Exchange(x.id(), x.kind(), x.from(), x.from(), x.participants(), x.start(),
                            x.end()));
                    return copy(a, a.parent(), a.members(), a.sessions(), exchanges, a.resources());
                });
            }
        },
        /** An alliance's parent chain, through one or two sub-alliances, leads back to it. */
        PARENT_CYCLE("ALLIANCE_PARENT_CYCLE", false, true) {
            @Override
            Dataset apply(Dataset data, Policy policy, Random random) {
                Alliance a = data.alliances().get(0);
                List<Alliance> chain = new ArrayList<>();
                AllianceId parent = a.id();
                for (int i = 1 + random.nextInt(2); i > 0; i--) {
                    AllianceId id = AllianceId.of(a.id().value() + "-sub" + i);
                    chain.add(new Alliance(id, a.name() + "分组" + i, Optional.of(parent), a.members(),
                            Optional.empty(), List.of(), List.of(), List.of()));
                    parent = id;
                }
                chain.add(random.nextInt(chain.size() + 1), copy(a, Optional.of(parent), a.members(), a.sessions(),
                        a.exchanges(), a.resources()));
                return data.withAlliances(chain);
            }
        },
        /** The lead unit of an alliance becomes a partner, leaving none. */
        NO_LEAD_UNIT("ALLIANCE_LEAD_UNIT", false, true) {
            @Override
            Dataset apply(Dataset data, Policy policy, Random random) {
                return alliance(data, a -> copy(a, a.parent(), a.members().stream()
                        .map(m -> AllianceMember.of(m.institution(), UnitRole.PARTNER)).toList(),
                        a.sessions(), a.exchanges(), a.resources()));
            }
        },
        /** A joint session names no host unit. */
        SESSION_WITHOUT_HOST("SESSION_HOST_UNIT", false, true) {
            @Override
            Dataset apply(Dataset data, Policy policy, Random random) {
                return session(data, random, s -> s.units().stream()
                        .map(u -> SessionUnit.of(u.institution(), SessionRole.CO_HOST)).toList());
            }
        },
        /** A joint session names a unit the dataset does not hold. */
        SESSION_UNKNOWN_UNIT("REF_UNKNOWN", false, true) {
            @Override
            Dataset apply(Dataset data, Policy policy, Random random) {
                return session(data, random, s -> concat(s.units(),
                        List.of(SessionUnit.of(InstitutionId.of("nowhere-tts"), SessionRole.CO_HOST))));
            }
        },
        /** A shared resource comes from an institution outside the alliance. */
        RESOURCE_FROM_OUTSIDE("RESOURCE_CONTRIBUTOR", false, true) {
            @Override
            Dataset apply(Dataset data, Policy policy, Random random) {
                Institution outsider = new Institution(InstitutionId.of("outsider-tts"), "联盟外进修学校",
                        InstitutionKind.TEACHER_TRAINING_SCHOOL, RegionCode.parse("500110"), Optional.empty());
                Dataset changed = alliance(data, a -> {
                    List<SharedResource> resources = new ArrayList<>(a.resources());
                    SharedResource r = resources.isEmpty() ? QIYINGEN.resources().get(0)
                            : resources.remove(random.nextInt(resources.size()));
                    resources.add(new SharedResource(r.id(), r.title(), r.kind(), outsider.id(), r.createdOn(),
                            r.lastReviewedOn(), r.shared()));
                    return copy(a, a.parent(), a.members(), a.sessions(), a.exchanges(), resources);
                });
                return changed.withInstitutions(concat(changed.institutions(), List.of(outsider)));
            }
        };

        private final String code;
        private final boolean needsCluster;
        private final boolean needsAlliance;

        Mutation(String code, boolean needsCluster, boolean needsAlliance) {
            this.code = code;
            this.needsCluster = needsCluster;
            this.needsAlliance = needsAlliance;
        }

        /**
         * Returns the rule code this mutation breaks.
         *
         * @return the code, such as {@code STUDIO_MEMBER_COUNT}
         */
        public String code() {
            return code;
        }

        abstract Dataset apply(Dataset data, Policy policy, Random random);

        private static Dataset studio(Dataset data, Random random, UnaryOperator<Studio> change) {
            Cluster cluster = data.clusters().get(0);
            List<Studio> studios = new ArrayList<>(cluster.studios());
            int index = random.nextInt(studios.size());
            studios.set(index, change.apply(studios.get(index)));
            return data.withClusters(List.of(cluster.withStudios(studios)));
        }

        private static Dataset alliance(Dataset data, UnaryOperator<Alliance> change) {
            List<Alliance> alliances = new ArrayList<>(data.alliances());
            alliances.set(0, change.apply(alliances.get(0)));
            return data.withAlliances(alliances);
        }

        private static Dataset session(Dataset data, Random random,
                java.util.function.Function<JointSession, List<SessionUnit>> units) {
            return alliance(data, a -> {
                List<JointSession> sessions = new ArrayList<>(a.sessions());
                JointSession s = sessions.isEmpty() ? QIYINGEN.sessions().get(0)
                        : sessions.remove(random.nextInt(sessions.size()));
                sessions.add(new JointSession(s.id(), s.date(), s.theme(), s.kind(), s.mode(), units.apply(s),
                        s.layers(), s.experts(), s.presentations()));
                return copy(a, a.parent(), a.members(), sessions, a.exchanges(), a.resources());
            });
        }

        private static Alliance copy(Alliance a, Optional<AllianceId> parent, List<AllianceMember> members,
                List<JointSession> sessions, List<Exchange> exchanges, List<SharedResource> resources) {
            return new Alliance(a.id(), a.name(), parent, members, a.plan(), sessions, exchanges, resources);
        }

        private static <T> List<T> concat(List<T> first, List<T> second) {
            List<T> all = new ArrayList<>(first);
            all.addAll(second);
            return all;
        }
    }
}
