package nl.berichtenbatch.validation.rules.wholemessage;

import java.util.List;

import nl.berichtenbatch.validation.Rule;

/** The rules of this package, for the catalogue. */
public final class WholeMessageRules {

    private WholeMessageRules() {
    }

    public static List<Rule> all() {
        return List.of(new ClassesAreNotRepeated(), new DatesAreNotAfterDagtekening());
    }
}
