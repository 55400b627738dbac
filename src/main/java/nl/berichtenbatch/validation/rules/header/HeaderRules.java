package nl.berichtenbatch.validation.rules.header;

import java.util.List;

import nl.berichtenbatch.validation.Rule;

/** The rules of this package, for the catalogue. */
public final class HeaderRules {

    private HeaderRules() {
    }

    public static List<Rule> all() {
        return List.of(new IdentificationIsUnique(), new DagtekeningIsNotAfterRunDate());
    }
}
