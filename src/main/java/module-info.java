/**
 * Yanxun (研训): the model, policies, rule engine, JSON exchange and Bean Validation constraints for
 * collaborative teacher research-and-training communities.
 */
module org.yanxun {
    requires transitive tools.jackson.databind;
    requires static jakarta.validation;
    requires static org.hibernate.validator;

    exports org.yanxun;
    exports org.yanxun.examples;
    exports org.yanxun.policy;
    exports org.yanxun.rules;
    exports org.yanxun.json;
    exports org.yanxun.validation;
}
