package org.yanxun.scale;

import java.time.LocalDate;
import org.yanxun.Honour;
import org.yanxun.HonourKind;
import org.yanxun.Level;
import org.yanxun.Person;
import org.yanxun.PersonId;
import org.yanxun.Post;
import org.yanxun.Stage;
import org.yanxun.StudioType;
import org.yanxun.Title;

/**
 * The synthetic hosts and members of {@link NationalData}: each computed from its studio's index, so
 * the same person comes out when it is written and when a studio refers to it. Hosts and members
 * meet {@link NationalData#POLICY} (the Liwan 2026 policy's) for their studio's type, as in the Liwan
 * example.
 */
final class NationalPeople {

    private static final String SURNAMES = "陈李黄张梁林刘何王吴罗郑谢冯邓曾彭萧蔡潘杨赵周徐孙朱胡郭马高";
    private static final String GIVEN = "思雨晨欣子浩宇嘉文博佳明睿涵雅志诗若安宁";

    private final long seed;

    NationalPeople(long seed) {
        this.seed = seed;
    }

    /** A 64-bit mix of the seed and some numbers (SplitMix64's finaliser). */
    long mix(long a, long b) {
        long z = seed + a * 0x9E3779B97F4A7C15L + b * 0xC2B2AE3D27D4EB4FL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The type of a pair of studios, in the proportions of Liwan 2026 (16 / 11 / 67 / 121 / 43). */
    StudioType typeOf(long pair) {
        int t = (int) Long.remainderUnsigned(mix(pair, 1), 258);
        if (t < 16) {
            return StudioType.SPECIAL_GRADE_STUDIO;
        } else if (t < 27) {
            return StudioType.PRINCIPAL_STUDIO;
        } else if (t < 94) {
            return StudioType.FAMOUS_TEACHER_STUDIO;
        }
        return t < 215 ? StudioType.BACKBONE_WORKSHOP : StudioType.NEW_TEACHER_WORKSHOP;
    }

    /** The number of active members of a studio: 8 to 10. */
    int memberCount(long s) {
        return 8 + (int) Long.remainderUnsigned(mix(s, 2), 3);
    }

    static PersonId hostId(long s) {
        return PersonId.of("p" + Long.toString(s, 36) + "-0");
    }

    PersonId memberId(long s, int i) {
        return PersonId.of("p" + Long.toString(s, 36) + "-" + (i + 1));
    }

    static String name(long index) {
        int surname = (int) (index % SURNAMES.length());
        int first = (int) (index / SURNAMES.length() % GIVEN.length());
        int second = (int) (index / ((long) SURNAMES.length() * GIVEN.length()) % GIVEN.length());
        return "" + SURNAMES.charAt(surname) + GIVEN.charAt(first) + GIVEN.charAt(second);
    }

    private static Person.Builder person(PersonId id, long index, NationalData.Profile profile, LocalDate since) {
        return Person.builder(id, name(index))
                .synthetic(true)
                .birthDate(since.minusYears(22).withDayOfYear(1 + (int) (index % 300)))
                .teachingSince(since)
                .employer(profile.school())
                .stage(profile.stage())
                .subject(profile.subject());
    }

    /** The host of a studio; an ineligible host holds a first-grade title and no honour. */
    Person host(long s, NationalData.Profile profile, boolean ineligible) {
        StudioType type = profile.type();
        Person.Builder builder = person(hostId(s), s * 11, profile, LocalDate.of(1995 + (int) (s % 8), 9, 1))
                .post(Post.TEACHER);
        boolean secretary = s % 3 == 2;
        if (type.equals(StudioType.PRINCIPAL_STUDIO)) {
            builder.post(secretary ? Post.PARTY_SECRETARY : Post.PRINCIPAL);
        }
        if (ineligible) {
            return builder.title(Title.FIRST_GRADE).build();
        }
        if (type.equals(StudioType.SPECIAL_GRADE_STUDIO)) {
            builder.title(Title.PROFESSOR);
            if (s % 2 == 0) {
                builder.honour(Honour.of(HonourKind.SPECIAL_GRADE_TEACHER, Level.PROVINCIAL, LocalDate.of(2019, 9, 10)));
            }
        } else if (type.equals(StudioType.PRINCIPAL_STUDIO)) {
            builder.title(Title.SENIOR).honour(Honour.of(secretary ? HonourKind.FAMOUS_PARTY_SECRETARY
                    : HonourKind.FAMOUS_PRINCIPAL, Level.DISTRICT, LocalDate.of(2023, 9, 10)));
        } else if (type.equals(StudioType.FAMOUS_TEACHER_STUDIO)) {
            builder.title(Title.SENIOR).honour(Honour.of(HonourKind.FAMOUS_TEACHER, Level.DISTRICT,
                    LocalDate.of(2022, 9, 10)));
        } else {
            builder.title(Title.SENIOR).honour(Honour.of(HonourKind.BACKBONE_TEACHER, Level.DISTRICT,
                    LocalDate.of(2021, 9, 10)));
        }
        return builder.build();
    }

    /** The name suffix of a studio after its host's name, ending with its form (工作室 or 工作坊). */
    String suffix(StudioType type, Person host) {
        if (type.equals(StudioType.SPECIAL_GRADE_STUDIO)) {
            return host.highestLevelOf(HonourKind.SPECIAL_GRADE_TEACHER).isPresent() ? "特级教师工作室" : "正高级教师工作室";
        }
        if (type.equals(StudioType.PRINCIPAL_STUDIO)) {
            return host.posts().contains(Post.PARTY_SECRETARY) ? "名书记工作室" : "名校长工作室";
        }
        return type.zh();
    }

    /**
     * The i-th member of a studio, who fits the studio's type unless a fault says otherwise: another
     * stage ({@code STUDIO_SAME_STAGE_SUBJECT}), or a new teacher with no honour, who began teaching in
     * 2015 ({@code STUDIO_MEMBER_ELIGIBLE}, in a new-teacher workshop) or in 2024
     * ({@code PERSON_LADDER_SKIP}, in a special-grade studio).
     */
    Person member(long s, int i, NationalData.Profile profile, String fault) {
        StudioType type = profile.type();
        long index = s * 11 + i + 1;
        PersonId id = memberId(s, i);
        if ("STUDIO_SAME_STAGE_SUBJECT".equals(fault)) {
            Stage other = profile.stage() == Stage.PRIMARY ? Stage.JUNIOR_SECONDARY : Stage.PRIMARY;
            profile = new NationalData.Profile(type, other, profile.subject(), profile.school());
        }
        boolean newTeacher = "STUDIO_MEMBER_ELIGIBLE".equals(fault) || "PERSON_LADDER_SKIP".equals(fault)
                || type.equals(StudioType.NEW_TEACHER_WORKSHOP);
        if (newTeacher) {
            int since = "STUDIO_MEMBER_ELIGIBLE".equals(fault) ? 2015 : "PERSON_LADDER_SKIP".equals(fault) ? 2024
                    : 2024 + i % 2;
            return person(id, index, profile, LocalDate.of(since, 9, 1)).post(Post.TEACHER).build();
        }
        if (type.equals(StudioType.BACKBONE_WORKSHOP)) {
            return person(id, index, profile, LocalDate.of(2016 + i % 5, 9, 1)).post(Post.TEACHER)
                    .title(Title.FIRST_GRADE).build();
        }
        return person(id, index, profile, LocalDate.of(2010 + i % 5, 9, 1))
                .post(type.equals(StudioType.PRINCIPAL_STUDIO) ? Post.CADRE : Post.TEACHER)
                .title(Title.FIRST_GRADE)
                .honour(Honour.of(HonourKind.BACKBONE_TEACHER, Level.DISTRICT, LocalDate.of(2022, 9, 10)))
                .build();
    }
}
