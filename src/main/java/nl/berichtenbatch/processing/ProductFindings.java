package nl.berichtenbatch.processing;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Severity;

/** The product's own findings about routing and direction (ids BBnnn); they decide where a file goes. */
enum ProductFindings {

    NOT_ADDRESSED_TO_US("BB010"),
    NOT_SENT_BY_US("BB011"),
    NOT_OURS_TO_SEND("BB012"),
    NOT_OURS_TO_RECEIVE("BB013"),
    ANSWERS_NOTHING_WE_SENT("BB014");

    private final String rule;

    ProductFindings(String rule) {
        this.rule = rule;
    }

    Finding error(String location, String text) {
        return new Finding(rule, Severity.ERROR, null, location, text, 0, 0);
    }

    Finding warning(String location, String text) {
        return new Finding(rule, Severity.WARNING, null, location, text, 0, 0);
    }
}
