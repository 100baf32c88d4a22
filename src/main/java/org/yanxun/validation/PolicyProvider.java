package org.yanxun.validation;

import org.yanxun.policy.Policy;

/**
 * Supplies the policy of a class-level constraint when no preset fits, such as a policy read from a
 * JSON document that an application ships:
 * {@code @ValidStudio(policyProvider = DistrictPolicy.class)}.
 *
 * <p>An implementation needs a public no-argument constructor; the class need not be public where its
 * package is open to the library, as every package is on the class path, but then it declares that
 * constructor, since the default constructor of a class that is not public is not public either. It is
 * instantiated once per constraint declaration, when the validator is initialised, and
 * {@link #policy()} is called once; the policy is then used for every validation of that declaration.
 */
public interface PolicyProvider {

    /**
     * Returns the policy.
     *
     * @return the policy, not null, without problems
     */
    Policy policy();
}
