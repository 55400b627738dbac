package nl.berichtenbatch.message;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Severity;

/**
 * The level-1 checks: everything that must hold before a file is a message at all. A failure means no retour
 * (validation.md §1); the sender is told outside the message traffic, so the texts are written for a person.
 */
public enum Level1Check {

    EMPTY("BB001"),
    TOO_LARGE("BB002"),
    NOT_XML("BB003"),
    TRUNCATED("BB004"),
    DOCTYPE("BB005"),
    UNKNOWN_MESSAGE("BB006"),
    SCHEMA("BB007"),
    /** OP192: XML in UTF-8 without a byte-order mark. */
    ENCODING("OP192");

    private final String rule;

    Level1Check(String rule) {
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }

    Finding finding(String text) {
        return finding(text, null, 0, 0);
    }

    Finding finding(String text, String location, int line, int column) {
        return new Finding(rule, Severity.ERROR, null, location, text, line, column);
    }
}
