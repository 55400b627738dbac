package nl.berichtenbatch.validation.rules.startstop;

import java.util.List;

import nl.berichtenbatch.validation.Rule;

/** The rules of this package, for the catalogue. */
public final class StartStopRules {

    private StartStopRules() {
    }

    public static List<Rule> all() {
        return List.of(new StatusAanleveringIsNewOrCancel(), new StopEndsOnOrAfterItsStart());
    }
}
