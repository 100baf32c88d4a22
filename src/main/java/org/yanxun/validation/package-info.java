/**
 * Jakarta Bean Validation constraints that call the rule engine, so that an application that already
 * validates with Bean Validation gets the library's findings as ordinary {@code ConstraintViolation}s,
 * with the engine's codes, severities and messages.
 *
 * <p><b>Field constraints</b> check one value: {@link org.yanxun.validation.RegionCode},
 * {@link org.yanxun.validation.CreditCode}, {@link org.yanxun.validation.Identifier} and
 * {@link org.yanxun.validation.CycleYears}. <b>Class-level constraints</b>
 * ({@link org.yanxun.validation.ValidStudio}, {@link org.yanxun.validation.ValidCluster},
 * {@link org.yanxun.validation.ValidAlliance}, {@link org.yanxun.validation.ValidDataset}) run the
 * engine over a model object, or over an application object that converts itself into one
 * ({@link org.yanxun.validation.StudioSource} and its siblings), and turn each finding into one
 * violation. As everywhere in Bean Validation, {@code null} is valid: presence is the job of
 * {@code @NotNull}.
 *
 * <p><b>Messages</b> come from {@code ContributorValidationMessages.properties} (English),
 * {@code ContributorValidationMessages_en.properties} (empty, so that English is English whatever the
 * JVM's default locale) and {@code ContributorValidationMessages_zh.properties} (simplified Chinese, for
 * every Chinese locale). The values of a finding reach a message only as message parameters, never as
 * part of the template, so text such as {@code ${7*7}} in a studio name appears literally whether or
 * not the Expression Language is on the class path.
 *
 * <p><b>Providers.</b> With Hibernate Validator, each violation carries a
 * {@link org.yanxun.validation.FindingPayload} as its dynamic payload and the finding's message. With
 * another provider, each finding still becomes one violation at the same property path, with a
 * generic message and no payload.
 *
 * <p><b>Null policy.</b> No method in this package accepts null unless its Javadoc says so (the
 * {@code isValid} methods accept a null value, which is valid); nothing returns null.
 */
package org.yanxun.validation;
