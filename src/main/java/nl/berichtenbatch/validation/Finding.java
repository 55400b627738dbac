package nl.berichtenbatch.validation;

import java.util.Objects;

/**
 * One thing a check found in a message. Findings are values: rules return them, they never throw.
 *
 * @param rule       the standard's rule id (TR019, CD041, OP192) or the product's own (BBnnn)
 * @param retourcode the code that goes into the answer, or {@code null} (level 1 and warnings have none)
 * @param location   the element path in the official XPath form, or {@code null} when the finding is about the file
 * @param line       line in the file, or 0 when unknown
 * @param column     column in the file, or 0 when unknown
 */
public record Finding(String rule, Severity severity, String retourcode, String location, String text, int line,
        int column) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(text, "text");
    }

    public static Finding error(String rule, String retourcode, String location, String text) {
        return new Finding(rule, Severity.ERROR, retourcode, location, text, 0, 0);
    }

    /** A finding reported only, never changing the answer: no retourcode (design.md 4.6). */
    public static Finding warning(String rule, String location, String text) {
        return new Finding(rule, Severity.WARNING, null, location, text, 0, 0);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
