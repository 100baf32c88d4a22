package org.yanxun.validation;

import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A JSON Pointer turned into Bean Validation property nodes: {@code /memberships/2/person} becomes
 * {@code memberships[2].person}, and {@code /sessions/1} becomes {@code sessions[1]}.
 *
 * <p>A numeric segment is the index of the node before it in its list. A pointer that cannot be
 * written that way (an index first, or two indexes in a row) has no property path.
 */
final class PropertyPath {

    /** One property, at an index of the list that the previous property holds, or not; or a bean in that list. */
    private record Step(String name, int index) {
        static final int NONE = -1;
    }

    private final List<Step> steps;

    private PropertyPath(List<Step> steps) {
        this.steps = steps;
    }

    /** Parses a pointer; empty if it cannot be written as property nodes. */
    static Optional<PropertyPath> parse(String pointer) {
        if (pointer.isEmpty()) {
            return Optional.of(new PropertyPath(List.of()));
        }
        List<Step> steps = new ArrayList<>();
        int pending = Step.NONE;
        for (String raw : pointer.substring(1).split("/", -1)) {
            String segment = raw.replace("~1", "/").replace("~0", "~");
            if (isIndex(segment)) {
                if (steps.isEmpty() || pending != Step.NONE) {
                    return Optional.empty();
                }
                pending = Integer.parseInt(segment);
            } else {
                steps.add(new Step(segment, pending));
                pending = Step.NONE;
            }
        }
        if (pending != Step.NONE) {
            steps.add(new Step(null, pending));
        }
        return Optional.of(new PropertyPath(steps));
    }

    private static boolean isIndex(String segment) {
        return !segment.isEmpty() && segment.length() <= 9 && segment.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Adds the nodes to a violation and adds the violation. */
    void addTo(ConstraintViolationBuilder builder) {
        if (steps.isEmpty()) {
            builder.addConstraintViolation();
            return;
        }
        NodeBuilderCustomizableContext open = builder.addPropertyNode(steps.get(0).name());
        NodeBuilderDefinedContext indexed = null;
        for (Step step : steps.subList(1, steps.size())) {
            if (step.name() == null) {
                (open != null ? open.addBeanNode() : indexed.addBeanNode()).inIterable().atIndex(step.index())
                        .addConstraintViolation();
                return;
            }
            NodeBuilderCustomizableContext next = open != null
                    ? open.addPropertyNode(step.name())
                    : indexed.addPropertyNode(step.name());
            if (step.index() == Step.NONE) {
                open = next;
                indexed = null;
            } else {
                indexed = next.inIterable().atIndex(step.index());
                open = null;
            }
        }
        if (open != null) {
            open.addConstraintViolation();
        } else {
            indexed.addConstraintViolation();
        }
    }
}
