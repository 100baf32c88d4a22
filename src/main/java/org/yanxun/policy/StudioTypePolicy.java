package org.yanxun.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.yanxun.StudioType;
import org.yanxun.internal.Checks;

/**
 * The numbers a policy sets for one studio type: the cycle length, the in-person member range, the
 * online-trainee minimum, who may host and who may join, such as a famous-teacher studio of the
 * Guangdong provincial policy with a 3-year cycle, 8 to 10 members and at least 100 online trainees.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param type the studio type, not null
 * @param cycleYears the cycle length in years
 * @param minMembers the least number of in-person members (tier MEMBER)
 * @param maxMembers the greatest number of in-person members (tier MEMBER)
 * @param minOnlineTrainees the least number of online trainees
 * @param hostCriteria the alternatives that qualify a host; meeting any one is enough
 * @param members who may join as a member, not null
 */
public record StudioTypePolicy(
        StudioType type,
        int cycleYears,
        int minMembers,
        int maxMembers,
        int minOnlineTrainees,
        List<HostCriterion> hostCriteria,
        MemberEligibility members) {

    /**
     * Creates the value; collections are copied.
     *
     * @param type the studio type, not null
     * @param cycleYears the cycle length in years
     * @param minMembers the least number of in-person members (tier MEMBER)
     * @param maxMembers the greatest number of in-person members (tier MEMBER)
     * @param minOnlineTrainees the least number of online trainees
     * @param hostCriteria the alternatives that qualify a host; meeting any one is enough
     * @param members who may join as a member, not null
     * @throws NullPointerException if an argument is null or a collection holds null
     */
    public StudioTypePolicy {
        Objects.requireNonNull(type, "type");
        hostCriteria = Checks.list(hostCriteria, "hostCriteria");
        Objects.requireNonNull(members, "members");
    }

    /**
     * Tells whether a person qualifies to host a studio of this type on a date.
     *
     * @param person the person, not null
     * @param on the date, not null: an honour counts from the day it is awarded until its term, if the
     *     criterion gives one, ends ({@link HostCriterion.HonourAtLeast#isMetBy(org.yanxun.Honour, LocalDate)})
     * @return true if the person meets at least one host criterion on that date
     */
    public boolean isEligibleHost(org.yanxun.Person person, LocalDate on) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(on, "on");
        for (int i = 0; i < hostCriteria.size(); i++) {
            if (hostCriteria.get(i).isMetBy(person, on)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns a copy with a different {@code type}.
     *
     * @param value the new value; see {@link #type()}
     * @return a copy of this value with {@code type} replaced
     */
    public StudioTypePolicy withType(StudioType value) {
        return new StudioTypePolicy(value, cycleYears, minMembers, maxMembers, minOnlineTrainees, hostCriteria, members);
    }

    /**
     * Returns a copy with a different {@code cycleYears}.
     *
     * @param value the new value; see {@link #cycleYears()}
     * @return a copy of this value with {@code cycleYears} replaced
     */
    public StudioTypePolicy withCycleYears(int value) {
        return new StudioTypePolicy(type, value, minMembers, maxMembers, minOnlineTrainees, hostCriteria, members);
    }

    /**
     * Returns a copy with a different {@code minMembers}.
     *
     * @param value the new value; see {@link #minMembers()}
     * @return a copy of this value with {@code minMembers} replaced
     */
    public StudioTypePolicy withMinMembers(int value) {
        return new StudioTypePolicy(type, cycleYears, value, maxMembers, minOnlineTrainees, hostCriteria, members);
    }

    /**
     * Returns a copy with a different {@code maxMembers}.
     *
     * @param value the new value; see {@link #maxMembers()}
     * @return a copy of this value with {@code maxMembers} replaced
     */
    public StudioTypePolicy withMaxMembers(int value) {
        return new StudioTypePolicy(type, cycleYears, minMembers, value, minOnlineTrainees, hostCriteria, members);
    }

    /**
     * Returns a copy with a different {@code minOnlineTrainees}.
     *
     * @param value the new value; see {@link #minOnlineTrainees()}
     * @return a copy of this value with {@code minOnlineTrainees} replaced
     */
    public StudioTypePolicy withMinOnlineTrainees(int value) {
        return new StudioTypePolicy(type, cycleYears, minMembers, maxMembers, value, hostCriteria, members);
    }

    /**
     * Returns a copy with a different {@code hostCriteria}.
     *
     * @param value the new value; see {@link #hostCriteria()}
     * @return a copy of this value with {@code hostCriteria} replaced
     */
    public StudioTypePolicy withHostCriteria(List<HostCriterion> value) {
        return new StudioTypePolicy(type, cycleYears, minMembers, maxMembers, minOnlineTrainees, value, members);
    }

    /**
     * Returns a copy with a different {@code members}.
     *
     * @param value the new value; see {@link #members()}
     * @return a copy of this value with {@code members} replaced
     */
    public StudioTypePolicy withMembers(MemberEligibility value) {
        return new StudioTypePolicy(type, cycleYears, minMembers, maxMembers, minOnlineTrainees, hostCriteria, value);
    }
}
