package nl.berichtenbatch.validation;

import java.util.List;

/**
 * One rule of the standard: checks a message in its context and returns what it found. A rule never throws
 * for a message that breaks it; it returns findings. Metadata sits in {@link RuleSpec}.
 */
public interface Rule {

    List<Finding> check(RuleContext context);

    /** The rule's metadata. */
    default RuleSpec spec() {
        RuleSpec spec = getClass().getAnnotation(RuleSpec.class);
        if (spec == null) {
            throw new IllegalStateException(getClass().getName() + " has no @RuleSpec");
        }
        return spec;
    }

    /** A finding of this rule at an element, with the rule's id and retourcode. */
    default Finding finding(String location, String text) {
        RuleSpec spec = spec();
        return Finding.error(spec.id(), spec.retourcode().isEmpty() ? null : spec.retourcode(), location, text);
    }

    /** A warning of this rule at an element: reported only, without retourcode, never changing the answer. */
    default Finding warning(String location, String text) {
        return Finding.warning(spec().id(), location, text);
    }
}
