package nl.berichtenbatch.validation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import nl.berichtenbatch.message.MessageType;

/** A rule's metadata, in one place: what the catalogue, the reports and the README show. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleSpec {

    /** The standard's id (TR019, CD041) or the product's own (BBnnn). */
    String id();

    /** Control level: 2 (in the message), 3 (against earlier messages) or 4 (external sources). */
    int level();

    /** The retourcode the rule gives; empty when it gives none (warnings, n.v.t.). */
    String retourcode() default "";

    /** The message types the rule checks. */
    MessageType[] messages();

    /** True for rules about the header: they are evaluated first, and their codes go on the header. */
    boolean header() default false;

    /** What holds in a valid message, in one line. */
    String summary();

    /** Where the standard is silent: the default this rule follows (validation.md §0). */
    String assumption() default "";

    /**
     * The data from outside the message traffic the rule needs (level 4, and level-3 rules that read the contracts),
     * e.g. {@code CBS gemeentecodes}; empty when it needs none.
     */
    String data() default "";

    /**
     * True for the product's own checks of a message against the contract's uitvoeringsvariant (variants.md): their
     * findings are the run report's variant mismatches (design.md 4.6).
     */
    boolean variant() default false;
}
