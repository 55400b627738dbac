package nl.berichtenbatch.validation.rules.client;

import java.util.List;

import nl.berichtenbatch.validation.Rule;

/** The rules of this package, for the catalogue. */
public final class ClientRules {

    private ClientRules() {
    }

    public static List<Rule> all() {
        return List.of(new BsnPassesElfproef(), new BirthDateFitsDatumGebruik(), new NaamGebruikFitsPartnernaam(),
                new ClientIsANaturalPerson(), new TaalOnlyForASpokenLanguageInterpreter(),
                new BirthDateIsAtMost120YearsBeforeDagtekening());
    }
}
