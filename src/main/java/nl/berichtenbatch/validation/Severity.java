package nl.berichtenbatch.validation;

/** An error decides the answer; a warning is reported only and never changes it. */
public enum Severity {
    ERROR, WARNING;

    public String jsonName() {
        return name().toLowerCase();
    }
}
